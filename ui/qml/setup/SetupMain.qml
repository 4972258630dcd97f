import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import "../shared"

// The first-run setup window, shown instead of Main.qml while the kiosk has no valid config.
// Binds to `setup` (SetupViewModel); every check and every file written happens there.
Window {
    id: window
    objectName: "setupWindow"
    visible: true
    width: 1080
    height: 1920
    color: Theme.background
    title: qsTr("gym-kiosk setup")

    // 15 mm touch targets: Screen.pixelDensity is pixels per millimetre.
    readonly property real mm: Math.max(Screen.pixelDensity, 2.5)
    readonly property real touchTarget: Math.max(15 * mm, 96)
    readonly property bool portrait: height >= width
    readonly property real margin: portrait ? width * 0.05 : height * 0.05

    // The on-screen keyboard types into the tapped field; the form scrolls so that field stays in view.
    function showKeyboard(field) {
        keyboard.field = field
        keyboardScroll.restart()
    }
    Timer {  // after the keyboard has taken its place at the bottom
        id: keyboardScroll
        interval: 0
        onTriggered: {
            if (keyboard.field === null)
                return
            var top = keyboard.field.mapToItem(content, 0, 0).y + content.y
            var bottom = top + keyboard.field.height
            if (top < page.contentY || bottom > page.contentY + page.height)
                page.contentY = Math.max(0, Math.min(top - window.margin, page.contentHeight - page.height))
        }
    }

    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 120
        color: Theme.surface
        Text {
            textFormat: Text.PlainText
            anchors { left: parent.left; leftMargin: window.margin; verticalCenter: parent.verticalCenter }
            text: qsTr("Set up this kiosk")
            color: Theme.text
            font.family: Theme.font
            font.pixelSize: 40
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            anchors { right: parent.right; rightMargin: window.margin; verticalCenter: parent.verticalCenter }
            text: setup.platformNames
            color: Theme.accent
            font.family: Theme.font
            font.pixelSize: 34
            font.bold: true
            font.letterSpacing: 4
        }
    }

    Flickable {
        id: page
        objectName: "setupPage"
        anchors { left: parent.left; right: parent.right; top: header.bottom
                  bottom: keyboard.visible ? keyboard.top : footer.top }
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * window.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content
            x: window.margin
            y: window.margin
            width: page.width - 2 * window.margin
            spacing: 32

            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: setup.startupProblem
                    ? qsTr("The kiosk could not start: %1").arg(setup.startupProblem)
                    : qsTr("Answer these questions once; the kiosk starts when %1 accepts them.").arg(setup.platformNames)
                color: setup.startupProblem ? Theme.wait : Theme.textMuted
                font.family: Theme.font
                font.pixelSize: 30
                wrapMode: Text.WordWrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: window.portrait ? 1 : 2
                columnSpacing: 32
                rowSpacing: 32

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 32

                    SetupSection {
                        Layout.fillWidth: true
                        title: qsTr("Station")
                        SetupChoices {
                            objectName: "station_type"
                            width: parent.width
                            touchTarget: window.touchTarget
                            label: qsTr("What stands beside this kiosk?")
                            model: setup.stationTypes
                            current: setup.values.station_type
                            error: setup.errors.station_type || ""
                            onChosen: (value) => setup.setValue("station_type", value)
                        }
                        SetupField {
                            objectName: "station_name"
                            width: parent.width
                            touchTarget: window.touchTarget
                            onKeyboardWanted: (field) => window.showKeyboard(field)
                            label: qsTr("Name shown on screen (optional)")
                            text: setup.values.station_name
                            error: setup.errors.station_name || ""
                            onEdited: (text) => setup.setValue("station_name", text)
                        }
                    }

                    Repeater {
                        model: setup.platformSections
                        delegate: SetupPlatform {
                            required property var modelData
                            Layout.fillWidth: true
                            section: modelData
                            touchTarget: window.touchTarget
                            onKeyboardWanted: (field) => window.showKeyboard(field)
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 32

                    SetupSection {
                        Layout.fillWidth: true
                        title: qsTr("Devices")
                        SetupDevice {
                            width: parent.width
                            touchTarget: window.touchTarget
                            label: qsTr("Card reader")
                            role: "reader"
                            prefix: "reader"
                            protocols: setup.readerProtocols
                            ports: setup.readerPorts
                        }
                        Rectangle { width: parent.width; height: 3; color: Theme.line }
                        SetupDevice {
                            width: parent.width
                            touchTarget: window.touchTarget
                            label: qsTr("Measuring device")
                            role: "measuring"
                            prefix: "device"
                            protocols: setup.deviceProtocols
                            ports: setup.devicePorts
                        }
                        Flow {
                            width: parent.width
                            spacing: 28
                            KioskButton {
                                objectName: "refreshPorts"
                                primary: false
                                minimumSize: window.touchTarget
                                height: window.touchTarget
                                text: qsTr("Look for ports again")
                                onClicked: setup.refreshPorts()
                            }
                            KioskButton {
                                objectName: "detectDevices"
                                primary: false
                                minimumSize: window.touchTarget
                                height: window.touchTarget
                                text: setup.detecting ? qsTr("Looking…") : qsTr("Find devices")
                                enabled: !setup.detecting
                                opacity: enabled ? 1.0 : 0.5
                                onClicked: setup.detectDevices()
                            }
                        }
                    }

                    SetupSection {
                        Layout.fillWidth: true
                        title: qsTr("Trainer PIN")
                        SetupField {
                            objectName: "trainer_pin"
                            onKeyboardWanted: (field) => window.showKeyboard(field)
                            width: parent.width
                            touchTarget: window.touchTarget
                            secret: true
                            label: qsTr("PIN for trainer mode (4 to 12 digits)")
                            error: setup.errors.trainer_pin || ""
                            inputHints: Qt.ImhDigitsOnly
                            onEdited: (text) => setup.setValue("trainer_pin", text)
                        }
                        SetupField {
                            objectName: "trainer_pin_repeat"
                            onKeyboardWanted: (field) => window.showKeyboard(field)
                            width: parent.width
                            touchTarget: window.touchTarget
                            secret: true
                            label: qsTr("The same PIN again")
                            error: setup.errors.trainer_pin_repeat || ""
                            inputHints: Qt.ImhDigitsOnly
                            onEdited: (text) => setup.setValue("trainer_pin_repeat", text)
                        }
                    }
                }
            }
        }
    }

    Rectangle {
        id: footer
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.max(footerRow.implicitHeight + 2 * 28, window.touchTarget + 56)
        color: Theme.surface

        // Side by side in landscape; in portrait the status takes the whole width, the button below it.
        GridLayout {
            id: footerRow
            anchors { fill: parent; leftMargin: window.margin; rightMargin: window.margin; topMargin: 28; bottomMargin: 28 }
            columns: window.portrait ? 1 : 2
            columnSpacing: 32
            rowSpacing: 20
            Text {
                textFormat: Text.PlainText
                objectName: "setupStatus"
                Layout.fillWidth: true
                text: setup.status || qsTr("Saves to %1").arg(setup.configPath)
                color: setup.statusTone === "off" || !setup.status ? Theme.textMuted : Theme.tone(setup.statusTone)
                font.family: Theme.font
                font.pixelSize: 28
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere  // a long path breaks too
                maximumLineCount: 5
                elide: Text.ElideRight
            }
            KioskButton {
                objectName: "finishButton"
                Layout.fillWidth: window.portrait
                minimumSize: window.touchTarget
                Layout.preferredHeight: window.touchTarget + 14
                text: setup.busy ? qsTr("Checking…") : qsTr("Test %1 and finish").arg(setup.platformNames)
                enabled: !setup.busy
                opacity: enabled ? 1.0 : 0.5
                onClicked: setup.finish()
            }
        }
    }

    OnScreenKeyboard {
        id: keyboard
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        keySize: window.touchTarget
    }
}
