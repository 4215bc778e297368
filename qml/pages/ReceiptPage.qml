// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// "Thank you": the receipt code in very large type, what was recorded, and a QR code to follow
// it from a phone. It stays until "Done" or 60 seconds.
KioskPage {
    id: page

    required property string code
    property string printState: ""   // "", "printed" or "failed"
    readonly property var receipt: Records.receipt(code, Kiosk.language)

    // A paper record staff keyed in: back to the staff screens, where the next one starts.
    function done() {
        if (Staff.active)
            Navigator.back()
        else
            Navigator.home()
    }

    objectName: "receiptPage"

    Timer {
        interval: 60000
        running: true
        onTriggered: page.done()
    }

    // Portrait: words, QR code, Done, top to bottom. Landscape: the words and Done on the
    // left, the QR code on the right.
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.landscape ? 2 : 1
        columnSpacing: Theme.gapLarge * 2
        rowSpacing: page.landscape ? Theme.gap : Theme.gapLarge

        ColumnLayout {
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: true
            Layout.fillHeight: page.landscape
            spacing: page.landscape ? Theme.gap : Theme.gapLarge

            KioskText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Thank you!")
                font.pixelSize: page.landscape ? Theme.fontTitle : Theme.fontHuge
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
                Layout.preferredWidth: codeText.implicitWidth + 2 * Theme.receiptCodePadding
                Layout.preferredHeight: codeText.implicitHeight + 2 * (page.landscape ? Theme.receiptCodePaddingVerticalLandscape : Theme.receiptCodePaddingVertical)
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderStrong
                border.color: Theme.accent
                KioskText {
                    id: codeText
                    objectName: "receiptCode"
                    anchors.centerIn: parent
                    text: page.code
                    font.pixelSize: page.landscape ? Theme.fontReceiptCodeLandscape : Theme.fontReceiptCode
                    font.weight: Font.Bold
                    font.letterSpacing: Theme.receiptCodeLetterSpacing
                    wrapMode: Text.NoWrap
                    lineHeight: Theme.lineHeightTight
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
            Item { Layout.fillHeight: true }
        }
        // The QR code, and beside it (below it in landscape) the receipt on paper for a
        // resident without a smartphone: only where the ward has a printer.
        GridLayout {
            Layout.row: page.landscape ? 0 : 1
            Layout.column: page.landscape ? 1 : 0
            Layout.rowSpan: page.landscape ? 2 : 1
            Layout.alignment: Qt.AlignCenter
            columns: page.landscape || !Printer.available ? 1 : 2
            columnSpacing: Theme.gapLarge
            rowSpacing: Theme.gap
            QrCard {
                objectName: "receiptQr"
                Layout.alignment: Qt.AlignCenter
                codeSize: Theme.qrReceipt
                text: page.receipt.url ?? ""
                caption: qsTr("Scan to follow it on your phone")
            }
            ColumnLayout {
                visible: Printer.available
                Layout.alignment: Qt.AlignCenter
                Layout.preferredWidth: Theme.qrReceipt + 2 * Theme.gapLarge
                spacing: Theme.gap
                KioskButton {
                    id: printButton
                    objectName: "printReceipt"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchLarge
                    iconName: "print"
                    text: qsTr("Print receipt")
                    enabled: page.printState !== "printed"
                    onClicked: page.printState = Printer.print(page.receipt, Kiosk.wardName, Kiosk.language) ? "printed" : "failed"
                }
                KioskText {
                    objectName: "printState"
                    Layout.fillWidth: true
                    visible: page.printState !== ""
                    horizontalAlignment: Text.AlignHCenter
                    text: page.printState === "printed" ? qsTr("Printed. Take the paper from the printer.")
                                                        : qsTr("The printer did not print. Please ask staff.")
                    color: page.printState === "printed" ? Theme.completedFg : Theme.warningFg
                }
            }
        }
        RowLayout {
            Layout.row: page.landscape ? 1 : 2
            Layout.column: 0
            Layout.fillWidth: true
            spacing: Theme.gap
            KioskButton {
                objectName: "lookupFromReceipt"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: Theme.touchLarge
                iconName: "search"
                text: qsTr("Look up a receipt")
                onClicked: Navigator.go("lookup?code=" + page.code)
            }
            KioskButton {
                objectName: "doneButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: Theme.touchLarge
                primary: true
                iconName: "home"
                text: qsTr("Done")
                onClicked: page.done()
            }
        }
    }
}
