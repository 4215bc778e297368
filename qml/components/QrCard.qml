// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A QR code with a phone icon and a line saying what scanning it gives.
Rectangle {
    id: root

    property alias text: code.text
    property alias caption: captionLabel.text
    property int codeSize: 320

    implicitWidth: Math.max(codeSize, 300) + 48
    implicitHeight: column.implicitHeight + 48
    radius: Theme.radius
    color: Theme.surface
    border.width: 2
    border.color: Theme.divider

    Column {
        id: column
        anchors.centerIn: parent
        width: root.width - 48
        spacing: 12
        QrCode {
            id: code
            objectName: "qrCode"
            anchors.horizontalCenter: parent.horizontalCenter
            width: root.codeSize
            height: root.codeSize
            darkColor: "#000000"
        }
        IconLabel {
            anchors.horizontalCenter: parent.horizontalCenter
            iconSource: Theme.icon("phone-qr")
            iconSize: 40
            visible: captionLabel.text !== ""
            text: captionLabel.text
            font.pixelSize: Theme.fontSmall
            width: Math.min(implicitWidth, column.width)
        }
        KioskText {
            id: captionLabel
            visible: false
        }
    }
}
