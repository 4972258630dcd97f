import QtQuick
import QtQuick.Layouts
import "../shared"

// Trainer mode: covers the member screens while open. Binds to `trainerMode` (TrainerModeViewModel).
Rectangle {
    id: layer
    objectName: "trainerMode"
    color: Theme.background

    readonly property real touchTarget: window.touchTarget
    readonly property real gap: window.portrait ? 28 : 24

    MouseArea { anchors.fill: parent }  // the member screens below stay untouchable

    // Any touch keeps trainer mode open; after two idle minutes it closes by itself.
    TapHandler {
        grabPermissions: PointerHandler.ApprovesTakeOverByAnything
        gesturePolicy: TapHandler.WithinBounds
        onTapped: trainerMode.touch()
    }

    Rectangle {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Math.max(140, layer.touchTarget + 40)
        color: Theme.surface
        RowLayout {
            anchors { fill: parent; leftMargin: window.margin; rightMargin: window.margin }
            spacing: 24
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: trainerMode.page === "keypad" ? qsTr("Trainer sign-in") : qsTr("Results at this station")
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: 44
                    font.bold: true
                    fontSizeMode: Text.HorizontalFit  // a long title in a narrow bar gets smaller, never cut
                    minimumPixelSize: 28
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: trainerMode.actorText
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: 28
                }
            }
            KioskButton {
                objectName: "trainerModeExitButton"
                primary: false
                minimumSize: layer.touchTarget
                text: trainerMode.page === "keypad" ? qsTr("Cancel") : qsTr("Exit")
                onClicked: trainerMode.exit()
            }
        }
    }

    Loader {
        id: page
        objectName: "trainerModePage"
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: noticeBar.top }
        anchors.margins: window.margin * 0.6
        source: {
            switch (trainerMode.page) {
            case "results": return "TrainerModeResults.qml"
            case "detail": return "TrainerModeDetail.qml"
            case "discard": return "TrainerModeDiscard.qml"
            case "trend": return "TrainerModeTrend.qml"
            case "export": return "TrainerModeExport.qml"
            default: return "TrainerModeKeypad.qml"
            }
        }
    }

    Rectangle {
        id: noticeBar
        objectName: "trainerModeNotice"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: trainerMode.notice === "" ? 0 : Math.max(layer.touchTarget, noticeText.implicitHeight + 48)
        visible: trainerMode.notice !== ""
        color: Theme.surfaceRaised
        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: 14
            color: Theme.tone(trainerMode.noticeTone)
        }
        Text {
            textFormat: Text.PlainText
            id: noticeText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.leftMargin: window.margin
            anchors.rightMargin: window.margin
            text: trainerMode.notice
            color: Theme.text
            font.family: Theme.font
            font.pixelSize: 32
            wrapMode: Text.WordWrap
        }
        TapHandler { gesturePolicy: TapHandler.WithinBounds; onTapped: trainerMode.dismissNotice() }
    }
}
