import QtQuick
import QtQuick.Shapes
import "../shared"

// A calm, always-visible "working on it" ring in the accent colour.
Item {
    id: spinner
    property real size: Math.round(200 * Theme.scale)
    width: size
    height: size
    implicitWidth: size
    implicitHeight: size

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.width: spinner.size * 0.06
        border.color: Theme.line
    }
    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: Theme.accent
            strokeWidth: spinner.size * 0.06
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: spinner.size / 2; centerY: spinner.size / 2
                radiusX: spinner.size * 0.47; radiusY: spinner.size * 0.47
                startAngle: -90; sweepAngle: 100
            }
        }
        RotationAnimator on rotation {
            from: 0; to: 360; duration: 1100
            loops: Animation.Infinite
            running: spinner.visible
        }
    }
}
