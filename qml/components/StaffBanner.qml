// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A navy band that says staff are at work here: on every staff screen, and on a pledge or
// report that staff key in from paper ("Entered by staff").
Rectangle {
    id: banner

    property alias text: label.text

    implicitHeight: label.implicitHeight + 2 * Theme.cardPaddingTight
    radius: Theme.radius
    color: Theme.text

    IconLabel {
        id: label
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.cardPadding
        anchors.rightMargin: Theme.cardPadding
        anchors.verticalCenter: parent.verticalCenter
        iconSource: Theme.lightIcon("staff")
        iconSize: Theme.iconButton
        color: Theme.textOnAccent
        font.weight: Font.Bold
    }
}
