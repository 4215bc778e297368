// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard.Settings
import CivicKiosk

// The on-screen keyboard: Vietnamese layout in Vietnamese, English otherwise, and never over
// the field being typed in.
KioskTestCase {
    name: "Keyboard"
    when: windowShown

    function test_keyboardLeavesFieldVisible_data() {
        return [ { tag: "portrait", w: 1080, h: 1920 }, { tag: "landscape", w: 1920, h: 1080 } ]
    }
    function test_keyboardLeavesFieldVisible(data) {
        openKiosk(data.w, data.h, "vi")
        goAndWait("projects", "projectsPage")
        const field = find("searchField")
        const keyboard = find("keyboard")
        mouseClick(field)
        verify(field.activeFocus)
        Qt.inputMethod.show()
        tryVerify(() => keyboard.active, 5000, "the keyboard opens")
        tryVerify(() => {
            const bottom = field.mapToItem(window.contentItem, 0, field.height).y
            return bottom <= keyboard.y + 1
        }, 5000, "the field stays above the keyboard")
        const top = field.mapToItem(window.contentItem, 0, 0).y
        verify(top >= 0, "the field is on screen: " + top)
        compare(VirtualKeyboardSettings.locale, "vi_VN")
        Qt.inputMethod.hide()
        tryVerify(() => !keyboard.active)
    }

    function test_layoutFollowsLanguage() {
        openKiosk(1080, 1920, "en")
        compare(VirtualKeyboardSettings.locale, "en_US")
        Kiosk.language = "vi"
        compare(VirtualKeyboardSettings.locale, "vi_VN")
    }
}
