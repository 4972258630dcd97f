import QtQuick
import QtQuick.Layouts
import "../shared"

// Where the result went: saved everywhere, kept on this kiosk until it can be sent, or refused.
Item {
    objectName: "doneScreen"
    readonly property string outcome: vm.deliveryOutcome
    ColumnLayout {
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: Theme.gap
        Item { Layout.fillHeight: true }
        StatusIcon {
            Layout.alignment: Qt.AlignHCenter
            symbol: outcome === "queued" ? "clock" : outcome === "refused" ? "cross" : "check"
            tint: outcome === "queued" ? Theme.wait : outcome === "refused" ? Theme.bad : Theme.good
        }
        ScreenTitle {
            objectName: "doneTitle"
            Layout.fillWidth: true
            text: outcome === "queued" ? qsTr("Saved on this kiosk")
                : outcome === "refused" ? qsTr("Your result was not saved")
                : qsTr("Saved. See you next time!")
        }
        BodyText {
            Layout.fillWidth: true
            visible: vm.messageHint !== ""
            text: vm.messageHint
        }
        SubmissionList { Layout.fillWidth: true; items: vm.submissions }
        Item { Layout.fillHeight: true }
    }
}
