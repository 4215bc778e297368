// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// The records this kiosk holds, newest first: receipt code, kind, time, where it stands.
// No name or phone, ever. Search by receipt code; export all of them to a USB stick as CSV.
StaffPage {
    id: page

    function syncWords(state: string): string {
        switch (state) {
        case "pending": return qsTr("Waiting to be sent")
        case "sent": return qsTr("Sent")
        case "confirmed": return qsTr("The city has it")
        case "held": return qsTr("Refused, kept for staff")
        }
        return state
    }

    objectName: "staffRecordsPage"
    heading: qsTr("Records")

    KioskText {
        objectName: "recordsCount"
        width: parent.width
        text: StaffRecords.query === "" ? qsTr("%n record(s) on this kiosk", "", StaffRecords.total)
                                        : qsTr("%n record(s) found", "", StaffRecords.count)
        color: Theme.textMuted
    }
    Repeater {
        model: StaffRecords
        Card {
            id: row
            required property string code
            required property string kindName
            required property string time
            required property string syncState
            required property string statusWord
            required property string enteredBy
            required property int index
            objectName: "recordRow-" + index
            width: page.width - 2 * Theme.margin
            implicitHeight: rowColumn.implicitHeight + 2 * verticalPadding
            verticalPadding: Theme.gap
            Column {
                id: rowColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: row.horizontalPadding
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.gapTight
                KioskText {
                    objectName: "recordCode"
                    width: parent.width
                    text: row.code + "   " + row.kindName
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                }
                KioskText {
                    width: parent.width
                    text: row.time + "  ·  " + row.statusWord
                          + (row.enteredBy === "staff" ? "  ·  " + qsTr("entered by staff") : "")
                    color: Theme.textMuted
                }
                IconLabel {
                    objectName: "recordSync"
                    iconSource: Theme.icon(row.syncState === "confirmed" ? "status-completed"
                                           : row.syncState === "held" ? "behind" : "status-preparing")
                    iconSize: Theme.iconSmall
                    text: page.syncWords(row.syncState)
                    font.weight: Font.DemiBold
                }
            }
        }
    }
    KioskText {
        width: parent.width
        visible: StaffRecords.query === "" && StaffRecords.total > StaffRecords.count
        text: qsTr("The newest %1 are shown; search by code for the others.").arg(StaffRecords.count)
        color: Theme.textMuted
        elide: Text.ElideNone
    }

    actions: ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        SearchField {
            id: search
            objectName: "recordSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Receipt code, e.g. HP-2345K-M")
            onTextChanged: StaffRecords.query = text
        }
        Repeater {
            model: StaffUsb.sticks
            KioskButton {
                required property var modelData
                required property int index
                objectName: "exportButton-" + index
                Layout.fillWidth: true
                implicitHeight: Theme.touchLarge
                primary: true
                iconName: "chevron-down"
                text: qsTr("Export all to USB “%1”").arg(modelData.name)
                onClicked: StaffUsb.exportRecords(modelData.path)
            }
        }
        KioskButton {
            objectName: "exportScanButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchLarge
            visible: StaffUsb.sticks.length === 0
            iconName: "search"
            text: qsTr("No USB stick: plug one in, then tap here")
            onClicked: StaffUsb.scan()
        }
    }
}
