// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// What was wasted, in the resident's own words (at least 20 characters).
Column {
    id: step

    required property RecordForm form
    property string title
    readonly property string message: form.problems["description"] ?? ""

    spacing: Theme.gap

    KioskText {
        width: step.width
        text: qsTr("What did you see, and since when? At least 20 characters.")
        color: Theme.textMuted
    }
    TextArea {
        id: area
        objectName: "field-description"
        width: step.width
        height: Theme.descriptionHeight
        padding: Theme.fieldPadding
        wrapMode: TextEdit.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        selectByMouse: false
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        text: step.form.answers.description ?? ""
        onTextChanged: if (activeFocus) step.form.setAnswer("description", text)
        Component.onCompleted: forceActiveFocus()
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: area.activeFocus || step.message !== "" ? Theme.borderStrong : Theme.borderControl
            border.color: step.message !== "" ? Theme.warningFg : (area.activeFocus ? Theme.focus : Theme.border)
        }
    }
    KioskText {
        width: step.width
        horizontalAlignment: Text.AlignRight
        text: qsTr("%1 characters").arg(area.length)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    FieldError {
        width: step.width
        message: step.message
    }
}
