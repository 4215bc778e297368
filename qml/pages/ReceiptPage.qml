// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// "Thank you": the receipt code in very large type, what was recorded, and a QR code to follow
// it from a phone. It stays until "Done" or 60 seconds.
KioskPage {
    id: page

    required property string code
    readonly property var receipt: Records.receipt(code, Kiosk.language)

    objectName: "receiptPage"

    Timer {
        interval: 60000
        running: true
        onTriggered: Navigator.home()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gapLarge

        KioskText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Thank you!")
            font.pixelSize: Theme.fontHuge
            font.weight: Font.Bold
            color: Theme.accent
        }
        KioskText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("%1 has been recorded. Keep this code to follow what the city does with it:").arg(page.receipt.kindName ?? "")
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: codeText.implicitWidth + 80
            Layout.preferredHeight: codeText.implicitHeight + 40
            radius: Theme.radius
            color: Theme.surface
            border.width: 4
            border.color: Theme.accent
            KioskText {
                id: codeText
                objectName: "receiptCode"
                anchors.centerIn: parent
                text: page.code
                font.pixelSize: 96
                font.weight: Font.Bold
                font.letterSpacing: 4
                wrapMode: Text.NoWrap
                lineHeight: 1.1
            }
        }
        KioskText {
            objectName: "receiptSummary"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: (page.receipt.summary ?? "") + "\n" + (page.receipt.createdAt ?? "")
            color: Theme.textMuted
            elide: Text.ElideNone
        }
        QrCard {
            objectName: "receiptQr"
            Layout.alignment: Qt.AlignHCenter
            codeSize: 360
            text: page.receipt.url ?? ""
            caption: qsTr("Scan to follow it on your phone")
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "doneButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchLarge
            primary: true
            iconName: "home"
            text: qsTr("Done")
            onClicked: Navigator.home()
        }
    }
}
