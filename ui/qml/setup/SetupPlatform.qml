import QtQuick
import "../shared"

// One platform's questions, from its setup part (setup.platformSections): a titled card with one answer per field.
// A field with choices (EGYM's servers) shows them as chips; its text box appears for "Custom" or a problem.
SetupSection {
    id: platformSection
    property var section: ({})
    property real touchTarget: 96
    signal keyboardWanted(var field)  // a field was tapped: the window shows its on-screen keyboard for it

    title: section.title || ""

    Repeater {
        model: platformSection.section.fields || []
        delegate: Column {
            id: question
            required property var modelData
            readonly property string name: modelData.name
            readonly property bool hasChoices: modelData.choices.length > 0
            readonly property string chosen: setup.choices[name] || "custom"

            width: parent ? parent.width : 0
            spacing: 30

            SetupChoices {
                objectName: question.name + "_choices"
                width: parent.width
                visible: question.hasChoices
                touchTarget: platformSection.touchTarget
                label: question.modelData.choicesLabel
                model: question.modelData.choices
                current: question.chosen
                onChosen: (value) => setup.choose(question.name, value)
            }
            SetupField {
                objectName: question.name
                width: parent.width
                visible: !question.hasChoices || question.chosen === "custom" || text === "" || error !== ""
                touchTarget: platformSection.touchTarget
                secret: question.modelData.kind === "secret"
                label: question.modelData.label
                hint: question.modelData.hint
                // A secret is never shown again, so its box is not bound to the stored answer.
                text: secret ? "" : (setup.values[question.name] || "")
                error: setup.errors[question.name] || ""
                inputHints: question.modelData.kind === "digits" ? Qt.ImhDigitsOnly
                          : question.modelData.kind === "url" ? Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                          : question.modelData.kind === "secret" ? Qt.ImhNoAutoUppercase : Qt.ImhNone
                onEdited: (text) => setup.setValue(question.name, text)
                onKeyboardWanted: (field) => platformSection.keyboardWanted(field)
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                visible: question.hasChoices && question.chosen !== "custom"
                text: setup.values[question.name] || ""
                color: Theme.textMuted
                font.family: Theme.font
                font.pixelSize: 28
                elide: Text.ElideRight
            }
        }
    }
}
