// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// From which day to which day: each date moved a day or a week at a time, no calendar to read.
Column {
    id: step

    required property RecordForm form
    property string title

    spacing: Theme.gapLarge

    Repeater {
        model: [{ field: "availableFrom", label: qsTr("From") }, { field: "availableTo", label: qsTr("To") }]
        delegate: Column {
            id: dateRow
            required property var modelData
            width: step.width
            spacing: Theme.gap
            KioskText {
                width: parent.width
                text: dateRow.modelData.label + ": " + Kiosk.formatDate(step.form.answers[dateRow.modelData.field] ?? "")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
            }
            Row {
                spacing: Theme.gap
                KioskButton {
                    objectName: dateRow.modelData.field + "-week-back"
                    text: qsTr("− 1 week")
                    onClicked: step.form.shiftDate(dateRow.modelData.field, -7)
                }
                KioskButton {
                    objectName: dateRow.modelData.field + "-day-back"
                    text: qsTr("− 1 day")
                    onClicked: step.form.shiftDate(dateRow.modelData.field, -1)
                }
                KioskButton {
                    objectName: dateRow.modelData.field + "-day-forward"
                    text: qsTr("+ 1 day")
                    onClicked: step.form.shiftDate(dateRow.modelData.field, 1)
                }
                KioskButton {
                    objectName: dateRow.modelData.field + "-week-forward"
                    text: qsTr("+ 1 week")
                    onClicked: step.form.shiftDate(dateRow.modelData.field, 7)
                }
            }
            FieldError {
                width: parent.width
                message: step.form.problems[dateRow.modelData.field] ?? ""
            }
        }
    }
}
