// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Linking the kiosk to the city: the hub's address and the one-time enrolment code the city
// issued, typed on the on-screen keyboard; or, when linked, un-linking (asked once more).
StaffPage {
    id: page

    objectName: "staffEnrolPage"
    heading: Sync.enrolled || StaffSync.hubUrl !== "" ? qsTr("Linked to the city") : qsTr("Link to the city")

    FactRow {
        objectName: "enrolState"
        width: parent.width
        visible: StaffSync.hubUrl !== ""
        iconName: "status-completed"
        label: qsTr("City hub")
        value: StaffSync.hubUrl + "\n" + qsTr("Kiosk %1").arg(StaffSync.kioskId)
    }
    KioskText {
        width: parent.width
        visible: StaffSync.hubUrl === ""
        text: qsTr("Type the hub's address and the enrolment code the city gave you (valid once, for 24 hours).")
        color: Theme.textMuted
        elide: Text.ElideNone
    }
    FormField {
        id: urlField
        objectName: "field-hubUrl"
        width: parent.width
        visible: StaffSync.hubUrl === ""
        label: qsTr("Hub address")
        placeholder: "https://congxay.haiphong.gov.vn"
        inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        maximumLength: 200
    }
    FormField {
        id: codeField
        objectName: "field-enrolCode"
        width: parent.width
        visible: StaffSync.hubUrl === ""
        label: qsTr("Enrolment code")
        inputHints: Qt.ImhNoAutoUppercase
        maximumLength: 100
    }

    actions: [
        KioskButton {
            objectName: "enrolButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchLarge
            visible: StaffSync.hubUrl === ""
            primary: true
            enabled: !StaffSync.enrolling && urlField.text !== "" && codeField.text !== ""
            iconName: "status-completed"
            text: StaffSync.enrolling ? qsTr("Linking …") : qsTr("Link this kiosk")
            onClicked: StaffSync.enrol(urlField.text, codeField.text)
        },
        KioskButton {
            objectName: "unenrolButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchLarge
            visible: StaffSync.hubUrl !== ""
            iconName: "close"
            text: qsTr("Unlink this kiosk")
            onClicked: unenrolDialog.open()
        }
    ]

    ConfirmDialog {
        id: unenrolDialog
        objectName: "unenrolDialog"
        title: qsTr("Unlink this kiosk from the city?")
        message: qsTr("The kiosk stops sending records. Records not yet sent stay here. Linking again needs a new code from the city.")
        confirmText: qsTr("Unlink")
        onConfirmed: {
            if (StaffSync.unenrol()) {
                urlField.text = ""
                codeField.text = ""
            }
        }
    }
}
