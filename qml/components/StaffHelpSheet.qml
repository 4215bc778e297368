// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// "Ask staff": where to find a ward officer. Shown from every screen.
Popup {
    id: sheet

    objectName: "staffHelp"
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
        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.iconHero
            height: Theme.iconHero
            sourceSize.width: Theme.iconHero
            sourceSize.height: Theme.iconHero
            source: Theme.icon("staff")
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Need help?")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Please ask at the reception desk of %1: a ward officer will help you use the kiosk.").arg(Kiosk.wardName)
        }
        KioskButton {
            objectName: "closeStaffHelp"
            anchors.horizontalCenter: parent.horizontalCenter
            implicitHeight: Theme.touchLarge
            primary: true
            text: qsTr("Close")
            onClicked: sheet.close()
        }
    }
}
