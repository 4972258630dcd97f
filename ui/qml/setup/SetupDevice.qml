import QtQuick
import "../shared"

// One device (card reader or measuring device): its protocol, its port, and a Test button with the verdict.
Column {
    id: device
    property string label
    property string role                     // "reader" or "measuring"
    property string prefix                   // the form's field prefix: "reader" or "device"
    property var protocols: []
    property var ports: []
    property real touchTarget: 96
    readonly property var test: setup.deviceTests[role] || ({ text: "", tone: "off" })

    spacing: 24

    Text {
        textFormat: Text.PlainText
        text: device.label
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: 34
        font.bold: true
    }
    SetupChoices {
        objectName: device.prefix + "_protocol"
        width: device.width
        touchTarget: device.touchTarget
        label: qsTr("Protocol")
        model: device.protocols
        current: setup.values[device.prefix + "_protocol"] || ""
        error: setup.errors[device.prefix + "_protocol"] || ""
        onChosen: (value) => setup.setValue(device.prefix + "_protocol", value)
    }
    SetupChoices {
        objectName: device.prefix + "_port"
        width: device.width
        touchTarget: device.touchTarget
        label: qsTr("Port")
        model: device.ports
        current: setup.values[device.prefix + "_port"] || ""
        error: setup.errors[device.prefix + "_port"] || ""
        onChosen: (value) => setup.setValue(device.prefix + "_port", value)
    }
    Row {
        width: device.width
        spacing: 28
        KioskButton {
            id: testButton
            objectName: "test_" + device.role
            primary: false
            minimumSize: device.touchTarget
            height: device.touchTarget
            text: qsTr("Test")
            enabled: device.test.tone !== "busy"
            opacity: enabled ? 1.0 : 0.5
            onClicked: setup.testDevice(device.role)
        }
        Text {
            textFormat: Text.PlainText
            objectName: "testResult_" + device.role
            width: parent.width - testButton.width - parent.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: device.test.text || qsTr("Probes the port with this protocol (about two seconds).")
            color: device.test.tone === "off" || !device.test.text ? Theme.textMuted : Theme.tone(device.test.tone)
            font.family: Theme.font
            font.pixelSize: 28
            wrapMode: Text.WordWrap
        }
    }
}
