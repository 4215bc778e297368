// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// What a receipt lookup found (Lookup.state, Lookup.result): asking, not found, offline (said
// first, with what this kiosk knows), and the status with its history, newest first, each
// with its date and the city's public reply.
ColumnLayout {
    id: answer

    readonly property var result: Lookup.result

    spacing: Theme.gap

    IconLabel {
        objectName: "lookupBusy"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: Lookup.state === "busy"
        iconSource: Theme.icon("search")
        text: qsTr("Asking the city's system…")
    }
    IconLabel {
        objectName: "lookupNotFound"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: Lookup.state === "notFound"
        iconSource: Theme.icon("info")
        text: qsTr("No record has the code %1. Please compare it with your receipt, or ask staff.").arg(Lookup.shown)
        font.weight: Font.DemiBold
    }
    // Offline: said plainly, before anything else.
    Rectangle {
        objectName: "lookupOffline"
        Layout.fillWidth: true
        visible: Lookup.state === "offline"
        Layout.preferredHeight: offlineColumn.implicitHeight + 2 * Theme.cardPaddingSmall
        radius: Theme.radius
        color: Theme.warningBg
        ColumnLayout {
            id: offlineColumn
            anchors.fill: parent
            anchors.margins: Theme.cardPaddingSmall
            spacing: Theme.gapSmall
            IconLabel {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                iconSource: Theme.icon("behind")
                text: qsTr("Offline: the city's system cannot be reached now.")
                color: Theme.warningFg
                font.weight: Font.Bold
            }
            KioskText {
                Layout.fillWidth: true
                visible: text !== ""
                text: Lookup.offlineReason
                color: Theme.warningFg
            }
            KioskText {
                Layout.fillWidth: true
                text: (answer.result.code ?? "") !== ""
                      ? qsTr("Below is what this kiosk knows about the code; the city may have answered since.")
                      : qsTr("This kiosk has no record with the code %1: it was made at another kiosk or not at all. Please try again later.").arg(Lookup.shown)
                color: Theme.warningFg
            }
        }
    }

    Card {
        id: found
        objectName: "lookupResult"
        Layout.fillWidth: true
        visible: (answer.result.code ?? "") !== "" && (Lookup.state === "found" || Lookup.state === "offline")
        Layout.preferredHeight: foundColumn.implicitHeight + 2 * padding
        padding: Theme.cardPaddingLarge
        ColumnLayout {
            id: foundColumn
            anchors.fill: parent
            anchors.margins: found.padding
            spacing: Theme.gap
            KioskText {
                objectName: "resultStatus"
                Layout.fillWidth: true
                text: (answer.result.status?.icon ?? "") + "  " + (answer.result.status?.word ?? "")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
                color: Theme.accent
            }
            KioskText {
                Layout.fillWidth: true
                visible: text !== ""
                text: answer.result.status?.meaning ?? ""
            }
            FactRow {
                Layout.fillWidth: true
                iconName: "info"
                label: qsTr("Receipt %1").arg(answer.result.code ?? "")
                value: (answer.result.kindName ?? "") + ((answer.result.createdAt ?? "") !== "" ? " · " + answer.result.createdAt : "")
            }
            FactRow {
                Layout.fillWidth: true
                visible: (answer.result.work ?? "") !== ""
                iconName: "works"
                label: qsTr("Work")
                value: answer.result.work ?? ""
            }
            KioskText {
                Layout.fillWidth: true
                visible: (answer.result.note ?? "") !== ""
                text: answer.result.note ?? ""
                color: Theme.textMuted
            }
            KioskText {
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                text: qsTr("What happened, newest first")
                font.weight: Font.Bold
            }
            Repeater {
                model: answer.result.history ?? []
                ColumnLayout {
                    id: step
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.gapTight
                    KioskText {
                        Layout.fillWidth: true
                        text: step.modelData.when + " — " + step.modelData.icon + " " + step.modelData.word
                        font.weight: Font.DemiBold
                    }
                    KioskText {
                        objectName: "cityReply"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.gapLarge
                        visible: step.modelData.reply !== ""
                        text: qsTr("The city replied: “%1”").arg(step.modelData.reply)
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
