import QtQuick
import QtQuick.Layouts
import "../shared"

// Where the member's result is, per platform: sending, saved, queued on this kiosk, or refused.
ColumnLayout {
    id: list
    property var items: []
    spacing: Theme.gapSmall
    Repeater {
        model: list.items
        delegate: Rectangle {
            objectName: "submissionLine"
            Layout.fillWidth: true
            implicitHeight: Math.max(Math.round(120 * Theme.scale), line.implicitHeight + Math.round(56 * Theme.scale))
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(2, Math.round(3 * Theme.scale))
            border.color: Theme.tone(modelData.tone)
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Math.round(32 * Theme.scale)
                anchors.rightMargin: Math.round(32 * Theme.scale)
                spacing: Math.round(28 * Theme.scale)
                Rectangle {
                    Layout.preferredWidth: Math.round(28 * Theme.scale)
                    Layout.preferredHeight: Layout.preferredWidth
                    radius: width / 2
                    color: Theme.tone(modelData.tone)
                }
                Text {
                    textFormat: Text.PlainText
                    id: line
                    Layout.fillWidth: true
                    text: modelData.text
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
