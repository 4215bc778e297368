// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// The search box: large, with a magnifier, a clear button, and no text kept for the next person.
TextField {
    id: field

    signal cleared

    implicitHeight: Theme.touchLarge
    leftPadding: 84
    rightPadding: clearButton.visible ? 100 : 24
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
        border.width: field.activeFocus ? 4 : 3
        border.color: field.activeFocus ? Theme.focus : Theme.border
    }

    Image {
        anchors.left: parent.left
        anchors.leftMargin: 24
        anchors.verticalCenter: parent.verticalCenter
        width: 44
        height: 44
        sourceSize.width: 44
        sourceSize.height: 44
        source: Theme.icon("search")
    }

    KioskButton {
        id: clearButton
        objectName: "clearSearch"
        anchors.right: parent.right
        anchors.rightMargin: 8
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
