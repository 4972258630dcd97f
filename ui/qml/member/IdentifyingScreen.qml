import QtQuick
import "../shared"

Item {
    objectName: "identifyingScreen"
    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: Theme.gapLarge
        Spinner {
            anchors.horizontalCenter: parent.horizontalCenter
        }
        ScreenTitle { text: qsTr("One moment…") }
        BodyText { text: qsTr("Checking your card with %1").arg(vm.identityNames) }
    }
}
