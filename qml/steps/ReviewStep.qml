// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// Everything entered, in large type, each line with "Edit" going back to its question.
Column {
    id: step

    required property var flow
    property string title
    readonly property var rows: {
        const d = flow.draft
        const out = []
        const add = (label, value, stepId) => out.push({ label: label, value: String(value), step: stepId })
        const kindNames = { "pledge.land": qsTr("Donate land"), "pledge.labour": qsTr("Give labour days"),
                            "pledge.materials": qsTr("Donate materials"), "report.waste": qsTr("Report waste") }
        add(qsTr("What"), kindNames[d.kind] ?? "", d.kind === "report.waste" ? "report.category" : "kind")
        if (d.kind === "report.waste")
            add(qsTr("Kind of waste"), flow.categoryName(d.category), "report.category")
        const work = d.projectCode ? Works.details(d.projectCode, Kiosk.language) : null
        add(qsTr("Work"), work ? work.name : qsTr("None in particular"), "project")
        if (d.kind === "pledge.land") {
            add(qsTr("Area"), Kiosk.formatDecimal(d.areaM2 ?? 0) + " m²", "land.area")
            add(qsTr("Plot and map sheet"), qsTr("plot %1, map sheet %2").arg(d.plotNo ?? "").arg(d.mapSheetNo ?? ""), "land.plot")
            add(qsTr("Address of the land"), d.address ?? "", "land.address")
        } else if (d.kind === "pledge.labour") {
            add(qsTr("Labour days"), Kiosk.formatDecimal(d.days ?? 0), "labour.days")
            add(qsTr("When"), Kiosk.formatDate(d.availableFrom ?? "") + " – " + Kiosk.formatDate(d.availableTo ?? ""), "labour.period")
            add(qsTr("Work you can do"), (d.skills ?? []).map(key => key === "other" ? (d.otherSkill ?? "") : step.label("skill", key)).join(", "), "labour.skills")
        } else if (d.kind === "pledge.materials") {
            add(qsTr("Materials"), (d.items ?? []).map(i => (i.item === "other" ? i.otherItem : step.label("item", i.item))
                                                          + " " + Kiosk.formatDecimal(i.quantity) + " " + step.label("unit", i.unit)).join(", "),
                "materials.items")
        } else if (d.kind === "report.waste") {
            add(qsTr("Place"), d.place ?? "", "report.place")
            add(qsTr("What you saw"), d.description ?? "", "report.description")
            if (flow.steps.indexOf("report.photo") >= 0)
                add(qsTr("Photo"), d.photo ? qsTr("Yes, one photo") : qsTr("No photo"), "report.photo")
        }
        if (d.anonymous)
            add(qsTr("Your name"), qsTr("Anonymous"), "identity")
        else {
            add(qsTr("Your name"), (d.person ?? {}).fullName ?? "", "person.fullName")
            add(qsTr("Phone"), (d.person ?? {}).phone ?? "", "person.phone")
            add(qsTr("Residential group or village"), (d.person ?? {}).residentialGroup ?? "", "person.residentialGroup")
        }
        return out
    }

    function label(group: string, key: string): string {
        for (const term of Records.vocabulary(group, Kiosk.language))
            if (term.key === key)
                return term.label
        return key
    }

    spacing: Theme.gap

    Repeater {
        model: step.rows
        delegate: Rectangle {
            id: row
            required property var modelData
            width: step.width
            height: Math.max(Theme.touchLarge + 16, texts.implicitHeight + 32)
            radius: Theme.radius
            color: Theme.surface
            border.width: 2
            border.color: Theme.divider
            Column {
                id: texts
                anchors.left: parent.left
                anchors.leftMargin: 24
                anchors.right: editButton.left
                anchors.rightMargin: 16
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
                anchors.rightMargin: 16
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Edit")
                visible: step.flow.steps.indexOf(row.modelData.step) >= 0
                onClicked: step.flow.goTo(row.modelData.step)
            }
        }
    }
    FieldError {
        width: step.width
        message: step.flow.submitError
    }
}
