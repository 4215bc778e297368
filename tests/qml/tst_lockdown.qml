// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CivicKiosk

// The real kiosk window under lockdown (engaged by the test runner for this test, as
// civic-kiosk does without --windowed): a close request, as a window manager or Alt+F4 on a
// desktop would send, is refused and the resident stays where they were. The keys themselves
// are covered by tests/unit/tst_lockdown.cpp, which sends them through the application.
KioskTestCase {
    name: "Lockdown"

    function test_closeIsRefused() {
        openKiosk(1080, 1920, "vi")
        goAndWait("project/HB-001", "projectPage")
        window.show()
        tryVerify(() => window.visible, 2000, "the kiosk window is on screen")
        compare(window.close(), false, "the close request was refused")
        wait(50)
        verify(window.visible, "a close request leaves the kiosk on screen")
        compare(page().objectName, "projectPage", "still on the same page")
        compare(Navigator.depth, 2)
    }
}
