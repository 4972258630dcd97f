import QtQuick
import QtQuick.Layouts
import "../shared"

// One result: who, when, every value, where it stands at each platform, and what a trainer can do.
Item {
    id: page
    objectName: "trainerModeDetail"
    readonly property var item: trainerMode.detail

    ColumnLayout {
        anchors.fill: parent
        spacing: 24

        RowLayout {
            Layout.fillWidth: true
            spacing: 20
            KioskButton {
                objectName: "detailBackButton"
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("‹ Results")
                onClicked: trainerMode.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: page.item.memberLabel || ""
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: 46
                    font.bold: true
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignRight
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: page.item.timeText || ""
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: 30
                    horizontalAlignment: Text.AlignRight
                }
            }
        }

        TrainerModeDeliveries {
            objectName: "detailDeliveries"
            Layout.fillWidth: true
            fontSize: 30
            wrap: true
            items: page.item.deliveries || []
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: rows.implicitHeight
            onMovementStarted: trainerMode.touch()
            ResultRows {
                id: rows
                width: parent.width
                twoColumns: !window.portrait
                rows: page.item.rows || []
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: window.portrait ? 2 : 3
            columnSpacing: 20
            rowSpacing: 20
            KioskButton {
                objectName: "resendButton"
                Layout.fillWidth: true
                minimumSize: window.touchTarget
                visible: page.item.canResend === true
                enabled: !trainerMode.busy
                text: qsTr("Resend")
                onClicked: trainerMode.resend()
            }
            KioskButton {
                objectName: "discardButton"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                visible: page.item.canDiscard === true
                enabled: !trainerMode.busy
                text: qsTr("Discard…")
                onClicked: trainerMode.startDiscard()
            }
            KioskButton {
                objectName: "trendButton"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                visible: page.item.canTrend === true
                enabled: !trainerMode.busy
                text: qsTr("Trend")
                onClicked: trainerMode.showTrend()
            }
        }
    }
}
