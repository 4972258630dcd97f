pragma Singleton
import QtQuick

// One palette and one type scale for every screen.
// Sizes are designed for a 1080 px short side and follow `scale`, which Main.qml sets from the
// window's short side, so 800×1280 gets the same proportions as 1080×1920 or 1920×1080.
// What must hold at any distance is in millimetres of the real panel (`mm`: pixels per mm, which
// Main.qml sets from the screen or from [station] screen_diagonal_inches): touch targets are at
// least 15 mm and result values at least 10 mm (cap height ≈ 7 mm, legible from 1.5 m).
QtObject {
    readonly property color background: "#0f1720"
    readonly property color surface: "#17222e"
    readonly property color surfaceRaised: "#1f2d3b"
    readonly property color line: "#2c3d4f"  // dividers only: too faint for the edge of something to touch
    readonly property color controlEdge: "#7890a8"  // ≥ 3:1 against background, surface and surfaceRaised (WCAG 1.4.11)
    readonly property color text: "#f4f7fa"
    readonly property color textMuted: "#9fb0c2"
    readonly property color accent: "#27c2a0"
    readonly property color accentText: "#06241d"
    readonly property color good: "#3ccf7a"
    readonly property color wait: "#f2b84b"
    readonly property color bad: "#ff6b6b"
    readonly property color busy: "#7cc4ff"
    // A member's own heart-rate zones, low to high (recovery blue to maximal red); each ≥ 4.5:1 on surface.
    readonly property var zoneColours: ["#7cc4ff", "#3ccf7a", "#f2d24b", "#ff9f43", "#ff6b6b"]
    readonly property string font: "DejaVu Sans"

    property real scale: 1.0
    property real mm: 3.78  // pixels per millimetre of the panel; 96 dpi until Main.qml knows better

    // Physical minimums.
    readonly property real touchTarget: Math.max(Math.ceil(15 * mm), Math.round(110 * scale))
    readonly property real resultValueMinSize: Math.ceil(10 * mm)  // cap height ≈ 0.7 × pixel size ≥ 7 mm

    // Type scale (pixel sizes).
    readonly property real displaySize: Math.round(200 * scale)  // the live weight
    readonly property real titleSize: Math.round(72 * scale)
    readonly property real headingSize: Math.round(56 * scale)
    readonly property real leadSize: Math.round(48 * scale)
    readonly property real bodySize: Math.round(40 * scale)
    readonly property real labelSize: Math.round(34 * scale)
    readonly property real unitSize: Math.round(32 * scale)

    // Spacing and shapes.
    readonly property real gapLarge: Math.round(56 * scale)
    readonly property real gap: Math.round(36 * scale)
    readonly property real gapSmall: Math.round(20 * scale)
    readonly property real radius: Math.round(24 * scale)
    readonly property real readableWidth: Math.round(1180 * scale)  // lines longer than this are hard to read

    function tone(name) {
        return name === "good" ? good : name === "wait" ? wait : name === "bad" ? bad : busy
    }
}
