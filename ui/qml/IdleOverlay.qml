import QtQuick
import QtQuick.Layouts
import "."

// "Still there?" with a big button; when the countdown ends the flow clears the member.
Rectangle {
    id: overlay
    objectName: "idleOverlay"
    property real touchTarget: 96
    color: Qt.rgba(0, 0, 0, 0.72)

    MouseArea { anchors.fill: parent }  // the screen below is not touchable while asking

    Rectangle {
        anchors.centerIn: parent
        width: parent.width * 0.84
        height: content.implicitHeight + 120
        radius: 36
        color: Theme.surfaceRaised
        ColumnLayout {
            id: content
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 60 }
            spacing: 40
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Still there?") }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("For your privacy, this session ends in %1 s.").arg(vm.warningSecondsLeft)
            }
            KioskButton {
                objectName: "stillHereButton"
                Layout.alignment: Qt.AlignHCenter
                minimumSize: overlay.touchTarget
                text: qsTr("I'm still here")
                onClicked: vm.stillHere()
            }
        }
    }
}
