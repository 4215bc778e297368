// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// Asked before a staff action that cannot be undone: the safe answer ("Cancel") is the
// filled one on the right, the action outlined on the left.
Popup {
    id: dialog

    property alias title: titleText.text
    property alias message: messageText.text
    property alias confirmText: confirmButton.text

    signal confirmed

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
            id: titleText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            elide: Text.ElideNone
        }
        KioskText {
            id: messageText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideNone
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.gapLarge
            KioskButton {
                id: confirmButton
                objectName: dialog.objectName + "Confirm"
                implicitHeight: Theme.touchLarge
                onClicked: {
                    dialog.close()
                    dialog.confirmed()
                }
            }
            KioskButton {
                objectName: dialog.objectName + "Cancel"
                implicitHeight: Theme.touchLarge
                primary: true
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
        }
    }
}
