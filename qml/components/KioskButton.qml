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
    leftPadding: Theme.buttonPadding
    rightPadding: Theme.buttonPadding
    spacing: Theme.gapButtonIcon
    focusPolicy: Qt.NoFocus
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    icon.source: iconName === "" ? "" : Theme.icon(iconName)
    icon.width: Theme.iconButton
    icon.height: Theme.iconButton
    icon.color: foreground
    palette.buttonText: foreground
    palette.brightText: foreground
    palette.windowText: foreground

    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Theme.accentPressed : Theme.accent)
                               : (control.down ? Theme.surfaceAlt : Theme.surface)
        border.width: control.primary ? 0 : Theme.borderControl
        border.color: Theme.border
        opacity: control.enabled ? 1 : 0.45
    }
}
