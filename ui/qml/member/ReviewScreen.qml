import QtQuick
import QtQuick.Layouts
import "../shared"

// The finished result before it is saved: a few values as big tiles, longer results as rows that
// shrink to fit the screen, so the buttons always stay in reach.
Item {
    objectName: "reviewScreen"
    readonly property bool fewValues: vm.resultRows.length <= 3

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gapSmall
        ScreenTitle {
            Layout.fillWidth: true
            font.pixelSize: Theme.headingSize
            text: qsTr("Your result, %1").arg(vm.greetingName)
        }
        Item { Layout.fillHeight: fewValues }
        FigureTiles {
            objectName: "resultTiles"
            visible: fewValues
            Layout.fillWidth: true
            rows: vm.resultRows
            columns: Math.max(1, Math.min(vm.resultRows.length, window.portrait ? 2 : 3))
            tileHeight: Math.round(300 * Theme.scale)
        }
        Item {
            id: rowsArea
            visible: !fewValues
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.gapSmall
            clip: true
            readonly property int perColumn: Math.ceil(vm.resultRows.length / (rows.twoColumns ? 2 : 1))
            ResultRows {
                id: rows
                objectName: "resultRows"
                width: parent.width
                rows: vm.resultRows
                twoColumns: !window.portrait
                rowHeight: Math.min(Math.round(92 * Theme.scale),
                                    Math.floor((rowsArea.height - (rowsArea.perColumn - 1) * rowSpacing) / Math.max(rowsArea.perColumn, 1)))
            }
        }
        Item { Layout.fillHeight: fewValues }
        BodyText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gapSmall
            text: qsTr("Your result is saved to %1 automatically in a few seconds.").arg(vm.destinationNames)
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.gapSmall
            spacing: Theme.gap
            KioskButton {
                objectName: "notMeButton"
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Not me")
                onClicked: vm.notMe()
            }
            KioskButton {
                objectName: "saveButton"
                minimumSize: window.touchTarget
                text: qsTr("Save")
                onClicked: vm.confirm()
            }
        }
    }
}
