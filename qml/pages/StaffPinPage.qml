// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// The staff PIN pad, the one staff page a route reaches ("admin", or the long press on the
// header). With no PIN set yet it asks for a new one twice; mode "change" asks for the current
// PIN, then the new one twice. Locked after 5 wrong PINs: a countdown instead of the keys.
KioskPage {
    id: page

    // "enter" (or the first PIN when none is set) or "change"
    property string mode: "enter"
    // enter: "pin"; first: "new", "again"; change: "old", "new", "again"
    property string stage: mode === "change" ? "old" : (Staff.pinSet ? "pin" : "new")
    property string firstPin
    property string oldPin
    readonly property bool locked: Staff.lockedSeconds > 0
    readonly property bool settingUp: mode === "enter" && stage !== "pin"

    function countdown(seconds: int): string {
        const h = Math.floor(seconds / 3600)
        const m = Math.floor((seconds % 3600) / 60)
        const s = seconds % 60
        const two = n => (n < 10 ? "0" : "") + n
        return h > 0 ? h + ":" + two(m) + ":" + two(s) : m + ":" + two(s)
    }
    function submit(pin: string) {
        if (stage === "pin") {
            Staff.enter(pin)
        } else if (stage === "old") {
            oldPin = pin
            stage = "new"
        } else if (stage === "new") {
            firstPin = pin
            stage = "again"
        } else if (mode === "change") {
            Staff.changePin(oldPin, firstPin, pin)
        } else if (!Staff.setFirstPin(firstPin, pin)) {
            stage = "new"
        }
        pad.clear()
    }

    objectName: mode === "change" ? "staffChangePinPage" : "staffPinPage"

    Connections {
        target: Staff
        function onPinChanged(changed: bool) {
            page.stage = "old"
            page.oldPin = ""
            page.firstPin = ""
            if (changed)
                Navigator.back()
        }
    }

    // Portrait: words on top, the pad below within reach. Landscape: words left, pad right.
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.landscape ? 2 : 1
        columnSpacing: Theme.gapLarge * 2
        rowSpacing: Theme.gapLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapLarge

            StaffBanner {
                Layout.fillWidth: true
                text: qsTr("For ward staff only")
            }
            KioskText {
                objectName: "pinTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                elide: Text.ElideNone
                text: {
                    switch (page.stage) {
                    case "pin": return qsTr("Staff PIN")
                    case "old": return qsTr("Type the current PIN")
                    case "new": return page.mode === "change" ? qsTr("Choose a new PIN") : qsTr("Set the staff PIN")
                    }
                    return qsTr("Type the same PIN again")
                }
            }
            KioskText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                elide: Text.ElideNone
                text: page.stage === "pin" || page.stage === "old"
                      ? qsTr("Type your PIN and tap OK. The digits are never shown.")
                      : qsTr("%1 to %2 digits, not one digit repeated and not a run such as 123456.").arg(Staff.minPinLength).arg(Staff.maxPinLength)
            }
            Item { Layout.fillHeight: true }

            // Locked: how long, in minutes and seconds, counting down.
            Card {
                id: lockedCard
                objectName: "pinLocked"
                Layout.fillWidth: true
                visible: page.locked
                implicitHeight: lockedColumn.implicitHeight + 2 * padding
                tone: Card.Warning
                Column {
                    id: lockedColumn
                    anchors.centerIn: parent
                    width: parent.width - 2 * lockedCard.padding
                    spacing: Theme.gap
                    IconLabel {
                        anchors.horizontalCenter: parent.horizontalCenter
                        iconSource: Theme.icon("behind")
                        iconSize: Theme.iconLarge
                        text: qsTr("Too many wrong PINs")
                        color: Theme.warningFg
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.Bold
                    }
                    KioskText {
                        objectName: "pinCountdown"
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Locked for %1").arg(page.countdown(Staff.lockedSeconds))
                        color: Theme.warningFg
                        font.pixelSize: Theme.fontHuge
                        font.weight: Font.Bold
                    }
                    KioskText {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Ask another officer, or use kioskctl set-pin on the kiosk's computer.")
                        color: Theme.warningFg
                        elide: Text.ElideNone
                    }
                }
            }
            KioskText {
                objectName: "pinMessage"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: !page.locked && (text !== "")
                text: Staff.checking ? qsTr("Checking …") : Staff.lastMessage
                color: Staff.checking ? Theme.text : Theme.warningFg
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
                elide: Text.ElideNone
            }
        }
        PinPad {
            id: pad
            Layout.alignment: page.landscape ? Qt.AlignVCenter : Qt.AlignHCenter
            Layout.bottomMargin: Theme.gap
            visible: !page.locked
            locked: page.locked || Staff.checking
            minLength: Staff.minPinLength
            maxLength: Staff.maxPinLength
            onSubmitted: pin => page.submit(pin)
        }
    }
}
