// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Home: what the movement is, the city portal's QR code, the three big tiles to start, a
// button to look up a receipt above them, and two quieter buttons to the movement board and
// the ward's waste page below.
// Portrait puts the words and the QR code on top and the tiles at the bottom, within reach;
// landscape puts the words on the left and the tiles on the right. Nothing scrolls: landscape
// and short screens get smaller words and QR code, and when the tiles still lack height the
// question above them goes, then their explanations, so the three tiles always show whole.
// A short landscape screen (1280×800) has no room beside the tiles for the quieter entries:
// the tiles come down to a touch target's height, and "Look up a receipt", the board and the
// waste page get a row of their own along the bottom, under both columns.
KioskPage {
    id: page

    objectName: "homePage"

    // A short landscape screen (1280×800 leaves about 460 px between the bars).
    readonly property bool shortScreen: height < 640
    readonly property bool quietRowShown: shortScreen && landscape
    readonly property real edge: shortScreen ? Theme.gap : Theme.margin
    // Where the columns end: above the quiet row when there is one.
    readonly property real columnsBottom: quietRowShown ? quietRow.y - Theme.gap : page.height - edge
    // A short screen's tiles may be as low as a touch target, to leave the quiet row its room.
    readonly property real tileMin: shortScreen ? Theme.touchMin : Theme.touchLarge
    readonly property real columnGap: shortScreen ? Theme.gapLarge : Theme.dialogPadding
    // Landscape: the tiles get the width for their titles (and, when there is height, their
    // explanations) on one line; the words and the QR code get the rest.
    readonly property real actionsWidth: landscape ? Math.round(page.width * (shortScreen ? 0.56 : 0.6)) - edge
                                                   : page.width - 2 * edge
    readonly property real introWidth: landscape ? page.width - 2 * edge - columnGap - actionsWidth
                                                 : page.width - 2 * edge

    // The height the actions may take, and what they need at each level of detail.
    readonly property real actionsRoom: landscape ? columnsBottom - edge
                                                  : page.height - 2 * edge - intro.height - Theme.gapLarge
    // The board and waste buttons come only when the three tiles, at their shortest, leave
    // room for them: the tiles always come first.
    readonly property real tilesShort: worksTile.shortHeight + pledgeTile.shortHeight + reportTile.shortHeight
                                       + 2 * actions.spacing
    readonly property bool showMore: !quietRowShown && tilesShort + actions.spacing + moreRow.implicitHeight <= actionsRoom
    readonly property real moreHeight: showMore ? moreRow.implicitHeight + actions.spacing : 0
    readonly property real tilesFull: worksTile.fullHeight + pledgeTile.fullHeight + reportTile.fullHeight
                                      + 2 * actions.spacing + moreHeight
    // "Look up a receipt" sits above the tiles, which stay where they are; a screen without
    // the room leaves it out (the receipt screen still leads to it).
    readonly property bool showLookup: !quietRowShown && lookupButton.implicitHeight + actions.spacing + tilesShort + moreHeight <= actionsRoom
    readonly property real lookupRoom: showLookup ? lookupButton.implicitHeight + actions.spacing : 0
    readonly property bool showQuestion: question.implicitHeight + actions.spacing + lookupRoom + tilesFull <= actionsRoom
    readonly property bool showSubtitles: lookupRoom + tilesFull <= actionsRoom

    Column {
        id: intro

        // Beside the tiles, the description is the first thing left out when the column is full.
        readonly property bool roomForDescription: !page.landscape
            || slogan.implicitHeight + description.implicitHeight + portalRow.height + 2 * spacing
               <= page.columnsBottom - page.edge

        x: page.edge
        // Landscape: level with the tiles when it fits, so both columns start on one line.
        y: page.landscape ? Math.max(page.edge, Math.min(actions.y, page.columnsBottom - height)) : page.edge
        width: page.introWidth
        spacing: page.shortScreen ? Theme.gap : Theme.gapLarge

        KioskText {
            id: slogan
            width: parent.width
            text: qsTr("Together we build modern infrastructure and fight waste")
            font.pixelSize: page.shortScreen ? Theme.fontBody : page.landscape ? Theme.fontLarge : Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.accent
        }
        KioskText {
            id: description
            width: parent.width
            visible: intro.roomForDescription
            text: qsTr("The movement of %1, 2023–2030 (Plan 51/KH-UBND). See what your ward is building, how far along it is and what it costs.").arg(Kiosk.cityName)
            color: Theme.textMuted
            elide: Text.ElideNone
        }

        Row {
            id: portalRow
            width: parent.width
            spacing: page.shortScreen ? Theme.gap : Theme.gapLarge
            QrCard {
                id: portalQr
                objectName: "portalQr"
                // No caption: the words sit beside it, so the card is only as wide as the code.
                width: codeSize + 2 * padding
                codeSize: page.shortScreen ? Theme.qrPortalShort : page.landscape ? Theme.qrPortalLandscape : Theme.qrPortal
                text: Kiosk.portalUrl
            }
            Column {
                width: parent.width - portalQr.width - parent.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: page.shortScreen ? Theme.gapTight : Theme.gap
                // On a short screen the address below says whose site it is.
                KioskText {
                    width: parent.width
                    visible: !page.shortScreen
                    text: qsTr("City portal")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                }
                Row {
                    width: parent.width
                    spacing: Theme.gapIcon
                    Image {
                        id: scanIcon
                        y: Math.max(0, (Math.min(scanText.implicitHeight, scanText.height) - height) / 2)
                        width: Theme.iconBody
                        height: Theme.iconBody
                        sourceSize.width: Theme.iconBody
                        sourceSize.height: Theme.iconBody
                        source: Theme.icon("phone-qr")
                    }
                    // Wraps rather than cut: "Quét bằng điện thoại" is long in a narrow column.
                    KioskText {
                        id: scanText
                        width: parent.width - scanIcon.width - parent.spacing
                        text: qsTr("Scan with your phone")
                    }
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
        x: page.landscape ? page.width - page.edge - width : page.edge
        // At the bottom: within reach on a standing portrait kiosk, next to the bar's buttons.
        y: page.columnsBottom - height
        width: page.actionsWidth
        // Portrait: a little tighter, so the first tile stays in the lower half with the board
        // and waste buttons below the tiles.
        spacing: page.shortScreen || !page.landscape ? Theme.gap : Theme.gapMedium

        KioskText {
            id: question
            width: parent.width
            visible: page.showQuestion
            text: qsTr("What would you like to do?")
            font.pixelSize: Theme.fontLarge
            font.weight: Font.Bold
        }
        KioskButton {
            id: lookupButton
            objectName: "lookupButton"
            width: parent.width
            visible: page.showLookup
            iconName: "search"
            text: qsTr("Look up a receipt")
            onClicked: Navigator.go("lookup")
        }

        HomeTile {
            id: worksTile
            objectName: "worksTile"
            width: parent.width
            iconName: "works"
            compact: page.shortScreen
            minHeight: page.tileMin
            showSubtitle: page.showSubtitles
            title: qsTr("Works in the ward")
            subtitle: qsTr("%n work(s): progress, schedule, budget, builders", "", Works.wardCount)
            onClicked: Navigator.go("projects")
        }
        HomeTile {
            id: pledgeTile
            objectName: "pledgeTile"
            width: parent.width
            iconName: "contractor"
            compact: page.shortScreen
            minHeight: page.tileMin
            showSubtitle: page.showSubtitles
            title: qsTr("Pledge a contribution")
            subtitle: qsTr("Land, labour days or building materials")
            onClicked: Navigator.go("pledge")
        }
        HomeTile {
            id: reportTile
            objectName: "reportTile"
            width: parent.width
            iconName: "behind"
            compact: page.shortScreen
            minHeight: page.tileMin
            showSubtitle: page.showSubtitles
            title: qsTr("Report waste")
            subtitle: qsTr("Of public money, land, materials or works")
            onClicked: Navigator.go("report")
        }
        // The movement's board and the ward's waste page: quieter than the three tiles.
        Row {
            id: moreRow
            width: parent.width
            visible: page.showMore
            spacing: page.shortScreen ? Theme.gap : Theme.gapMedium
            KioskButton {
                objectName: "boardButton"
                width: (parent.width - parent.spacing) / 2
                implicitHeight: Theme.touchQuiet
                iconName: "board"
                text: qsTr("Movement board")
                onClicked: Navigator.go("board")
            }
            KioskButton {
                objectName: "wasteButton"
                width: (parent.width - parent.spacing) / 2
                implicitHeight: Theme.touchQuiet
                iconName: "money"
                text: qsTr("Fighting waste")
                onClicked: Navigator.go("waste")
            }
        }
    }

    // A short landscape screen: the quieter entries along the bottom, each as wide as its
    // words need and sharing what is left.
    RowLayout {
        id: quietRow
        x: page.edge
        y: page.height - page.edge - height
        width: page.width - 2 * page.edge
        visible: page.quietRowShown
        spacing: Theme.gap
        KioskButton {
            objectName: "lookupRowButton"
            Layout.fillWidth: true
            Layout.minimumWidth: implicitWidth
            implicitHeight: Theme.touchQuiet
            iconName: "search"
            text: qsTr("Look up a receipt")
            onClicked: Navigator.go("lookup")
        }
        KioskButton {
            objectName: "boardRowButton"
            Layout.fillWidth: true
            Layout.minimumWidth: implicitWidth
            implicitHeight: Theme.touchQuiet
            iconName: "board"
            text: qsTr("Movement board")
            onClicked: Navigator.go("board")
        }
        KioskButton {
            objectName: "wasteRowButton"
            Layout.fillWidth: true
            Layout.minimumWidth: implicitWidth
            implicitHeight: Theme.touchQuiet
            iconName: "money"
            text: qsTr("Fighting waste")
            onClicked: Navigator.go("waste")
        }
    }
}
