// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The PIN pad's lockout: 5 wrong PINs lock the pad for 5 minutes with a countdown, the next
// lock lasts 10 (the PIN's clock is moved forward instead of waiting); the right PIN after it.
StaffTestCase {
    name: "StaffLockout"
    when: windowShown

    function wrongPin() {
        typePin("135792")
        tryVerify(() => !Staff.checking, 5000, "the check ended")
    }

    function test_d_lockout() {
        ensurePin()
        openKiosk(1080, 1920, "vi")
        goAndWait("admin", "staffPinPage")
        shot("staff-pin-vi")
        wrongPin()
        compare(Staff.triesLeft, 4)
        verify(find("pinMessage").text.indexOf("Còn 4 lần thử") >= 0, find("pinMessage").text)
        shot("staff-pin-wrong-vi")
        for (let i = 0; i < 3; ++i)
            wrongPin()
        compare(Staff.triesLeft, 1)
        compare(Staff.lockedSeconds, 0)
        wrongPin()
        verify(Staff.lockedSeconds > 295 && Staff.lockedSeconds <= 300, "locked for 5 minutes: " + Staff.lockedSeconds)
        verify(find("pinLocked").visible)
        verify(!find("pinKey1").visible, "no keys while locked")
        verify(/Tạm khoá, còn [45]:[0-5][0-9]$/.test(find("pinCountdown").text), find("pinCountdown").text)
        const before = Staff.lockedSeconds
        tryVerify(() => Staff.lockedSeconds < before, 2500, "the countdown moves each second")
        shot("staff-pin-locked-vi")
        // Even the right PIN does nothing while locked.
        Staff.enter(staffPin)
        wait(300)
        verify(!Staff.active)
        // 4 minutes later still locked; after 5 it opens.
        testHooks.advanceStaffClock(240)
        tryVerify(() => Staff.lockedSeconds > 0 && Staff.lockedSeconds <= 60, 2500, "about a minute left: " + Staff.lockedSeconds)
        verify(/Tạm khoá, còn 0:[0-5][0-9]$/.test(find("pinCountdown").text), find("pinCountdown").text)
        testHooks.advanceStaffClock(61)
        tryVerify(() => Staff.lockedSeconds === 0, 2500, "unlocked after 5 minutes")
        verify(find("pinKey1").visible, "the keys are back")
        // Five more wrong: the second lock lasts twice as long.
        for (let i = 0; i < 5; ++i)
            wrongPin()
        verify(Staff.lockedSeconds > 595 && Staff.lockedSeconds <= 600, "10 minutes: " + Staff.lockedSeconds)
        verify(/Tạm khoá, còn (9|10):[0-5][0-9]$/.test(find("pinCountdown").text), find("pinCountdown").text)
        testHooks.advanceStaffClock(601)
        tryVerify(() => Staff.lockedSeconds === 0, 2500)
        typePin(staffPin)
        tryVerify(() => Staff.active && page().objectName === "staffHomePage", 5000, "the right PIN after the lock")
    }
}
