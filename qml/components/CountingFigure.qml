// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A measure's figure of the movement board. When new figures arrive it counts, in under a
// second, from the figure shown before to the new one, in the kiosk's number format
// (1.234,5 / 1,234.5) with as many decimals as the more precise of the two, and ends on the
// model's own text. With
// the kiosk's motion off (screenshots, the start-up probe) the new figure simply shows.
KioskText {
    id: figure

    required property var measure
    // The number on screen while counting.
    property real shown: measure.compared ?? 0
    readonly property bool counting: animation.running
    // The decimals shown while counting.
    property int countDecimals: 0

    /** How many decimals the kiosk shows for `value` (at most two, no trailing zero). */
    function decimalsOf(value: real): int {
        const hundredths = Math.round(Math.abs(value) * 100)
        return hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2
    }

    /** Counts from `from` to the measure's figure (nothing to count without a figure). */
    function countUp(from: real) {
        if (!Kiosk.animations || !(figure.measure.hasCompared ?? false) || from === figure.measure.compared)
            return
        figure.countDecimals = Math.max(figure.decimalsOf(from), figure.measure.decimals ?? 0)
        animation.from = from
        animation.to = figure.measure.compared
        animation.restart()
    }

    objectName: "measureFigure"
    text: counting ? Number(shown).toLocaleString(Qt.locale(Kiosk.language === "en" ? "en_GB" : "vi_VN"), "f",
                                                  figure.countDecimals)
                   : figure.measure.comparedText ?? ""
    font.weight: Font.Bold
    color: Theme.accent
    wrapMode: Text.NoWrap
    elide: Text.ElideNone
    lineHeight: Theme.lineHeightTight

    NumberAnimation {
        id: animation
        target: figure
        property: "shown"
        duration: 900
        easing.type: Easing.OutCubic
    }
    Connections {
        target: Kiosk
        function onAnimationsChanged() {
            if (!Kiosk.animations)
                animation.stop()
        }
    }
}
