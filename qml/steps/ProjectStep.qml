// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// Which work: the ward's works to tap, or none in particular.
Column {
    id: step

    required property RecordForm form
    property string title
    property string noneTitle

    spacing: Theme.gap

    ChoiceButton {
        objectName: "choice-none"
        width: step.width
        iconName: "home"
        title: step.noneTitle
        selected: (step.form.answers.projectCode ?? "") === "" && step.form.touched.indexOf("projectCode") >= 0
        onClicked: {
            step.form.setAnswer("projectCode", "")
            step.form.next()
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
            selected: step.form.answers.projectCode === modelData.code
            onClicked: {
                step.form.setAnswer("projectCode", modelData.code)
                step.form.next()
            }
        }
    }
    FieldError {
        width: step.width
        message: step.form.problems["projectCode"] ?? ""
    }
}
