import QtQuick
import QtQuick.Layouts
import "."

Item {
    objectName: "measuringScreen"
    ColumnLayout {
        anchors.fill: parent
        spacing: 40
        ScreenTitle {
            Layout.fillWidth: true
            font.pixelSize: 56
            text: qsTr("Hello, %1!").arg(vm.greetingName)
        }
        Item { Layout.fillHeight: true }
        Row {
            objectName: "liveWeight"
            Layout.alignment: Qt.AlignHCenter
            spacing: 20
            opacity: vm.deviceConnected ? 1.0 : 0.35
            Text {
                text: vm.liveWeightText
                color: !vm.deviceConnected ? Theme.textMuted : vm.weightStable ? Theme.good : Theme.text
                font.family: Theme.font
                font.pixelSize: 200
                font.bold: true
            }
            Text {
                anchors.baseline: parent.children[0].baseline
                text: vm.weightUnit
                color: Theme.textMuted
                font.family: Theme.font
                font.pixelSize: 72
            }
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            radius: height / 2
            implicitHeight: 88
            implicitWidth: stateText.implicitWidth + 96
            color: Qt.rgba(stateText.color.r, stateText.color.g, stateText.color.b, 0.15)
            border.width: 3
            border.color: stateText.color
            Text {
                id: stateText
                anchors.centerIn: parent
                font.family: Theme.font
                font.pixelSize: 40
                color: !vm.deviceConnected ? Theme.wait : vm.weightStable ? Theme.good : Theme.busy
                text: !vm.deviceConnected ? qsTr("Scale disconnected, reconnecting…")
                      : vm.weightStable ? qsTr("Weight steady, analysing…") : qsTr("Please stand still…")
            }
        }
        Grid {
            Layout.alignment: Qt.AlignHCenter
            columns: 2
            columnSpacing: 48
            rowSpacing: 16
            visible: vm.liveRows.length > 0
            Repeater {
                model: vm.liveRows
                delegate: Text {
                    text: modelData.label + ": " + modelData.value + " " + modelData.unit
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: 40
                }
            }
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
