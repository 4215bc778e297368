// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// One question answered by tapping one of a few large choices; the tap also moves on.
Column {
    id: step

    required property RecordForm form
    property string title
    property string field
    // [{ value, title, subtitle, icon }]
    property var options: []

    spacing: Theme.gap

    Repeater {
        model: step.options
        delegate: ChoiceButton {
            required property var modelData
            objectName: "choice-" + String(modelData.value)
            width: step.width
            iconName: modelData.icon ?? ""
            title: modelData.title
            subtitle: modelData.subtitle ?? ""
            selected: step.form.answers[step.field] === modelData.value
            onClicked: {
                step.form.setAnswer(step.field, modelData.value)
                step.form.next()
            }
        }
    }
    FieldError {
        width: step.width
        message: step.form.problems[step.field] ?? ""
    }
}
