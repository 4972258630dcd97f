import QtQuick
import QtQuick.Window
import "member"
import "shared"

// The member-facing kiosk window. Binds to `vm` (SessionViewModel); holds no business logic.
Window {
    id: window
    objectName: "kioskWindow"
    visible: true
    width: 1080
    height: 1920
    color: Theme.background
    title: "gym-kiosk"

    // Pixels per millimetre of the panel: from [station] screen_diagonal_inches when set (panels that
    // report no size or a wrong one; the kiosk window fills the panel), else what the screen reports.
    readonly property real diagonalInches: typeof panelDiagonalInches !== "undefined" ? panelDiagonalInches : 0
    readonly property real mm: diagonalInches > 0 ? Math.sqrt(width * width + height * height) / (diagonalInches * 25.4)
                                                  : Math.max(Screen.pixelDensity, 2.5)
    readonly property real touchTarget: Theme.touchTarget
    readonly property bool portrait: height >= width
    readonly property real margin: portrait ? width * 0.07 : height * 0.06

    Binding { target: Theme; property: "scale"; value: Math.min(window.width, window.height) / 1080 }
    Binding { target: Theme; property: "mm"; value: window.mm }

    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Math.round(120 * Theme.scale)
        color: Theme.surface
        Text {
            textFormat: Text.PlainText
            objectName: "stationName"
            anchors { left: parent.left; leftMargin: window.margin; right: brand.left; rightMargin: Theme.gap
                      verticalCenter: parent.verticalCenter }
            text: vm.stationName
            color: Theme.textMuted
            font.family: Theme.font
            font.pixelSize: Theme.labelSize
            elide: Text.ElideRight
        }
        Text {
            textFormat: Text.PlainText
            id: brand
            anchors { right: parent.right; rightMargin: window.margin; verticalCenter: parent.verticalCenter }
            text: vm.brandName
            color: Theme.accent
            font.family: Theme.font
            font.pixelSize: Theme.labelSize
            font.bold: true
            font.letterSpacing: 4
        }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.margins: window.margin
        source: {
            switch (vm.screen) {
            case "identifying": return "member/IdentifyingScreen.qml"
            case "terms": return "member/TermsScreen.qml"
            case "details": return "member/DetailsScreen.qml"
            case "profile": return "member/ProfileScreen.qml"
            case "measuring": return "member/MeasuringScreen.qml"
            // One page from the result to the end: it stays as it is sent (no rebuild, no stall).
            case "review": case "submitting": case "done": return "member/ResultScreen.qml"
            case "failed": return "member/FailedScreen.qml"
            default: return "member/AttractScreen.qml"
            }
        }
    }

    // Any touch counts as "still using the kiosk".
    TapHandler {
        grabPermissions: PointerHandler.ApprovesTakeOverByAnything
        gesturePolicy: TapHandler.WithinBounds
        onTapped: vm.touch()
    }

    IdleOverlay {
        anchors.fill: parent
        visible: vm.idleWarning
        touchTarget: window.touchTarget
    }

    // Trainer mode covers the member screens while it is open (`trainerMode`: TrainerModeViewModel).
    Loader {
        objectName: "trainerModeLayer"
        anchors.fill: parent
        active: typeof trainerMode !== "undefined" && trainerMode.active
        source: "trainer/TrainerMode.qml"
    }
}
