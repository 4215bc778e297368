// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// One filter: what it filters and what is chosen, on two lines; opens a sheet of choices.
Button {
    id: control

    property string label
    property string value
    property bool active: false

    implicitHeight: Theme.touchLarge
    focusPolicy: Qt.NoFocus

    contentItem: Item {
        Column {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.rightMargin: 44
            anchors.verticalCenter: parent.verticalCenter
            KioskText {
                width: parent.width
                text: control.label
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.NoWrap
                lineHeight: 1.1
            }
            KioskText {
                width: parent.width
                text: control.value
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: control.active ? Theme.accent : Theme.text
                wrapMode: Text.NoWrap
                lineHeight: 1.1
            }
        }
        Image {
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            width: 36
            height: 36
            sourceSize.width: 36
            sourceSize.height: 36
            source: Theme.icon("chevron-down")
        }
    }
    leftPadding: 20
    rightPadding: 16

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceAlt : Theme.surface
        border.width: control.active ? 4 : 3
        border.color: control.active ? Theme.accent : Theme.border
    }
}
