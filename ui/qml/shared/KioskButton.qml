import QtQuick
import "."

// A touch button at least 15 mm high and wide (Theme.touchTarget): no hover-only states, a clear pressed state.
// Plain QtQuick (no Controls module), which keeps the kiosk's memory close to a bare window.
Rectangle {
    id: control
    property string text
    property bool primary: true
    property real minimumSize: Theme.touchTarget
    readonly property bool down: tap.pressed
    readonly property real padding: Math.round(48 * Theme.scale)
    signal clicked()

    implicitHeight: Math.max(minimumSize, Math.round(110 * Theme.scale))
    implicitWidth: Math.max(minimumSize, label.implicitWidth + 2 * padding)
    radius: height / 2
    color: primary ? (down ? Qt.darker(Theme.accent, 1.25) : Theme.accent)
                   : (down ? Theme.line : Theme.surfaceRaised)
    border.width: primary ? 0 : Math.max(2, Math.round(3 * Theme.scale))
    border.color: Theme.controlEdge
    opacity: enabled ? 1 : 0.5  // a disabled button takes no taps (nor does its TapHandler)

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: control.clicked()

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, control.width - control.padding)
        text: control.text
        color: control.primary ? Theme.accentText : Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.bodySize
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
