// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// The search box: large, with a magnifier, a clear button, and no text kept for the next person.
TextField {
    id: field

    signal cleared

    implicitHeight: Theme.touchLarge
    leftPadding: Theme.fieldPadding + Theme.iconButton + Theme.gap
    rightPadding: clearButton.visible ? Theme.fieldInset + Theme.touchMin + Theme.gapTight : Theme.fieldPadding
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
    selectByMouse: false
    maximumLength: 100

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: field.activeFocus ? Theme.borderStrong : Theme.borderControl
        border.color: field.activeFocus ? Theme.focus : Theme.border
    }

    Image {
        anchors.left: parent.left
        anchors.leftMargin: Theme.fieldPadding
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.iconButton
        height: Theme.iconButton
        sourceSize.width: Theme.iconButton
        sourceSize.height: Theme.iconButton
        source: Theme.icon("search")
    }

    KioskButton {
        id: clearButton
        objectName: "clearSearch"
        anchors.right: parent.right
        anchors.rightMargin: Theme.fieldInset
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: Theme.touchMin
        visible: field.text !== ""
        iconName: "clear"
        background: Item {}
        Accessible.name: qsTr("Clear the search")
        onClicked: {
            field.clear()
            field.cleared()
        }
    }
}
