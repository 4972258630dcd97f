import QtQuick
import "../shared"

// A filter choice: a rounded touch target, filled when chosen.
Rectangle {
    id: chip
    property alias text: label.text
    property bool chosen: false
    property real minimumSize: 96
    signal clicked()
    implicitHeight: minimumSize
    implicitWidth: Math.max(minimumSize, label.implicitWidth + 64)
    radius: height / 2
    color: chosen ? Theme.accent : (tap.pressed ? Theme.line : Theme.surfaceRaised)
    border.width: chosen ? 0 : 3
    border.color: Theme.controlEdge
    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        color: chip.chosen ? Theme.accentText : Theme.text
        font.family: Theme.font
        font.pixelSize: 30
        font.bold: chip.chosen
    }
    TapHandler { id: tap; gesturePolicy: TapHandler.WithinBounds; onTapped: chip.clicked() }
}
