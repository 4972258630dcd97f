import QtQuick
import QtQuick.Layouts
import "."

// Label / value / unit rows of a measurement result, in one or two columns.
// `rowHeight` lets a screen squeeze the rows to fit; text shrinks with it, never below legible.
GridLayout {
    id: grid
    property var rows: []
    property bool twoColumns: false
    property real rowHeight: Math.round(92 * Theme.scale)
    readonly property real labelSize: Math.min(Theme.labelSize, rowHeight * 0.42)
    // Values stay legible from 1.5 m however far the rows are squeezed (Theme.resultValueMinSize).
    readonly property real valueSize: Math.max(Theme.resultValueMinSize, Math.min(Math.round(42 * Theme.scale), rowHeight * 0.5))
    readonly property real leadValueSize: Math.max(valueSize, Math.min(Math.round(54 * Theme.scale), rowHeight * 0.62))
    readonly property real unitSize: Math.min(Theme.unitSize, rowHeight * 0.4)
    readonly property real inset: Math.round(36 * Theme.scale)
    // Every unit gets the same width, so the values line up in one right-aligned column.
    readonly property real unitWidth: {
        var sizeInUse = unitMetrics.font.pixelSize  // re-measure when the rows shrink the font
        var widest = 0
        for (var i = 0; i < rows.length; i++)
            widest = Math.max(widest, unitMetrics.advanceWidth(rows[i].unit))
        return sizeInUse > 0 ? Math.ceil(widest) : 0
    }
    columns: twoColumns ? 2 : 1
    columnSpacing: Math.round(32 * Theme.scale)
    rowSpacing: Math.round(12 * Theme.scale)

    FontMetrics {
        id: unitMetrics
        font.family: Theme.font
        font.pixelSize: grid.unitSize
    }

    Repeater {
        model: grid.rows
        delegate: Rectangle {
            objectName: "resultRow"
            Layout.fillWidth: true
            implicitHeight: grid.rowHeight
            radius: Math.min(Theme.radius, height / 3)
            color: index === 0 ? Theme.surfaceRaised : Theme.surface
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: grid.inset
                anchors.rightMargin: grid.inset
                spacing: Math.round(16 * Theme.scale)
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: modelData.label
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: grid.labelSize
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "resultValue"
                    textFormat: Text.PlainText
                    text: modelData.value
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: index === 0 ? grid.leadValueSize : grid.valueSize
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: grid.unitWidth
                    text: modelData.unit
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: grid.unitSize
                }
            }
        }
    }
}
