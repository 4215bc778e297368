// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A large tile on the home screen: a picture, a title and one line of explanation.
Rectangle {
    id: tile

    property string iconName
    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    property bool compact: false

    signal clicked

    implicitHeight: Math.max(200, words.implicitHeight + 64)
    radius: Theme.radius
    color: tapArea.pressed ? Theme.accentPressed : Theme.accent
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.onPressAction: tile.clicked()

    Image {
        id: tileIcon
        anchors.left: parent.left
        anchors.leftMargin: 32
        anchors.verticalCenter: parent.verticalCenter
        width: tile.compact ? 104 : 140
        height: width
        sourceSize.width: width
        sourceSize.height: height
        source: Theme.lightIcon(tile.iconName)
    }
    Column {
        id: words
        anchors.left: tileIcon.right
        anchors.leftMargin: 32
        anchors.right: chevron.left
        anchors.rightMargin: 16
        anchors.verticalCenter: parent.verticalCenter
        spacing: 8
        KioskText {
            id: titleText
            width: parent.width
            color: Theme.textOnAccent
            font.pixelSize: tile.compact ? Theme.fontLarge : Theme.fontTitle
            font.weight: Font.Bold
        }
        KioskText {
            id: subtitleText
            width: parent.width
            color: Theme.textOnAccent
        }
    }
    Image {
        id: chevron
        anchors.right: parent.right
        anchors.rightMargin: 24
        anchors.verticalCenter: parent.verticalCenter
        width: 64
        height: 64
        sourceSize.width: 64
        sourceSize.height: 64
        source: Theme.lightIcon("chevron-right")
    }
    MouseArea {
        id: tapArea
        anchors.fill: parent
        onClicked: tile.clicked()
    }
}
