// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Sync health: linked or not, the last delivery the city answered, records waiting and held,
// the last error in words, and "Sync now".
StaffPage {
    id: page

    readonly property string stateWords: !Sync.enrolled ? qsTr("Not linked to the city")
                                         : Sync.unauthorized ? qsTr("Refused by the city: link the kiosk again")
                                         : Sync.busy ? qsTr("Sending now …")
                                         : Sync.online ? qsTr("Connected") : qsTr("Offline")

    objectName: "staffSyncPage"
    heading: qsTr("Sync with the city")

    FactRow {
        objectName: "syncState"
        width: parent.width
        iconName: Sync.enrolled && Sync.online && !Sync.unauthorized ? "status-completed" : "behind"
        label: qsTr("Link")
        value: page.stateWords
    }
    FactRow {
        width: parent.width
        iconName: "owner"
        label: qsTr("City hub")
        value: StaffSync.hubUrl !== "" ? StaffSync.hubUrl + "\n" + qsTr("Kiosk %1").arg(StaffSync.kioskId) : qsTr("None")
    }
    FactRow {
        objectName: "syncLastSuccess"
        width: parent.width
        iconName: "calendar"
        label: qsTr("Last successful delivery")
        value: StaffSync.lastSuccessText !== "" ? StaffSync.lastSuccessText : qsTr("Never")
    }
    FactRow {
        objectName: "syncPending"
        width: parent.width
        iconName: "status-preparing"
        label: qsTr("Waiting to be sent")
        value: qsTr("%n record(s)", "", Sync.pending)
    }
    FactRow {
        objectName: "syncHeld"
        width: parent.width
        iconName: "status-paused"
        label: qsTr("Refused by the city, kept for staff")
        value: qsTr("%n record(s)", "", Sync.held)
    }
    FactRow {
        objectName: "syncError"
        width: parent.width
        iconName: "info"
        label: qsTr("Last error")
        value: StaffSync.syncError !== "" ? StaffSync.syncError : qsTr("None")
    }

    actions: KioskButton {
        objectName: "syncNowButton"
        Layout.fillWidth: true
        implicitHeight: Theme.touchLarge
        primary: true
        enabled: Sync.enrolled && !Sync.busy
        iconName: "status-in_progress"
        text: qsTr("Sync now")
        onClicked: StaffSync.syncNow()
    }
}
