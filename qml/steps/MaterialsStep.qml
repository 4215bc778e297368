// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// Materials, one line at a time: pick what, how much, in which unit, then add; repeat.
Column {
    id: step

    required property RecordForm form
    property string title
    readonly property var items: form.answers.items ?? []
    property string item
    property string unit
    property string quantity
    property string otherItem

    // Names from the core's vocabulary, so the choices are exactly what the rules accept.
    function termLabel(group: string, key: string): string {
        for (const term of Records.vocabulary(group, Kiosk.language))
            if (term.key === key)
                return term.label
        return key
    }
    function itemName(key: string): string {
        return termLabel("item", key)
    }
    function unitName(key: string): string {
        return termLabel("unit", key)
    }
    function add() {
        form.addMaterial(item, otherItem, quantity, unit)
        item = ""; unit = ""; quantity = ""; otherItem = ""
    }

    spacing: Theme.gap

    Repeater {
        model: step.items
        delegate: Rectangle {
            id: line
            required property var modelData
            required property int index
            width: step.width
            height: Theme.touchLarge
            radius: Theme.radius
            color: Theme.completedBg
            KioskText {
                anchors.left: parent.left
                anchors.leftMargin: Theme.cardPadding
                anchors.right: removeButton.left
                anchors.verticalCenter: parent.verticalCenter
                wrapMode: Text.NoWrap
                font.weight: Font.DemiBold
                text: (line.modelData.item === "other" ? line.modelData.otherItem : step.itemName(line.modelData.item))
                      + " — " + Kiosk.formatDecimal(line.modelData.quantity) + " " + step.unitName(line.modelData.unit)
            }
            KioskButton {
                id: removeButton
                objectName: "removeItem-" + line.index
                anchors.right: parent.right
                anchors.rightMargin: Theme.gapIcon
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Remove")
                iconName: "close"
                onClicked: step.form.removeMaterial(line.index)
            }
        }
    }

    KioskText {
        width: step.width
        text: step.items.length === 0 ? qsTr("What will you give?") : qsTr("Anything else?")
        font.weight: Font.Bold
    }
    Flow {
        width: step.width
        spacing: Theme.gap
        Repeater {
            model: Records.vocabularyKeys("item")
            delegate: KioskButton {
                required property string modelData
                objectName: "item-" + modelData
                text: step.itemName(modelData)
                primary: step.item === modelData
                onClicked: step.item = modelData
            }
        }
    }
    FormField {
        objectName: "field-otherItem"
        width: step.width
        visible: step.item === "other"
        label: qsTr("Which material?")
        maximumLength: 100
        text: step.otherItem
        onEdited: value => step.otherItem = value
    }
    FormField {
        objectName: "field-quantity"
        width: step.width
        visible: step.item !== ""
        label: qsTr("How much?")
        inputHints: Qt.ImhFormattedNumbersOnly
        maximumLength: 12
        text: step.quantity
        onEdited: value => step.quantity = value
    }
    Flow {
        width: step.width
        spacing: Theme.gap
        visible: step.item !== ""
        Repeater {
            model: Records.vocabularyKeys("unit")
            delegate: KioskButton {
                required property string modelData
                // "other" needs a unit typed in: not offered here (staff can key it in kioskctl).
                visible: modelData !== "other"
                objectName: "unit-" + modelData
                text: step.unitName(modelData)
                primary: step.unit === modelData
                onClicked: step.unit = modelData
            }
        }
    }
    KioskButton {
        objectName: "addItem"
        visible: step.item !== ""
        enabled: step.unit !== "" && step.quantity !== "" && (step.item !== "other" || step.otherItem !== "")
        primary: true
        iconName: "status-completed"
        text: qsTr("Add to my pledge")
        onClicked: step.add()
    }
    FieldError {
        width: step.width
        message: {
            const p = step.form.problems
            for (const key in p)
                if (key.startsWith("items"))
                    return p[key]
            return ""
        }
    }
}
