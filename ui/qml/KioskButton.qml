import QtQuick
import QtQuick.Controls
import "."

// A touch button at least 15 mm high and wide: no hover-only states, a clear pressed state.
Button {
    id: control
    property bool primary: true
    property real minimumSize: 64
    implicitHeight: Math.max(minimumSize, 110)
    implicitWidth: Math.max(minimumSize, contentItem.implicitWidth + 96)
    font.family: Theme.font
    font.pixelSize: 40
    font.bold: primary
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: height / 2
        color: control.primary ? (control.down ? Qt.darker(Theme.accent, 1.25) : Theme.accent)
                               : (control.down ? Theme.line : Theme.surfaceRaised)
        border.width: control.primary ? 0 : 3
        border.color: Theme.line
    }
}
