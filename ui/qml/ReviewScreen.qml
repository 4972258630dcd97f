import QtQuick
import QtQuick.Layouts
import "."

Item {
    objectName: "reviewScreen"
    ColumnLayout {
        anchors.fill: parent
        spacing: 28
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Your result, %1").arg(vm.greetingName)
        }
        ResultRows {
            Layout.fillWidth: true
            rows: vm.resultRows
            twoColumns: !window.portrait
        }
        Item { Layout.fillHeight: true }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Your result is saved to EGYM automatically in a few seconds.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 40
            KioskButton {
                objectName: "notMeButton"
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Not me")
                onClicked: vm.notMe()
            }
            KioskButton {
                objectName: "saveButton"
                minimumSize: window.touchTarget
                text: qsTr("Save")
                onClicked: vm.confirm()
            }
        }
    }
}
