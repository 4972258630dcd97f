import QtQuick
import "."

Text {
    // Plain text everywhere: names and reasons come from profiles and servers, and markup in
    // them must show as typed, never start a line or fetch an image.
    textFormat: Text.PlainText
    color: Theme.textMuted
    font.family: Theme.font
    font.pixelSize: Theme.bodySize
    wrapMode: Text.WordWrap
    horizontalAlignment: Text.AlignHCenter
    width: parent ? parent.width : implicitWidth
    lineHeight: 1.15
}
