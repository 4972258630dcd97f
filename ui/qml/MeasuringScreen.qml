import QtQuick
import QtQuick.Layouts
import "."

// Live values while the member is on the device: a workout's figures as tiles, otherwise the weight.
Item {
    objectName: "measuringScreen"
    readonly property bool workout: vm.liveRows.length > 0

    ColumnLayout {
        anchors.fill: parent
        spacing: window.portrait ? 40 : 24
        ScreenTitle {
            Layout.fillWidth: true
            font.pixelSize: 56
            text: qsTr("Hello, %1!").arg(vm.greetingName)
        }
        Item { Layout.fillHeight: true }
        FigureTiles {
            objectName: "liveFigures"
            visible: workout
            Layout.fillWidth: true
            rows: vm.liveRows
            columns: window.portrait ? 2 : 3
            tileHeight: window.portrait ? 250 : 190
            opacity: vm.liveCurrent ? 1.0 : 0.35
        }
        Row {
            objectName: "liveWeight"
            visible: !workout
            Layout.alignment: Qt.AlignHCenter
            spacing: 20
            opacity: vm.liveCurrent ? 1.0 : 0.35
            Text {
                id: weightValue
                text: vm.liveWeightText
                color: !vm.liveCurrent ? Theme.textMuted : vm.weightStable ? Theme.good : Theme.text
                font.family: Theme.font
                font.pixelSize: 200
                font.bold: true
            }
            Text {
                anchors.baseline: weightValue.baseline
                text: vm.weightUnit
                color: Theme.textMuted
                font.family: Theme.font
                font.pixelSize: 72
            }
        }
        StatusPill {
            objectName: "measuringStatus"
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: parent.width
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
