import QtQuick
import QtQuick.Layouts
import "../shared"

// The member's result, from the moment it is taken until they leave: the values with their
// change since last time and their published range, what happens to the result (sent in the
// background, per destination), a countdown that any touch restarts, and what to do next.
Item {
    id: page
    property string mode: "review"  // "review" (not sent yet), "submitting" or "done"
    readonly property string outcome: vm.deliveryOutcome
    readonly property bool fewValues: vm.resultRows.length <= 3

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gapSmall
        ScreenTitle {
            objectName: page.mode === "done" ? "doneTitle" : "resultTitle"
            Layout.fillWidth: true
            font.pixelSize: Theme.headingSize
            text: page.mode !== "done" ? qsTr("Your result, %1").arg(vm.greetingName)
                : page.outcome === "queued" ? qsTr("Saved on this kiosk")
                : page.outcome === "refused" ? qsTr("Your result was not saved")
                : qsTr("Saved. See you next time!")
        }
        BodyText {
            objectName: "progressSince"
            Layout.fillWidth: true
            visible: text !== "" && !page.fewValues
            font.pixelSize: Theme.unitSize
            text: vm.progressSince
        }
        Item { Layout.fillHeight: page.fewValues }
        FigureTiles {
            objectName: "resultTiles"
            visible: page.fewValues && vm.resultRows.length > 0
            Layout.fillWidth: true
            rows: vm.resultRows
            columns: Math.max(1, Math.min(vm.resultRows.length, window.portrait ? 2 : 3))
            tileHeight: Math.round(300 * Theme.scale)
        }
        Flickable {
            id: rowsArea
            objectName: "resultRowsArea"
            visible: !page.fewValues
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: rows.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            // A row is never shorter than its value (at least Theme.resultValueMinSize; a value's line is
            // about 1.2 × its size, the rows' spacing may take part of it). Landscape spreads the rows over
            // a third column when two are too tall; a portrait column is too narrow to split, so when the
            // rows do not fit there they scroll, and only whole rows show.
            readonly property real minimumRow: Math.ceil(Theme.resultValueMinSize * 1.2) - rows.rowSpacing
            // Tall enough for a label read at arm's length beside the value (labels are 0.38 of a row).
            readonly property real comfortableRow: Math.ceil(Theme.resultValueMinSize * 1.6)
            function fits(columns) {
                var perColumn = Math.ceil(vm.detailRows.length / columns)
                return perColumn * comfortableRow + (perColumn - 1) * rows.rowSpacing <= height
            }
            readonly property int columnCount: window.portrait ? 1 : (fits(2) ? 2 : 3)
            readonly property int perColumn: Math.ceil(vm.detailRows.length / columnCount)
            DetailRows {
                id: rows
                objectName: "resultRows"
                width: rowsArea.width
                rows: vm.detailRows
                twoColumns: !window.portrait
                columnCount: rowsArea.columnCount
                viewTop: rowsArea.contentY
                viewHeight: rowsArea.height
                rowHeight: Math.max(rowsArea.minimumRow, Math.min(Math.round(92 * Theme.scale),
                                    Math.floor((rowsArea.height - (rowsArea.perColumn - 1) * rowSpacing) / Math.max(rowsArea.perColumn, 1))))
            }
        }
        Item { Layout.fillHeight: page.fewValues }
        BodyText {
            objectName: "rowMeaning"
            Layout.fillWidth: true
            visible: !page.fewValues
            font.pixelSize: Theme.unitSize
            color: rows.selected >= 0 ? Theme.text : Theme.textMuted
            text: rows.selected >= 0 && rows.selected < vm.detailRows.length ? vm.detailRows[rows.selected].meaning
                : qsTr("Tap a value to see what it means.")
        }
        BodyText {
            Layout.fillWidth: true
            visible: page.mode === "review"
            font.pixelSize: Theme.labelSize
            text: qsTr("Your result is saved to %1 automatically in a few seconds.").arg(vm.destinationNames)
        }
        BodyText {
            Layout.fillWidth: true
            visible: page.mode !== "review" && vm.submissions.length === 0
            font.pixelSize: Theme.labelSize
            text: qsTr("Sending your result…")
        }
        BodyText {
            Layout.fillWidth: true
            visible: page.mode === "done" && vm.messageHint !== ""
            font.pixelSize: Theme.labelSize
            text: vm.messageHint
        }
        SubmissionList {
            Layout.fillWidth: true
            visible: page.mode !== "review"
            items: vm.submissions
        }
        BodyText {
            objectName: "standing"  // "+17 points today · level 3, 40 to go", once the platform has the result
            Layout.fillWidth: true
            visible: page.mode !== "review" && text !== ""
            color: Theme.accent
            font.pixelSize: Theme.bodySize
            font.bold: true
            text: vm.extras.standingText
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gapSmall
            columns: window.portrait ? 2 : 3
            columnSpacing: Theme.gap
            rowSpacing: Theme.gapSmall
            KioskButton {
                objectName: "notMeButton"
                visible: page.mode === "review"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Not me")
                onClicked: vm.askNotMe()
            }
            KioskButton {
                objectName: "takeawayButton"
                visible: page.mode === "done" && vm.canTakeAway
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("QR code")
                onClicked: { vm.showTakeaway(); takeaway.visible = true }
            }
            KioskButton {
                objectName: "measureAgainButton"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Measure again")
                onClicked: vm.measureAgain()
            }
            KioskButton {
                objectName: page.mode === "review" ? "saveButton" : "finishButton"
                Layout.fillWidth: true
                Layout.columnSpan: window.portrait ? 2 : 1
                minimumSize: window.touchTarget
                text: page.mode === "review" ? qsTr("Save") : qsTr("Done")
                onClicked: page.mode === "review" ? vm.confirm() : vm.finish()
            }
        }
        Text {
            objectName: "closesIn"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: vm.closesInText
            color: Theme.textMuted
            font.family: Theme.font
            font.pixelSize: Math.round(26 * Theme.scale)
        }
    }

    // "Not me" asks first: the result is deleted only when the member says so.
    Rectangle {
        objectName: "notMeDialog"
        anchors.fill: parent
        visible: vm.confirmingNotMe
        color: Theme.background
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: Theme.gap
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Is this result not yours?") }
            BodyText { Layout.fillWidth: true; text: qsTr("It will be deleted from this kiosk and not sent to %1.").arg(vm.destinationNames) }
            KioskButton {
                objectName: "confirmNotMeButton"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Delete it, it's not mine")
                onClicked: vm.notMe()
            }
            KioskButton {
                objectName: "keepResultButton"
                Layout.fillWidth: true
                minimumSize: window.touchTarget
                text: qsTr("It's mine, keep it")
                onClicked: vm.keepResult()
            }
        }
    }

    // The take-away: a QR code of the values as plain text, read by the member's phone camera.
    Rectangle {
        id: takeaway
        objectName: "takeawayDialog"
        anchors.fill: parent
        visible: false
        color: Theme.background
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width, Theme.readableWidth)
            spacing: Theme.gap
            ScreenTitle { Layout.fillWidth: true; font.pixelSize: Theme.headingSize; text: qsTr("Take your result with you") }
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Math.min(page.width * 0.8, page.height * 0.45)
                implicitHeight: implicitWidth
                color: "white"
                radius: Theme.radius / 2
                Image {
                    objectName: "takeawayCode"
                    anchors.fill: parent
                    anchors.margins: Theme.gapSmall
                    source: vm.takeawayCode
                    cache: false  // each result's code is shown once; none is kept in the image cache
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                }
            }
            BodyText {
                Layout.fillWidth: true
                font.pixelSize: Theme.labelSize
                text: qsTr("Scan it with your phone's camera. It holds only the date and these values: no name, no link. Once saved, your result is also in the %1 app.").arg(vm.destinationNames)
            }
            KioskButton {
                objectName: "closeTakeawayButton"
                Layout.alignment: Qt.AlignHCenter
                minimumSize: window.touchTarget
                text: qsTr("Close")
                onClicked: takeaway.visible = false
            }
        }
    }
}
