import QtQuick
import QtQuick.Layouts
import "../shared"

// Results at this station, newest first, filtered by delivery state and by member.
Item {
    id: page
    objectName: "trainerModeResults"

    ColumnLayout {
        anchors.fill: parent
        spacing: 22

        Flow {
            id: filters
            objectName: "stateFilters"
            Layout.fillWidth: true
            spacing: 14
            Repeater {
                model: trainerMode.stateFilters
                delegate: TrainerModeChip {
                    objectName: "filter_" + modelData.key
                    minimumSize: window.touchTarget
                    text: modelData.label
                    chosen: trainerMode.stateFilter === modelData.key
                    onClicked: trainerMode.setStateFilter(modelData.key)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 18
            KioskButton {
                objectName: "memberFilterButton"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Member: %1").arg(trainerMode.memberChoices[trainerMode.memberFilter] || "")
                onClicked: memberPicker.open()
            }
            KioskButton {
                objectName: "exportButton"
                primary: false
                minimumSize: window.touchTarget
                enabled: trainerMode.resultCount > 0 && !trainerMode.busy
                opacity: enabled ? 1 : 0.4
                text: qsTr("Export CSV")
                onClicked: trainerMode.startExport()
            }
        }

        ListView {
            id: list
            objectName: "resultList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 14
            model: trainerMode.results
            onMovementStarted: trainerMode.touch()
            delegate: Rectangle {
                objectName: "resultRow"
                required property int index
                required property string memberLabel
                required property string timeText
                required property string valuesText
                required property var deliveries
                required property bool attention
                width: list.width
                height: Math.max(window.touchTarget, content.implicitHeight + 40)
                radius: 22
                color: rowTap.pressed ? Theme.surfaceRaised : Theme.surface
                border.width: attention ? 3 : 0
                border.color: Theme.bad
                ColumnLayout {
                    id: content
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 28 }
                    spacing: 10
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: memberLabel
                            color: Theme.text
                            font.family: Theme.font
                            font.pixelSize: 36
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            textFormat: Text.PlainText
                            text: timeText
                            color: Theme.textMuted
                            font.family: Theme.font
                            font.pixelSize: 28
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: valuesText
                        color: Theme.text
                        font.family: Theme.font
                        font.pixelSize: 28
                        wrapMode: Text.WordWrap
                    }
                    TrainerModeDeliveries { Layout.fillWidth: true; items: deliveries }
                }
                TapHandler { id: rowTap; gesturePolicy: TapHandler.WithinBounds; onTapped: trainerMode.select(index) }
            }

            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width * 0.8
                visible: list.count === 0
                text: qsTr("No results here match these filters.")
                color: Theme.textMuted
                font.family: Theme.font
                font.pixelSize: 34
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }

    // The member filter: every member with results here, picked from a list over the page.
    Rectangle {
        id: memberPicker
        objectName: "memberPicker"
        property bool shown: false
        function open() { shown = true; trainerMode.touch() }
        function close() { shown = false }
        anchors.fill: parent
        visible: shown
        color: Qt.rgba(0, 0, 0, 0.6)
        MouseArea { anchors.fill: parent; onClicked: memberPicker.close() }  // a tap beside the list closes it
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width, 900)
            height: Math.min(parent.height, members.contentHeight + 80)
            radius: 30
            color: Theme.surfaceRaised
            border.width: 3
            border.color: Theme.controlEdge
            MouseArea { anchors.fill: parent }  // a tap between the choices does nothing
            ListView {
                id: members
                anchors.fill: parent
                anchors.margins: 40
                clip: true
                spacing: 12
                model: trainerMode.memberChoices
                onMovementStarted: trainerMode.touch()
                delegate: TrainerModeChip {
                    objectName: "member_" + index
                    width: members.width
                    minimumSize: window.touchTarget
                    text: modelData
                    chosen: index === trainerMode.memberFilter
                    onClicked: { trainerMode.setMemberFilter(index); memberPicker.close() }
                }
            }
        }
    }
}
