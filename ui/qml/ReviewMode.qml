import QtQuick
import QtQuick.Layouts
import "."

// Trainer review mode: covers the member screens while open. Binds to `review` (ReviewViewModel).
Rectangle {
    id: layer
    objectName: "reviewMode"
    color: Theme.background

    readonly property real touchTarget: window.touchTarget
    readonly property real gap: window.portrait ? 28 : 24

    MouseArea { anchors.fill: parent }  // the member screens below stay untouchable

    // Any touch keeps review mode open; after two idle minutes it closes by itself.
    TapHandler {
        grabPermissions: PointerHandler.ApprovesTakeOverByAnything
        gesturePolicy: TapHandler.WithinBounds
        onTapped: review.touch()
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
                    text: review.page === "keypad" ? qsTr("Trainer sign-in") : qsTr("Results at this station")
                    color: Theme.text
                    font.family: Theme.font
                    font.pixelSize: 44
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: review.actorText
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: 28
                }
            }
            KioskButton {
                objectName: "reviewExitButton"
                primary: false
                minimumSize: layer.touchTarget
                text: review.page === "keypad" ? qsTr("Cancel") : qsTr("Exit")
                onClicked: review.exit()
            }
        }
    }

    Loader {
        id: page
        objectName: "reviewPage"
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: noticeBar.top }
        anchors.margins: window.margin * 0.6
        source: {
            switch (review.page) {
            case "results": return "ReviewModeResults.qml"
            case "detail": return "ReviewModeDetail.qml"
            case "discard": return "ReviewModeDiscard.qml"
            case "trend": return "ReviewModeTrend.qml"
            case "export": return "ReviewModeExport.qml"
            default: return "ReviewModeKeypad.qml"
            }
        }
    }

    Rectangle {
        id: noticeBar
        objectName: "reviewNotice"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: review.notice === "" ? 0 : Math.max(layer.touchTarget, noticeText.implicitHeight + 48)
        visible: review.notice !== ""
        color: Theme.surfaceRaised
        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: 14
            color: Theme.tone(review.noticeTone)
        }
        Text {
            textFormat: Text.PlainText
            id: noticeText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.leftMargin: window.margin
            anchors.rightMargin: window.margin
            text: review.notice
            color: Theme.text
            font.family: Theme.font
            font.pixelSize: 32
            wrapMode: Text.WordWrap
        }
        TapHandler { gesturePolicy: TapHandler.WithinBounds; onTapped: review.dismissNotice() }
    }
}
