// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Every staff screen with real data, in both languages: sync health, enrolment (an address
// nothing answers on), content and the USB stick's bundle, the records and their search,
// settings, and the PIN change.
StaffTestCase {
    name: "StaffScreens"
    when: windowShown

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
        const waiting = recordRows().filter(r => r.syncState === "pending").length
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
        tryVerify(() => !StaffSync.enrolling && inPage("staffMessageText").text !== "", 25000, "enrolment answered")
        verify(inPage("staffMessage").visible)
        compare(StaffSync.hubUrl, "", "not enrolled")
        shot("staff-enrol-error-" + data.lang)
        backToStaffHome()

        openSection("content", "staffContentPage")
        compare(find("contentVersion").value.indexOf(Kiosk.contentVersion), 0)
        verify(find("contentImported").value !== "", "when the content came")
        verify(find("usbBundle-0").subtitle.indexOf("2026.12.01-usb") >= 0, find("usbBundle-0").subtitle)
        shot("staff-content-" + data.lang)
        backToStaffHome()

        openSection("records", "staffRecordsPage")
        const rows = recordRows()
        verify(rows.length >= 2)
        compare(rows[0].code, second, "newest first")
        compare(find("recordRow-0").code, second)
        verify(find("recordsCount").text.indexOf(String(StaffRecords.total)) >= 0, find("recordsCount").text)
        compare(find("recordSync").text, vi ? "Chờ gửi" : "Waiting to be sent")
        shot("staff-records-" + data.lang)
        // Search by code: the full code in lower case and without dashes, and a part of it.
        find("recordSearch").text = first.toLowerCase()
        tryVerify(() => StaffRecords.count === 1 && StaffRecords.get(0).code === first, 2000, "found by its code")
        find("recordSearch").text = first.split("-")[1]
        verify(recordRows().some(r => r.code === first), "found by a part of its code")
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
}
