import QtQuick
import "."

Item {
    objectName: "attractScreen"

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: 64

        Item {
            width: parent.width
            height: 420
            Rectangle {
                id: pulse
                anchors.centerIn: parent
                width: 420; height: 420; radius: 210
                color: "transparent"
                border.width: 6
                border.color: Theme.accent
                opacity: 0.35
                SequentialAnimation on scale {
                    loops: Animation.Infinite
                    NumberAnimation { from: 0.82; to: 1.0; duration: 1400; easing.type: Easing.OutQuad }
                    NumberAnimation { from: 1.0; to: 0.82; duration: 1400; easing.type: Easing.InQuad }
                }
            }
            StatusIcon { anchors.centerIn: parent; symbol: "card"; tint: Theme.accent; size: 300 }
        }
        ScreenTitle { text: qsTr("Tap your card or phone") }
        BodyText { text: qsTr("Hold your member card, wristband or phone to the reader to start.") }
    }

    // Discreet, but still a full 15 mm touch target: opens the trainer PIN keypad.
    KioskButton {
        objectName: "trainerButton"
        anchors { right: parent.right; top: parent.top }
        visible: typeof review !== "undefined" && review.available
        primary: false
        minimumSize: window.touchTarget
        opacity: 0.55
        text: qsTr("Trainer")
        onClicked: review.openKeypad()
    }
}
