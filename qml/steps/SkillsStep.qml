// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// What kind of work someone can do: tap as many as apply; "other" asks for a word.
Column {
    id: step

    required property RecordForm form
    property string title
    readonly property var chosen: form.answers.skills ?? []

    spacing: Theme.gap

    KioskText {
        width: step.width
        text: qsTr("Tap every kind of work you can do.")
        color: Theme.textMuted
    }
    Grid {
        width: step.width
        columns: 2
        spacing: Theme.gap
        Repeater {
            model: Records.vocabulary("skill", Kiosk.language)
            delegate: ChoiceButton {
                required property var modelData
                objectName: "skill-" + modelData.key
                width: (step.width - Theme.gap) / 2
                title: modelData.label
                selected: step.chosen.indexOf(modelData.key) >= 0
                onClicked: step.form.toggleSkill(modelData.key)
            }
        }
    }
    FieldError {
        width: step.width
        message: step.form.problems["skills"] ?? ""
    }
    FormField {
        objectName: "field-otherSkill"
        width: step.width
        visible: step.chosen.indexOf("other") >= 0
        label: qsTr("Which other work?")
        maximumLength: 100
        text: step.form.answers.otherSkill ?? ""
        message: step.form.problems["otherSkill"] ?? ""
        onEdited: value => step.form.setAnswer("otherSkill", value)
    }
}
