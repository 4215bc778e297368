// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// An icon followed by a word, so no meaning rests on colour or a picture alone.
Row {
    id: root

    property string iconSource
    property alias text: label.text
    property alias color: label.color
    property alias font: label.font
    property int iconSize: 40

    spacing: 12

    Image {
        anchors.verticalCenter: parent.verticalCenter
        width: root.iconSize
        height: root.iconSize
        source: root.iconSource
        sourceSize.width: root.iconSize
        sourceSize.height: root.iconSize
        visible: root.iconSource !== ""
    }
    KioskText {
        id: label
        anchors.verticalCenter: parent.verticalCenter
        wrapMode: Text.NoWrap
    }
}
