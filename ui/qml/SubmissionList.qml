import QtQuick
import QtQuick.Layouts
import "."

// Where the member's result is, per platform: sending, saved, queued on this kiosk, or refused.
ColumnLayout {
    property var items: []
    spacing: 20
    Repeater {
        model: parent.items
        delegate: Rectangle {
            Layout.fillWidth: true
            implicitHeight: Math.max(120, line.implicitHeight + 56)
            radius: 20
            color: Theme.surface
            border.width: 3
            border.color: Theme.tone(modelData.tone)
            RowLayout {
                anchors.fill: parent
                anchors.margins: 28
                spacing: 28
                Rectangle {
                    width: 28; height: 28; radius: 14
                    color: Theme.tone(modelData.tone)
                }
                Text {
                    id: line
                    Layout.fillWidth: true
                    text: modelData.text
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: 40
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
