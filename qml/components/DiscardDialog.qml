// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// Asked before leaving a half-filled form: stay (the default, on the right) or throw it away.
Popup {
    id: dialog

    // What to do once the resident agrees to throw the answers away: "back" or "home".
    property string pending

    signal discarded(string pending)

    function ask(what: string) {
        pending = what
        open()
    }

    objectName: "discardDialog"
    modal: true
    dim: true
    closePolicy: Popup.CloseOnPressOutside
    width: Math.min((parent ? parent.width : 1080) - 2 * Theme.margin, Theme.dialogMaxWidth)
    x: ((parent ? parent.width : 1080) - width) / 2
    y: ((parent ? parent.height : 1920) - height) / 2
    padding: Theme.dialogPadding

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    Column {
        width: parent.width
        spacing: Theme.gapLarge
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Leave without sending?")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("What you entered will be deleted.")
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.gapLarge
            KioskButton {
                objectName: "discardButton"
                implicitHeight: Theme.touchLarge
                iconName: "close"
                text: qsTr("Delete and leave")
                onClicked: {
                    dialog.close()
                    dialog.discarded(dialog.pending)
                }
            }
            KioskButton {
                objectName: "stayButton"
                implicitHeight: Theme.touchLarge
                primary: true
                text: qsTr("Stay")
                onClicked: dialog.close()
            }
        }
    }
}
