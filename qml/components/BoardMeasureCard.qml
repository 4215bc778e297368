// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One measure of the ward on the movement board: the figure large (per 1,000 residents where
// wards are compared so), the tier as icon and word, how many records it rests on, or why the
// ward is not placed. Tapping it shows its months in the growth chart. New figures count up.
Card {
    id: card

    required property var measure
    property bool selected: false
    signal clicked

    /** New figures arrived: the figure counts from the one shown before. */
    function countUp() {
        figureText.countUp(card.measure.countFrom ?? 0)
    }

    tone: Card.Control
    highlighted: selected
    pressed: tap.pressed
    implicitHeight: column.implicitHeight + 2 * padding
    Accessible.role: Accessible.Button
    Accessible.name: measure.name + " " + measure.comparedText + " " + measure.unit + " " + measure.tierWord

    Column {
        id: column
        x: card.padding
        y: card.padding
        width: card.width - 2 * card.padding
        spacing: Theme.gapSmall

        KioskText {
            width: parent.width
            text: card.measure.name
            font.pixelSize: Theme.fontEmphasis
            font.weight: Font.Bold
        }
        CountingFigure {
            id: figureText
            measure: card.measure
            font.pixelSize: Theme.fontHuge
        }
        KioskText {
            width: parent.width
            text: card.measure.unit
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        // Tier: icon and word, never colour alone.
        Row {
            visible: card.measure.placed && card.measure.tierWord !== ""
            spacing: Theme.gapIcon
            Image {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.iconBody
                height: Theme.iconBody
                sourceSize.width: Theme.iconBody
                sourceSize.height: Theme.iconBody
                source: card.measure.tierIcon ? Theme.icon(card.measure.tierIcon) : ""
            }
            KioskText {
                objectName: "tierWord"
                text: card.measure.tierWord
                font.weight: Font.Bold
            }
        }
        KioskText {
            width: parent.width
            visible: !card.measure.placed
            text: card.measure.notPlacedText
            color: Theme.textMuted
        }
        KioskText {
            width: parent.width
            visible: card.measure.leader || card.measure.mostImproved
            text: [card.measure.leader ? qsTr("Leading") : "", card.measure.mostImproved ? qsTr("Most improved") : ""]
                  .filter(w => w !== "").join(" · ")
            font.weight: Font.Bold
            color: Theme.completedFg
        }
        KioskText {
            width: parent.width
            text: card.measure.recordsText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: card.clicked()
    }
}
