import QtQuick
import "."

// A rounded status label tinted by its tone: "good", "busy", "wait" or "bad".
Rectangle {
    id: pill
    property alias text: label.text
    property string tone: "busy"
    readonly property color tint: Theme.tone(tone)
    radius: height / 2
    implicitHeight: 88
    implicitWidth: label.implicitWidth + 96
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.15)
    border.width: 3
    border.color: tint
    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, pill.width - 64)
        elide: Text.ElideRight
        font.family: Theme.font
        font.pixelSize: 40
        color: pill.tint
    }
}
