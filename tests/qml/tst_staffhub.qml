// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Staff link the kiosk to a real city-hub (started by the test runner on 127.0.0.1) on the
// enrolment screen, then deliver from the sync screen: the waiting records reach the city,
// the screen says so, and the kiosk keeps no personal data of them.
StaffTestCase {
    name: "StaffHub"
    when: windowShown

    function test_enrolThenSync() {
        verify(testHubUrl !== "" && testHubCode !== "", "the runner started a hub")
        // Two named pledges wait on the kiosk before it is linked.
        for (const name of ["Nguyễn Thị Hoa", "Trần Văn Đức"]) {
            const code = Records.submit({ kind: "pledge.materials", projectCode: "HB-001",
                                          items: [{ item: "cement", quantity: 10, unit: "bao" }],
                                          person: { fullName: name, phone: "0912345678", residentialGroup: "Tổ 5" },
                                          consent: { given: true, textVersion: Records.consentVersion,
                                                     text: Records.consentText("vi") } })
            verify(code !== "", "stored: " + Records.lastError)
        }
        openKiosk(1080, 1920, "vi")
        goAndWait("admin", "staffPinPage")
        typePin(staffPin)  // a new kiosk: the PIN twice
        typePin(staffPin)
        tryVerify(() => Staff.active && window.pageShown && page().objectName === "staffHomePage", 5000, "staff home")

        openSection("enrol", "staffEnrolPage")
        find("field-hubUrlInput").text = testHubUrl
        find("field-enrolCodeInput").text = testHubCode
        tap(find("enrolButton"))
        tryVerify(() => !StaffSync.enrolling && StaffSync.hubUrl === testHubUrl, 20000, "linked to the hub")
        verify(StaffSync.kioskId !== "", "the hub gave the kiosk an id")
        shot("staff-enrol-done-vi")
        // Linking starts a first sync; its new content rebuilds the screens when it lands.
        tryVerify(() => !Sync.busy, 30000, "the first sync after linking ended")
        tap(find("backButton"))
        tryVerify(() => window.pageShown && page().objectName === "staffHomePage", 5000)

        openSection("sync", "staffSyncPage")
        tap(find("syncNowButton"))
        tryVerify(() => find("syncPending").value === "0 hồ sơ", 30000, "nothing waits any more")
        tryVerify(() => find("syncLastSuccess").value !== "Chưa bao giờ", 10000, "a delivery succeeded")
        compare(find("syncState").value.indexOf("Chưa"), -1, "linked: " + find("syncState").value)
        const confirmed = recordRows().filter(r => r.syncState === "confirmed").length
        verify(confirmed >= 2, confirmed + " records confirmed by the city")
        shot("staff-sync-live-vi")

        // The hub goes away: the screen says what happened and what to do, in words.
        tryVerify(() => !Sync.busy, 30000, "the sync ended")
        testHooks.stopTestHub()
        tap(find("syncNowButton"))
        tryVerify(() => find("syncError").value.indexOf("từ chối kết nối") >= 0, 30000,
                  "the refusal in words: " + find("syncError").value)
        verify(find("syncError").value.indexOf("Kiểm tra địa chỉ máy chủ") >= 0, "and what to do")
        shot("staff-sync-refused-vi")
    }
}
