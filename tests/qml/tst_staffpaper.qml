// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Staff key in a paper pledge (stored as entered by staff, staff mode kept for the next one),
// then export every record to a USB stick as CSV: BOM, one line per record, no personal data.
// The test functions run in name order: the export finds the paper pledge.
StaffTestCase {
    name: "StaffPaper"
    when: windowShown

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
        compare(recordRows().find(r => r.code === code).enteredBy, "staff")
        tap(find("staffLeave"))
        tryVerify(() => page().objectName === "homePage")
        verify(!Staff.active)
        compare(Records.enteredBy, "resident", "residents' records are theirs again")
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
        compare(lines.length - 2, StaffRecords.total, "one line per record")
        for (const r of recordRows())
            verify(csv.indexOf(r.code + ",") >= 0, r.code)
        verify(/,staff\r\n/.test(csv), "the paper pledge is marked as entered by staff")
        // The paper pledge's name and phone are on the kiosk until the city has it, never in the file.
        verify(csv.indexOf("Phạm") < 0 && csv.indexOf("0912345679") < 0 && csv.indexOf("Tổ 7") < 0, "no personal data")
        verify(inPage("staffMessageText").text.indexOf(files[0]) >= 0, inPage("staffMessageText").text)
        shot("staff-export-vi")
    }
}
