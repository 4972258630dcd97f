import QtQuick
import QtQuick.Layouts
import "../shared"

// Export the listed results as CSV: to a USB drive, or into this kiosk's data folder.
Item {
    id: page
    objectName: "trainerModeExport"

    ColumnLayout {
        anchors.fill: parent
        spacing: 24

        RowLayout {
            Layout.fillWidth: true
            KioskButton {
                objectName: "exportBackButton"
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("‹ Results")
                onClicked: trainerMode.back()
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Export to CSV")
                color: Theme.text
                font.family: Theme.font
                font.pixelSize: 42
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
            }
        }

        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: 32
            text: qsTr("The file lists every result the filters select: time, member, values and where each one stands. Plug in a USB drive to see it here.")
        }

        Repeater {
            model: trainerMode.exportFolders
            delegate: Rectangle {
                objectName: "exportFolder_" + index
                Layout.fillWidth: true
                implicitHeight: Math.max(window.touchTarget, folderText.implicitHeight + 48)
                radius: 22
                color: folderTap.pressed ? Theme.surfaceRaised : Theme.surface
                border.width: 3
                border.color: modelData.removable ? Theme.accent : Theme.controlEdge
                opacity: trainerMode.busy ? 0.5 : 1
                ColumnLayout {
                    id: folderText
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 32 }
                    spacing: 4
                    Text {
                        textFormat: Text.PlainText
                        text: modelData.label
                        color: Theme.text
                        font.family: Theme.font
                        font.pixelSize: 36
                        font.bold: true
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        objectName: "exportFolderPath"
                        text: modelData.path
                        color: Theme.textMuted
                        font.family: Theme.font
                        font.pixelSize: 26
                        elide: Text.ElideMiddle
                    }
                }
                TapHandler { id: folderTap; gesturePolicy: TapHandler.WithinBounds; onTapped: trainerMode.exportTo(index) }
            }
        }

        Item { Layout.fillHeight: true }
    }
}
