// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// Home: what the movement is, what this ward is building, and the big tiles to start.
// Portrait puts the words, pictures and the QR code on top and every control in the lower half.
KioskPage {
    id: page

    objectName: "homePage"

    Item {
        id: intro
        x: Theme.margin
        y: Theme.margin
        width: page.landscape ? page.width * 0.55 - Theme.margin : page.width - 2 * Theme.margin
        height: page.landscape ? page.height - 2 * Theme.margin : page.height * 0.5 - Theme.margin

        Column {
            id: introColumn
            width: parent.width
            spacing: Theme.gap
            KioskText {
                width: parent.width
                text: qsTr("Together we build modern infrastructure and fight waste")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.accent
            }
            KioskText {
                width: parent.width
                text: qsTr("The movement of %1, 2023–2030 (Plan 51/KH-UBND). See what your ward is building, how far along it is and what it costs.").arg(Kiosk.cityName)
                color: Theme.textMuted
                elide: Text.ElideNone
            }
        }

        Row {
            anchors.bottom: parent.bottom
            width: parent.width
            spacing: Theme.gapLarge
            QrCard {
                id: portalQr
                objectName: "portalQr"
                codeSize: 260
                text: Kiosk.portalUrl
            }
            Column {
                width: parent.width - portalQr.width - Theme.gapLarge
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.gap
                KioskText {
                    width: parent.width
                    text: qsTr("City portal")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                }
                IconLabel {
                    iconSource: Theme.icon("phone-qr")
                    text: qsTr("Scan with your phone")
                }
                KioskText {
                    width: parent.width
                    text: Kiosk.portalUrl.replace("https://", "")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    Column {
        id: actions
        x: page.landscape ? page.width * 0.55 + Theme.gapLarge : Theme.margin
        y: page.landscape ? Theme.margin : page.height * 0.5 + Theme.gapLarge
        width: page.landscape ? page.width * 0.45 - Theme.gapLarge - Theme.margin : page.width - 2 * Theme.margin
        spacing: Theme.gapLarge

        KioskText {
            width: parent.width
            text: qsTr("What would you like to do?")
            font.pixelSize: Theme.fontLarge
            font.weight: Font.Bold
        }

        HomeTile {
            objectName: "worksTile"
            width: parent.width
            iconName: "works"
            title: qsTr("Works in the ward")
            subtitle: qsTr("Progress, schedule, budget and who builds them")
            onClicked: Navigator.go("projects")
        }

        Rectangle {
            width: parent.width
            height: statsRow.implicitHeight + 2 * 24
            radius: Theme.radius
            color: Theme.surface
            border.width: 2
            border.color: Theme.divider
            Row {
                id: statsRow
                anchors.centerIn: parent
                spacing: Theme.gapLarge * 2
                Repeater {
                    model: [
                        { value: Works.wardCount, label: qsTr("works in the ward") },
                        { value: Works.totalCount, label: qsTr("works in the city") }
                    ]
                    delegate: Column {
                        id: stat
                        required property var modelData
                        KioskText {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: Kiosk.formatNumber(stat.modelData.value)
                            font.pixelSize: Theme.fontHuge
                            font.weight: Font.Bold
                            color: Theme.accent
                            wrapMode: Text.NoWrap
                        }
                        KioskText {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: stat.modelData.label
                            color: Theme.textMuted
                            wrapMode: Text.NoWrap
                        }
                    }
                }
            }
        }
    }
}
