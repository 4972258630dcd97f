import QtQuick
import QtQuick.Layouts
import "../shared"

// Live values while the member is on the device: a workout's figures as tiles, otherwise the weight.
// Settled weight turns green; a value that is not current (device gone or silent) is greyed out.
Item {
    objectName: "measuringScreen"
    readonly property bool workout: vm.liveRows.length > 0

    ColumnLayout {
        id: column
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: workout ? parent.width : Math.min(parent.width, Theme.readableWidth)
        spacing: window.portrait ? Theme.gap : Theme.gapSmall
        ScreenTitle {
            Layout.fillWidth: true
            font.pixelSize: Theme.headingSize
            text: qsTr("Hello, %1!").arg(vm.greetingName)
        }
        Text {
            objectName: "membershipNotice"
            visible: vm.membershipNotice !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.PlainText
            color: Theme.wait
            font.pixelSize: Theme.bodySize
            text: vm.membershipNotice
        }
        Item { Layout.fillHeight: true }
        FigureTiles {
            objectName: "liveFigures"
            visible: workout
            Layout.fillWidth: true
            rows: vm.liveRows
            columns: window.portrait ? 2 : 3
            tileHeight: Math.round((window.portrait ? 250 : 190) * Theme.scale)
            opacity: vm.liveCurrent ? 1.0 : 0.35
        }
        Item {
            objectName: "liveWeight"
            visible: !workout
            Layout.fillWidth: true
            implicitHeight: weightRow.height
            Row {
                id: weightRow
                anchors.centerIn: parent
                spacing: Theme.gapSmall
                opacity: vm.liveCurrent ? 1.0 : 0.35
                scale: Math.min(1.0, parent.width / Math.max(implicitWidth, 1))  // "12 st 13.7 lb" shrinks to fit
                Text {
                    textFormat: Text.PlainText
                    id: weightValue
                    objectName: "liveWeightValue"
                    text: vm.liveWeightText
                    color: !vm.liveCurrent ? Theme.textMuted : vm.weightStable ? Theme.good : Theme.text
                    font.family: Theme.font
                    font.pixelSize: Theme.displaySize
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.baseline: weightValue.baseline
                    text: vm.weightUnit
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: Math.round(72 * Theme.scale)
                }
            }
        }
        StatusPill {
            objectName: "measuringStatus"
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: column.width
            text: vm.measuringStatus
            tone: vm.measuringTone
        }
        BodyText {
            Layout.fillWidth: true
            visible: text !== ""
            text: vm.measuringHint
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "notMeButton"
            Layout.alignment: Qt.AlignHCenter
            primary: false
            minimumSize: window.touchTarget
            text: qsTr("Not me")
            onClicked: vm.notMe()
        }
    }
}
