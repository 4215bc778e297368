// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// The kiosk's settings, each saved the moment it is chosen: ward, the public address on
// receipts, the idle timeout, the default language, anonymous pledges and the screen-off
// hours all apply at once. The screen's rotation is the session's (README, Ward IT guide).
StaffPage {
    id: page

    readonly property var current: StaffSettings.values
    readonly property var wardList: Kiosk.language !== "" && Kiosk.contentVersion !== "" ? StaffSettings.wards() : []

    function hourText(value: string): string {
        return value === "" ? qsTr("Never") : value
    }
    // "" → 22:00 → 23:00 … 06:00 … → "" : whole hours, no typing.
    function nextHour(value: string, step: int): string {
        if (value === "")
            return step > 0 ? "00:00" : "23:00"
        const h = parseInt(value.slice(0, 2)) + step
        if (h < 0 || h > 23)
            return ""
        return (h < 10 ? "0" : "") + h + ":00"
    }

    objectName: "staffSettingsPage"
    heading: qsTr("Settings")

    component Heading: KioskText {
        width: parent ? parent.width : 0
        font.pixelSize: Theme.fontLarge
        font.weight: Font.Bold
    }
    component Choice: ChoiceButton {
        required property string settingKey
        required property var settingValue
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        objectName: "setting-" + settingKey + "-" + settingValue
        selected: page.current[settingKey] === settingValue
        onClicked: StaffSettings.set(settingKey, settingValue)
    }

    Heading { text: qsTr("Ward or commune") }
    KioskText {
        width: parent.width
        visible: page.current.enrolled === true
        text: qsTr("Set by the city when the kiosk was linked.")
        color: Theme.textMuted
    }
    GridLayout {
        width: parent.width
        columns: page.landscape ? 3 : 2
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap
        Repeater {
            model: page.wardList
            ChoiceButton {
                required property var modelData
                objectName: "setting-wardCode-" + modelData.code
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: Theme.wardChoiceHeight
                title: modelData.name
                selected: page.current.wardCode === modelData.code
                enabled: page.current.enrolled !== true
                opacity: enabled || selected ? 1 : 0.6
                onClicked: StaffSettings.set("wardCode", modelData.code)
            }
        }
    }

    Heading { text: qsTr("Address on receipts (public URL)") }
    FormField {
        id: publicUrl
        objectName: "field-publicUrl"
        width: parent.width
        text: page.current.publicUrl
        placeholder: qsTr("Empty: the city's address from the content")
        inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        maximumLength: 200
    }
    KioskButton {
        objectName: "savePublicUrl"
        implicitHeight: Theme.touchLarge
        iconName: "status-completed"
        text: qsTr("Save address")
        onClicked: StaffSettings.set("publicUrl", publicUrl.text)
    }

    Heading { text: qsTr("Back to the home screen after no touch for") }
    NumberStepper {
        objectName: "idleStepper"
        anchors.horizontalCenter: parent.horizontalCenter
        value: page.current.idleTimeoutSeconds
        step: 30
        from: 30
        to: 600
        unit: qsTr("seconds")
        onMoved: v => StaffSettings.set("idleTimeoutSeconds", v)
    }

    Heading { text: qsTr("Language for each new resident") }
    RowLayout {
        width: parent.width
        spacing: Theme.gap
        Choice { settingKey: "defaultLanguage"; settingValue: "vi"; title: "Tiếng Việt" }
        Choice { settingKey: "defaultLanguage"; settingValue: "en"; title: "English" }
    }

    Heading { text: qsTr("Pledges without a name") }
    RowLayout {
        width: parent.width
        spacing: Theme.gap
        Choice { settingKey: "allowAnonymousPledges"; settingValue: true; title: qsTr("Allowed"); subtitle: qsTr("Labour and materials") }
        Choice { settingKey: "allowAnonymousPledges"; settingValue: false; title: qsTr("Not allowed"); subtitle: qsTr("Name and phone needed") }
    }

    Heading { text: qsTr("Sound of the videos shown when nobody uses the kiosk") }
    RowLayout {
        width: parent.width
        spacing: Theme.gap
        Choice { settingKey: "loopSound"; settingValue: false; title: qsTr("Silent"); subtitle: qsTr("The default") }
        Choice { settingKey: "loopSound"; settingValue: true; title: qsTr("With sound"); subtitle: qsTr("If the ward agrees") }
    }

    Heading { text: qsTr("Receipt printer") }
    KioskText {
        width: parent.width
        text: Printer.printers.length > 0
              ? qsTr("Residents without a smartphone can print their receipt. Choose the thermal printer set up in CUPS.")
              : qsTr("No printer is set up on this kiosk (CUPS). Without one, residents are not offered a printed receipt.")
        color: Theme.textMuted
    }
    GridLayout {
        width: parent.width
        columns: page.landscape ? 3 : 2
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap
        Choice { settingKey: "receiptPrinter"; settingValue: ""; title: qsTr("No printer") }
        Repeater {
            model: Printer.printers
            Choice {
                required property string modelData
                settingKey: "receiptPrinter"
                settingValue: modelData
                title: modelData
            }
        }
    }
    RowLayout {
        width: parent.width
        visible: page.current.receiptPrinter !== ""
        spacing: Theme.gap
        Choice { settingKey: "receiptPaperMm"; settingValue: 58; title: qsTr("58 mm roll") }
        Choice { settingKey: "receiptPaperMm"; settingValue: 80; title: qsTr("80 mm roll") }
    }

    Heading { text: qsTr("Screen") }
    KioskText {
        width: parent.width
        text: qsTr("In these hours the screen stays black; a touch wakes it for 10 minutes.")
        color: Theme.textMuted
    }
    Repeater {
        model: [ { key: "screenOffFrom", label: qsTr("Screen off from") }, { key: "screenOffTo", label: qsTr("Screen on again at") } ]
        RowLayout {
            id: hourRow
            required property var modelData
            width: page.width - 2 * Theme.margin
            spacing: Theme.gap
            KioskText {
                Layout.fillWidth: true
                text: hourRow.modelData.label
            }
            KioskButton {
                objectName: "setting-" + hourRow.modelData.key + "-minus"
                implicitWidth: Theme.touchLarge
                implicitHeight: Theme.touchLarge
                text: "−"
                font.pixelSize: Theme.fontHuge
                Accessible.name: qsTr("Earlier")
                onClicked: StaffSettings.set(hourRow.modelData.key, page.nextHour(page.current[hourRow.modelData.key], -1))
            }
            KioskText {
                objectName: "setting-" + hourRow.modelData.key
                Layout.preferredWidth: Theme.hourValueWidth
                horizontalAlignment: Text.AlignHCenter
                text: page.hourText(page.current[hourRow.modelData.key])
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
            }
            KioskButton {
                objectName: "setting-" + hourRow.modelData.key + "-plus"
                implicitWidth: Theme.touchLarge
                implicitHeight: Theme.touchLarge
                text: "+"
                font.pixelSize: Theme.fontHuge
                Accessible.name: qsTr("Later")
                onClicked: StaffSettings.set(hourRow.modelData.key, page.nextHour(page.current[hourRow.modelData.key], 1))
            }
        }
    }
}
