pragma Singleton
import QtQuick

// One palette and one type scale for every screen.
QtObject {
    readonly property color background: "#0f1720"
    readonly property color surface: "#17222e"
    readonly property color surfaceRaised: "#1f2d3b"
    readonly property color line: "#2c3d4f"
    readonly property color text: "#f4f7fa"
    readonly property color textMuted: "#9fb0c2"
    readonly property color accent: "#27c2a0"
    readonly property color accentText: "#06241d"
    readonly property color good: "#3ccf7a"
    readonly property color wait: "#f2b84b"
    readonly property color bad: "#ff6b6b"
    readonly property color busy: "#7cc4ff"
    readonly property string font: "DejaVu Sans"

    function tone(name) {
        return name === "good" ? good : name === "wait" ? wait : name === "bad" ? bad : busy
    }
}
