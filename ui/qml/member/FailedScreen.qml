import QtQuick
import QtQuick.Layouts
import "../shared"

// What went wrong, in words a member understands, and what to do about it.
Item {
    objectName: "failedScreen"
    ColumnLayout {
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: Theme.gap
        Item { Layout.fillHeight: true }
        // Declining the terms is the member's choice, not a failure: a calm tick, not a red cross.
        StatusIcon {
            readonly property bool declined: vm.messageCode === "terms-declined"
            Layout.alignment: Qt.AlignHCenter
            symbol: declined ? "check" : "cross"
            tint: declined ? Theme.accent : Theme.bad
        }
        ScreenTitle {
            Layout.fillWidth: true
            objectName: "failureReason"
            text: vm.messageText !== "" ? vm.messageText : qsTr("That did not work")
        }
        BodyText { objectName: "failureAdvice"; Layout.fillWidth: true; text: vm.messageHint }
        SubmissionList { Layout.fillWidth: true; items: vm.submissions }
        Item { Layout.fillHeight: true }
    }
}
