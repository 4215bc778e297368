// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// An icon followed by a word, so no meaning rests on colour or a picture alone. Given a width,
// the words are cut with "…" rather than running past it, unless wrapMode lets them wrap.
Item {
    id: root

    property string iconSource
    property alias text: label.text
    property alias color: label.color
    property alias font: label.font
    property alias wrapMode: label.wrapMode
    property int iconSize: Theme.iconBody

    implicitWidth: (icon.visible ? iconSize + Theme.gapIcon : 0) + label.implicitWidth
    implicitHeight: Math.max(iconSize, label.implicitHeight)

    Image {
        id: icon
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        width: root.iconSize
        height: root.iconSize
        sourceSize.width: root.iconSize
        sourceSize.height: root.iconSize
        source: root.iconSource
        visible: root.iconSource !== ""
    }
    KioskText {
        id: label
        anchors.left: icon.visible ? icon.right : parent.left
        anchors.leftMargin: icon.visible ? Theme.gapIcon : 0
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        wrapMode: Text.NoWrap
    }
}
