import QtQuick
import "../shared"

// A small trend line of the last few results, oldest on the left; `points` are heights from 0 to 1.
Canvas {
    id: line
    property var points: []
    property color tint: Theme.busy
    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onPaint: {
        var ctx = getContext("2d")
        ctx.reset()
        if (points.length < 2)
            return
        var pad = 4
        var stepX = (width - 2 * pad) / (points.length - 1)
        ctx.strokeStyle = tint
        ctx.lineWidth = Math.max(2, height / 14)
        ctx.lineJoin = "round"
        ctx.beginPath()
        for (var i = 0; i < points.length; i++) {
            var x = pad + i * stepX
            var y = height - pad - points[i] * (height - 2 * pad)
            if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y)
        }
        ctx.stroke()
        ctx.fillStyle = tint
        ctx.beginPath()
        ctx.arc(pad + (points.length - 1) * stepX, height - pad - points[points.length - 1] * (height - 2 * pad), ctx.lineWidth * 1.4, 0, 2 * Math.PI)
        ctx.fill()
    }
}
