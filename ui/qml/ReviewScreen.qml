import QtQuick
import QtQuick.Layouts
import "."

// The finished result before it is saved: a few values as big tiles, longer results as rows.
Item {
    objectName: "reviewScreen"
    readonly property bool fewValues: vm.resultRows.length <= 3

    ColumnLayout {
        anchors.fill: parent
        spacing: 28
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Your result, %1").arg(vm.greetingName)
        }
        Item { Layout.fillHeight: fewValues }
        FigureTiles {
            objectName: "resultTiles"
            visible: fewValues
            Layout.fillWidth: true
            rows: vm.resultRows
            columns: Math.max(1, Math.min(vm.resultRows.length, window.portrait ? 2 : 3))
            tileHeight: 300
        }
        ResultRows {
            objectName: "resultRows"
            visible: !fewValues
            Layout.fillWidth: true
            rows: vm.resultRows
            twoColumns: !window.portrait
        }
        Item { Layout.fillHeight: true }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Your result is saved to EGYM automatically in a few seconds.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 40
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
