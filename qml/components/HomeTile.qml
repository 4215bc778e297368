// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A large tile on the home screen: a picture, a title and one line of explanation. On a short
// screen the page drops the explanation (showSubtitle) so all three tiles stay whole; the
// title alone still says what the tile does.
Rectangle {
    id: tile

    property string iconName
    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    property bool compact: false
    property bool showSubtitle: true
    // The least height the tile takes: a large target, or a touch target's on a short screen
    // where the page needs the room for its other entries.
    property real minHeight: Theme.touchLarge

    // What the tile needs with and without its explanation, at its present width: the page
    // reads these to choose, so they never depend on the choice itself.
    // Compact (a short screen): tighter, the title on one line at a one-line label's height.
    readonly property real padding: compact ? Theme.cardPaddingTight : Theme.cardPadding
    readonly property real fullHeight: Math.max(minHeight, titleText.implicitHeight + words.spacing
                                                                  + subtitleText.implicitHeight + 2 * padding)
    readonly property real shortHeight: Math.max(minHeight, titleText.implicitHeight + 2 * padding)

    signal clicked

    implicitHeight: showSubtitle ? fullHeight : shortHeight
    radius: Theme.radius
    color: tapArea.pressed ? Theme.accentPressed : Theme.accent
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: subtitle
    Accessible.onPressAction: tile.clicked()

    Image {
        id: tileIcon
        anchors.left: parent.left
        anchors.leftMargin: tile.compact ? Theme.cardPadding : Theme.cardPaddingLarge
        anchors.verticalCenter: parent.verticalCenter
        width: tile.compact ? Theme.iconTileCompact : Theme.iconTile
        height: width
        sourceSize.width: width
        sourceSize.height: height
        source: Theme.lightIcon(tile.iconName)
    }
    Column {
        id: words
        anchors.left: tileIcon.right
        anchors.leftMargin: tile.compact ? Theme.cardPaddingSmall : Theme.cardPadding
        anchors.right: chevron.left
        anchors.rightMargin: Theme.gapIcon
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gapTight
        KioskText {
            id: titleText
            width: parent.width
            lineHeight: tile.compact ? Theme.lineHeightTight : Theme.lineHeight
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontLarge
            font.weight: Font.Bold
        }
        KioskText {
            id: subtitleText
            width: parent.width
            visible: tile.showSubtitle
            color: Theme.textOnAccent
        }
    }
    Image {
        id: chevron
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.iconMedium
        height: Theme.iconMedium
        sourceSize.width: Theme.iconMedium
        sourceSize.height: Theme.iconMedium
        source: Theme.lightIcon("chevron-right")
    }
    MouseArea {
        id: tapArea
        anchors.fill: parent
        onClicked: tile.clicked()
    }
}
