// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The staff settings apply at once: default language, idle timeout, anonymous pledges, the ward,
// screen-off hours, the public address (only http(s)); the reset then ends staff mode.
StaffTestCase {
    name: "StaffSettings"
    when: windowShown

    function test_f_settingsApply() {
        enterStaff("vi")
        openSection("settings", "staffSettingsPage")
        tap(reveal(find("setting-defaultLanguage-en")))
        compare(StaffSettings.values.defaultLanguage, "en")
        tap(reveal(find("idleStepperPlus")))
        compare(StaffSettings.values.idleTimeoutSeconds, 120)
        verify(!Records.allowAnonymousPledges)
        tap(reveal(find("setting-allowAnonymousPledges-true")))
        verify(Records.allowAnonymousPledges, "applied at once")
        const other = StaffSettings.wards()[1].code
        tap(reveal(find("setting-wardCode-" + other)))
        compare(Kiosk.wardCode, other, "the kiosk serves the other ward at once")
        tap(reveal(find("setting-screenOffFrom-minus")))
        compare(StaffSettings.values.screenOffFrom, "23:00")
        find("field-publicUrlInput").text = "ftp://x"
        tap(reveal(find("savePublicUrl")))
        compare(StaffSettings.values.publicUrl, "", "only http(s) addresses")
        verify(inPage("staffMessageText").text.indexOf("https://") >= 0)
        shot("staff-settings-changed-vi")
        // The kiosk's reset now brings the next resident English; put everything back.
        IdleReset.reset()
        compare(Kiosk.language, "en")
        verify(!Staff.active, "the reset ends staff mode")
        enterStaff("vi")
        verify(StaffSettings.set("defaultLanguage", "vi"))
        verify(StaffSettings.set("idleTimeoutSeconds", 90))
        verify(StaffSettings.set("allowAnonymousPledges", false))
        verify(StaffSettings.set("wardCode", StaffSettings.wards()[0].code))
        verify(StaffSettings.set("screenOffFrom", ""))
        verify(!StaffSettings.set("idleTimeoutSeconds", 5), "too short")
    }
}
