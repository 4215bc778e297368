// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One staff task on the staff home: an icon, the task in bold, one line saying what is there,
// and a chevron: the whole row is the button.
Card {
    id: tile

    property string iconName
    property alias title: titleText.text
    property alias subtitle: subtitleText.text

    signal clicked

    implicitHeight: Math.max(Theme.touchLarge, words.implicitHeight + 2 * verticalPadding)
    tone: Card.Control
    pressed: tap.pressed
    verticalPadding: Theme.cardPaddingTight
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.onPressAction: tile.clicked()

    Image {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: tile.horizontalPadding
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.iconLarge
        height: Theme.iconLarge
        sourceSize.width: Theme.iconLarge
        sourceSize.height: Theme.iconLarge
        source: Theme.icon(tile.iconName)
    }
    Column {
        id: words
        anchors.left: icon.right
        anchors.leftMargin: tile.horizontalPadding
        anchors.right: chevron.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        KioskText {
            id: titleText
            width: parent.width
            font.pixelSize: Theme.fontEmphasis
            font.weight: Font.Bold
            maximumLineCount: 2
        }
        KioskText {
            id: subtitleText
            width: parent.width
            visible: text !== ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            maximumLineCount: 2
        }
    }
    Image {
        id: chevron
        anchors.right: parent.right
        anchors.rightMargin: Theme.cardPaddingSmall
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.iconButton
        height: Theme.iconButton
        sourceSize.width: Theme.iconButton
        sourceSize.height: Theme.iconButton
        source: Theme.icon("chevron-right")
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: tile.clicked()
    }
}
