import QtQuick
import QtQuick.Layouts
import "."

Item {
    objectName: "profileScreen"
    ColumnLayout {
        anchors.fill: parent
        spacing: 48
        Item { Layout.fillHeight: true }
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Hello, %1!").arg(vm.greetingName)
        }
        BodyText {
            Layout.fillWidth: true
            font.pixelSize: 52
            color: Theme.text
            text: qsTr("Please step onto the scale")
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Barefoot, standing still, both feet on the plates.")
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "notMeButton"
            Layout.alignment: Qt.AlignHCenter
            primary: false
            minimumSize: window.touchTarget
            text: qsTr("Not me")
            onClicked: vm.notMe()
        }
    }
}
