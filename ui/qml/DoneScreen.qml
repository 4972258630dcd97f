import QtQuick
import QtQuick.Layouts
import "."

Item {
    objectName: "doneScreen"
    readonly property bool allSaved: vm.submissions.length > 0 && vm.submissions.every(function (s) { return s.tone === "good" })
    ColumnLayout {
        anchors.fill: parent
        spacing: 48
        Item { Layout.fillHeight: true }
        StatusIcon {
            Layout.alignment: Qt.AlignHCenter
            symbol: allSaved ? "check" : "clock"
            tint: allSaved ? Theme.good : Theme.wait
        }
        ScreenTitle {
            Layout.fillWidth: true
            text: allSaved ? qsTr("Saved. See you next time!") : qsTr("Saved on this kiosk")
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
