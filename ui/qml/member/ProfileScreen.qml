import QtQuick
import QtQuick.Layouts
import "../shared"

// The greeting: who is logged in and what to do at this station.
Item {
    objectName: "profileScreen"
    ColumnLayout {
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: Theme.gap
        Item { Layout.fillHeight: true }
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Hello, %1!").arg(vm.greetingName)
        }
        BodyText {
            objectName: "prompt"
            Layout.fillWidth: true
            font.pixelSize: Theme.leadSize
            color: Theme.text
            text: vm.promptText
        }
        BodyText {
            Layout.fillWidth: true
            text: vm.promptHint
        }
        StatusPill {
            objectName: "deviceStatus"
            visible: !vm.deviceConnected
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: parent.width
            tone: "wait"
            text: vm.messageText
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
