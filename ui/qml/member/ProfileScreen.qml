import QtQuick
import QtQuick.Layouts
import "../shared"

// The greeting: who is logged in and what to do at this station.
Item {
    objectName: "profileScreen"
    ColumnLayout {
        visible: vm.extras.cardLinkStep === "" && vm.extras.accountLinkStatus === ""  // a panel takes the whole screen
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        // Landscape with accounts to connect: the whole width, so that two buttons fit side by side.
        width: window.portrait || vm.extras.accounts.length === 0 ? Math.min(parent.width, Theme.readableWidth) : parent.width
        spacing: Theme.gap
        Item { Layout.fillHeight: true }
        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Hello, %1!").arg(vm.greetingName)
        }
        BodyText {
            objectName: "prompt"
            Layout.fillWidth: true
            visible: vm.offeredRows.length === 0  // the question below comes first
            font.pixelSize: Theme.leadSize
            color: Theme.text
            text: vm.promptText
        }
        BodyText {
            Layout.fillWidth: true
            visible: vm.offeredRows.length === 0  // room for the question below
            text: vm.promptHint
        }
        StatusPill {
            objectName: "deviceStatus"
            visible: !vm.deviceConnected
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: parent.width
            tone: "wait"
            text: vm.messageText
        }
        // A result finished before the tap is the member's only when they say so.
        Rectangle {
            objectName: "workoutOffer"
            visible: vm.offeredRows.length > 0
            Layout.fillWidth: true
            implicitHeight: offer.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(2, Math.round(3 * Theme.scale))
            border.color: Theme.busy
            ColumnLayout {
                id: offer
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.gap }
                spacing: Theme.gapSmall
                BodyText {
                    Layout.fillWidth: true
                    color: Theme.text
                    text: vm.station === "cardio" ? qsTr("A workout finished on this machine just before you tapped. Was it yours?")
                        : qsTr("A result finished here just before you tapped. Was it yours?")
                }
                BodyText {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.labelSize
                    text: vm.offeredRows.map(function (row) { return (row.label + " " + row.value + " " + row.unit).trim() }).join(" · ")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: window.portrait ? 1 : 2
                    columnSpacing: Theme.gap
                    KioskButton {
                        objectName: "declineWorkoutButton"
                        Layout.fillWidth: true
                        primary: false
                        minimumSize: window.touchTarget
                        text: qsTr("Not mine")
                        onClicked: vm.declineWorkout()
                    }
                    KioskButton {
                        objectName: "claimWorkoutButton"
                        Layout.fillWidth: true
                        minimumSize: window.touchTarget
                        text: vm.station === "cardio" ? qsTr("This was my workout") : qsTr("This was my measurement")
                        onClicked: vm.claimWorkout()
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
        BodyText {
            objectName: "trainingPlanText"
            visible: text !== ""
            Layout.fillWidth: true
            color: Theme.busy
            text: vm.extras.trainingPlanText
        }
        // The member's accounts at other platforms: what is connected, and a button each to connect or disconnect.
        BodyText {
            objectName: "accountsText"
            visible: text !== ""
            Layout.fillWidth: true
            color: Theme.good
            text: vm.extras.accountsText
        }
        GridLayout {
            visible: vm.extras.accounts.length > 0
            Layout.fillWidth: true
            columns: window.portrait ? 1 : Math.min(3, vm.extras.accounts.length)
            columnSpacing: Theme.gap
            rowSpacing: Theme.gapSmall
            Repeater {
                model: vm.extras.accounts
                KioskButton {
                    required property var modelData
                    objectName: "account-" + modelData.platform
                    Layout.fillWidth: true
                    primary: false
                    minimumSize: window.touchTarget
                    text: modelData.action
                    onClicked: modelData.status === "linked" ? vm.extras.disconnectAccount(modelData.platform)
                                                            : vm.extras.connectAccount(modelData.platform)
                }
            }
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: window.portrait ? 1 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gapSmall
            KioskButton {
                objectName: "linkCardButton"
                visible: vm.extras.canLinkCard
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Link a card")
                onClicked: vm.extras.offerCardLink()
            }
            KioskButton {
                objectName: "notMeButton"
                Layout.fillWidth: true
                primary: false
                minimumSize: window.touchTarget
                text: qsTr("Not me")
                onClicked: vm.notMe()
            }
        }
    }
    CardLinkPanel {
        anchors.fill: parent
        visible: vm.extras.cardLinkStep !== ""
    }
    AccountLinkPanel {
        anchors.fill: parent
        visible: vm.extras.accountLinkStatus !== ""
    }
}
