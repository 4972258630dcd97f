import QtQuick
import "../shared"

// Per-destination delivery states as small coloured pills.
Flow {
    id: pills
    property var items: []
    property real fontSize: 26
    property bool wrap: false  // long reasons wrap (detail page) instead of being cut short (list)
    spacing: 12
    Repeater {
        model: pills.items
        delegate: Rectangle {
            readonly property color tint: modelData.tone === "off" ? Theme.textMuted : Theme.tone(modelData.tone)
            width: Math.min(pills.width, line.implicitWidth + 64)
            height: line.height + 20
            radius: Math.min(height / 2, 24)
            color: Qt.rgba(tint.r, tint.g, tint.b, 0.14)
            border.width: 2
            border.color: tint
            Rectangle {
                id: dot
                x: 18; y: 10 + (pills.fontSize * 1.2 - height) / 2
                width: 14; height: 14; radius: 7
                color: parent.tint
            }
            Text {
                textFormat: Text.PlainText
                id: line
                objectName: "deliveryLine"
                anchors { left: dot.right; leftMargin: 12; right: parent.right; rightMargin: 18; verticalCenter: parent.verticalCenter }
                text: modelData.text
                wrapMode: pills.wrap ? Text.WordWrap : Text.NoWrap
                color: Theme.text
                font.family: Theme.font
                font.pixelSize: pills.fontSize
                elide: Text.ElideRight
            }
        }
    }
}
