// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Staff mode ends by itself after a time without a touch (2 minutes on a kiosk, 6 s here, set
// by CMake): the kiosk goes home with the staff screens closed, and touches keep it going.
KioskTestCase {
    name: "StaffIdle"
    when: windowShown

    function test_staffModeTimesOut() {
        openKiosk(1080, 1920, "vi")
        goAndWait("admin", "staffPinPage")
        verify(Staff.setFirstPin("975318", "975318"))
        tryVerify(() => Staff.active && window.pageShown && page().objectName === "staffHomePage", 5000)
        compare(Staff.staffIdleSeconds, 6)
        tap(find("staffTile-records"))
        tryVerify(() => page().objectName === "staffRecordsPage", 5000)
        // Touches keep staff mode on past the timeout.
        for (let i = 0; i < 4; ++i) {
            wait(2000)
            mouseClick(find("staffTitle"))
        }
        verify(Staff.active, "8 s of touches: still on")
        const started = Date.now()
        tryVerify(() => !Staff.active, 12000, "staff mode ended by itself")
        const waited = Date.now() - started
        verify(waited >= 5000, "not before the timeout: " + waited + " ms")
        tryVerify(() => page().objectName === "homePage", 3000, "home, staff screens closed")
        compare(Navigator.depth, 1)
        compare(Records.enteredBy, "resident")
        // A page that staff had open is not reachable again without the PIN.
        verify(!Staff.open("records"))
        goAndWait("admin", "staffPinPage")
        compare(page().stage, "pin")
    }
}
