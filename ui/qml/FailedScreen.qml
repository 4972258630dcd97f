import QtQuick
import QtQuick.Layouts
import "."

Item {
    objectName: "failedScreen"
    ColumnLayout {
        anchors.fill: parent
        spacing: 48
        Item { Layout.fillHeight: true }
        StatusIcon { Layout.alignment: Qt.AlignHCenter; symbol: "cross"; tint: Theme.bad }
        ScreenTitle {
            Layout.fillWidth: true
            objectName: "failureReason"
            text: vm.messageText !== "" ? vm.messageText : qsTr("That did not work")
        }
        BodyText { Layout.fillWidth: true; text: vm.messageHint }
        SubmissionList { Layout.fillWidth: true; items: vm.submissions }
        Item { Layout.fillHeight: true }
    }
}
