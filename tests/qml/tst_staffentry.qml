// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The way into staff mode, by touch on the real kiosk: the hidden long press, the first PIN
// (too easy and mismatched ones refused), a short press showing nothing, no staff screen without
// the PIN, and the pad's dots. The test functions run in name order: the first sets the PIN.
StaffTestCase {
    name: "StaffEntry"
    when: windowShown

    function test_a_firstPin() {
        verify(!Staff.pinSet, "a new kiosk has no staff PIN")
        openKiosk(1080, 1920, "vi")
        // The hidden way in: hold the header for 5 seconds.
        const gesture = find("staffGesture")
        mousePress(gesture)
        wait(5300)
        mouseRelease(gesture)
        tryVerify(() => window.pageShown && page().objectName === "staffPinPage", 5000, "the pad after a long press")
        compare(page().stage, "new", "no PIN yet: it asks for a new one")
        shot("staff-firstpin-vi")
        // Too easy a PIN is refused after typing it twice, and it asks again.
        typePin("111111")
        compare(page().stage, "again")
        typePin("111111")
        compare(page().stage, "new")
        verify(!Staff.pinSet)
        verify(find("pinMessage").text.indexOf("dễ đoán") >= 0, find("pinMessage").text)
        // Two different PINs: refused.
        typePin(staffPin)
        typePin("246811")
        verify(!Staff.pinSet, "the two PINs differ")
        compare(page().stage, "new")
        typePin(staffPin)
        typePin(staffPin)
        verify(Staff.pinSet)
        tryVerify(() => Staff.active && window.pageShown && page().objectName === "staffHomePage", 5000, "staff home")
        compare(Navigator.depth, 2, "the staff home replaced the pad")
    }

    function test_b_shortPressDoesNothing() {
        openKiosk(1080, 1920, "vi")
        const gesture = find("staffGesture")
        mousePress(gesture)
        wait(1500)
        mouseRelease(gesture)
        wait(500)
        compare(page().objectName, "homePage", "a short press shows nothing")
        compare(Navigator.depth, 1)
    }

    function test_c_noStaffScreenWithoutPin() {
        openKiosk(1080, 1920, "en")
        verify(!Navigator.go("staff-home"), "staff screens have no route")
        verify(!Navigator.go("staff-records"))
        verify(!Staff.open("records"), "not without the PIN")
        verify(!Staff.startPaperEntry("pledge"))
        compare(Records.enteredBy, "resident")
        compare(Navigator.depth, 1)
        goAndWait("admin", "staffPinPage")
        compare(page().stage, "pin")
        shot("staff-pin-en")
        verify(find("pinOk").enabled === false, "OK needs 6 digits")
        for (const d of "2468")
            tap(find("pinKey" + d))
        const filled = () => {
            let n = 0
            const dots = find("pinDots").children
            for (let i = 0; i < dots.length; ++i)
                if (dots[i].color !== undefined && Qt.colorEqual(dots[i].color, Theme.text))
                    ++n
            return n
        }
        compare(filled(), 4, "a dot per digit, never the digit")
        verify(!find("pinOk").enabled)
        tap(find("pinDelete"))
        compare(filled(), 3, "Delete takes one back")
    }
}
