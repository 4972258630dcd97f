import QtQuick
import QtQuick.Layouts
import QtGraphs
import "../shared"

// A member's weight, body fat and muscle mass over their results at this kiosk (QtGraphs).
Item {
    id: page
    objectName: "trainerModeTrend"
    readonly property var trend: trainerMode.trend
    readonly property var seriesColors: [Theme.accent, Theme.wait, Theme.busy]

    ColumnLayout {
        anchors.fill: parent
        spacing: 22

        RowLayout {
            Layout.fillWidth: true
            KioskButton {
                objectName: "trendBackButton"
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("‹ Back")
                onClicked: trainerMode.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: page.trend.title || ""
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: 42
                    font.bold: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignRight
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: page.trend.subtitle || ""
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: 28
                    horizontalAlignment: Text.AlignRight
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: (page.trend.series || []).length === 0
            text: qsTr("No body measurements for this member at this kiosk yet.")
            color: Theme.textMuted
            font.family: Theme.font
            font.pixelSize: 34
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: (page.trend.series || []).length > 0
            columns: window.portrait ? 1 : 3
            rowSpacing: 22
            columnSpacing: 22

            Repeater {
                model: page.trend.series || []
                delegate: Rectangle {
                    id: card
                    objectName: "trendChart_" + modelData.key
                    readonly property color tint: page.seriesColors[index % page.seriesColors.length]
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: 24
                    color: Theme.surface

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 24
                        spacing: 6
                        RowLayout {
                            Layout.fillWidth: true
                            Rectangle { width: 18; height: 18; radius: 9; color: card.tint }
                            Text {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: modelData.label
                                color: Theme.textMuted
                                font.family: Theme.font
                                font.pixelSize: 30
                            }
                            Text {
                                textFormat: Text.PlainText
                                text: modelData.latest
                                color: Theme.text
                                font.family: Theme.font
                                font.pixelSize: 40
                                font.bold: true
                            }
                        }
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            visible: modelData.change !== ""
                            text: qsTr("%1 since %2").arg(modelData.change).arg(page.trend.fromText)
                            color: Theme.textMuted
                            font.family: Theme.font
                            font.pixelSize: 26
                            horizontalAlignment: Text.AlignRight
                        }

                        GraphsView {
                            id: graph
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            marginLeft: 8
                            marginRight: 24
                            marginTop: 12
                            marginBottom: 4
                            theme: GraphsTheme {
                                colorScheme: GraphsTheme.ColorScheme.Dark
                                backgroundVisible: false
                                plotAreaBackgroundVisible: false
                                gridVisible: true
                                grid.mainColor: Theme.line
                                grid.subColor: Theme.line
                                axisX.mainColor: Theme.line
                                axisY.mainColor: Theme.line
                                labelBackgroundVisible: false
                                labelTextColor: Theme.textMuted
                                axisYLabelFont.pixelSize: 26
                                axisXLabelFont.pixelSize: 26
                            }
                            axisX: DateTimeAxis {
                                min: new Date(page.trend.from)
                                max: new Date(page.trend.to)
                                labelsVisible: false
                                gridVisible: false
                                subGridVisible: false
                            }
                            axisY: ValueAxis {
                                min: modelData.min
                                max: modelData.max
                                // at most four steps, and no more than the chart's height has room for (a label needs ~64 px of chart)
                                tickInterval: Math.max(1, Math.ceil((modelData.max - modelData.min)
                                                                    / Math.max(1, Math.min(4, Math.floor(graph.height / 64)))))
                                labelFormat: "%.0f"
                                subGridVisible: false
                            }
                            LineSeries {
                                id: line
                                color: card.tint
                                width: 5
                                pointDelegate: Rectangle {
                                    width: 20; height: 20; radius: 10
                                    color: Theme.surface
                                    border.width: 5
                                    border.color: card.tint
                                }
                            }
                            Component.onCompleted: {
                                for (const point of modelData.points)
                                    line.append(point.x, point.y)
                            }
                        }
                        // Dates under the first and last points (QtGraphs' own date ticks land between days).
                        Item {
                            id: dates
                            Layout.fillWidth: true
                            Layout.preferredHeight: 34
                            function at(time) {
                                const span = page.trend.to - page.trend.from
                                return graph.plotArea.x + (span > 0 ? (time - page.trend.from) / span : 0.5) * graph.plotArea.width
                            }
                            Text {
                                textFormat: Text.PlainText
                                x: Math.max(0, dates.at(page.trend.first) - width / 2)
                                text: page.trend.fromText
                                color: Theme.textMuted
                                font.family: Theme.font
                                font.pixelSize: 24
                            }
                            Text {
                                textFormat: Text.PlainText
                                x: Math.min(dates.width - width, dates.at(page.trend.last) - width / 2)
                                visible: page.trend.toText !== page.trend.fromText
                                text: page.trend.toText
                                color: Theme.textMuted
                                font.family: Theme.font
                                font.pixelSize: 24
                            }
                        }
                    }
                }
            }
        }
    }
}
