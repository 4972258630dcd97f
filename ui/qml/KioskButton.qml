import QtQuick
import "."

// A touch button at least 15 mm high and wide: no hover-only states, a clear pressed state.
// Plain QtQuick (no Controls module), which keeps the kiosk's memory close to a bare window.
Rectangle {
    id: control
    property string text
    property bool primary: true
    property real minimumSize: 64
    readonly property bool down: tap.pressed
    signal clicked()

    implicitHeight: Math.max(minimumSize, 110)
    implicitWidth: Math.max(minimumSize, label.implicitWidth + 96)
    radius: height / 2
    color: primary ? (down ? Qt.darker(Theme.accent, 1.25) : Theme.accent)
                   : (down ? Theme.line : Theme.surfaceRaised)
    border.width: primary ? 0 : 3
    border.color: Theme.line

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: control.clicked()

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, control.width - 48)
        text: control.text
        color: control.primary ? Theme.accentText : Theme.text
        font.family: Theme.font
        font.pixelSize: 40
        font.bold: control.primary
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
    }
    TapHandler {
        id: tap
        gesturePolicy: TapHandler.WithinBounds
        onTapped: control.clicked()
    }
}
