import QtQuick
import QtQuick.Layouts
import "../shared"

// Linking a card to a member who logged in with their phone, over the greeting: what it does and
// that another member's card is refused, then "hold the card to the reader", then the outcome.
// `vm.extras` is MemberExtrasViewModel; its cardLinkStep is "" while the panel is closed.
Rectangle {
    id: panel
    objectName: "cardLinkPanel"
    readonly property var extras: vm.extras
    readonly property string step: extras.cardLinkStep
    color: Theme.background

    MouseArea { anchors.fill: parent; onClicked: vm.touch() }  // the greeting below is not touchable meanwhile

    ColumnLayout {
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: Theme.gap
        Item { Layout.fillHeight: true }
        StatusIcon {
            Layout.alignment: Qt.AlignHCenter
            symbol: panel.step === "linked" || panel.step === "already-yours" ? "check"
                  : panel.step === "refused" || panel.step === "failed" ? "cross" : "card"
            tint: panel.step === "linked" || panel.step === "already-yours" ? Theme.good
                : panel.step === "refused" || panel.step === "failed" ? Theme.bad : Theme.accent
        }
        Spinner { Layout.alignment: Qt.AlignHCenter; visible: panel.step === "linking" }
        ScreenTitle { objectName: "cardLinkTitle"; Layout.fillWidth: true; text: panel.extras.cardLinkTitle }
        BodyText { objectName: "cardLinkText"; Layout.fillWidth: true; text: panel.extras.cardLinkText }
        Item { Layout.fillHeight: true }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap
            KioskButton {
                objectName: "cancelCardLinkButton"
                visible: panel.step === "confirm" || panel.step === "waiting" || panel.step === "failed"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Cancel")
                onClicked: panel.extras.closeCardLink()
            }
            KioskButton {
                objectName: "startCardLinkButton"
                visible: panel.step === "confirm" || panel.step === "failed"
                Layout.fillWidth: true
                minimumSize: window.touchTarget
                text: panel.step === "failed" ? qsTr("Try again") : qsTr("Continue")
                onClicked: panel.extras.startCardLink()
            }
            KioskButton {
                objectName: "closeCardLinkButton"
                visible: panel.step === "linked" || panel.step === "already-yours" || panel.step === "refused"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                minimumSize: window.touchTarget
                text: qsTr("OK")
                onClicked: panel.extras.closeCardLink()
            }
        }
    }
}
