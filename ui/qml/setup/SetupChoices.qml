import QtQuick
import "../shared"

// One question answered by touching a choice: a label, the choices as large chips, and the field's problem.
Column {
    id: choices
    property string label
    property var model: []           // [{value, label}]
    property string current
    property string error
    property real touchTarget: 96
    signal chosen(string value)

    spacing: 14

    Text {
        textFormat: Text.PlainText
        text: choices.label
        color: Theme.textMuted
        font.family: Theme.font
        font.pixelSize: 30
    }
    Flow {
        width: choices.width
        spacing: 16
        Repeater {
            model: choices.model
            delegate: Rectangle {
                objectName: "choice_" + modelData.value
                readonly property bool selected: modelData.value === choices.current
                width: Math.max(choices.touchTarget, chipLabel.implicitWidth + 64)
                height: choices.touchTarget
                radius: 20
                color: selected ? Theme.accent : (chipTap.pressed ? Theme.line : Theme.surfaceRaised)
                border.width: selected ? 0 : 3
                border.color: choices.error ? Theme.bad : Theme.controlEdge
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.label
                Accessible.checked: selected
                Text {
                    textFormat: Text.PlainText
                    id: chipLabel
                    anchors.centerIn: parent
                    text: modelData.label
                    color: parent.selected ? Theme.accentText : Theme.text
                    font.family: Theme.font
                    font.pixelSize: 32
                    font.bold: parent.selected
                }
                TapHandler {
                    id: chipTap
                    gesturePolicy: TapHandler.WithinBounds
                    onTapped: choices.chosen(modelData.value)
                }
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        width: choices.width
        visible: text !== ""
        text: choices.error
        color: Theme.bad
        font.family: Theme.font
        font.pixelSize: 28
        wrapMode: Text.WordWrap
    }
}
