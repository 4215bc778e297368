// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// "Bảng thi đua": the ward's figures this month, each with its tier (icon + word) and the
// records it rests on; the months of the chosen figure as a chart; the leaders and the most
// improved of its kind. "Cách tính" and the phone page's QR code stay in reach at the bottom
// (portrait) or on the right (landscape). Without a board yet, it says so.
KioskPage {
    id: page

    property int selected: 0
    readonly property var chosen: Board.measures.length > page.selected ? Board.measures[page.selected] : null

    objectName: "boardPage"

    /** a · b, leaving out an empty part. */
    function joined(a: string, b: string): string {
        return a === "" ? b : b === "" ? a : a + " · " + b
    }

    Connections {
        target: Board
        function onArrived() {
            for (let i = 0; i < cards.count; ++i)
                (cards.itemAt(i) as BoardMeasureCard)?.countUp()
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

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall
                    KioskText {
                        Layout.fillWidth: true
                        text: qsTr("Movement board")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        color: Theme.accent
                    }
                    KioskText {
                        Layout.fillWidth: true
                        visible: Board.available
                        text: page.joined(page.joined(Board.wardName, Board.kindName), Board.monthText)
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.Bold
                    }
                    Row {
                        Layout.fillWidth: true
                        visible: Board.available
                        spacing: Theme.gapIcon
                        Image {
                            width: Theme.iconBody
                            height: Theme.iconBody
                            sourceSize.width: Theme.iconBody
                            sourceSize.height: Theme.iconBody
                            source: Theme.icon("info")
                        }
                        KioskText {
                            objectName: "provisionalLine"
                            width: parent.width - Theme.iconBody - parent.spacing
                            text: Board.provisionalText + (Board.updatedText ? " · " + Board.updatedText : "")
                            color: Theme.textMuted
                        }
                    }
                }

                // Never synced: say what the page will show, not a blank page.
                Card {
                    objectName: "boardEmpty"
                    Layout.fillWidth: true
                    visible: !Board.available
                    tone: Card.Note
                    implicitHeight: emptyColumn.implicitHeight + 2 * padding
                    Column {
                        id: emptyColumn
                        x: parent.padding
                        y: parent.padding
                        width: parent.width - 2 * parent.padding
                        spacing: Theme.gapLarge
                        Image {
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: Theme.iconHero
                            height: Theme.iconHero
                            sourceSize.width: Theme.iconHero
                            sourceSize.height: Theme.iconHero
                            source: Theme.icon("board")
                        }
                        KioskText {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("The board has not reached this kiosk yet.")
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.Bold
                        }
                        KioskText {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("It comes from the city with the next connection. Meanwhile you can see it on your phone with the QR code.")
                        }
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    visible: Board.available
                    columns: page.landscape ? 3 : 2
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        id: cards
                        model: Board.measures
                        BoardMeasureCard {
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            measure: modelData
                            selected: index === page.selected
                            onClicked: page.selected = index
                        }
                    }
                }

                Card {
                    objectName: "growthCard"
                    Layout.fillWidth: true
                    visible: page.chosen !== null
                    implicitHeight: chartColumn.implicitHeight + 2 * padding
                    Column {
                        id: chartColumn
                        x: parent.padding
                        y: parent.padding
                        width: parent.width - 2 * parent.padding
                        spacing: Theme.gapSmall
                        KioskText {
                            width: parent.width
                            text: qsTr("Month by month: %1").arg(page.chosen?.name ?? "")
                            font.pixelSize: Theme.fontEmphasis
                            font.weight: Font.Bold
                        }
                        KioskText {
                            width: parent.width
                            text: (page.chosen?.unit ?? "") + " · " + qsTr("tap a figure above to see its months")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                        GrowthChart {
                            objectName: "growthChart"
                            width: parent.width
                            height: page.landscape ? 300 : 380
                            series: page.chosen?.series ?? []
                            ceiling: page.chosen?.seriesTop ?? 0
                        }
                    }
                }

                Repeater {
                    model: [
                        { title: qsTr("Leading among %1").arg(Board.kindName), rows: Board.leaders, name: "leaders" },
                        { title: qsTr("Most improved among %1").arg(Board.kindName), rows: Board.mostImproved, name: "mostImproved" }
                    ]
                    Card {
                        id: listCard
                        required property var modelData
                        objectName: modelData.name
                        Layout.fillWidth: true
                        visible: Board.available
                        implicitHeight: listColumn.implicitHeight + 2 * padding
                        Column {
                            id: listColumn
                            x: parent.padding
                            y: parent.padding
                            width: parent.width - 2 * parent.padding
                            spacing: Theme.gapSmall
                            KioskText {
                                width: parent.width
                                text: listCard.modelData.title
                                font.pixelSize: Theme.fontEmphasis
                                font.weight: Font.Bold
                            }
                            KioskText {
                                width: parent.width
                                visible: listCard.modelData.rows.length === 0
                                text: qsTr("None this month yet.")
                                color: Theme.textMuted
                            }
                            Repeater {
                                model: listCard.modelData.rows
                                KioskText {
                                    required property var modelData
                                    width: listColumn.width
                                    text: modelData.measure + ": " + modelData.ward + " — " + modelData.valueText
                                          + (modelData.mine ? "  (" + qsTr("this ward") + ")" : "")
                                    font.weight: modelData.mine ? Font.Bold : Font.Normal
                                }
                            }
                        }
                    }
                }
            }
        }

        // In reach: how it is computed, and the page on the phone.
        GridLayout {
            Layout.fillWidth: !page.landscape
            Layout.alignment: Qt.AlignBottom
            columns: page.landscape ? 1 : 2
            columnSpacing: Theme.gapLarge
            rowSpacing: Theme.gapLarge
            KioskButton {
                objectName: "howButton"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                implicitHeight: Theme.touchLarge
                iconName: "info"
                text: qsTr("How it is computed")
                onClicked: how.open()
            }
            QrCard {
                objectName: "boardQr"
                Layout.alignment: Qt.AlignHCenter
                codeSize: page.landscape ? 220 : 170
                text: Board.publicPageUrl
                caption: qsTr("On your phone")
                visible: text !== ""
            }
        }
    }

    BoardHowSheet {
        id: how
    }
}
