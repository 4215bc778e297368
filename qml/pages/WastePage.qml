// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// "Tiết kiệm, chống lãng phí": the ward's waste reports by kind, what the city did with them
// (statuses, median days to resolve), and the reports the city published with its public
// summary and receipt code. "Report waste" starts the report flow, in reach at the bottom.
KioskPage {
    id: page

    readonly property var waste: Board.waste

    objectName: "wastePage"

    // A line of a count: what, and how many, right-aligned.
    component CountRow: Row {
        property alias label: what.text
        property alias value: count.text
        spacing: Theme.gap
        KioskText {
            id: what
            width: parent.width - count.width - parent.spacing
        }
        KioskText {
            id: count
            font.weight: Font.Bold
            wrapMode: Text.NoWrap
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: page.landscape ? Theme.gapLarge : Theme.margin
        columns: page.landscape ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gapLarge

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.rowSpan: page.landscape ? 2 : 1
            contentHeight: content.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollBar.vertical: ScrollBar {
                width: Theme.scrollBarWidth
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: content
                width: flick.width - Theme.scrollBarWidth - Theme.gap
                spacing: Theme.gapLarge

                KioskText {
                    Layout.fillWidth: true
                    text: qsTr("Save, fight waste")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.accent
                }
                KioskText {
                    Layout.fillWidth: true
                    text: Board.available ? qsTr("What residents of %1 reported and what the city did").arg(Board.wardName)
                                          : qsTr("The city's figures have not reached this kiosk yet. You can still report waste.")
                    font.pixelSize: Theme.fontLarge
                }

                // Reports by kind and what the city did, side by side when there is room.
                GridLayout {
                    Layout.fillWidth: true
                    visible: Board.available
                    columns: page.landscape ? 1 : 2
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap

                    Card {
                        objectName: "wasteKinds"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        implicitHeight: kinds.implicitHeight + 2 * padding
                        Column {
                            id: kinds
                            x: parent.padding
                            y: parent.padding
                            width: parent.width - 2 * parent.padding
                            spacing: Theme.gapSmall
                            KioskText {
                                width: parent.width
                                text: qsTr("Reports: %1").arg(page.waste.reportsText ?? "0")
                                font.pixelSize: Theme.fontEmphasis
                                font.weight: Font.Bold
                            }
                            KioskText {
                                width: parent.width
                                visible: (page.waste.byCategory ?? []).length === 0
                                text: qsTr("No reports yet.")
                                color: Theme.textMuted
                            }
                            Repeater {
                                model: page.waste.byCategory ?? []
                                CountRow {
                                    required property var modelData
                                    width: kinds.width
                                    label: modelData.name
                                    value: modelData.countText
                                }
                            }
                        }
                    }
                    Card {
                        objectName: "wasteDone"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        implicitHeight: done.implicitHeight + 2 * padding
                        Column {
                            id: done
                            x: parent.padding
                            y: parent.padding
                            width: parent.width - 2 * parent.padding
                            spacing: Theme.gapSmall
                            KioskText {
                                width: parent.width
                                text: qsTr("What the city did")
                                font.pixelSize: Theme.fontEmphasis
                                font.weight: Font.Bold
                            }
                            Repeater {
                                model: page.waste.byStatus ?? []
                                CountRow {
                                    required property var modelData
                                    width: done.width
                                    label: modelData.icon + " " + modelData.word
                                    value: modelData.countText
                                }
                            }
                            CountRow {
                                width: done.width
                                label: qsTr("Median time to resolve")
                                value: page.waste.medianText ?? "—"
                            }
                        }
                    }
                }

                KioskText {
                    Layout.fillWidth: true
                    visible: Board.available
                    text: qsTr("Published by the city")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                }
                KioskText {
                    Layout.fillWidth: true
                    visible: Board.available && (page.waste.published ?? []).length === 0
                    text: qsTr("The city has not published a report of this ward yet.")
                    color: Theme.textMuted
                }
                Repeater {
                    model: page.waste.published ?? []
                    Card {
                        id: publishedCard
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: publishedColumn.implicitHeight + 2 * padding
                        Column {
                            id: publishedColumn
                            x: parent.padding
                            y: parent.padding
                            width: parent.width - 2 * parent.padding
                            spacing: Theme.gapSmall
                            KioskText {
                                objectName: "publishedSummary"
                                width: parent.width
                                text: publishedCard.modelData.summary
                            }
                            KioskText {
                                width: parent.width
                                text: qsTr("Receipt %1 · published %2").arg(publishedCard.modelData.receiptCode)
                                                                       .arg(publishedCard.modelData.dateText)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
            }
        }

        KioskButton {
            objectName: "reportWasteButton"
            Layout.fillWidth: !page.landscape
            Layout.preferredWidth: page.landscape ? 560 : -1
            Layout.alignment: page.landscape ? Qt.AlignBottom : Qt.AlignVCenter
            implicitHeight: Theme.touchLarge
            primary: true
            iconName: "behind"
            text: qsTr("Report waste")
            onClicked: Navigator.go("report")
        }
    }
}
