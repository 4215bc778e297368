// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Search as you type (with or without tones), the filter sheets, and the empty state.
KioskTestCase {
    name: "Search"
    when: windowShown

    function cardNames(): var {
        const names = []
        for (let i = 0; i < Works.count; ++i)
            names.push(Works.data(Works.index(i, 0), Works.NameRole))
        return names
    }

    function test_typeWithoutTones() {
        openKiosk(1080, 1920, "vi")
        goAndWait("projects?ward=", "projectsPage")
        const all = Works.count
        compare(all, Works.totalCount)
        const field = find("searchField")
        mouseClick(field)
        keyClick(Qt.Key_D); keyClick(Qt.Key_U); keyClick(Qt.Key_O); keyClick(Qt.Key_N); keyClick(Qt.Key_G)
        compare(field.text, "duong")
        compare(Works.query, "duong")
        verify(Works.count > 0 && Works.count < all, "typing narrows the list: " + Works.count)
        // Best match first: the first card's name has "Đường"/"đường" in it.
        verify(/đường/i.test(cardNames()[0]), cardNames()[0])
        compare(find("resultCount").text, Works.count + " công trình")

        tap(find("clearSearch"))
        compare(field.text, "")
        compare(Works.count, all)
    }

    function test_routeQueryWithTones() {
        openKiosk(1080, 1920, "vi")
        goAndWait("projects?q=" + encodeURIComponent("Trường") + "&ward=", "projectsPage")
        compare(find("searchField").text, "Trường")
        const withTones = Works.count
        verify(withTones > 0)
        Works.query = "truong"
        compare(Works.count, withTones, "with or without tones, the same works")
        Works.query = "TRƯỜNG".normalize("NFD")
        compare(Works.count, withTones, "decomposed upper case, the same works")
    }

    function test_categorySheet() {
        openKiosk(1080, 1920, "vi")
        goAndWait("projects?ward=", "projectsPage")
        tap(find("categoryFilter"))
        const sheet = findChild(page(), "filterSheet")
        verify(sheet !== null, "the filter sheet exists")
        tryVerify(() => sheet.opened)
        const bridge = findChild(sheet.contentItem, "option-bridge")
        verify(bridge !== null)
        tryVerify(() => bridge.y > 0, 2000, "the sheet has laid out its choices")
        mouseClick(bridge)
        tryVerify(() => !sheet.visible)
        compare(Works.category, "bridge")
        verify(Works.count > 0)
        for (let i = 0; i < Works.count; ++i)
            compare(Works.data(Works.index(i, 0), Works.CategoryRole), "bridge")
        compare(find("categoryFilter").value, "Cầu")
    }

    function test_emptyStateOffersReset() {
        openKiosk(1080, 1920, "en")
        goAndWait("projects?q=zzzz", "projectsPage")
        compare(Works.count, 0)
        const empty = find("emptyState")
        verify(empty.visible)
        tap(find("emptyAction"))
        compare(Works.query, "")
        verify(Works.count > 0)
        compare(Works.ward, Kiosk.wardCode)
    }

    function test_badInputIsHarmless() {
        openKiosk(1080, 1920, "vi")
        goAndWait("projects", "projectsPage")
        Works.query = "'; DROP TABLE projects; --"
        compare(Works.count, 0)
        Works.query = "x".repeat(10000)
        compare(Works.query.length, 100, "the query is capped")
        Works.query = "\u202E👍\u0000"
        Works.query = ""
        verify(Works.count > 0)
        verify(!Navigator.go("project/NOT-THERE"))
        verify(Navigator.lastError.indexOf("NOT-THERE") >= 0)
        compare(page().objectName, "projectsPage")
    }
}
