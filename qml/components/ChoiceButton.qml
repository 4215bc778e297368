// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A large answer to tap: an icon, a title, a line of explanation; a tick and a red frame when
// chosen, so the choice never rests on colour alone.
Card {
    id: choice

    property string iconName
    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    property bool selected: false

    signal clicked

    implicitHeight: Math.max(Theme.touchLarge + Theme.gap, words.implicitHeight + 2 * verticalPadding)
    tone: Card.Control
    pressed: tap.pressed
    highlighted: selected
    verticalPadding: Theme.cardPaddingSmall
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.checked: selected
    Accessible.onPressAction: choice.clicked()

    Image {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: choice.horizontalPadding
        anchors.verticalCenter: parent.verticalCenter
        width: choice.iconName === "" ? 0 : Theme.iconChoice
        height: Theme.iconChoice
        sourceSize.width: Theme.iconChoice
        sourceSize.height: Theme.iconChoice
        source: choice.iconName === "" ? "" : (choice.selected ? Theme.accentIcon(choice.iconName) : Theme.icon(choice.iconName))
    }
    Column {
        id: words
        anchors.left: icon.right
        anchors.leftMargin: choice.horizontalPadding
        anchors.right: tick.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        KioskText {
            id: titleText
            width: parent.width
            font.pixelSize: Theme.fontEmphasis
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
        anchors.rightMargin: choice.horizontalPadding
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.iconLarge
        height: Theme.iconLarge
        sourceSize.width: Theme.iconLarge
        sourceSize.height: Theme.iconLarge
        source: Theme.accentIcon("status-completed")
        visible: choice.selected
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: choice.clicked()
    }
}
