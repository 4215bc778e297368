// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// "Are you still there?": shown 30 s before the kiosk resets, over everything, with the
// seconds counting down and one large button to carry on. Any touch counts as "yes".
Rectangle {
    id: overlay

    objectName: "idleWarning"
    visible: IdleReset.warning
    color: Theme.veil

    MouseArea {
        anchors.fill: parent // swallow taps on the page behind; the touch itself extends the time
        onClicked: IdleReset.stillHere()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dialogMaxWidth)
        height: column.implicitHeight + 2 * Theme.dialogPadding
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.dialogPadding
            spacing: Theme.gapLarge
            KioskText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            KioskText {
                objectName: "idleSeconds"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: IdleReset.secondsLeft
                font.pixelSize: Theme.fontCountdown
                font.weight: Font.Bold
                color: Theme.accent
                lineHeight: 1.0
            }
            KioskText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("In %n second(s) the kiosk goes back to the start and clears what you entered.", "", IdleReset.secondsLeft)
                color: Theme.textMuted
            }
            KioskButton {
                objectName: "stillHereButton"
                anchors.horizontalCenter: parent.horizontalCenter
                implicitHeight: Theme.touchLarge
                primary: true
                text: qsTr("I am still here")
                onClicked: IdleReset.stillHere()
            }
        }
    }
}
