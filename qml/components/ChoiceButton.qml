// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A large answer to tap: an icon, a title, a line of explanation; a tick and a red frame when
// chosen, so the choice never rests on colour alone.
Rectangle {
    id: choice

    property string iconName
    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    property bool selected: false

    signal clicked

    implicitHeight: Math.max(Theme.touchLarge + 16, words.implicitHeight + 40)
    radius: Theme.radius
    color: tap.pressed ? Theme.surfaceAlt : Theme.surface
    border.width: selected ? 5 : 3
    border.color: selected ? Theme.accent : Theme.border
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.checked: selected
    Accessible.onPressAction: choice.clicked()

    Image {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: 24
        anchors.verticalCenter: parent.verticalCenter
        width: choice.iconName === "" ? 0 : 64
        height: 64
        sourceSize.width: 64
        sourceSize.height: 64
        source: choice.iconName === "" ? "" : (choice.selected ? Theme.accentIcon(choice.iconName) : Theme.icon(choice.iconName))
    }
    Column {
        id: words
        anchors.left: icon.right
        anchors.leftMargin: 24
        anchors.right: tick.left
        anchors.rightMargin: 16
        anchors.verticalCenter: parent.verticalCenter
        KioskText {
            id: titleText
            width: parent.width
            font.pixelSize: Theme.fontBody + 2
            font.weight: Font.Bold
            color: choice.selected ? Theme.accent : Theme.text
        }
        KioskText {
            id: subtitleText
            width: parent.width
            visible: text !== ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    Image {
        id: tick
        anchors.right: parent.right
        anchors.rightMargin: 24
        anchors.verticalCenter: parent.verticalCenter
        width: 56
        height: 56
        sourceSize.width: 56
        sourceSize.height: 56
        source: Theme.accentIcon("status-completed")
        visible: choice.selected
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: choice.clicked()
    }
}
