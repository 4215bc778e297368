// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// From which day to which day: each date moved a day or a week at a time, no calendar to read.
Column {
    id: step

    required property var flow
    property string title

    function shift(field: string, days: int) {
        const current = flow.value(field)
        const base = new Date(current + "T00:00:00Z")
        base.setUTCDate(base.getUTCDate() + days)
        flow.setField(field, base.toISOString().slice(0, 10))
    }

    spacing: Theme.gapLarge

    Component.onCompleted: {
        if (!flow.value("availableFrom"))
            flow.setField("availableFrom", Kiosk.isoDateFromToday(1))
        if (!flow.value("availableTo"))
            flow.setField("availableTo", Kiosk.isoDateFromToday(7))
    }

    Repeater {
        model: [{ field: "availableFrom", label: qsTr("From") }, { field: "availableTo", label: qsTr("To") }]
        delegate: Column {
            id: dateRow
            required property var modelData
            width: step.width
            spacing: Theme.gap
            KioskText {
                width: parent.width
                text: dateRow.modelData.label + ": " + Kiosk.formatDate(step.flow.value(dateRow.modelData.field) ?? "")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
            }
            Row {
                spacing: Theme.gap
                KioskButton {
                    objectName: dateRow.modelData.field + "-week-back"
                    text: qsTr("− 1 week")
                    onClicked: step.shift(dateRow.modelData.field, -7)
                }
                KioskButton {
                    objectName: dateRow.modelData.field + "-day-back"
                    text: qsTr("− 1 day")
                    onClicked: step.shift(dateRow.modelData.field, -1)
                }
                KioskButton {
                    objectName: dateRow.modelData.field + "-day-forward"
                    text: qsTr("+ 1 day")
                    onClicked: step.shift(dateRow.modelData.field, 1)
                }
                KioskButton {
                    objectName: dateRow.modelData.field + "-week-forward"
                    text: qsTr("+ 1 week")
                    onClicked: step.shift(dateRow.modelData.field, 7)
                }
            }
            FieldError {
                width: parent.width
                message: step.flow.problems[dateRow.modelData.field] ?? ""
            }
        }
    }
}
