// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// One work in full: picture, stage and progress, dates, money, who builds it, where, and a
// QR code that takes this page home on a phone.
KioskPage {
    id: page

    required property string code
    readonly property var work: Works.details(code, Kiosk.language)

    objectName: "projectPage"
    Component.onCompleted: WorkPledges.load(code)
    ready: heroImage.status !== Image.Loading

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {
            width: Theme.scrollBarWidth
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: page.width - 2 * Theme.margin
            spacing: Theme.gapLarge

            // Title, picture and the QR code: the top of the screen holds what is read and scanned.
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.gapLarge
                rowSpacing: Theme.gap

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap
                    KioskText {
                        objectName: "workName"
                        Layout.fillWidth: true
                        text: page.work.name ?? ""
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        elide: Text.ElideNone
                    }
                    IconLabel {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        iconSource: Theme.icon("cat-" + (page.work.category ?? "road"))
                        text: Labels.categoryName(page.work.category ?? "") + "  ·  " + (page.work.wardName ?? "")
                        color: Theme.textMuted
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        StatusChip { status: page.work.status ?? "" }
                        StatusChip {
                            objectName: "behindChip"
                            visible: page.work.behind ?? false
                            behind: true
                        }
                    }
                }
                QrCard {
                    objectName: "workQr"
                    Layout.alignment: Qt.AlignTop
                    codeSize: Theme.qrWork
                    text: page.work.publicUrl ?? ""
                    caption: qsTr("Scan to open on your phone")
                }
            }

            // What a resident can do about this work, right under its name and QR code.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                KioskButton {
                    objectName: "pledgeForWork"
                    implicitHeight: Theme.touchLarge
                    primary: true
                    iconName: "contractor"
                    text: qsTr("Pledge to this work")
                    onClicked: Navigator.go("pledge?project=" + page.code)
                }
                KioskButton {
                    objectName: "reportOnWork"
                    implicitHeight: Theme.touchLarge
                    iconName: "behind"
                    text: qsTr("Report waste here")
                    onClicked: Navigator.go("report?project=" + page.code)
                }
            }

            // What residents pledged to it, from the hub: counts and totals, never names.
            IconLabel {
                objectName: "workPledges"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: WorkPledges.code === page.code && WorkPledges.text !== ""
                iconSource: Theme.icon("contractor")
                text: WorkPledges.text
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: page.landscape ? Theme.heroHeightLandscape : Theme.heroHeight
                radius: Theme.radius
                color: Theme.surfaceAlt
                clip: true
                Image {
                    id: heroImage
                    anchors.fill: parent
                    source: (page.work.images ?? []).length > 0 ? page.work.images[0] : ""
                    sourceSize.width: width
                    sourceSize.height: height
                    fillMode: Image.PreserveAspectCrop
                }
                Image {
                    anchors.centerIn: parent
                    visible: heroImage.status !== Image.Ready
                    width: Theme.iconPicture
                    height: Theme.iconPicture
                    sourceSize.width: Theme.iconPicture
                    sourceSize.height: Theme.iconPicture
                    source: Theme.icon("cat-" + (page.work.category ?? "road"))
                }
            }

            // Progress: the meter, the schedule in words, then planned against actual over time.
            Card {
                id: progressCard
                Layout.fillWidth: true
                Layout.preferredHeight: progressColumn.implicitHeight + 2 * padding
                padding: Theme.cardPaddingLarge
                ColumnLayout {
                    id: progressColumn
                    anchors.fill: parent
                    anchors.margins: progressCard.padding
                    spacing: Theme.gap
                    KioskText {
                        text: qsTr("Progress")
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.Bold
                    }
                    ProgressMeter {
                        objectName: "workProgress"
                        Layout.fillWidth: true
                        barHeight: Theme.progressBarLarge
                        value: page.work.progress ?? 0
                    }
                    IconLabel {
                        objectName: "scheduleText"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: text !== ""
                        iconSource: Theme.icon((page.work.daysLate ?? 0) > 0 ? "behind" : "calendar")
                        text: page.work.scheduleText ?? ""
                        color: (page.work.daysLate ?? 0) > 0 ? Theme.warningFg : Theme.text
                        font.weight: Font.DemiBold
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.gapLarge
                        FactRow {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            iconName: "calendar"
                            label: qsTr("Started")
                            value: page.work.startDate ?? ""
                        }
                        FactRow {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            iconName: page.work.behind ? "behind" : "calendar"
                            label: qsTr("Planned completion")
                            value: page.work.plannedEnd ?? ""
                        }
                    }
                    WorkChart {
                        objectName: "progressChart"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                        visible: page.work.chart !== undefined && (page.work.chart.actual ?? []).length > 1
                        plotHeight: page.landscape ? Theme.chartHeightLandscape : Theme.chartHeight
                        reference: page.work.chart?.planned ?? []
                        actual: page.work.chart?.actual ?? []
                        referenceLabel: qsTr("Planned")
                        actualLabel: qsTr("Actual progress")
                        topLabel: "100 %"
                        bottomLabel: "0 %"
                        startLabel: page.work.chart?.startLabel ?? ""
                        endLabel: page.work.chart?.endLabel ?? ""
                        markX: page.work.chart?.todayX ?? -1
                        markLabel: qsTr("Today")
                    }
                }
            }

            // Money: approved and current budget, disbursed, the overrun in words, and the
            // budget against what was paid out over time.
            Card {
                id: moneyCard
                Layout.fillWidth: true
                Layout.preferredHeight: moneyColumn.implicitHeight + 2 * padding
                padding: Theme.cardPaddingLarge
                ColumnLayout {
                    id: moneyColumn
                    anchors.fill: parent
                    anchors.margins: moneyCard.padding
                    spacing: Theme.gap
                    KioskText {
                        text: qsTr("Budget")
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.Bold
                    }
                    IconLabel {
                        objectName: "budgetText"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: text !== ""
                        iconSource: Theme.icon(page.work.overBudget ? "behind" : "money")
                        text: page.work.budgetText ?? ""
                        color: page.work.overBudget ? Theme.warningFg : Theme.text
                        font.weight: Font.DemiBold
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.gapLarge
                        FactRow {
                            objectName: "budgetTotal"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            iconName: "money"
                            label: page.work.overBudget ? qsTr("Budget now (adjusted)") : qsTr("Total investment")
                            value: page.work.budgetTotal ?? ""
                        }
                        FactRow {
                            objectName: "budgetDisbursed"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            iconName: "money"
                            label: qsTr("Disbursed (%1 %)").arg(page.work.disbursedPercent ?? 0)
                            value: page.work.budgetDisbursed ?? ""
                        }
                    }
                    WorkChart {
                        objectName: "moneyChart"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                        visible: page.work.chart !== undefined && (page.work.chart.disbursed ?? []).length > 1
                        plotHeight: page.landscape ? Theme.chartHeightLandscape : Theme.chartHeight
                        reference: page.work.chart?.budget ?? []
                        actual: page.work.chart?.disbursed ?? []
                        referenceLabel: qsTr("Budget")
                        actualLabel: qsTr("Disbursed")
                        topLabel: page.work.chart?.moneyMaxLabel ?? ""
                        startLabel: page.work.chart?.startLabel ?? ""
                        endLabel: page.work.chart?.endLabel ?? ""
                        markX: page.work.chart?.todayX ?? -1
                        markLabel: qsTr("Today")
                    }
                }
            }

            // Who and where
            Card {
                id: whoCard
                Layout.fillWidth: true
                Layout.preferredHeight: whoColumn.implicitHeight + 2 * padding
                padding: Theme.cardPaddingLarge
                ColumnLayout {
                    id: whoColumn
                    anchors.fill: parent
                    anchors.margins: whoCard.padding
                    spacing: Theme.gapLarge
                    FactRow {
                        Layout.fillWidth: true
                        iconName: "owner"
                        label: qsTr("Project owner")
                        value: page.work.owner || "—"
                    }
                    FactRow {
                        Layout.fillWidth: true
                        iconName: "contractor"
                        label: qsTr("Contractor")
                        value: page.work.contractor || "—"
                    }
                    FactRow {
                        Layout.fillWidth: true
                        iconName: "location"
                        label: qsTr("Location")
                        value: page.work.location || "—"
                    }
                }
            }

            KioskText {
                objectName: "workDescription"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.work.description ?? ""
                elide: Text.ElideNone
            }

            // More pictures, when the city published more than one.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                visible: (page.work.images ?? []).length > 1
                Repeater {
                    model: (page.work.images ?? []).slice(1)
                    delegate: Image {
                        required property string modelData
                        width: (content.width - Theme.gap) / 2
                        height: width * 3 / 4
                        source: modelData
                        sourceSize.width: width
                        sourceSize.height: height
                        fillMode: Image.PreserveAspectCrop
                    }
                }
            }
        }
    }
}
