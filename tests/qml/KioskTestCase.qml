// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CivicKiosk

// Shared by the QML tests: opens the real kiosk window (Main.qml) at a size, finds things
// by objectName, and waits until the Navigator's page is really on screen.
TestCase {
    id: kioskTest

    property var window: null

    function openKiosk(width: int, height: int, language: string): var {
        IdleReset.reset()
        Kiosk.language = language
        window = createTemporaryObject(mainComponent, kioskTest, { width: width, height: height })
        taps = 0
        verify(window !== null, "the kiosk window was created")
        waitForRendering(window.contentItem)
        tryVerify(() => window.pageShown, 5000, "home is shown")
        return window
    }
    // Saves the window as <build>/tests/qml/shots/<name>.png for people to look at.
    function shot(name: string) {
        waitForRendering(window.contentItem)
        grabImage(window.contentItem).save(testShotsDir + "/" + name + ".png")
    }
    function page(): var {
        return find("stack").currentItem
    }
    function find(name: string): var {
        const item = findChild(window.contentItem, name)
        verify(item !== null, "found " + name)
        return item
    }
    function goAndWait(route: string, pageName: string) {
        verify(Navigator.go(route), "route " + route)
        tryVerify(() => window.pageShown && page().objectName === pageName, 5000, pageName + " is shown")
    }
    property real lastTap: 0
    property int taps: 0          // taps since the window opened (tst_flowcount counts them)
    // Two synthesized clicks closer than the double-click interval make the second one a
    // double click, which buttons do not take as a click. The runner (tst_kioskqml.cpp,
    // TapSpacingMs) sets that interval just below this spacing.
    readonly property int tapSpacingMs: 60

    function tap(item: var) {
        verify(item.visible, (item.objectName || "item") + " is visible")
        const since = Date.now() - lastTap
        if (since < tapSpacingMs)
            wait(tapSpacingMs - since)
        mouseClick(item)
        lastTap = Date.now()
        ++taps
    }
    // Every visible item under root, depth first; the keyboard (Qt's own) is left out.
    function visibleItems(root: var): var {
        const out = []
        const walk = item => {
            if (!item.visible || item.opacity === 0 || item.objectName === "keyboard")
                return
            out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(root)
        return out
    }

    Component {
        id: mainComponent
        Main { fullScreen: false }
    }
}
