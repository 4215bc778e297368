// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Staff home: one large tile per task, and at the bottom the ways out — leave staff mode (the
// usual one), restart the app, leave the kiosk — the last two asked once more.
StaffPage {
    id: page

    objectName: "staffHomePage"
    heading: qsTr("Staff tasks")

    GridLayout {
        width: parent.width
        columns: page.landscape ? 2 : 1
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap
        Repeater {
            model: [
                { id: "sync", icon: "status-in_progress", title: qsTr("Sync with the city"), subtitle: qsTr("Last success, records waiting, errors") },
                { id: "enrol", icon: "owner", title: qsTr("Link to the city"), subtitle: Sync.enrolled ? qsTr("Linked") : qsTr("Not linked yet") },
                { id: "content", icon: "works", title: qsTr("Content"), subtitle: qsTr("Version %1").arg(Kiosk.contentVersion) },
                { id: "records", icon: "info", title: qsTr("Records"), subtitle: qsTr("List, search, export to USB") },
                { id: "paper-pledge", icon: "contractor", title: qsTr("Paper pledge"), subtitle: qsTr("Key in a pledge made on paper") },
                { id: "paper-report", icon: "behind", title: qsTr("Paper waste report"), subtitle: qsTr("Key in a report made on paper") },
                { id: "settings", icon: "filter", title: qsTr("Settings"), subtitle: qsTr("Ward, timeout, language, screen") },
                { id: "pin", icon: "staff", title: qsTr("Change PIN"), subtitle: qsTr("The staff PIN of this kiosk") }
            ]
            StaffTile {
                required property var modelData
                objectName: "staffTile-" + modelData.id
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                iconName: modelData.icon
                title: modelData.title
                subtitle: modelData.subtitle
                onClicked: {
                    if (modelData.id === "paper-pledge")
                        Staff.startPaperEntry("pledge")
                    else if (modelData.id === "paper-report")
                        Staff.startPaperEntry("report")
                    else
                        Staff.open(modelData.id)
                }
            }
        }
    }

    // Rare and disruptive: below the tasks, not next to "Leave staff mode".
    RowLayout {
        width: parent.width
        spacing: Theme.gap
        KioskButton {
            objectName: "staffRestart"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: Theme.touchLarge
            iconName: "status-in_progress"
            text: qsTr("Restart app")
            onClicked: restartDialog.open()
        }
        KioskButton {
            objectName: "staffQuit"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: Theme.touchLarge
            iconName: "close"
            text: qsTr("Leave kiosk")
            onClicked: quitDialog.open()
        }
    }

    actions: KioskButton {
        objectName: "staffLeave"
        Layout.fillWidth: true
        implicitHeight: Theme.touchLarge
        primary: true
        iconName: "home"
        text: qsTr("Leave staff mode")
        onClicked: Staff.leave()
    }

    ConfirmDialog {
        id: restartDialog
        objectName: "restartDialog"
        title: qsTr("Restart the kiosk app?")
        message: qsTr("The screen goes dark for a few seconds, then the home screen comes back. Records are kept.")
        confirmText: qsTr("Restart")
        onConfirmed: StaffExit.restartApp()
    }
    ConfirmDialog {
        id: quitDialog
        objectName: "quitDialog"
        title: qsTr("Leave kiosk mode?")
        message: qsTr("The kiosk app closes and the computer's desktop shows. Residents cannot use the kiosk until it is started again.")
        confirmText: qsTr("Leave kiosk")
        onConfirmed: StaffExit.quitKiosk()
    }
}
