// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Home → works list → a work → back → home, by touch, in both languages and orientations;
// every page shows real content, and each language its own words.
KioskTestCase {
    name: "Navigation"
    when: windowShown

    function init_data() {
        return [
            { tag: "portrait vi", w: 1080, h: 1920, lang: "vi", worksTitle: "Công trình", home: "Trang chủ" },
            { tag: "portrait en", w: 1080, h: 1920, lang: "en", worksTitle: "Works", home: "Home" },
            { tag: "landscape vi", w: 1920, h: 1080, lang: "vi", worksTitle: "Công trình", home: "Trang chủ" },
            { tag: "landscape en", w: 1920, h: 1080, lang: "en", worksTitle: "Works", home: "Home" }
        ]
    }

    function test_walk_data() { return init_data() }
    function test_walk(data) {
        openKiosk(data.w, data.h, data.lang)
        compare(page().objectName, "homePage")
        verify(!find("backButton").visible, "no Back on home")

        tap(find("worksTile"))
        tryVerify(() => window.pageShown && page().objectName === "projectsPage")
        compare(Navigator.route, "projects")
        verify(Works.count > 0, "the ward has works")
        compare(Works.ward, Kiosk.wardCode)
        const homeButton = find("homeButton")
        compare(homeButton.text, data.home)

        const list = find("worksList")
        waitForRendering(list)
        const first = list.itemAtIndex(0)
        verify(first !== null)
        const code = first.code
        tap(first)
        tryVerify(() => window.pageShown && page().objectName === "projectPage")
        compare(Navigator.route, "project/" + code)
        const details = Works.details(code, data.lang)
        compare(find("workName").text, details.name)
        compare(find("workQr").text, details.publicUrl)
        verify(find("workQr").text.endsWith("/p/" + code))
        verify(find("budgetTotal").value.length > 0)
        if (data.lang === "vi")
            verify(/(tỷ|triệu) đồng$/.test(find("budgetTotal").value), find("budgetTotal").value)
        else
            verify(/^VND /.test(find("budgetTotal").value), find("budgetTotal").value)

        tap(find("backButton"))
        tryVerify(() => window.pageShown && page().objectName === "projectsPage")
        tap(find("homeButton"))
        tryVerify(() => window.pageShown && page().objectName === "homePage")
        compare(Navigator.depth, 1)
    }

    function test_languageSwitchWithoutRestart() {
        openKiosk(1080, 1920, "vi")
        compare(find("appTitle").text, "Cùng Xây Hải Phòng")
        goAndWait("projects", "projectsPage")
        const first = find("worksList").itemAtIndex(0)
        compare(first.name, Works.details(first.code, "vi").name)
        compare(find("pageTitle").text, "Công trình")

        tap(find("language-en"))
        compare(Kiosk.language, "en")
        compare(find("appTitle").text, "Build Together, Hải Phòng")
        compare(find("pageTitle").text, "Works")
        tryCompare(first, "name", Works.details(first.code, "en").name)
        verify(Works.details(first.code, "en").name !== Works.details(first.code, "vi").name)
        compare(page().objectName, "projectsPage", "switching language keeps the page")

        tap(find("language-vi"))
        compare(find("pageTitle").text, "Công trình")
        tryCompare(first, "name", Works.details(first.code, "vi").name)
    }
}
