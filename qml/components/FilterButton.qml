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
            anchors.rightMargin: Theme.iconSmall + Theme.fieldInset // room for the chevron
            anchors.verticalCenter: parent.verticalCenter
            KioskText {
                width: parent.width
                text: control.label
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.NoWrap
                lineHeight: Theme.lineHeightTight
            }
            KioskText {
                width: parent.width
                text: control.value
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: control.active ? Theme.accent : Theme.text
                wrapMode: Text.NoWrap
                lineHeight: Theme.lineHeightTight
            }
        }
        Image {
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.iconSmall
            height: Theme.iconSmall
            sourceSize.width: Theme.iconSmall
            sourceSize.height: Theme.iconSmall
            source: Theme.icon("chevron-down")
        }
    }
    leftPadding: Theme.cardPaddingSmall
    rightPadding: Theme.gap

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceAlt : Theme.surface
        border.width: control.active ? Theme.borderStrong : Theme.borderControl
        border.color: control.active ? Theme.accent : Theme.border
    }
}
