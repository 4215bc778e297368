// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// The receipt code's keypad: only the 31 characters codes are written with (no 0, O, 1, I,
// L: nothing to confuse), eight to a row, then Delete (the last one), Clear and Look up. The code itself is
// held by Lookup; the keys only press it.
ColumnLayout {
    id: pad

    property int keyHeight: Theme.lookupKeyHeight

    signal lookUpPressed

    spacing: Theme.gap

    GridLayout {
        Layout.fillWidth: true
        columns: 8
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap
        Repeater {
            model: Lookup.keys.split("")
            KioskButton {
                id: key
                required property string modelData
                objectName: "key" + modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: pad.keyHeight
                leftPadding: 0
                rightPadding: 0
                enabled: Lookup.typed.length < Lookup.maxLength
                text: modelData
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                Accessible.name: modelData
                onClicked: Lookup.press(key.modelData)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        KioskButton {
            objectName: "keyDelete"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: Theme.touchLarge
            enabled: Lookup.typed.length > 0
            iconName: "back"
            text: qsTr("Delete")
            onClicked: Lookup.erase()
        }
        KioskButton {
            objectName: "clearCode"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: Theme.touchLarge
            enabled: Lookup.typed.length > 0
            iconName: "clear"
            text: qsTr("Clear")
            onClicked: Lookup.clear()
        }
        KioskButton {
            objectName: "lookUpButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: Theme.touchLarge
            primary: true
            enabled: Lookup.state !== "busy"
            iconName: "search"
            text: qsTr("Look up")
            onClicked: pad.lookUpPressed()
        }
    }
}
