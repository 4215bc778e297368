// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Nobody touches the kiosk for the idle timeout (4 s in tests, 90 s by default): it goes
// home, in Vietnamese, with no search or filter left for the next resident.
KioskTestCase {
    name: "Idle"
    when: windowShown

    function test_idleReset() {
        openKiosk(1080, 1920, "vi")
        tap(find("language-en"))
        goAndWait("projects?q=cau&category=bridge", "projectsPage")
        compare(find("searchField").text, "cau")
        compare(Kiosk.language, "en")
        const started = Date.now()
        tryVerify(() => page().objectName === "homePage", 10000, "went home by itself")
        const waited = Date.now() - started
        verify(waited >= 3000, "not before the timeout: " + waited + " ms")
        compare(Kiosk.language, "vi")
        compare(Works.query, "")
        compare(Works.category, "")
        compare(Works.ward, Kiosk.wardCode)
        compare(Navigator.depth, 1)
    }

    function test_resetWipesAHalfFilledForm() {
        openKiosk(1080, 1920, "vi")
        goAndWait("pledge/land", "pledgePage")
        const form = page()
        mouseClick(find("stepTitle")) // the resident's last touch
        form.form.setAnswer("person.fullName", "Nguyễn Văn An")
        form.form.setAnswer("person.phone", "0912345678")
        verify(form.dirty)
        tryVerify(() => page().objectName === "homePage", 10000, "the form is left by itself")
        goAndWait("pledge/land", "pledgePage")
        verify(page() !== form, "a new form")
        compare(page().form.answer("person"), undefined, "nothing of the last resident's answers")
        verify(!page().dirty)
    }

    function test_resetClosesOpenQuestions() {
        openKiosk(1080, 1920, "vi")
        goAndWait("report", "reportPage")
        page().form.setAnswer("place", "Cổng chợ")
        tap(find("askStaffButton"))
        const help = findChild(window.contentItem, "staffHelp") ?? findChild(window, "staffHelp")
        verify(help !== null)
        tryVerify(() => help.opened, 2000)
        tryVerify(() => IdleReset.warning, 6000, "the countdown comes")
        verify(!help.visible, "nothing covers the countdown")
        tryVerify(() => page().objectName === "homePage", 6000)
        const discard = findChild(window.contentItem, "discardDialog") ?? findChild(window, "discardDialog")
        verify(!discard.visible && !help.visible, "the next resident finds no question left open")
    }

    function test_warningBeforeReset() {
        openKiosk(1080, 1920, "vi")
        goAndWait("projects?q=cau", "projectsPage")
        const warning = find("idleWarning")
        verify(!warning.visible)
        tryVerify(() => warning.visible, 6000, "the warning comes before the reset")
        compare(page().objectName, "projectsPage", "still on the page while warning")
        verify(IdleReset.secondsLeft >= 1, "seconds left: " + IdleReset.secondsLeft)
        tap(find("stillHereButton"))
        verify(!warning.visible, "one tap carries on")
        wait(2500)
        compare(page().objectName, "projectsPage", "no reset after carrying on")
        compare(Works.query, "cau")
        // Again, as often as needed.
        tryVerify(() => warning.visible, 6000)
        mouseClick(warning)
        verify(!warning.visible)
    }

    function test_noWarningAtRest() {
        openKiosk(1080, 1920, "vi")
        wait(5000)
        verify(!find("idleWarning").visible, "nothing to warn about on an untouched home screen")
        compare(page().objectName, "homePage")
    }

    function test_touchPostponesReset() {
        openKiosk(1080, 1920, "vi")
        goAndWait("projects", "projectsPage")
        // Touch every second for 6 s: longer than the timeout, yet no reset.
        for (let i = 0; i < 6; ++i) {
            wait(1000)
            mouseMove(window.contentItem, 10 + i, 500)
            mousePress(window.contentItem, 10, 10)
            mouseRelease(window.contentItem, 10, 10)
        }
        compare(page().objectName, "projectsPage")
    }
}
