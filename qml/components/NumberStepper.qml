// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// − value + with big buttons: the way to enter a number without typing.
Row {
    id: root

    property real value: 0
    property real step: 1
    property real from: 0
    property real to: 100
    property string unit
    property string unitOne      // the unit after exactly 1, where the language tells them apart

    signal moved(real value)

    spacing: Theme.gapLarge

    KioskButton {
        objectName: root.objectName + "Minus"
        implicitWidth: Theme.stepperButton
        implicitHeight: Theme.stepperButton
        text: "−"
        font.pixelSize: Theme.fontHuge
        enabled: root.value - root.step >= root.from - 1e-9
        Accessible.name: qsTr("Less")
        onClicked: root.moved(Math.max(root.from, Math.round((root.value - root.step) * 100) / 100))
    }
    KioskText {
        objectName: root.objectName + "Value"
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.stepperValueWidth
        horizontalAlignment: Text.AlignHCenter
        text: Kiosk.formatDecimal(root.value)
              + (root.unit === "" ? "" : " " + (root.value === 1 && root.unitOne !== "" ? root.unitOne : root.unit))
        font.pixelSize: Theme.fontHuge
        font.weight: Font.Bold
        wrapMode: Text.NoWrap
    }
    KioskButton {
        objectName: root.objectName + "Plus"
        implicitWidth: Theme.stepperButton
        implicitHeight: Theme.stepperButton
        text: "+"
        font.pixelSize: Theme.fontHuge
        enabled: root.value + root.step <= root.to + 1e-9
        Accessible.name: qsTr("More")
        onClicked: root.moved(Math.min(root.to, Math.round((root.value + root.step) * 100) / 100))
    }
}
