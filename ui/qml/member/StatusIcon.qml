import QtQuick
import QtQuick.Shapes
import "../shared"

// A round badge with a drawn symbol: "check", "clock", "cross" or "card" (contactless waves).
// Drawn with Shapes (scene-graph geometry), so it is there in the very first frame.
Item {
    id: icon
    property string symbol: "check"
    property color tint: Theme.good
    property real size: Math.round(220 * Theme.scale)
    readonly property real s: size
    width: size
    height: size

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: Qt.rgba(icon.tint.r, icon.tint.g, icon.tint.b, 0.14)
        border.width: Math.max(3, Math.round(icon.size * 0.027))
        border.color: icon.tint
    }

    component Stroke: ShapePath {
        strokeColor: icon.tint
        strokeWidth: icon.s * 0.07
        fillColor: "transparent"
        capStyle: ShapePath.RoundCap
        joinStyle: ShapePath.RoundJoin
    }

    Shape {
        anchors.fill: parent
        visible: icon.symbol === "check"
        preferredRendererType: Shape.CurveRenderer
        Stroke {
            startX: s * 0.28; startY: s * 0.52
            PathLine { x: s * 0.44; y: s * 0.68 }
            PathLine { x: s * 0.73; y: s * 0.36 }
        }
    }
    Shape {
        anchors.fill: parent
        visible: icon.symbol === "cross"
        preferredRendererType: Shape.CurveRenderer
        Stroke { startX: s * 0.34; startY: s * 0.34; PathLine { x: s * 0.66; y: s * 0.66 } }
        Stroke { startX: s * 0.66; startY: s * 0.34; PathLine { x: s * 0.34; y: s * 0.66 } }
    }
    Shape {
        anchors.fill: parent
        visible: icon.symbol === "clock"
        preferredRendererType: Shape.CurveRenderer
        Stroke {
            startX: s * 0.5; startY: s * 0.24
            PathArc { x: s * 0.5; y: s * 0.76; radiusX: s * 0.26; radiusY: s * 0.26 }
            PathArc { x: s * 0.5; y: s * 0.24; radiusX: s * 0.26; radiusY: s * 0.26 }
        }
        Stroke {
            startX: s * 0.5; startY: s * 0.34
            PathLine { x: s * 0.5; y: s * 0.5 }
            PathLine { x: s * 0.62; y: s * 0.58 }
        }
    }
    Shape {
        anchors.fill: parent
        visible: icon.symbol === "card"
        preferredRendererType: Shape.CurveRenderer
        Stroke {
            startX: s * 0.40; startY: s * 0.40
            PathArc { x: s * 0.40; y: s * 0.60; radiusX: s * 0.12; radiusY: s * 0.12 }
        }
        Stroke {
            startX: s * 0.50; startY: s * 0.32
            PathArc { x: s * 0.50; y: s * 0.68; radiusX: s * 0.21; radiusY: s * 0.21 }
        }
        Stroke {
            startX: s * 0.60; startY: s * 0.24
            PathArc { x: s * 0.60; y: s * 0.76; radiusX: s * 0.30; radiusY: s * 0.30 }
        }
    }
}
