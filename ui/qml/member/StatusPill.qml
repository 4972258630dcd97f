import QtQuick
import "../shared"

// A rounded status label tinted by its tone: "good", "busy", "wait" or "bad".
// Long texts (German!) wrap onto a second line instead of being cut off.
Rectangle {
    id: pill
    property alias text: label.text
    property string tone: "busy"
    readonly property color tint: Theme.tone(tone)
    readonly property real padding: Math.round(44 * Theme.scale)
    radius: Math.min(height / 2, Math.round(44 * Theme.scale))
    implicitHeight: Math.max(Math.round(88 * Theme.scale), label.implicitHeight + padding)
    implicitWidth: label.implicitWidth + 2 * padding
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.15)
    border.width: Math.max(2, Math.round(3 * Theme.scale))
    border.color: tint
    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        width: pill.width - 2 * pill.padding
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.font
        font.pixelSize: Theme.bodySize
        color: pill.tint
    }
}
