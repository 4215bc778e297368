// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// The content the kiosk shows: its version and when it came, "Refresh now" from the city, and
// the bundles found on a USB stick, each with its own Import.
StaffPage {
    id: page

    objectName: "staffContentPage"
    heading: qsTr("Content")

    FactRow {
        objectName: "contentVersion"
        width: parent.width
        iconName: "works"
        label: qsTr("Version shown now")
        value: Kiosk.contentVersion + (Kiosk.sample ? "  ·  " + qsTr("Sample data") : "")
    }
    FactRow {
        objectName: "contentImported"
        width: parent.width
        iconName: "calendar"
        label: qsTr("Last update")
        value: StaffUsb.contentImportedText
    }
    KioskText {
        width: parent.width
        text: qsTr("From a USB stick")
        font.pixelSize: Theme.fontLarge
        font.weight: Font.Bold
    }
    KioskText {
        objectName: "usbEmpty"
        width: parent.width
        visible: StaffUsb.bundles.length === 0
        text: StaffUsb.sticks.length === 0 ? qsTr("No USB stick found. Plug one in, then tap “Look again”.")
                                           : qsTr("No content bundle (a folder with bundle.json) on the USB stick.")
        color: Theme.textMuted
        elide: Text.ElideNone
    }
    Repeater {
        model: StaffUsb.bundles
        ChoiceButton {
            required property var modelData
            required property int index
            objectName: "usbBundle-" + index
            width: page.width - 2 * Theme.margin
            iconName: "works"
            title: qsTr("Import “%1”").arg(modelData.name)
            subtitle: (modelData.version !== "" ? qsTr("Version %1").arg(modelData.version) + " · " : "") + modelData.path
            onClicked: StaffUsb.importBundle(modelData.path)
        }
    }

    actions: [
        KioskButton {
            objectName: "usbScanButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: Theme.touchLarge
            iconName: "search"
            text: qsTr("Look again")
            onClicked: StaffUsb.scan()
        },
        KioskButton {
            objectName: "refreshContentButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: Theme.touchLarge
            primary: true
            enabled: Sync.enrolled && !Sync.busy
            iconName: "status-in_progress"
            text: qsTr("Refresh now")
            onClicked: StaffSync.syncNow()
        }
    ]
}
