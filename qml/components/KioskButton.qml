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

    readonly property color foreground: primary ? Theme.textOnAccent : Theme.text

    implicitHeight: Theme.touchMin
    leftPadding: 22
    rightPadding: 22
    spacing: 14
    focusPolicy: Qt.NoFocus
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    icon.source: iconName === "" ? "" : Theme.icon(iconName)
    icon.width: 44
    icon.height: 44
    icon.color: foreground
    palette.buttonText: foreground
    palette.brightText: foreground
    palette.windowText: foreground

    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Theme.accentPressed : Theme.accent)
                               : (control.down ? Theme.surfaceAlt : Theme.surface)
        border.width: control.primary ? 0 : 3
        border.color: Theme.border
        opacity: control.enabled ? 1 : 0.45
    }
}
