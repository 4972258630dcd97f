import QtQuick
import "../shared"

// Figures as big tiles, label above, value and unit below: a running workout (readable from the
// saddle) or a result with only a few values.
Item {
    id: tiles
    property var rows: []
    property real tileHeight: 250
    property int columns: 2
    readonly property real spacing: Math.round(24 * Theme.scale)
    // Tiles share the width the parent layout gives; nothing here feeds back into that width.
    readonly property real tileWidth: Math.max(0, (width - spacing * (columns - 1)) / columns)
    implicitHeight: grid.implicitHeight

    Grid {
        id: grid
        width: tiles.width
        columns: tiles.columns
        spacing: tiles.spacing

        Repeater {
            model: tiles.rows
            delegate: Rectangle {
                id: tile
                objectName: "figureTile"
                width: tiles.tileWidth
                height: tiles.tileHeight
                radius: Theme.radius
                color: Theme.surface
                readonly property bool zoned: (modelData.zoneIndex ?? -1) >= 0
                readonly property color zoneColour: zoned ? Theme.zoneColours[modelData.zoneIndex] : Theme.text
                border.width: zoned ? 4 : 2
                border.color: zoned ? zoneColour : Theme.line
                Column {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.gapSmall
                    spacing: Math.round(8 * Theme.scale)
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData.label
                        color: Theme.textMuted
                        font.family: Theme.font
                        font.pixelSize: Theme.labelSize
                        elide: Text.ElideRight
                    }
                    Row {
                        anchors.horizontalCenter: parent.horizontalCenter
                        spacing: Math.round(12 * Theme.scale)
                        scale: Math.min(1.0, parent.width / Math.max(implicitWidth, 1))  // long values shrink to fit
                        Text {
                            textFormat: Text.PlainText
                            id: value
                            text: modelData.value
                            color: tile.zoneColour
                            font.family: Theme.font
                            font.pixelSize: tiles.tileHeight * 0.38
                            font.bold: true
                        }
                        Text {
                            textFormat: Text.PlainText
                            anchors.baseline: value.baseline
                            text: modelData.unit
                            color: Theme.textMuted
                            font.family: Theme.font
                            font.pixelSize: Math.round(38 * Theme.scale)
                        }
                    }
                    Text {  // the member's own zone at their training platform (its name is the platform's text)
                        objectName: "figureZone"
                        visible: tile.zoned
                        textFormat: Text.PlainText
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData.zoneText ?? ""
                        color: tile.zoneColour
                        font.family: Theme.font
                        font.pixelSize: Theme.labelSize
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                    }
                }
            }
        }
    }
}
