// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Shared by the staff mode's tests: the PIN pad by touch, entering staff mode, finding and
// scrolling to things on the staff screens, and leaving staff mode after each test.
KioskTestCase {
    readonly property string staffPin: "246810"

    function typePin(pin: string) {
        for (const digit of pin)
            tap(find("pinKey" + digit))
        tap(find("pinOk"))
    }
    // Each test file runs on a new kiosk: the first to need the PIN sets it, as staff would.
    function ensurePin() {
        if (Staff.pinSet)
            return
        verify(Staff.setFirstPin(staffPin, staffPin))
        Staff.leave()
    }
    function enterStaff(lang: string) {
        ensurePin()
        openKiosk(1080, 1920, lang)
        goAndWait("admin", "staffPinPage")
        typePin(staffPin)
        tryVerify(() => Staff.active && window.pageShown && page().objectName === "staffHomePage", 5000, "staff home after the PIN")
    }
    // On the page shown now: the staff screens below it in the stack have the same parts.
    function inPage(name: string): var {
        const item = findChild(page(), name)
        verify(item !== null, "found " + name + " on " + page().objectName)
        return item
    }
    // Staff screens scroll: bring an item into view before touching it, as staff would.
    function reveal(item: var): var {
        const f = inPage("staffScroller")
        waitForRendering(window.contentItem) // the layouts have placed everything
        const p = item.mapToItem(f.contentItem, 0, 0)
        f.contentY = Math.max(0, Math.min(p.y - 40, f.contentHeight - f.height))
        waitForRendering(window.contentItem)
        return item
    }
    function openSection(section: string, pageName: string) {
        tap(reveal(inPage("staffTile-" + section)))
        tryVerify(() => window.pageShown && page().objectName === pageName, 5000, pageName + " is shown")
    }
    function backToStaffHome() {
        tap(find("backButton"))
        tryVerify(() => window.pageShown && page().objectName === "staffHomePage", 5000, "back on staff home")
    }
    function submitReport(place: string): string {
        const code = Records.submit({ kind: "report.waste", category: "idle_works", place: place,
                                      description: "Nhà văn hoá xây xong hai năm vẫn khoá cửa, cỏ mọc kín sân.",
                                      anonymous: true })
        verify(code !== "", "stored: " + Records.lastError)
        return code
    }
    // The rows the records list shows now, as {code, kind, kindName, time, syncState, status, enteredBy}.
    function recordRows(): var {
        const rows = []
        for (let i = 0; i < StaffRecords.count; ++i)
            rows.push(StaffRecords.get(i))
        return rows
    }

    function cleanup() {
        Staff.leave()
        // A failed lockout test leaves no lock behind for the next test.
        if (Staff.lockedSeconds > 0)
            testHooks.advanceStaffClock(Staff.lockedSeconds + 1)
    }
}
