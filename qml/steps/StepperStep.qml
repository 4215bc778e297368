// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A number chosen with − and +, for amounts that come in small steps (labour days).
Column {
    id: step

    required property var flow
    property string title
    property string field
    property string unit
    property string unitOne
    property real step: 1
    property real from: 0
    property real to: 100
    property real start: 1

    spacing: Theme.gapLarge

    Component.onCompleted: if (flow.value(field) === undefined) flow.setField(field, start)

    NumberStepper {
        objectName: "stepper"
        anchors.horizontalCenter: parent.horizontalCenter
        value: step.flow.value(step.field) ?? step.start
        step: step.step
        from: step.from
        to: step.to
        unit: step.unit
        unitOne: step.unitOne
        onMoved: v => step.flow.setField(step.field, v)
    }
    FieldError {
        width: step.width
        message: step.flow.problems[step.field] ?? ""
    }
}
