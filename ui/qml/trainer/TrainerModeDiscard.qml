import QtQuick
import QtQuick.Layouts
import "../shared"

// Discarding a result: pick a reason or type one; it goes to the audit log.
Item {
    id: page
    objectName: "trainerModeDiscard"
    property string reason: ""

    ColumnLayout {
        anchors.fill: parent
        spacing: 24

        RowLayout {
            Layout.fillWidth: true
            visible: !keyboard.visible || window.portrait  // a landscape screen needs the room for the keyboard
            KioskButton {
                objectName: "discardBackButton"
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("‹ Back")
                onClicked: trainerMode.back()
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Discard %1's result").arg(trainerMode.detail.memberLabel || "")
                color: Theme.text
                font.family: Theme.font
                font.pixelSize: 42
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
            }
        }

        // While a reason is typed, the keyboard takes the room of the explanation and the ready-made reasons.
        BodyText {
            Layout.fillWidth: true
            visible: !keyboard.visible
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: 32
            text: qsTr("It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.")
        }

        Flow {
            Layout.fillWidth: true
            visible: !keyboard.visible
            spacing: 16
            Repeater {
                model: trainerMode.discardReasons
                delegate: TrainerModeChip {
                    objectName: "reason_" + index
                    minimumSize: window.touchTarget
                    text: modelData
                    chosen: page.reason === modelData
                    onClicked: { page.reason = modelData; typed.text = ""; trainerMode.touch() }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 24

        // Typed on the on-screen keyboard (or a USB keyboard, where one is attached).
        Rectangle {
            id: reasonBox
            readonly property bool numeric: false  // for the on-screen keyboard: letters, not the keypad
            function typeText(text) {
                typed.insert(typed.cursorPosition, text)
                page.reason = typed.text
                trainerMode.touch()
            }
            function erase() {
                if (typed.cursorPosition > 0) {
                    typed.remove(typed.cursorPosition - 1, typed.cursorPosition)
                    page.reason = typed.text
                }
                trainerMode.touch()
            }
            Layout.fillWidth: true
            Layout.preferredHeight: window.touchTarget
            radius: 20
            color: Theme.surface
            border.width: 3
            border.color: typed.activeFocus ? Theme.accent : Theme.controlEdge
            TextInput {
                id: typed
                objectName: "reasonField"
                anchors { fill: parent; leftMargin: 28; rightMargin: 28 }
                verticalAlignment: TextInput.AlignVCenter
                font.family: Theme.font
                font.pixelSize: 32
                color: Theme.text
                maximumLength: 200
                clip: true
                onTextEdited: { page.reason = text; trainerMode.touch() }
                onActiveFocusChanged: if (activeFocus) keyboard.field = reasonBox
            }
            TapHandler { onTapped: typed.forceActiveFocus() }
            Text {
                textFormat: Text.PlainText
                anchors { fill: typed }
                verticalAlignment: Text.AlignVCenter
                visible: typed.text === "" && !typed.activeFocus
                text: qsTr("Or type a reason")
                color: Theme.textMuted
                font.family: typed.font.family
                font.pixelSize: typed.font.pixelSize
                fontSizeMode: Text.HorizontalFit  // a narrow field gets a smaller hint, never a cut one
                minimumPixelSize: 20
            }
        }

        KioskButton {
            objectName: "confirmDiscardButton"
            minimumSize: window.touchTarget
            enabled: page.reason.trim() !== "" && !trainerMode.busy
            opacity: enabled ? 1 : 0.4
            text: qsTr("Discard result")
            onClicked: trainerMode.discard(page.reason)
        }
        }

        OnScreenKeyboard {
            id: keyboard
            Layout.fillWidth: true
            Layout.preferredHeight: height
            keySize: window.touchTarget
            onDone: trainerMode.touch()
        }

        Item { Layout.fillHeight: true }
    }
}
