import QtQuick
import QtQuick.Layouts
import "../shared"

Item {
    objectName: "submittingScreen"
    ColumnLayout {
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: Theme.gap
        Item { Layout.fillHeight: true }
        Spinner {
            Layout.alignment: Qt.AlignHCenter
        }
        ScreenTitle { Layout.fillWidth: true; text: qsTr("Sending your result…") }
        BodyText { Layout.fillWidth: true; text: qsTr("Your result is already saved on this kiosk.") }
        SubmissionList { Layout.fillWidth: true; items: vm.submissions }
        Item { Layout.fillHeight: true }
    }
}
