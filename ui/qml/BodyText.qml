import QtQuick
import "."

Text {
    color: Theme.textMuted
    font.family: Theme.font
    font.pixelSize: Theme.bodySize
    wrapMode: Text.WordWrap
    horizontalAlignment: Text.AlignHCenter
    width: parent ? parent.width : implicitWidth
    lineHeight: 1.15
}
