// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A number chosen with − and +, for amounts that come in small steps (labour days).
Column {
    id: step

    required property RecordForm form
    property string title
    property string field
    property string unit
    property string unitOne
    property real step: 1
    property real from: 0
    property real to: 100

    spacing: Theme.gapLarge

    NumberStepper {
        objectName: "stepper"
        anchors.horizontalCenter: parent.horizontalCenter
        value: step.form.answers[step.field] ?? 0
        step: step.step
        from: step.from
        to: step.to
        unit: step.unit
        unitOne: step.unitOne
        onMoved: v => step.form.setAnswer(step.field, v)
    }
    FieldError {
        width: step.width
        message: step.form.problems[step.field] ?? ""
    }
}
