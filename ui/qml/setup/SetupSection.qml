import QtQuick
import "../shared"

// A titled card that groups related questions.
Rectangle {
    id: section
    property string title
    default property alias content: body.data

    implicitHeight: body.implicitHeight + heading.implicitHeight + 100
    radius: 28
    color: Theme.surface

    Text {
        textFormat: Text.PlainText
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 36 }
        text: section.title
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: 42
        font.bold: true
    }
    Column {
        id: body
        anchors { left: parent.left; right: parent.right; top: heading.bottom; margins: 36; topMargin: 28 }
        spacing: 30
    }
}
