import QtQuick
import QtQuick.Layouts
import "."

// Label / value / unit rows of a measurement result, in one or two columns.
GridLayout {
    id: grid
    property var rows: []
    property bool twoColumns: false
    columns: twoColumns ? 2 : 1
    columnSpacing: 32
    rowSpacing: 14

    Repeater {
        model: grid.rows
        delegate: Rectangle {
            Layout.fillWidth: true
            implicitHeight: 92
            radius: 20
            color: index === 0 ? Theme.surfaceRaised : Theme.surface
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 36
                anchors.rightMargin: 36
                spacing: 16
                Text {
                    Layout.fillWidth: true
                    text: modelData.label
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: 34
                    elide: Text.ElideRight
                }
                Text {
                    text: modelData.value
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: index === 0 ? 54 : 42
                    font.bold: true
                }
                Text {
                    Layout.preferredWidth: 72
                    text: modelData.unit
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: 32
                }
            }
        }
    }
}
