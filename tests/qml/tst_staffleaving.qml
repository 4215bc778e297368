// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Content from a USB stick, and the ways out: restart and leave the kiosk (each asked once
// more, nothing outside staff mode), and Home ending staff mode.
StaffTestCase {
    name: "StaffLeaving"
    when: windowShown

    function test_i_importFromUsb() {
        enterStaff("en")
        openSection("content", "staffContentPage")
        tap(find("usbBundle-0"))
        tryVerify(() => Kiosk.contentVersion === "2026.12.01-usb", 10000, "the stick's content is shown")
        verify(find("contentVersion").value.indexOf("2026.12.01-usb") === 0, find("contentVersion").value)
        verify(inPage("staffMessageText").text.indexOf("2026.12.01-usb") >= 0)
        shot("staff-content-imported-en")
    }

    function test_j_unenrolAndLeaving() {
        enterStaff("en")
        // Restart and leave the kiosk: each asked once more.
        tap(reveal(find("staffRestart")))
        const restartDialog = findChild(page(), "restartDialog")
        tryVerify(() => restartDialog.opened, 2000)
        shot("staff-restart-en")
        tap(findChild(page(), "restartDialogCancel"))
        compare(testHooks.restarts, 0, "Cancel restarts nothing")
        tap(reveal(find("staffRestart")))
        tryVerify(() => restartDialog.opened, 2000)
        tap(findChild(page(), "restartDialogConfirm"))
        compare(testHooks.restarts, 1)
        tap(reveal(find("staffQuit")))
        const quitDialog = findChild(page(), "quitDialog")
        tryVerify(() => quitDialog.opened, 2000)
        tap(findChild(page(), "quitDialogConfirm"))
        compare(testHooks.quits, 1)
        // Outside staff mode neither does anything.
        Staff.leave()
        StaffExit.restartApp()
        StaffExit.quitKiosk()
        compare(testHooks.restarts, 1)
        compare(testHooks.quits, 1)
        // Home ends staff mode.
        enterStaff("en")
        tap(find("homeButton"))
        tryVerify(() => page().objectName === "homePage")
        verify(!Staff.active, "Home ends staff mode")
    }
}
