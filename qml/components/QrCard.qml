// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A QR code with a phone icon and a line saying what scanning it gives.
Card {
    id: root

    property alias text: code.text
    property alias caption: captionLabel.text
    property int codeSize: Theme.qrWork

    implicitWidth: Math.max(codeSize, Theme.qrCaptionMinWidth) + 2 * padding
    implicitHeight: column.implicitHeight + 2 * padding

    Column {
        id: column
        anchors.centerIn: parent
        width: root.width - 2 * root.padding
        spacing: Theme.gapIcon
        QrCode {
            id: code
            objectName: "qrCode"
            anchors.horizontalCenter: parent.horizontalCenter
            width: root.codeSize
            height: root.codeSize
            darkColor: Theme.qrDark
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: captionLabel.text !== ""
            spacing: Theme.gapSmall
            Image {
                id: phoneIcon
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.iconBody
                height: Theme.iconBody
                sourceSize.width: Theme.iconBody
                sourceSize.height: Theme.iconBody
                source: Theme.icon("phone-qr")
            }
            KioskText {
                id: captionLabel
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, column.width - phoneIcon.width - parent.spacing)
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
