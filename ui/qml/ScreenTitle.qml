import QtQuick
import "."

Text {
    color: Theme.text
    font.family: Theme.font
    font.pixelSize: Theme.titleSize
    font.bold: true
    wrapMode: Text.WordWrap
    horizontalAlignment: Text.AlignHCenter
    width: parent ? parent.width : implicitWidth
}
