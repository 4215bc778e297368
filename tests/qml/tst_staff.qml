// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Staff mode, by touch on the real kiosk: the hidden long press, the first PIN, the lockout
// (5 wrong PINs lock the pad for 5 minutes with a countdown, the next lock lasts 10; the PIN's
// clock is moved forward instead of waiting), every staff screen with real data in both
// languages, a paper pledge stored as entered by staff, export to a USB stick, and the ways
// staff mode ends. The test functions run in name order: the first sets the PIN.
KioskTestCase {
    name: "Staff"
    when: windowShown

    readonly property string staffPin: "246810"

    function typePin(pin: string) {
        for (const digit of pin)
            tap(find("pinKey" + digit))
        tap(find("pinOk"))
    }
    function wrongPin() {
        typePin("135792")
        tryVerify(() => !Staff.checking, 5000, "the check ended")
    }
    function enterStaff(lang: string) {
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
        tap(reveal(find("staffTile-" + section)))
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

    function cleanup() {
        Staff.leave()
        // A failed lockout test leaves no lock behind for the next test.
        if (Staff.lockedSeconds > 0)
            testHooks.advanceStaffClock(Staff.lockedSeconds + 1)
    }

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

    function test_d_lockout() {
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

    function test_e_screens_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_e_screens(data) {
        const vi = data.lang === "vi"
        const first = submitReport("Nhà văn hoá tổ 3")
        const second = submitReport("Cổng chợ Sắt")
        enterStaff(data.lang)
        shot("staff-home-" + data.lang)

        openSection("sync", "staffSyncPage")
        const waiting = Staff.records("", 1000).filter(r => r.syncState === "pending").length
        verify(waiting >= 2, "the records just made wait for the city")
        compare(find("syncPending").value, vi ? waiting + " hồ sơ" : waiting + " records")
        compare(find("syncLastSuccess").value, vi ? "Chưa bao giờ" : "Never")
        compare(find("syncState").value, vi ? "Chưa liên kết với thành phố" : "Not linked to the city")
        verify(!find("syncNowButton").enabled, "nothing to sync with before enrolment")
        shot("staff-sync-" + data.lang)
        backToStaffHome()

        openSection("enrol", "staffEnrolPage")
        verify(!find("enrolButton").enabled, "needs an address and a code")
        find("field-hubUrlInput").text = "http://127.0.0.1:9"
        find("field-enrolCodeInput").text = "ABCD-1234"
        verify(find("enrolButton").enabled)
        shot("staff-enrol-" + data.lang)
        tap(find("enrolButton"))
        // Nothing listens on port 9: the error comes back in words.
        tryVerify(() => !Staff.enrolling && inPage("staffMessageText").text !== "", 25000, "enrolment answered")
        verify(inPage("staffMessage").visible)
        compare(Staff.hubUrl, "", "not enrolled")
        shot("staff-enrol-error-" + data.lang)
        backToStaffHome()

        openSection("content", "staffContentPage")
        compare(find("contentVersion").value.indexOf(Kiosk.contentVersion), 0)
        verify(find("contentImported").value !== "", "when the content came")
        verify(find("usbBundle-0").subtitle.indexOf("2026.12.01-usb") >= 0, find("usbBundle-0").subtitle)
        shot("staff-content-" + data.lang)
        backToStaffHome()

        openSection("records", "staffRecordsPage")
        const rows = Staff.records("", 200)
        verify(rows.length >= 2)
        compare(rows[0].code, second, "newest first")
        compare(find("recordRow-0").modelData.code, second)
        verify(find("recordsCount").text.indexOf(String(Staff.recordCount())) >= 0, find("recordsCount").text)
        compare(find("recordSync").text, vi ? "Chờ gửi" : "Waiting to be sent")
        shot("staff-records-" + data.lang)
        // Search by code: the full code in lower case and without dashes, and a part of it.
        find("recordSearch").text = first.toLowerCase()
        tryVerify(() => page().rows.length === 1 && page().rows[0].code === first, 2000, "found by its code")
        find("recordSearch").text = first.split("-")[1]
        verify(page().rows.some(r => r.code === first), "found by a part of its code")
        find("recordSearch").text = ""
        backToStaffHome()

        openSection("settings", "staffSettingsPage")
        verify(find("setting-defaultLanguage-vi").selected)
        verify(find("setting-wardCode-" + Kiosk.wardCode).selected)
        shot("staff-settings-" + data.lang)
        backToStaffHome()

        openSection("pin", "staffChangePinPage")
        compare(page().stage, "old")
        shot("staff-changepin-" + data.lang)
        backToStaffHome()
    }

    function test_f_settingsApply() {
        enterStaff("vi")
        openSection("settings", "staffSettingsPage")
        tap(reveal(find("setting-defaultLanguage-en")))
        compare(Staff.settings.defaultLanguage, "en")
        tap(reveal(find("idleStepperPlus")))
        compare(Staff.settings.idleTimeoutSeconds, 120)
        verify(!Records.allowAnonymousPledges)
        tap(reveal(find("setting-allowAnonymousPledges-true")))
        verify(Records.allowAnonymousPledges, "applied at once")
        const other = Staff.wards()[1].code
        tap(reveal(find("setting-wardCode-" + other)))
        compare(Kiosk.wardCode, other, "the kiosk serves the other ward at once")
        tap(reveal(find("setting-screenOffFrom-minus")))
        compare(Staff.settings.screenOffFrom, "23:00")
        find("field-publicUrlInput").text = "ftp://x"
        tap(reveal(find("savePublicUrl")))
        compare(Staff.settings.publicUrl, "", "only http(s) addresses")
        verify(inPage("staffMessageText").text.indexOf("https://") >= 0)
        shot("staff-settings-changed-vi")
        // The kiosk's reset now brings the next resident English; put everything back.
        Kiosk.resetForNextResident()
        compare(Kiosk.language, "en")
        verify(!Staff.active, "the reset ends staff mode")
        enterStaff("vi")
        verify(Staff.setSetting("defaultLanguage", "vi"))
        verify(Staff.setSetting("idleTimeoutSeconds", 90))
        verify(Staff.setSetting("allowAnonymousPledges", false))
        verify(Staff.setSetting("wardCode", Staff.wards()[0].code))
        verify(Staff.setSetting("screenOffFrom", ""))
        verify(!Staff.setSetting("idleTimeoutSeconds", 5), "too short")
    }

    function test_h_exportToUsb() {
        submitReport("Trạm bơm Cầu Rào")
        enterStaff("vi")
        openSection("records", "staffRecordsPage")
        tap(find("exportButton-0"))
        const files = testHooks.filesIn(testHooks.usbRoot + "/STICK")
        verify(files.length === 1 && /^cung-xay-hai-phong-records-\d{8}-\d{4}\.csv$/.test(files[0]), JSON.stringify(files))
        const csv = testHooks.readFile(testHooks.usbRoot + "/STICK/" + files[0])
        verify(testHooks.startsWithBom(testHooks.usbRoot + "/STICK/" + files[0]), "a byte-order mark for Excel")
        const lines = csv.split("\r\n")
        compare(lines[0], "receipt_code,kind,created_at,ward,status,sync_state,entered_by")
        compare(lines.length - 2, Staff.recordCount(), "one line per record")
        for (const r of Staff.records("", 1000))
            verify(csv.indexOf(r.code + ",") >= 0, r.code)
        verify(/,staff\r\n/.test(csv), "the paper pledge is marked as entered by staff")
        // The paper pledge's name and phone are on the kiosk until the city has it, never in the file.
        verify(csv.indexOf("Phạm") < 0 && csv.indexOf("0912345679") < 0 && csv.indexOf("Tổ 7") < 0, "no personal data")
        verify(inPage("staffMessageText").text.indexOf(files[0]) >= 0, inPage("staffMessageText").text)
        shot("staff-export-vi")
    }

    function test_g_paperPledge() {
        enterStaff("vi")
        tap(find("staffTile-paper-pledge"))
        tryVerify(() => window.pageShown && page().objectName === "pledgePage", 5000)
        compare(Records.enteredBy, "staff")
        verify(find("enteredByStaff").visible, "the banner says staff key it in")
        shot("staff-paper-pledge-vi")
        const stepIs = id => tryVerify(() => page().form.stepId === id, 3000, "step " + id + " (now " + page().form.stepId + ")")
        const next = () => tap(find("nextButton"))
        stepIs("kind")
        tap(find("choice-pledge.labour"))
        stepIs("project")
        tap(find("choice-none"))
        stepIs("labour.days")
        next()
        stepIs("labour.period")
        next()
        stepIs("labour.skills")
        tap(find("skill-digging"))
        next()
        const answer = (field, text) => { const f = find("field-" + field); f.text = text; f.edited(text) }
        stepIs("person.fullName"); answer("person.fullName", "Phạm Thị Lan"); next()
        stepIs("person.phone"); answer("person.phone", "0912345679"); next()
        stepIs("person.residentialGroup"); answer("person.residentialGroup", "Tổ 7"); next()
        stepIs("consent")
        tap(find("consentTick"))
        next()
        stepIs("review")
        verify(find("enteredByStaff").visible)
        next()
        tryVerify(() => window.pageShown && page().objectName === "receiptPage", 5000, "receipt shown")
        const code = find("receiptCode").text
        compare(testHooks.enteredBy(code), "staff", "stored as entered by staff")
        verify(Staff.active, "still in staff mode for the next paper")
        shot("staff-paper-receipt-vi")
        tap(find("doneButton"))
        tryVerify(() => window.pageShown && page().objectName === "staffHomePage", 5000, "Done goes back to the staff screens")
        verify(Staff.records(code, 5)[0].enteredBy === "staff")
        tap(find("staffLeave"))
        tryVerify(() => page().objectName === "homePage")
        verify(!Staff.active)
        compare(Records.enteredBy, "resident", "residents' records are theirs again")
    }

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
        Staff.restartApp()
        Staff.quitKiosk()
        compare(testHooks.restarts, 1)
        compare(testHooks.quits, 1)
        // Home ends staff mode.
        enterStaff("en")
        tap(find("homeButton"))
        tryVerify(() => page().objectName === "homePage")
        verify(!Staff.active, "Home ends staff mode")
    }
}
