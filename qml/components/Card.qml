// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

/** A card: the rounded panel that holds one piece of content (a work, a section of facts, a line
    to check, an answer to tap, a message). Its tone says what kind of panel it is; what sits
    inside places itself with the card's padding. */
Rectangle {
    id: card

    enum Tone {
        Plain,   // information: white with a hairline
        Control, // the whole card is a button: outlined like the kiosk's buttons
        Note,    // a message on a screen: tinted, outlined
        Warning  // something went wrong: warning colours
    }

    property int tone: Card.Plain
    // A card that is a button shows the press, like a KioskButton.
    property bool pressed: false
    // The chosen one among several: a thick red frame (with a tick or a word inside, never
    // colour alone).
    property bool highlighted: false
    property real padding: Theme.cardPadding
    property real horizontalPadding: padding
    property real verticalPadding: padding

    radius: Theme.radius
    color: tone === Card.Note ? Theme.surfaceAlt
         : tone === Card.Warning ? Theme.warningBg
         : pressed ? Theme.surfaceAlt : Theme.surface
    border.width: highlighted ? Theme.borderSelected
                : tone === Card.Plain ? Theme.borderHairline : Theme.borderControl
    border.color: highlighted ? Theme.accent
                : tone === Card.Warning ? Theme.warningFg
                : tone === Card.Plain ? Theme.divider : Theme.border
}
