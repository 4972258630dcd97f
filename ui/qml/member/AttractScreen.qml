import QtQuick
import "../shared"

// "Tap your card or phone": a card and a phone moving towards the contactless mark show what to do.
// No member data here, ever.
Item {
    objectName: "attractScreen"

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: Math.round(64 * Theme.scale)

        Item {
            id: illustration
            width: parent.width
            height: Math.round(420 * Theme.scale)
            readonly property real u: Theme.scale
            property real nudge: 0  // 0 → 1: card and phone move in to "tap", then back
            SequentialAnimation on nudge {
                loops: Animation.Infinite
                NumberAnimation { from: 0; to: 1; duration: 1100; easing.type: Easing.InOutQuad }
                PauseAnimation { duration: 500 }
                NumberAnimation { from: 1; to: 0; duration: 1100; easing.type: Easing.InOutQuad }
                PauseAnimation { duration: 300 }
            }

            Rectangle {
                id: pulse
                anchors.centerIn: parent
                width: Math.round(360 * illustration.u); height: width; radius: height / 2
                color: "transparent"
                border.width: Math.max(3, Math.round(6 * illustration.u))
                border.color: Theme.accent
                opacity: 0.25 + 0.35 * illustration.nudge
                scale: 0.9 + 0.12 * illustration.nudge
            }
            StatusIcon {
                anchors.centerIn: parent
                symbol: "card"
                tint: Theme.accent
                size: Math.round(260 * illustration.u)
            }

            // A member card, coming in from the left.
            Rectangle {
                width: Math.round(200 * illustration.u)
                height: Math.round(128 * illustration.u)
                radius: Math.round(16 * illustration.u)
                anchors.verticalCenter: parent.verticalCenter
                x: parent.width / 2 - Math.round(180 * illustration.u) - width + Math.round(40 * illustration.u) * illustration.nudge
                rotation: -10
                color: Theme.surfaceRaised
                border.width: Math.max(2, Math.round(4 * illustration.u))
                border.color: Theme.text
                Rectangle {  // the chip
                    x: Math.round(24 * illustration.u); y: Math.round(34 * illustration.u)
                    width: Math.round(40 * illustration.u); height: Math.round(30 * illustration.u)
                    radius: Math.round(6 * illustration.u)
                    color: Theme.wait
                }
                Rectangle {  // the name line
                    x: Math.round(24 * illustration.u); y: parent.height - Math.round(36 * illustration.u)
                    width: parent.width * 0.55; height: Math.round(10 * illustration.u)
                    radius: height / 2
                    color: Theme.textMuted
                }
            }

            // A phone with a wallet pass, coming in from the right.
            Rectangle {
                width: Math.round(116 * illustration.u)
                height: Math.round(216 * illustration.u)
                radius: Math.round(22 * illustration.u)
                anchors.verticalCenter: parent.verticalCenter
                x: parent.width / 2 + Math.round(180 * illustration.u) - Math.round(40 * illustration.u) * illustration.nudge
                rotation: 10
                color: Theme.surfaceRaised
                border.width: Math.max(2, Math.round(4 * illustration.u))
                border.color: Theme.text
                Rectangle {  // the pass on its screen
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                              margins: Math.round(16 * illustration.u) }
                    height: Math.round(64 * illustration.u)
                    radius: Math.round(8 * illustration.u)
                    color: Theme.accent
                    opacity: 0.8
                }
            }
        }
        ScreenTitle { text: qsTr("Tap your card or phone") }
        BodyText { text: qsTr("Hold your member card, wristband or phone to the reader to start.") }
    }

    // Discreet, but still a full 15 mm touch target: opens the trainer PIN keypad.
    KioskButton {
        objectName: "trainerButton"
        anchors { right: parent.right; top: parent.top }
        visible: typeof trainerMode !== "undefined" && trainerMode.available
        primary: false
        minimumSize: window.touchTarget
        opacity: 0.55
        text: qsTr("Trainer")
        onClicked: trainerMode.openKeypad()
    }

    // The visitor's language, before any card: each language in its own name (`languages`:
    // LanguagePickerViewModel). A member's own profile language takes over once they are identified.
    KioskButton {
        objectName: "languageButton"
        anchors { left: parent.left; top: parent.top }
        visible: typeof languages !== "undefined"
        primary: false
        minimumSize: window.touchTarget
        text: visible ? languages.currentName : ""
        Accessible.description: qsTr("Choose your language")
        onClicked: languagePicker.visible = true
    }

    Rectangle {
        id: languagePicker
        objectName: "languagePicker"
        anchors.fill: parent
        visible: false
        color: Theme.background
        TapHandler {}  // a tap between the choices does not fall through to the screen underneath

        Grid {
            anchors.centerIn: parent
            columns: window.portrait ? 2 : 4
            spacing: Theme.gap
            Repeater {
                model: typeof languages !== "undefined" ? languages.languages : []
                delegate: KioskButton {
                    objectName: modelData.code + "LanguageButton"
                    width: Math.max(implicitWidth, Math.round(360 * Theme.scale))
                    minimumSize: window.touchTarget
                    primary: typeof languages !== "undefined" && languages.current === modelData.code
                    text: modelData.name
                    onClicked: {
                        languages.choose(modelData.code)
                        languagePicker.visible = false
                    }
                }
            }
        }
    }
}
