// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// One measure on the attract loop's board, for reading from afar: its name, the figure very
// large, its unit, and the tier as icon and word (never colour alone), or why the ward is not
// placed. Wide (portrait, one under the other): the figure on the left, the words beside it;
// otherwise the words above and below the figure.
Card {
    id: card

    required property var measure
    property bool wide: false
    property bool shortScreen: false
    readonly property bool tiered: (measure.placed ?? false) && (measure.tierWord ?? "") !== ""

    /** Counts the figure up from zero, or from the figure shown before new ones arrived. */
    function countUp(fromZero: bool) {
        figure.countUp(fromZero ? 0 : (card.measure.countFrom ?? 0))
    }

    objectName: "loopBoardFigure"
    padding: card.shortScreen ? Theme.cardPaddingSmall : Theme.cardPadding
    implicitHeight: grid.implicitHeight + 2 * padding

    GridLayout {
        id: grid
        x: card.padding
        y: card.padding
        width: card.width - 2 * card.padding
        columns: card.wide ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: card.shortScreen ? Theme.gapTight : Theme.gapSmall

        KioskText {
            objectName: "loopMeasureName"
            Layout.row: 0
            Layout.column: card.wide ? 1 : 0
            Layout.fillWidth: true
            text: card.measure.name ?? ""
            font.pixelSize: card.shortScreen ? Theme.fontEmphasis : Theme.fontLarge
            font.weight: Font.Bold
            lineHeight: Theme.lineHeightTight
            maximumLineCount: 3
        }
        CountingFigure {
            id: figure
            Layout.row: card.wide ? 0 : 1
            Layout.column: 0
            Layout.rowSpan: card.wide ? 3 : 1
            Layout.fillWidth: !card.wide
            Layout.preferredWidth: card.wide ? Math.round(grid.width * 0.46) : -1
            Layout.alignment: Qt.AlignVCenter
            measure: card.measure
            font.pixelSize: card.shortScreen ? Theme.fontLoopFigureShort : Theme.fontLoopFigure
            // A long figure shrinks to its column rather than run out of the card.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontHuge
        }
        KioskText {
            Layout.row: card.wide ? 1 : 2
            Layout.column: card.wide ? 1 : 0
            Layout.fillWidth: true
            text: card.measure.unit ?? ""
            color: Theme.textMuted
            font.pixelSize: card.shortScreen ? Theme.fontSmall : Theme.fontBody
            maximumLineCount: 2
        }
        // The tier as icon and word, or why the ward is not placed.
        RowLayout {
            Layout.row: card.wide ? 2 : 3
            Layout.column: card.wide ? 1 : 0
            Layout.fillWidth: true
            spacing: Theme.gapIcon
            Image {
                Layout.preferredWidth: card.shortScreen ? Theme.iconMedium : Theme.iconLarge
                Layout.preferredHeight: Layout.preferredWidth
                visible: card.tiered
                sourceSize.width: Layout.preferredWidth
                sourceSize.height: Layout.preferredWidth
                source: card.tiered && (card.measure.tierIcon ?? "") !== "" ? Theme.icon(card.measure.tierIcon) : ""
            }
            KioskText {
                objectName: card.tiered ? "loopTierWord" : "loopNotPlaced"
                Layout.fillWidth: true
                text: card.tiered ? card.measure.tierWord : (card.measure.notPlacedText ?? "")
                color: card.tiered ? Theme.text : Theme.textMuted
                font.pixelSize: card.tiered ? (card.shortScreen ? Theme.fontEmphasis : Theme.fontLarge)
                                            : (card.shortScreen ? Theme.fontSmall : Theme.fontBody)
                font.weight: card.tiered ? Font.Bold : Font.Normal
                maximumLineCount: 2
            }
        }
    }
}
