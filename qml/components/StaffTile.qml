// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One staff task on the staff home: an icon, the task in bold, one line saying what is there,
// and a chevron: the whole row is the button.
Rectangle {
    id: tile

    property string iconName
    property alias title: titleText.text
    property alias subtitle: subtitleText.text

    signal clicked

    implicitHeight: Math.max(Theme.touchLarge, words.implicitHeight + 28)
    radius: Theme.radius
    color: tap.pressed ? Theme.surfaceAlt : Theme.surface
    border.width: 3
    border.color: Theme.border
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.onPressAction: tile.clicked()

    Image {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: 24
        anchors.verticalCenter: parent.verticalCenter
        width: 56
        height: 56
        sourceSize.width: 56
        sourceSize.height: 56
        source: Theme.icon(tile.iconName)
    }
    Column {
        id: words
        anchors.left: icon.right
        anchors.leftMargin: 24
        anchors.right: chevron.left
        anchors.rightMargin: 16
        anchors.verticalCenter: parent.verticalCenter
        KioskText {
            id: titleText
            width: parent.width
            font.pixelSize: Theme.fontBody + 2
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
        anchors.rightMargin: 20
        anchors.verticalCenter: parent.verticalCenter
        width: 44
        height: 44
        sourceSize.width: 44
        sourceSize.height: 44
        source: Theme.icon("chevron-right")
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: tile.clicked()
    }
}
