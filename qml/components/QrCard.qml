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
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: captionLabel.text !== ""
            spacing: 10
            Image {
                anchors.verticalCenter: parent.verticalCenter
                width: 40
                height: 40
                sourceSize.width: 40
                sourceSize.height: 40
                source: Theme.icon("phone-qr")
            }
            KioskText {
                id: captionLabel
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, column.width - 50)
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
