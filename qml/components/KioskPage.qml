// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// What every page is: the ivory background, and `ready` once everything it shows is loaded
// (pictures included), so screenshots and tests know when the page is really on screen;
// `dirty` and handlesBack let a form keep the resident from losing answers by accident.
Page {
    property bool ready: true
    // Holds something the resident entered: leaving asks first.
    property bool dirty: false
    readonly property bool landscape: width > height

    // A page that takes Back itself (a flow going one step back) says so here and gets
    // backPressed() instead of being left.
    property bool handlesBack: false

    signal backPressed

    background: Rectangle { color: Theme.background }
}
