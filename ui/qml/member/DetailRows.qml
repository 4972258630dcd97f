import QtQuick
import QtQuick.Layouts
import "../shared"

// The result's rows: label with its published range (or the member's age), change since last
// time, a trend for weight, fat and muscle, value and unit. Tapping a row selects it, and the
// page explains it. Text shrinks to fit rather than being cut.
GridLayout {
    id: grid
    property var rows: []
    property bool twoColumns: false
    property int columnCount: twoColumns ? 2 : 1  // more when the rows would otherwise be too short for their values
    property int selected: -1
    property real rowHeight: Math.round(92 * Theme.scale)
    // The part of the rows in view when they scroll (viewHeight < 0: all of them): rows not wholly in it are hidden.
    property real viewTop: 0
    property real viewHeight: -1
    readonly property real labelSize: Math.min(Theme.labelSize, rowHeight * 0.38)
    readonly property real noteSize: Math.min(Math.round(26 * Theme.scale), rowHeight * 0.28)
    // Values stay legible from 1.5 m however far the rows are squeezed (Theme.resultValueMinSize).
    readonly property real valueSize: Math.max(Theme.resultValueMinSize, Math.min(Math.round(42 * Theme.scale), rowHeight * 0.5))
    readonly property real unitSize: Math.min(Theme.unitSize, rowHeight * 0.4)
    readonly property real inset: Math.round(28 * Theme.scale)
    readonly property real unitWidth: {
        var sizeInUse = unitMetrics.font.pixelSize
        var widest = 0
        for (var i = 0; i < rows.length; i++)
            widest = Math.max(widest, unitMetrics.advanceWidth(rows[i].unit))
        return sizeInUse > 0 ? Math.ceil(widest) : 0
    }
    columns: columnCount
    // Trends only where a column has room for them beside the label and value.
    readonly property bool roomForTrends: width / Math.max(columnCount, 1) >= Math.round(560 * Theme.scale)
    columnSpacing: Math.round(24 * Theme.scale)
    rowSpacing: Math.round(10 * Theme.scale)

    FontMetrics { id: unitMetrics; font.family: Theme.font; font.pixelSize: grid.unitSize }

    Repeater {
        model: grid.rows
        delegate: Rectangle {
            objectName: "resultRow"
            opacity: grid.viewHeight < 0 || (y >= grid.viewTop - 1 && y + height <= grid.viewTop + grid.viewHeight + 1) ? 1 : 0
            Layout.fillWidth: true
            Layout.preferredWidth: 1  // both columns equally wide
            implicitHeight: grid.rowHeight
            radius: Math.min(Theme.radius, height / 3)
            color: index === grid.selected ? Theme.surfaceRaised : Theme.surface
            border.width: index === grid.selected ? 2 : 0
            border.color: Theme.busy
            TapHandler { onTapped: grid.selected = (grid.selected === index ? -1 : index) }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: grid.inset
                anchors.rightMargin: grid.inset
                spacing: Math.round(14 * Theme.scale)
                Column {
                    id: labelColumn
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    spacing: 0
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        height: Math.ceil(grid.labelSize * 1.25)
                        text: modelData.label
                        color: Theme.textMuted
                        font.family: Theme.font
                        font.pixelSize: grid.labelSize
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 10
                    }
                    Row {
                        id: notes
                        visible: modelData.band !== "" || modelData.change !== ""
                        spacing: Math.round(14 * Theme.scale)
                        // Each note shrinks to its share of a narrow column rather than running into the value;
                        // a short note leaves the rest of the column to the other.
                        readonly property real share: modelData.band !== "" && modelData.change !== ""
                                                      ? (labelColumn.width - spacing) / 2 : labelColumn.width
                        readonly property real room: labelColumn.width - spacing
                        Text {
                            id: bandNote
                            objectName: "rowBand"
                            textFormat: Text.PlainText
                            width: Math.min(implicitWidth, Math.max(notes.share, notes.room - (changeNote.visible ? changeNote.implicitWidth : 0)))
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: 8
                            visible: text !== ""
                            text: modelData.band
                            color: Theme.tone(modelData.bandTone === "info" ? "busy" : modelData.bandTone)
                            font.family: Theme.font
                            font.pixelSize: grid.noteSize
                            font.bold: true
                        }
                        Text {
                            id: changeNote
                            objectName: "rowChange"
                            textFormat: Text.PlainText
                            width: Math.min(implicitWidth, Math.max(notes.share, notes.room - (bandNote.visible ? bandNote.implicitWidth : 0)))
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: 8
                            visible: text !== ""
                            text: modelData.change
                            color: Theme.text
                            font.family: Theme.font
                            font.pixelSize: grid.noteSize
                        }
                    }
                }
                Sparkline {
                    objectName: "rowTrend"
                    visible: grid.roomForTrends && modelData.trend.length > 1
                    Layout.preferredWidth: Math.round(96 * Theme.scale)
                    Layout.preferredHeight: Math.round(grid.rowHeight * 0.55)
                    points: modelData.trend
                }
                Text {
                    objectName: "resultValue"
                    textFormat: Text.PlainText
                    text: modelData.value
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: grid.valueSize
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
