import QtQuick
import QtQuick.Layouts
import "../shared"

// The platform's terms and conditions, before anything is measured or sent: scrollable text
// (only the words of the platform's page: no markup, links, images or scripts) and two answers.
// `vm.extras` is MemberExtrasViewModel.
Item {
    id: screen
    objectName: "termsScreen"
    readonly property var extras: vm.extras
    ColumnLayout {
        anchors { top: parent.top; bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Theme.readableWidth)
        spacing: Theme.gap
        ScreenTitle {
            Layout.fillWidth: true
            font.pixelSize: Theme.headingSize
            text: qsTr("Hello, %1!").arg(vm.greetingName)
        }
        BodyText {
            objectName: "termsIntro"
            Layout.fillWidth: true
            color: Theme.text
            text: screen.extras.termsIntro
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.width: 1
            border.color: Theme.line
            Flickable {
                id: reader
                objectName: "termsText"
                anchors { fill: parent; margins: Theme.gap }
                clip: true
                contentWidth: width
                contentHeight: paragraphs.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                onContentYChanged: vm.touch()  // reading counts as being here
                Column {
                    id: paragraphs
                    width: reader.width
                    spacing: Theme.gapSmall
                    Repeater {
                        model: screen.extras.termsParagraphs
                        // Plain text only: the platform's page must never load or run anything here.
                        Text {
                            required property var modelData
                            width: paragraphs.width
                            textFormat: Text.PlainText
                            text: modelData.text
                            wrapMode: Text.Wrap
                            color: modelData.heading ? Theme.text : Theme.textMuted
                            font.family: Theme.font
                            font.bold: modelData.heading
                            font.pixelSize: modelData.heading ? Theme.leadSize : Theme.labelSize
                            lineHeight: 1.15
                        }
                    }
                }
            }
            // How far one has read: a thin bar on the right edge, there only when the text scrolls.
            Rectangle {
                visible: reader.contentHeight > reader.height
                anchors.right: parent.right
                anchors.rightMargin: Math.round(8 * Theme.scale)
                y: reader.y + reader.visibleArea.yPosition * reader.height
                width: Math.round(8 * Theme.scale)
                height: Math.max(Theme.gap, reader.visibleArea.heightRatio * reader.height)
                radius: width / 2
                color: Theme.controlEdge
            }
        }
        StatusPill {
            objectName: "termsMessage"
            visible: vm.messageText !== ""
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: parent.width
            tone: "wait"
            text: vm.messageText + (vm.messageHint !== "" ? " · " + vm.messageHint : "")
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap
            KioskButton {
                objectName: "declineTermsButton"
                Layout.fillWidth: true
                primary: false
                enabled: !screen.extras.termsSending
                minimumSize: window.touchTarget
                text: qsTr("Decline")
                onClicked: screen.extras.declineTerms()
            }
            KioskButton {
                objectName: "acceptTermsButton"
                Layout.fillWidth: true
                enabled: !screen.extras.termsSending
                minimumSize: window.touchTarget
                text: screen.extras.termsSending ? qsTr("Saving…") : qsTr("Accept")
                onClicked: screen.extras.acceptTerms()
            }
        }
    }
}
