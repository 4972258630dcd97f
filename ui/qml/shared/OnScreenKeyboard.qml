import QtQuick
import "."

// A keyboard of our own for a touchscreen with no keyboard attached (the packaged build has no
// Qt Virtual Keyboard): a numeric keypad for numbers (gym id, PIN), a compact QWERTY with digits
// and the characters of URLs, names and codes for text. It types into `field`, anything with
// `typeText(text)`, `erase()` and a `numeric` flag (SetupField); Done hides it.
Rectangle {
    id: keyboard
    objectName: "onScreenKeyboard"
    property var field: null
    property real keySize: Theme.touchTarget  // at least 15 mm high
    property bool shifted: false
    readonly property bool numeric: field !== null && field.numeric
    readonly property real gap: Math.round(keySize * 0.12)
    signal done()

    visible: field !== null
    height: visible ? keys.implicitHeight + 2 * gap : 0
    color: Theme.surface

    readonly property var textRows: [
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
        ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
        ["a", "s", "d", "f", "g", "h", "j", "k", "l", "-"],
        ["shift", "z", "x", "c", "v", "b", "n", "m", ".", "back"],
        ["_", "/", ":", "@", "space", "done"]
    ]
    readonly property var numberRows: [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["back", "0", "done"]]

    function press(key) {
        if (key === "back") field.erase()
        else if (key === "done") { field = null; keyboard.forceActiveFocus(); done() }  // the field lets go of focus
        else if (key === "shift") shifted = !shifted
        else if (key === "space") field.typeText(" ")
        else { field.typeText(shifted ? key.toUpperCase() : key); shifted = false }
    }

    // A tap between the keys must not fall through to the form underneath.
    TapHandler {}

    Column {
        id: keys
        anchors.centerIn: parent
        spacing: keyboard.gap
        Repeater {
            model: keyboard.numeric ? keyboard.numberRows : keyboard.textRows
            delegate: Row {
                id: keyRow
                readonly property var row: modelData
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: keyboard.gap
                // Ten plain keys fill the width; a wide key (space) takes what the row leaves.
                readonly property real unit: keyboard.numeric
                    ? Math.max(keyboard.keySize * 1.6, Math.min(keyboard.width * 0.22, keyboard.keySize * 2.4))
                    : (keyboard.width - 2 * keyboard.gap - 9 * keyboard.gap) / 10
                Repeater {
                    model: keyRow.row
                    delegate: Rectangle {
                        readonly property string key: modelData
                        readonly property bool wide: key === "space"
                        objectName: "key_" + key
                        width: wide ? keyRow.unit * 4 + 3 * keyboard.gap
                                    : key === "done" && !keyboard.numeric ? keyRow.unit * 2 + keyboard.gap : keyRow.unit
                        height: keyboard.keySize
                        radius: Math.round(height * 0.18)
                        color: tap.pressed ? Theme.line
                               : key === "done" ? Theme.accent
                               : (key === "shift" && keyboard.shifted) ? Theme.busy : Theme.surfaceRaised
                        border.width: key === "done" ? 0 : 2
                        border.color: Theme.controlEdge
                        Accessible.role: Accessible.Button
                        Accessible.name: label.text
                        Text {
                            id: label
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            width: parent.width - 2 * Math.round(parent.height * 0.1)
                            horizontalAlignment: Text.AlignHCenter
                            fontSizeMode: Text.HorizontalFit  // a long word for Done gets smaller, never spills
                            minimumPixelSize: Math.round(keyboard.keySize * 0.2)
                            text: key === "back" ? "⌫" : key === "shift" ? "⇧" : key === "space" ? "␣"
                                  : key === "done" ? qsTr("Done")
                                  : keyboard.shifted ? key.toUpperCase() : key
                            color: key === "done" ? Theme.accentText : Theme.text
                            font.family: Theme.font
                            font.pixelSize: Math.round(keyboard.keySize * 0.42)
                            font.bold: key === "done"
                        }
                        TapHandler {
                            id: tap
                            gesturePolicy: TapHandler.WithinBounds
                            onTapped: keyboard.press(key)
                        }
                    }
                }
            }
        }
    }
}
