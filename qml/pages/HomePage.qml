// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk

// Home: what the movement is, what this ward is building, and the big tiles to start.
// Portrait puts the words, pictures and the QR code on top and every control in the lower half.
KioskPage {
    id: page

    objectName: "homePage"

    // A short landscape screen may not hold everything: it scrolls rather than cut anything off.
    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(intro.y + intro.height, actions.y + actions.height) + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

    Item {
        id: intro
        x: Theme.margin
        y: Theme.margin
        width: page.landscape ? page.width * 0.5 - Theme.margin : page.width - 2 * Theme.margin
        height: introColumn.height + Theme.gapLarge + portalRow.height

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
            id: portalRow
            y: introColumn.height + Theme.gapLarge
            width: parent.width
            spacing: Theme.gapLarge
            QrCard {
                id: portalQr
                objectName: "portalQr"
                codeSize: 220
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
        x: page.landscape ? page.width * 0.5 + Theme.gapLarge : Theme.margin
        y: page.landscape ? Theme.margin : intro.y + intro.height + Theme.gapLarge
        width: page.landscape ? page.width * 0.5 - Theme.gapLarge - Theme.margin : page.width - 2 * Theme.margin
        spacing: 24

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
            compact: true
            title: qsTr("Works in the ward")
            subtitle: qsTr("%n work(s): progress, schedule, budget, builders", "", Works.wardCount)
            onClicked: Navigator.go("projects")
        }
        HomeTile {
            objectName: "pledgeTile"
            width: parent.width
            iconName: "contractor"
            compact: true
            title: qsTr("Pledge a contribution")
            subtitle: qsTr("Land, labour days or building materials")
            onClicked: Navigator.go("pledge")
        }
        HomeTile {
            objectName: "reportTile"
            width: parent.width
            iconName: "behind"
            compact: true
            title: qsTr("Report waste")
            subtitle: qsTr("Of public money, land, materials or works")
            onClicked: Navigator.go("report")
        }
    }
    }
}
