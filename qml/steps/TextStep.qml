// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// One question answered by typing: one or a few labelled boxes (plot and map sheet go together).
Column {
    id: step

    required property RecordForm form
    property string title
    // [{ field, label, placeholder, hints, maxLength }]
    property var inputs: []
    property string hint

    spacing: Theme.gapLarge

    KioskText {
        width: step.width
        visible: step.hint !== ""
        text: step.hint
        color: Theme.textMuted
    }
    Repeater {
        model: step.inputs
        delegate: FormField {
            required property var modelData
            required property int index
            objectName: "field-" + modelData.field
            width: step.width
            label: modelData.label ?? ""
            placeholder: modelData.placeholder ?? ""
            inputHints: modelData.hints ?? Qt.ImhNone
            maximumLength: modelData.maxLength ?? 300
            text: step.form.answers[modelData.field] ?? ""
            message: step.form.problems[modelData.field] ?? ""
            // The form reads numbers as they are typed ("12,5", "1.250").
            onEdited: value => step.form.setAnswer(modelData.field, value)
            Component.onCompleted: if (index === 0) focusInput()
        }
    }
}
