// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// What a list says when nothing matches, with the one action that helps.
Column {
    id: root

    property alias text: message.text
    property alias actionText: action.text

    signal actionClicked

    spacing: Theme.gapLarge

    Image {
        anchors.horizontalCenter: parent.horizontalCenter
        width: Theme.iconHero
        height: Theme.iconHero
        sourceSize.width: Theme.iconHero
        sourceSize.height: Theme.iconHero
        source: Theme.icon("search")
    }
    KioskText {
        id: message
        width: root.width
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontLarge
    }
    KioskButton {
        id: action
        objectName: "emptyAction"
        anchors.horizontalCenter: parent.horizontalCenter
        primary: true
        iconName: "clear"
        visible: text !== ""
        onClicked: root.actionClicked()
    }
}
