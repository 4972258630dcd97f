import QtQuick
import "../shared"

// One typed answer: a label, a large text box (TextInput in a rounded frame), a hint, and the field's problem.
Column {
    id: field
    property string label
    property string hint
    property string error
    property alias text: input.text
    property bool secret: false
    property int inputHints: Qt.ImhNone
    property real touchTarget: 96
    readonly property bool numeric: (inputHints & Qt.ImhDigitsOnly) !== 0  // the keypad instead of the keyboard
    signal edited(string text)
    signal keyboardWanted(var field)  // tapped: the window shows its on-screen keyboard for this field

    // What the on-screen keyboard types, as if on a keyboard: at the cursor, reported as an edit.
    function typeText(text) {
        input.insert(input.cursorPosition, text)
        field.edited(input.text)
    }
    function erase() {
        if (input.cursorPosition > 0) {
            input.remove(input.cursorPosition - 1, input.cursorPosition)
            field.edited(input.text)
        }
    }

    spacing: 10

    Text {
        textFormat: Text.PlainText
        text: field.label
        color: Theme.textMuted
        font.family: Theme.font
        font.pixelSize: 30
    }
    Rectangle {
        width: field.width
        height: Math.max(field.touchTarget, 100)
        radius: 18
        color: Theme.surfaceRaised
        border.width: input.activeFocus || field.error ? 4 : 3
        border.color: field.error ? Theme.bad : input.activeFocus ? Theme.accent : Theme.controlEdge

        TextInput {
            id: input
            objectName: "input_" + field.objectName
            anchors { fill: parent; leftMargin: 28; rightMargin: 28 }
            verticalAlignment: TextInput.AlignVCenter
            color: Theme.text
            selectionColor: Theme.accent
            selectedTextColor: Theme.accentText
            font.family: Theme.font
            font.pixelSize: 36
            clip: true
            echoMode: field.secret ? TextInput.Password : TextInput.Normal
            inputMethodHints: field.inputHints | (field.secret ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText : Qt.ImhNone)
            onTextEdited: field.edited(text)
            onActiveFocusChanged: if (activeFocus) field.keyboardWanted(field)
            Accessible.role: Accessible.EditableText
            Accessible.name: field.label
        }
        TapHandler { onTapped: input.forceActiveFocus() }
    }
    Text {
        textFormat: Text.PlainText
        width: field.width
        visible: text !== ""
        text: field.error || field.hint
        color: field.error ? Theme.bad : Theme.textMuted
        font.family: Theme.font
        font.pixelSize: 28
        wrapMode: Text.WordWrap
    }
}
