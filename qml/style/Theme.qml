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
    readonly property int fontLarge: 42
    readonly property int fontTitle: 52
    readonly property int fontHuge: 68
    readonly property real lineHeight: 1.3     // room for stacked Vietnamese marks (ẩ ặ ữ Ễ Ộ)

    // Touch
    readonly property int touchMin: 88
    readonly property int touchLarge: 112
    readonly property int gap: 16
    readonly property int gapLarge: 32
    readonly property int margin: 40
    readonly property int radius: 20

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
