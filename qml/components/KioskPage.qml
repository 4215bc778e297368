// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// What every page is: the ivory background, and `ready` once everything it shows is loaded
// (pictures included), so screenshots and tests know when the page is really on screen.
Page {
    property bool ready: true
    readonly property bool landscape: width > height

    background: Rectangle { color: Theme.background }
}
