import QtQuick
import QtQuick.Layouts
import "../shared"

// Connecting the member's account at another platform: a QR code of the hub's page for their phone,
// the code that page shows too, and how the link stands. `vm.extras` is MemberExtrasViewModel.
// Portrait: one column; landscape: the code on the left, the words on the right.
Rectangle {
    id: panel
    objectName: "accountLinkPanel"
    readonly property var extras: vm.extras
    readonly property string status: extras.accountLinkStatus
    readonly property bool ended: ["linked", "denied", "failed", "expired", "unavailable"].indexOf(status) >= 0
    readonly property bool showsCode: extras.accountLinkQr !== "" && !ended
    color: Theme.background

    MouseArea { anchors.fill: parent; onClicked: vm.touch() }

    GridLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, window.portrait ? Theme.readableWidth : parent.width)
        columns: window.portrait ? 1 : 2
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gap
        Item {
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            implicitWidth: window.portrait ? Math.min(panel.width * 0.6, panel.height * 0.36) : panel.height * 0.7
            implicitHeight: implicitWidth
            Rectangle {
                anchors.fill: parent
                visible: panel.showsCode
                color: "white"
                radius: Theme.radius / 2
                Image {
                    objectName: "accountLinkQr"
                    anchors.fill: parent
                    anchors.margins: Theme.gapSmall
                    source: panel.extras.accountLinkQr
                    cache: false
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                }
            }
            Spinner { anchors.centerIn: parent; visible: panel.status === "starting" }
            StatusIcon {
                anchors.centerIn: parent
                visible: panel.ended
                symbol: panel.status === "linked" ? "check" : "cross"
                tint: panel.status === "linked" ? Theme.good : Theme.bad
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ScreenTitle { objectName: "accountLinkTitle"; Layout.fillWidth: true; text: panel.extras.accountLinkTitle }
            BodyText {
                visible: panel.extras.accountLinkCode !== "" && !panel.ended
                Layout.fillWidth: true
                text: qsTr("Your phone shows this code too:")
            }
            Text {
                objectName: "accountLinkCode"
                visible: panel.extras.accountLinkCode !== "" && !panel.ended
                Layout.alignment: Qt.AlignHCenter
                textFormat: Text.PlainText
                text: panel.extras.accountLinkCode
                color: Theme.accent
                font.family: Theme.font
                font.pixelSize: Theme.headingSize
                font.bold: true
                font.letterSpacing: Math.round(12 * Theme.scale)
            }
            BodyText {
                objectName: "accountLinkText"
                Layout.fillWidth: true
                color: Theme.text
                text: panel.extras.accountLinkText
            }
            KioskButton {
                objectName: "closeAccountLinkButton"
                Layout.alignment: Qt.AlignHCenter
                primary: panel.ended
                minimumSize: window.touchTarget
                text: panel.ended ? qsTr("OK") : qsTr("Cancel")
                onClicked: panel.extras.closeAccountLink()
            }
        }
    }
}
