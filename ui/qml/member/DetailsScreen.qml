import QtQuick
import QtQuick.Layouts
import "../shared"

// Before stepping on an analyser in PC mode: "168 cm · 37 · female — correct?". The member can change
// each value (height and age on a keypad); the kiosk then gives them to the analyser. Binds to
// `vm.details` (AnalyserDetailsViewModel); nothing here is written back to the member's profile.
Item {
    id: screen
    objectName: "detailsScreen"
    readonly property var details: vm.details

    // Portrait: greeting, details, answer, one above the other. Landscape: the details on the right.
    GridLayout {
        id: columns
        readonly property bool wide: !window.portrait
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter
                  topMargin: Theme.gap; bottomMargin: Theme.gap }
        width: wide ? parent.width - 2 * window.margin : Math.min(parent.width - 2 * window.margin, Theme.readableWidth)
        columns: wide ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gap

        ColumnLayout {
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignBottom
            spacing: Theme.gap
            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("Hello, %1!").arg(vm.greetingName)
            }
            BodyText {
                Layout.fillWidth: true
                // Said once; a question, a reason or the spinner below needs the room on small panels.
                visible: details.missingText === "" && !details.refused && !details.sending
                text: qsTr("Before you step on: the scale needs these details to measure your body composition.")
            }
        }
        ColumnLayout {
            Layout.row: columns.wide ? 0 : 1
            Layout.column: columns.wide ? 1 : 0
            Layout.rowSpan: columns.wide ? 2 : 1
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.gapSmall
            DetailRow {
                objectName: "heightRow"
                label: qsTr("Height")
                value: details.heightText !== "" ? qsTr("%1 cm").arg(details.heightText) : "—"
                KioskButton {
                    objectName: "changeHeightButton"
                    primary: details.heightText === ""
                    minimumSize: window.touchTarget
                    text: details.heightText === "" ? qsTr("Enter") : qsTr("Change")
                    enabled: !details.sending
                    opacity: enabled ? 1 : 0.45
                    onClicked: keypad.open("height")
                }
            }
            DetailRow {
                objectName: "ageRow"
                label: qsTr("Age")
                value: details.ageText !== "" ? details.ageText : "—"
                KioskButton {
                    objectName: "changeAgeButton"
                    primary: details.ageText === ""
                    minimumSize: window.touchTarget
                    text: details.ageText === "" ? qsTr("Enter") : qsTr("Change")
                    enabled: !details.sending
                    opacity: enabled ? 1 : 0.45
                    onClicked: keypad.open("age")
                }
            }
            DetailRow {
                objectName: "bodyModelRow"
                label: qsTr("Body model")
                Choice {
                    objectName: "femaleChoice"
                    text: qsTr("Female")
                    chosen: details.bodyModel === "female"
                    onClicked: details.setBodyModel("female")
                }
                Choice {
                    objectName: "maleChoice"
                    text: qsTr("Male")
                    chosen: details.bodyModel === "male"
                    onClicked: details.setBodyModel("male")
                }
            }
            DetailRow {
                objectName: "bodyTypeRow"
                label: qsTr("Body type")
                Choice {
                    objectName: "standardChoice"
                    text: qsTr("Standard")
                    chosen: details.bodyType === "standard"
                    onClicked: details.setBodyType("standard")
                }
                Choice {
                    objectName: "athleticChoice"
                    text: qsTr("Athletic")
                    chosen: details.bodyType === "athletic"
                    onClicked: details.setBodyType("athletic")
                }
            }
        }
        ColumnLayout {
            Layout.row: columns.wide ? 1 : 2
            Layout.column: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.gap
            BodyText {
                objectName: "missingText"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.wait
                text: details.missingText
            }
            StatusPill {
                objectName: "analyserMessage"
                visible: details.refused && !details.sending
                Layout.fillWidth: true
                tone: "bad"
                text: vm.messageText + "\n" + vm.messageHint
            }
            BodyText {
                objectName: "summaryText"
                Layout.fillWidth: true
                visible: text !== "" && !details.refused && !details.sending
                font.pixelSize: Theme.leadSize
                color: Theme.text
                text: details.summaryText
            }
            RowLayout {
                objectName: "sendingStatus"
                visible: details.sending
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.gap
                Spinner { size: Theme.touchTarget }
                BodyText { Layout.fillWidth: false; width: implicitWidth; color: Theme.text; text: qsTr("Getting the scale ready…") }
            }
            Item { Layout.fillHeight: true }
            GridLayout {
                Layout.fillWidth: true
                columns: 2  // side by side: the room above is the details'
                columnSpacing: Theme.gap
                rowSpacing: Theme.gapSmall
                KioskButton {
                    objectName: "notMeButton"
                    Layout.fillWidth: true
                    primary: false
                    minimumSize: window.touchTarget
                    text: qsTr("Not me")
                    onClicked: vm.notMe()
                }
                KioskButton {
                    objectName: "confirmDetailsButton"
                    Layout.fillWidth: true
                    minimumSize: window.touchTarget
                    enabled: details.complete && !details.sending
                    opacity: enabled ? 1 : 0.45
                    text: details.refused ? qsTr("Try again") : qsTr("Correct")
                    onClicked: details.confirm()
                }
            }
        }
    }

    // A label with its value and the button that changes it, on one line of at least 15 mm; or a
    // label above two answers that share the whole width (long labels and answers stay whole).
    component DetailRow: Rectangle {
        id: detailRow
        property alias label: labelText.text
        property string value: ""
        readonly property bool stacked: value === ""
        default property alias controls: controlRow.data
        Layout.fillWidth: true
        implicitHeight: (stacked ? rowContent.implicitHeight : Math.max(window.touchTarget, rowContent.implicitHeight))
                        + 2 * Theme.gapSmall
        radius: Theme.radius
        color: Theme.surface
        GridLayout {
            id: rowContent
            anchors { fill: parent; leftMargin: Theme.gap; rightMargin: Theme.gapSmall
                      topMargin: Theme.gapSmall; bottomMargin: Theme.gapSmall }
            columns: detailRow.stacked ? 1 : 3
            columnSpacing: Theme.gap
            rowSpacing: Math.round(Theme.gapSmall / 2)
            Text {
                id: labelText
                textFormat: Text.PlainText
                Layout.fillWidth: true
                color: Theme.textMuted
                font.family: Theme.font
                font.pixelSize: Theme.labelSize
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                visible: !detailRow.stacked
                text: detailRow.value
                color: Theme.text
                font.family: Theme.font
                font.pixelSize: Theme.leadSize
                font.bold: true
            }
            RowLayout {
                id: controlRow
                Layout.fillWidth: detailRow.stacked
                spacing: Theme.gapSmall
            }
        }
    }

    // One of two answers; the chosen one is filled.
    component Choice: KioskButton {
        property bool chosen: false
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        primary: chosen
        minimumSize: window.touchTarget
        enabled: !details.sending
        opacity: enabled ? 1 : 0.45
        Accessible.checkable: true
        Accessible.checked: chosen
    }

    // The keypad for height (whole centimetres) and age: the kiosk's own numeric keyboard.
    Rectangle {
        id: keypad
        objectName: "detailsKeypad"
        property string editing: ""  // "height" or "age"; "" when closed
        property bool rejected: false
        visible: editing !== ""
        parent: window.contentItem  // over the whole window, like the idle question
        anchors.fill: parent
        z: 10
        color: Qt.rgba(0, 0, 0, 0.78)

        function open(what) {
            entry.text = ""
            rejected = false
            editing = what
            keyboard.field = entry
        }
        function commit() {
            var taken = editing === "height" ? details.setHeight(entry.text) : details.setAge(entry.text)
            if (taken) {
                editing = ""
            } else {
                rejected = true
                keyboard.field = entry  // stays open until a value the analyser takes, or Cancel
            }
        }

        MouseArea { anchors.fill: parent }  // the screen below is not touchable while typing

        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * window.margin, Math.round(1000 * Theme.scale))
            height: panel.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surfaceRaised
            ColumnLayout {
                id: panel
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.gap }
                spacing: Theme.gapSmall
                ScreenTitle {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.headingSize
                    text: keypad.editing === "height" ? qsTr("Your height in cm") : qsTr("Your age")
                }
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: Math.round(420 * Theme.scale)
                    implicitHeight: window.touchTarget
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Math.max(2, Math.round(3 * Theme.scale))
                    border.color: keypad.rejected ? Theme.bad : Theme.controlEdge
                    Text {
                        id: entry
                        objectName: "keypadEntry"
                        property bool numeric: true
                        function typeText(digits) {
                            if (text.length < (keypad.editing === "height" ? 3 : 2)) text += digits
                            keypad.rejected = false
                        }
                        function erase() { text = text.slice(0, -1) }
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        color: Theme.text
                        font.family: Theme.font
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                    }
                }
                BodyText {
                    objectName: "keypadHint"
                    Layout.fillWidth: true
                    color: keypad.rejected ? Theme.bad : Theme.textMuted
                    text: (keypad.rejected ? qsTr("Please enter a number from %1.") : qsTr("From %1."))
                        .arg(keypad.editing === "height" ? details.heightRange : details.ageRange)
                }
                OnScreenKeyboard {
                    id: keyboard
                    Layout.fillWidth: true
                    keySize: window.touchTarget
                    onDone: keypad.commit()
                }
                KioskButton {
                    objectName: "keypadCancelButton"
                    Layout.alignment: Qt.AlignHCenter
                    primary: false
                    minimumSize: window.touchTarget
                    text: qsTr("Cancel")
                    onClicked: { keyboard.field = null; keypad.editing = "" }
                }
            }
        }
    }
}
