import QtQuick
import QtQuick.Layouts
import "../shared"

// The trainer PIN keypad: dots for the digits typed, the lock and its countdown, big keys.
// Portrait: everything in one column; landscape: the keys beside the dots and message.
Item {
    id: keypad
    objectName: "trainerModeKeypad"
    readonly property bool locked: trainerMode.lockSecondsLeft > 0
    readonly property bool usable: trainerMode.pinAvailable && !locked && !trainerMode.checking
    readonly property real gridHeight: window.portrait ? height - 260 : height
    readonly property real keyHeight: Math.max(window.touchTarget, Math.min(150, (gridHeight - 60) / 4))
    readonly property real keyWidth: Math.max(window.touchTarget, Math.min(230, (window.portrait ? width : width / 2) / 3.4))

    GridLayout {
        anchors.centerIn: parent
        columns: window.portrait ? 1 : 2
        rowSpacing: 28
        columnSpacing: 80

        ColumnLayout {
            Layout.preferredWidth: Math.min(keypad.width, keypad.keyWidth * 3 + 40)
            Layout.alignment: Qt.AlignVCenter
            spacing: 28

            Row {
                objectName: "pinDots"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: 48
                spacing: 22
                Repeater {
                    model: Math.max(6, trainerMode.pinLength)
                    delegate: Rectangle {
                        width: 36; height: 36; radius: 18
                        anchors.verticalCenter: parent.verticalCenter
                        color: index < trainerMode.pinLength ? Theme.accent : "transparent"
                        border.width: 4
                        border.color: index < trainerMode.pinLength ? Theme.accent : Theme.line
                    }
                }
            }

            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                text: trainerMode.pinMessage
                color: trainerMode.pinTone === "off" ? Theme.textMuted : Theme.tone(trainerMode.pinTone)
                font.family: Theme.font
                font.pixelSize: 34
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }

        GridLayout {
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            columns: 3
            rowSpacing: 20
            columnSpacing: 20
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
                delegate: KioskButton {
                    objectName: "key_" + modelData
                    Layout.preferredWidth: keypad.keyWidth
                    Layout.preferredHeight: keypad.keyHeight
                    minimumSize: window.touchTarget
                    primary: modelData === "ok"
                    enabled: modelData === "ok" ? trainerMode.canSubmitPin
                           : modelData === "back" ? keypad.usable && trainerMode.pinLength > 0
                           : keypad.usable
                    opacity: enabled ? 1.0 : 0.35
                    text: modelData === "ok" ? qsTr("OK") : modelData === "back" ? "⌫" : modelData
                    onClicked: {
                        if (modelData === "ok") trainerMode.submitPin()
                        else if (modelData === "back") trainerMode.deleteDigit()
                        else trainerMode.pressDigit(modelData)
                    }
                }
            }
        }
    }
}
