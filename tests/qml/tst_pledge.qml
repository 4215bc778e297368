// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Each pledge kind and the waste report, named and anonymous, walked by touch from home to
// the receipt, in both languages; every validation error shows next to its field and blocks
// the step; Back and Home ask before throwing answers away.
FlowTestCase {
    name: "Pledge"
    when: windowShown

    function test_land_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_land(data) {
        openKiosk(1080, 1920, data.lang)
        shotPrefix = "land-" + data.lang
        tap(find("pledgeTile"))
        tryVerify(() => window.pageShown && page().objectName === "pledgePage")
        stepIs("kind")
        compare(find("stepCounter").text, data.lang === "vi" ? "Bước 1" : "Step 1")
        choose("pledge.land")
        stepIs("project")
        verify(find("stepCounter").text.indexOf(data.lang === "vi" ? "Bước 2/" : "Step 2 of") === 0, find("stepCounter").text)
        const work = Works.wardWorks(data.lang)[0]
        choose(work.code)
        stepIs("land.area")
        next()
        verify(problem("areaM2") !== "", "area is required")
        answer("areaM2", "0")
        next()
        verify(problem("areaM2") !== "", "0 m² is refused: " + problem("areaM2"))
        answer("areaM2", "250000")
        next()
        verify(problem("areaM2") !== "", "more than 100,000 m² is refused")
        answer("areaM2", "12,5")
        next()
        stepIs("land.plot")
        answer("plotNo", "125"); answer("mapSheetNo", "14"); next()
        stepIs("land.address")
        answer("address", "Ngõ 12 đường Hoàng Văn Thụ"); next()
        person("Nguyễn Văn An", "0912 345 678", "Tổ dân phố số 3")
        const code = sendAndCheckReceipt(data.lang)
        verify(Records.receiptExists(code))
        verify(!find("printReceipt").visible, "no receipt printer: no print button")
        shot(shotPrefix + "-receipt")
        shotPrefix = ""
        tap(find("doneButton"))
        tryVerify(() => page().objectName === "homePage")
    }

    function test_phoneRules_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_phoneRules(data) {
        openKiosk(1080, 1920, data.lang)
        goAndWait("pledge/land", "pledgePage")
        choose("none")
        answer("areaM2", "30"); next()
        answer("plotNo", "1"); answer("mapSheetNo", "2"); next()
        answer("address", "Thôn Đông"); next()
        stepIs("person.fullName")
        answer("person.fullName", "   \u202E  ")
        next()
        verify(problem("person.fullName") !== "", "blank name refused")
        answer("person.fullName", "x".repeat(10000))
        next()
        verify(/100/.test(problem("person.fullName")), "too long: " + problem("person.fullName"))
        answer("person.fullName", "Trần Thị Bình")
        next()
        stepIs("person.phone")
        for (const bad of ["0225 3842 111", "091234567", "09123456789", "abc", "'; DROP TABLE records; --"]) {
            answer("person.phone", bad)
            next()
            verify(problem("person.phone") !== "", bad + " refused")
            compare(page().form.stepId, "person.phone")
        }
        answer("person.phone", "+84 912.345.678")
        next()
        stepIs("person.residentialGroup")
    }

    function test_labour_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_labour(data) {
        openKiosk(1080, 1920, data.lang)
        shotPrefix = "labour-" + data.lang
        goAndWait("pledge/labour", "pledgePage")
        stepIs("project")
        choose("none")
        stepIs("labour.days")
        tap(find("stepperPlus")); tap(find("stepperPlus"))
        compare(page().form.answer("days"), 2)
        tap(find("stepperMinus"))
        compare(page().form.answer("days"), 1.5)
        next()
        stepIs("labour.period")
        for (let i = 0; i < 3; ++i)
            tap(find("availableTo-week-back"))
        next()
        verify(problem("availableTo") !== "", "an end before the start is refused")
        for (let i = 0; i < 3; ++i)
            tap(find("availableTo-week-forward"))
        next()
        stepIs("labour.skills")
        next()
        verify(problem("skills") !== "", "at least one skill")
        tap(find("skill-masonry"))
        tap(find("skill-other"))
        next()
        verify(problem("otherSkill") !== "", "other needs a word")
        answer("otherSkill", "Welding")
        next()
        person("Lê Văn Cường", "0987654321", "Thôn Đông")
        sendAndCheckReceipt(data.lang)
        shot(shotPrefix + "-receipt")
        shotPrefix = ""
    }

    function test_materials_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_materials(data) {
        openKiosk(1080, 1920, data.lang)
        shotPrefix = "materials-" + data.lang
        goAndWait("pledge/materials", "pledgePage")
        choose("none")
        stepIs("materials.items")
        next()
        verify(problem("items") !== "", "at least one material")
        tap(find("item-cement"))
        answer("quantity", "20")
        tap(find("unit-bao"))
        tap(find("addItem"))
        tap(find("item-sand"))
        answer("quantity", "2,5")
        tap(find("unit-m3"))
        tap(find("addItem"))
        compare(page().form.answer("items").length, 2)
        compare(page().form.answer("items")[1].quantity, 2.5)
        tap(find("removeItem-0"))
        compare(page().form.answer("items").length, 1)
        next()
        person("Phạm Thị Dung", "0356 789 012", "Tổ 5")
        sendAndCheckReceipt(data.lang)
        shot(shotPrefix + "-receipt")
        shotPrefix = ""
    }

    function test_reportAnonymous_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_reportAnonymous(data) {
        openKiosk(1080, 1920, data.lang)
        shotPrefix = "report-" + data.lang
        tap(find("reportTile"))
        tryVerify(() => window.pageShown && page().objectName === "reportPage")
        stepIs("report.category")
        choose("idle_works")
        stepIs("project")
        choose("none")
        stepIs("report.place")
        next()
        verify(problem("place") !== "", "place is required")
        answer("place", "Bãi đất trống cạnh chợ")
        next()
        stepIs("report.description")
        const area = find("field-description")
        area.forceActiveFocus()
        area.text = "Bỏ hoang"
        next()
        verify(problem("description") !== "", "under 20 characters is refused")
        area.text = "Công trình bỏ hoang từ năm 2024, vật liệu để ngoài trời bị hỏng."
        next()
        stepIs("identity")
        choose("true")
        stepIs("review")
        sendAndCheckReceipt(data.lang)
        shot(shotPrefix + "-receipt")
        shotPrefix = ""
    }

    function test_reportNamed_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_reportNamed(data) {
        openKiosk(1080, 1920, data.lang)
        shotPrefix = "report-named-" + data.lang
        goAndWait("report", "reportPage")
        choose("energy_water_waste")
        choose("none")
        answer("place", "Đèn đường phố Lê Lợi")
        next()
        const area = find("field-description")
        typeInto(area, "Đèn đường bật cả ngày suốt hai tuần nay.")
        next()
        choose("false")
        person("Hoàng Văn Em", "0701234567", "Tổ dân phố 9")
        sendAndCheckReceipt(data.lang)
        shotPrefix = ""
    }

    function test_backWalksStepsAndAsksBeforeLeaving_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_backWalksStepsAndAsksBeforeLeaving(data) {
        openKiosk(1080, 1920, data.lang)
        goAndWait("report", "reportPage")
        choose("delay")
        stepIs("project")
        tap(find("backButton"))
        stepIs("report.category")
        compare(page().form.answer("category"), "delay", "the answer is kept when going back")
        tap(find("backButton"))
        const dialog = findChild(window.contentItem, "discardDialog") ?? findChild(window, "discardDialog")
        tryVerify(() => dialog.opened, 2000, "asks before throwing the answers away")
        tap(find("stayButton"))
        tryVerify(() => !dialog.visible)
        compare(page().objectName, "reportPage")
        tap(find("homeButton"))
        tryVerify(() => dialog.opened)
        tap(find("discardButton"))
        tryVerify(() => page().objectName === "homePage")
    }

    function test_changingTheKindDropsTheOldAnswers() {
        openKiosk(1080, 1920, "vi")
        goAndWait("pledge", "pledgePage")
        choose("pledge.materials")
        choose("none")
        stepIs("materials.items")
        tap(find("item-cement")); answer("quantity", "5"); tap(find("unit-bao")); tap(find("addItem"))
        compare(page().form.answer("items").length, 1)
        tap(find("backButton"))
        tap(find("backButton"))
        stepIs("kind")
        choose("pledge.labour")
        compare(page().form.answer("items"), undefined, "the materials went with their kind")
        compare(page().form.answer("kind"), "pledge.labour")
        choose("none")
        stepIs("labour.days")
        next()
        stepIs("labour.period")
        next()
        tap(find("skill-driving"))
        next()
        person("Vũ Thị Giang", "0398765432", "Tổ 2")
        sendAndCheckReceipt("vi")
    }

    function test_pledgeFromAWorkPage() {
        openKiosk(1080, 1920, "vi")
        const work = Works.wardWorks("vi")[1]
        goAndWait("project/" + work.code, "projectPage")
        tap(find("pledgeForWork"))
        tryVerify(() => window.pageShown && page().objectName === "pledgePage")
        compare(page().form.answer("projectCode"), work.code)
        choose("pledge.materials")
        stepIs("project")
        verify(find("choice-" + work.code).selected, "the work is already chosen")
        next()
        stepIs("materials.items")
    }

    // "In biên nhận": with a printer (a PDF file here), the receipt screen prints the code,
    // what was pledged, the date, the ward and a QR a phone can read; never the name or phone.
    function test_printedReceipt_data() {
        return [ { tag: "vi", lang: "vi" }, { tag: "en", lang: "en" } ]
    }
    function test_printedReceipt(data) {
        const pdf = testShotsDir + "/printed-receipt-" + data.lang + ".pdf"
        testHooks.printToPdf(pdf)
        try {
            openKiosk(1080, 1920, data.lang)
            tap(find("pledgeTile"))
            tryVerify(() => window.pageShown && page().objectName === "pledgePage")
            choose("pledge.land")
            choose(Works.wardWorks(data.lang)[0].code)
            stepIs("land.area"); answer("areaM2", "12,5"); next()
            stepIs("land.plot"); answer("plotNo", "125"); answer("mapSheetNo", "14"); next()
            stepIs("land.address"); answer("address", "Ngõ 12 đường Hoàng Văn Thụ"); next()
            person("Trần Thị Bích Ngọc", "0987 654 321", "Tổ dân phố số 3")
            const code = sendAndCheckReceipt(data.lang)
            const button = find("printReceipt")
            verify(button.visible, "a printer: the print button")
            tap(button)
            tryVerify(() => find("printState").visible, 10000)
            compare(find("printState").text, data.lang === "vi" ? "Đã in. Xin nhận giấy ở máy in." : "Printed. Take the paper from the printer.")
            verify(!button.enabled, "printed once; a second copy needs a new receipt screen")
            shot("printed-receipt-" + data.lang)
            const printed = testHooks.readPrintedReceipt(pdf)
            const text = printed.text.replace(/\s+/g, " ")
            verify(text.indexOf(code) >= 0, text)
            verify(text.indexOf(data.lang === "vi" ? "Phường Hồng Bàng" : "Hong Bang Ward") >= 0, text)
            verify(text.indexOf(data.lang === "vi" ? "Cùng Xây Hải Phòng" : "Build Together") >= 0, text)
            verify(text.indexOf(Records.receipt(code, data.lang).kindName) >= 0, text)
            verify(text.indexOf(Records.receipt(code, data.lang).createdAt) >= 0, text)
            verify(text.indexOf("Bích Ngọc") < 0 && text.indexOf("0987") < 0 && text.indexOf("654") < 0,
                   "never the resident's name or phone on paper: " + text)
            compare(printed.qr, Records.receipt(code, data.lang).url)
            verify(Math.abs(printed.widthMm - 80) < 0.5, "an 80 mm roll by default: " + printed.widthMm)
        } finally {
            testHooks.printToPdf("")
        }
    }

    function test_unknownReceiptRefused() {
        openKiosk(1080, 1920, "en")
        verify(!Navigator.go("receipt/HP-22222-2"))
        verify(Navigator.lastError.indexOf("HP-22222-2") >= 0, Navigator.lastError)
    }
}
