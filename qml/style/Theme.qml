// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Every size, colour and font the kiosk uses. Numbers follow DESIGN.md "Look and feel":
// body text >= 32 px, touch targets >= 80 px with 16 px between them, contrast >= 7:1 for text.
QtObject {
    // Type
    readonly property string fontFamily: "Noto Sans"
    readonly property int fontSmall: 30        // captions only; never below 30
    readonly property int fontBody: 34
    readonly property int fontEmphasis: 36     // the name on a card or a choice
    readonly property int fontLarge: 42
    readonly property int fontTitle: 52
    readonly property int fontHuge: 68
    readonly property real lineHeight: 1.3     // room for stacked Vietnamese marks (ẩ ặ ữ Ễ Ộ)
    readonly property real lineHeightTight: 1.1 // one-line labels and the receipt code
    readonly property int fontCountdown: 160   // the idle warning's seconds
    readonly property int fontReceiptCode: 96
    readonly property int fontReceiptCodeLandscape: 80
    readonly property int fontLoopFigure: 144  // the attract loop's board figures, read from 3 m
    readonly property int fontLoopFigureShort: 96  // the same on a 1280×800 screen

    // Touch
    readonly property int touchMin: 88
    readonly property int touchLarge: 112
    readonly property int touchQuiet: 80       // home's quieter board and waste buttons: the smallest target allowed
    readonly property int gap: 16
    readonly property int gapLarge: 32
    readonly property int margin: 40
    readonly property int radius: 20
    readonly property int radiusSmall: 12      // the sample badge
    readonly property int radiusPicture: 14    // a work's picture inside its card

    // Space inside things, and small gaps between their parts
    readonly property int gapTight: 4          // a title and the line under it
    readonly property int gapSmall: 10         // a label and its field; the lines of a card
    readonly property int gapIcon: 12          // an icon and the word beside it
    readonly property int gapMedium: 20        // a fact's icon and its words; the home actions
    readonly property int gapButtonIcon: 14    // a button's icon and its word; the sync dot and its line
    readonly property int cardPadding: 24
    readonly property int cardPaddingLarge: 28 // the sections of a work's page
    readonly property int cardPaddingSmall: 20 // a choice's top and bottom, a staff message
    readonly property int cardPaddingTight: 14 // a staff tile's and the staff band's top and bottom
    readonly property int dialogPadding: 48
    readonly property int dialogMaxWidth: 960
    readonly property int fieldPadding: 24     // inside text boxes
    readonly property int fieldInset: 8        // a button inside a text box, from its edge
    readonly property int buttonPadding: 22
    readonly property int barPadding: 24       // left and right of the header and bottom bars
    readonly property int barPaddingVertical: 20
    readonly property int chipHeight: 60       // status chips and the sample badge
    readonly property int chipPadding: 20
    readonly property int badgePadding: 18
    readonly property int scrollBarWidth: 16
    readonly property int scrollBarGap: 8      // between a list and its scroll bar

    // Parts of particular screens
    readonly property int workCardMinHeight: 260
    readonly property int workPictureWidth: 280 // 4:3, as the content bundle's pictures
    readonly property int workPictureHeight: 210
    readonly property int heroHeight: 440       // a work's picture, portrait
    readonly property int heroHeightLandscape: 420
    readonly property int progressBar: 28
    readonly property int progressBarLarge: 40  // a work's progress on its own page
    readonly property int progressMeterWidth: 400
    readonly property int progressPercentWidth: 130
    readonly property int syncDot: 20
    readonly property int qrWork: 300           // a work's QR code on its page
    readonly property int qrReceipt: 360
    readonly property int qrPortal: 200         // the city portal's on home
    readonly property int qrPortalLandscape: 180
    readonly property int qrPortalShort: 140
    readonly property int qrCaptionMinWidth: 300
    readonly property int consentMaxHeight: 640 // longer wording scrolls inside its card
    readonly property int descriptionHeight: 360
    readonly property int receiptCodePadding: 40
    readonly property int receiptCodePaddingVertical: 20
    readonly property int receiptCodePaddingVerticalLandscape: 8
    readonly property int receiptCodeLetterSpacing: 4
    readonly property int stepperButton: 140
    readonly property int stepperValueWidth: 320
    readonly property int pinKeyWidth: 200
    readonly property int pinKeyHeight: 128
    readonly property int pinDot: 44
    readonly property int pinDotGap: 24
    readonly property int wardChoiceHeight: 136
    readonly property int hourValueWidth: 220
    readonly property int chartHeight: 300        // a work's progress or money over time
    readonly property int chartHeightLandscape: 240
    readonly property int chartLine: 8            // the real line, solid
    readonly property int chartLineReference: 4   // the line to compare against, dashed
    readonly property int chartLegendSample: 72
    readonly property int lookupKeyHeight: 100    // the receipt keypad's character keys
    readonly property int lookupKeyHeightLandscape: 92

    // Frames
    readonly property int borderHairline: 2    // cards and chips
    readonly property int borderControl: 3     // buttons, fields, cards to tap
    readonly property int borderStrong: 4      // a focused field, an active filter, the receipt code
    readonly property int borderSelected: 5    // a chosen answer

    // Icons, by size
    readonly property int iconSmall: 36        // beside small text
    readonly property int iconBody: 40         // beside body text
    readonly property int iconButton: 44
    readonly property int iconMedium: 48
    readonly property int iconLarge: 56
    readonly property int iconChoice: 64
    readonly property int iconTileCompact: 72
    readonly property int iconTile: 88
    readonly property int iconHero: 120        // empty lists, help, a work without a picture
    readonly property int iconPicture: 200     // a work's page without a picture

    // Colour: deep flamboyant-flower red on ivory, navy text.
    readonly property color background: "#FBF7EF"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceAlt: "#F3EDE1"
    readonly property color text: "#13294B"          // 14.2:1 on white
    readonly property color textMuted: "#3B4A63"     // 9.3:1 on white
    readonly property color accent: "#A4161A"        // 7.6:1 on white; white on it likewise
    readonly property color accentPressed: "#7F1014"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color border: "#8C8372"        // 3.6:1: outlines of controls
    readonly property color divider: "#DDD5C6"
    readonly property color focus: "#1F4E8C"
    readonly property color veil: "#CC0B1B33"        // navy, 80 %: the page stays faintly visible behind
    readonly property color qrDark: "#000000"        // QR modules: the most contrast for phone cameras
    readonly property color restBackground: "black"  // screen-off hours
    readonly property color restText: "#9AA3B2"      // dim on purpose: the screen is resting; 7.9:1 on black

    // Status: each chip also carries an icon and a word, never colour alone.
    readonly property color preparingBg: "#E3ECF8"
    readonly property color preparingFg: "#173F73"
    readonly property color progressBg: "#FFF0D9"
    readonly property color progressFg: "#6B3F00"
    readonly property color pausedBg: "#ECECEC"
    readonly property color pausedFg: "#33363D"
    readonly property color completedBg: "#E1F2E6"
    readonly property color completedFg: "#145A2E"
    readonly property color warningBg: "#FDE3E1"
    readonly property color warningFg: "#8C1115"
    readonly property color progressTrack: "#E4DDCF"
    readonly property color progressFill: "#1B6B3A"

    function icon(name: string): url {
        return Qt.resolvedUrl("../icons/" + name + ".svg")
    }
    function lightIcon(name: string): url {
        return Qt.resolvedUrl("../icons/" + name + "-light.svg")
    }
    function accentIcon(name: string): url {
        return Qt.resolvedUrl("../icons/" + name + "-accent.svg")
    }
}
