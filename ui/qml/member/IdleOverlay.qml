import QtQuick
import QtQuick.Layouts
import "../shared"

// "Still there?" with a countdown and a big button; when the countdown ends the flow clears the member.
Rectangle {
    id: overlay
    objectName: "idleOverlay"
    property real touchTarget: 96
    color: Qt.rgba(0, 0, 0, 0.72)

    MouseArea { anchors.fill: parent }  // the screen below is not touchable while asking

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.84, Math.round(1000 * Theme.scale))
        height: content.implicitHeight + 2 * Theme.gapLarge
        radius: Math.round(36 * Theme.scale)
        color: Theme.surfaceRaised
        ColumnLayout {
            id: content
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.gapLarge }
            spacing: Theme.gap
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Still there?") }
            Rectangle {
                objectName: "idleCountdown"
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Math.round(180 * Theme.scale)
                implicitHeight: implicitWidth
                radius: width / 2
                color: "transparent"
                border.width: Math.max(3, Math.round(6 * Theme.scale))
                border.color: Theme.wait
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: vm.warningSecondsLeft
                    color: Theme.wait
                    font.family: Theme.font
                    font.pixelSize: Math.round(84 * Theme.scale)
                    font.bold: true
                }
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("For your privacy, this session ends when the countdown reaches zero.")
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
