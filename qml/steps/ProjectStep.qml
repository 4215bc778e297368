// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// Which work: the ward's works to tap, or none in particular.
Column {
    id: step

    required property var flow
    property string title
    property string noneTitle

    spacing: Theme.gap

    ChoiceButton {
        objectName: "choice-none"
        width: step.width
        iconName: "home"
        title: step.noneTitle
        selected: (step.flow.value("projectCode") ?? "") === "" && step.flow.touched("projectCode")
        onClicked: {
            step.flow.setField("projectCode", "")
            step.flow.next()
        }
    }
    Repeater {
        model: Works.wardWorks(Kiosk.language)
        delegate: ChoiceButton {
            required property var modelData
            objectName: "choice-" + modelData.code
            width: step.width
            iconName: "cat-" + modelData.category
            title: modelData.name
            subtitle: Labels.statusName(modelData.status)
            selected: step.flow.value("projectCode") === modelData.code
            onClicked: {
                step.flow.setField("projectCode", modelData.code)
                step.flow.next()
            }
        }
    }
    FieldError {
        width: step.width
        message: step.flow.problems["projectCode"] ?? ""
    }
}
