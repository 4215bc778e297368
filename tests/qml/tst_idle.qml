// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Nobody touches the kiosk for the idle timeout (4 s in tests, 90 s by default): it goes
// home, in Vietnamese, with no search or filter left for the next resident.
KioskTestCase {
    name: "Idle"
    when: windowShown

    function test_idleReset() {
        openKiosk(1080, 1920, "vi")
        tap(find("language-en"))
        goAndWait("projects?q=cau&category=bridge", "projectsPage")
        compare(find("searchField").text, "cau")
        compare(Kiosk.language, "en")
        const started = Date.now()
        tryVerify(() => page().objectName === "homePage", 10000, "went home by itself")
        const waited = Date.now() - started
        verify(waited >= 3000, "not before the timeout: " + waited + " ms")
        compare(Kiosk.language, "vi")
        compare(Works.query, "")
        compare(Works.category, "")
        compare(Works.ward, Kiosk.wardCode)
        compare(Navigator.depth, 1)
    }

    function test_touchPostponesReset() {
        openKiosk(1080, 1920, "vi")
        goAndWait("projects", "projectsPage")
        // Touch every second for 6 s: longer than the timeout, yet no reset.
        for (let i = 0; i < 6; ++i) {
            wait(1000)
            mouseMove(window.contentItem, 10 + i, 500)
            mousePress(window.contentItem, 10, 10)
            mouseRelease(window.contentItem, 10, 10)
        }
        compare(page().objectName, "projectsPage")
    }
}
