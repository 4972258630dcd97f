import QtQuick
import "../shared"

Text {
    // Plain text everywhere: names and reasons come from profiles and servers, and markup in
    // them must show as typed, never start a line or fetch an image.
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Theme.font
    font.pixelSize: Theme.titleSize
    font.bold: true
    wrapMode: Text.WordWrap
    horizontalAlignment: Text.AlignHCenter
    width: parent ? parent.width : implicitWidth
}
