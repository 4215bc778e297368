// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// "Tra cứu biên nhận": the resident taps the code from their paper receipt on a keypad of only
// the code's characters; the code shows large, in its groups, as it is typed; a wrong check
// character is caught at once. Then what the city says about it (any kiosk's code), or —
// offline — what this kiosk knows, said plainly to be offline. Keypad in the lower half
// (portrait) or on the right (landscape), within reach.
KioskPage {
    id: page

    property string typed

    objectName: "lookupPage"
    ready: Lookup.state !== "busy"

    Component.onCompleted: Lookup.begin(typed)

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.landscape ? 2 : 1
        columnSpacing: Theme.gapLarge * 2
        rowSpacing: Theme.gapLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.gap

            KioskText {
                Layout.fillWidth: true
                text: qsTr("Look up a receipt")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            KioskText {
                Layout.fillWidth: true
                // Once there is an answer, its room matters more than the instruction.
                visible: Lookup.state === ""
                text: qsTr("Tap the code printed on your receipt. It has only the letters and digits on the keypad.")
                color: Theme.textMuted
            }
            // The code as typed, large, in its groups; a frame that says whether it is right.
            Rectangle {
                objectName: "codeBox"
                Layout.fillWidth: true
                Layout.preferredHeight: codeShown.implicitHeight + 2 * Theme.receiptCodePaddingVertical
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderStrong
                border.color: Lookup.problem !== "" ? Theme.warningFg : Lookup.complete ? Theme.progressFill : Theme.border
                KioskText {
                    id: codeShown
                    objectName: "typedCode"
                    anchors.centerIn: parent
                    text: Lookup.typed === "" ? "—" : Lookup.shown
                    font.pixelSize: page.landscape ? Theme.fontReceiptCodeLandscape : Theme.fontReceiptCode
                    font.weight: Font.Bold
                    font.letterSpacing: Theme.receiptCodeLetterSpacing
                    color: Lookup.typed === "" ? Theme.textMuted : Theme.text
                    wrapMode: Text.NoWrap
                    lineHeight: Theme.lineHeightTight
                }
            }
            IconLabel {
                objectName: "codeProblem"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: Lookup.problem !== ""
                iconSource: Theme.icon("behind")
                text: Lookup.problem
                color: Theme.warningFg
                font.weight: Font.DemiBold
            }
            IconLabel {
                objectName: "codeHint"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: Lookup.problem === "" && Lookup.state === ""
                iconSource: Theme.icon("info")
                text: Lookup.complete ? qsTr("The code is complete and its last character matches. Tap “Look up”.")
                                      : qsTr("A code has 8 to 10 characters, for example HC-2345K-M.")
                color: Theme.textMuted
            }

            // What the city (or, offline, this kiosk) says.
            Flickable {
                id: flick
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: answer.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                visible: Lookup.state !== ""
                ScrollBar.vertical: ScrollBar {
                    width: Theme.scrollBarWidth
                    policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }
                LookupAnswer {
                    id: answer
                    width: flick.width - (flick.contentHeight > flick.height ? Theme.scrollBarWidth + Theme.scrollBarGap : 0)
                }
            }
            Item {
                Layout.fillHeight: true
                visible: Lookup.state === ""
            }
        }

        ReceiptKeypad {
            objectName: "receiptKeypad"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignBottom
            keyHeight: page.landscape ? Theme.lookupKeyHeightLandscape : Theme.lookupKeyHeight
            onLookUpPressed: Lookup.lookUp()
        }
    }
}
