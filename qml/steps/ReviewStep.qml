// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// Everything entered, in large type, each line with "Edit" going back to its question.
Column {
    id: step

    required property RecordForm form
    property string title

    spacing: Theme.gap

    Repeater {
        model: step.form.reviewRows
        delegate: Card {
            id: row
            required property var modelData
            width: step.width
            height: Math.max(Theme.touchLarge + Theme.gap, texts.implicitHeight + 2 * verticalPadding)
            verticalPadding: Theme.gap
            Column {
                id: texts
                anchors.left: parent.left
                anchors.leftMargin: row.horizontalPadding
                anchors.right: editButton.left
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                KioskText {
                    width: parent.width
                    text: row.modelData.label
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                KioskText {
                    width: parent.width
                    text: row.modelData.value
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                    maximumLineCount: 3
                }
            }
            KioskButton {
                id: editButton
                objectName: "edit-" + row.modelData.step
                anchors.right: parent.right
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Edit")
                visible: row.modelData.editable
                onClicked: step.form.edit(row.modelData.step)
            }
        }
    }
    FieldError {
        width: step.width
        message: step.form.submitError
    }
}
