// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// The kiosk's button: at least 88 px tall, a word and usually an icon, filled red when it is
// the main action on the screen, outlined otherwise.
Button {
    id: control

    property string iconName
    property bool primary: false
    property int fontSize: Theme.fontBody

    implicitHeight: Theme.touchMin
    implicitWidth: Math.max(Theme.touchMin, contentRow.implicitWidth + 2 * 28)
    focusPolicy: Qt.NoFocus

    contentItem: Item {
        implicitWidth: contentRow.implicitWidth
        implicitHeight: contentRow.implicitHeight
        Row {
            id: contentRow
            anchors.centerIn: parent
            spacing: 14
            Image {
                anchors.verticalCenter: parent.verticalCenter
                visible: control.iconName !== ""
                width: 44
                height: 44
                sourceSize: Qt.size(44, 44)
                source: control.iconName === "" ? ""
                      : (control.primary ? Theme.lightIcon(control.iconName) : Theme.icon(control.iconName))
            }
            KioskText {
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                visible: text !== ""
                wrapMode: Text.NoWrap
                font.pixelSize: control.fontSize
                font.weight: Font.DemiBold
                color: control.primary ? Theme.textOnAccent : Theme.text
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Theme.accentPressed : Theme.accent)
                               : (control.down ? Theme.surfaceAlt : Theme.surface)
        border.width: control.primary ? 0 : 3
        border.color: control.checked ? Theme.accent : Theme.border
        opacity: control.enabled ? 1 : 0.45
    }
}
