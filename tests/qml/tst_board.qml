// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The movement board and the waste page on the kiosk, from a fixed board
// (tests/unit/board-fixture.json): the board page shows the ward's tier words (icon + word)
// and "not placed" with its reason, in both languages; "How it is computed" opens with one tap;
// the waste page shows the city's published summaries with their receipt codes; a kiosk that
// never received a board says so instead of showing a blank page. Home reaches both. New
// figures arriving count up from the old ones and end exactly on the new ones; with the
// kiosk's motion off they simply show.
KioskTestCase {
    name: "Board"
    when: windowShown

    function texts(objectName: string): var {
        return visibleItems(window.contentItem).filter(i => i.objectName === objectName).map(i => i.text)
    }

    function init() {
        verify(testHooks.loadBoard(), "the board fixture was stored")
    }
    function cleanup() {
        Kiosk.animations = false
        verify(testHooks.clearBoard())
    }

    // The figure of the measure at `index` on the board page (the cards are made anew when
    // figures arrive, so it is looked up each time).
    function figureAt(index: int): var {
        const figures = visibleItems(page()).filter(i => i.objectName === "measureFigure")
        verify(figures.length > index, "the board shows figure " + index)
        return figures[index]
    }
    // "1.234,5" (vi) or "1,234.5" (en) as a number.
    function numberOf(text: string, language: string): real {
        return Number(language === "en" ? text.replace(/,/g, "") : text.replace(/\./g, "").replace(",", "."))
    }

    function test_boardShowsTheWardsTiers_data() {
        return [
            { tag: "vi portrait", language: "vi", width: 1080, height: 1920,
              tiers: ["Xuất sắc", "Khá"], notPlaced: "Chưa xếp hạng: dưới 10 hồ sơ", records: "dựa trên 12 hồ sơ" },
            { tag: "en landscape", language: "en", width: 1920, height: 1080,
              tiers: ["Excellent", "Fair"], notPlaced: "Not placed: under 10 records", records: "based on 12 records" }
        ]
    }
    function test_boardShowsTheWardsTiers(data) {
        openKiosk(data.width, data.height, data.language)
        goAndWait("board", "boardPage")
        compare(texts("tierWord").sort(), data.tiers.slice().sort())
        const words = visibleItems(page()).map(i => i.text ?? "")
        verify(words.includes(data.notPlaced), "not placed says why")
        verify(words.includes(data.records), "the records it rests on")
        verify(!find("boardEmpty").visible, "no empty state with a board")
        verify(find("boardQr").visible, "the phone page's QR code")
        verify(find("growthChart").series.length === 3, "the chart has the board's three months")
        shot("board-" + data.language + "-" + data.width)
    }

    function test_howItIsComputedIsOneTapAway() {
        openKiosk(1080, 1920, "vi")
        goAndWait("board", "boardPage")
        const how = findChild(page(), "boardHow")
        verify(!how.visible)
        tap(find("howButton"))
        tryVerify(() => how.opened, 2000, "the sheet opened")
        const close = findChild(how.contentItem, "closeBoardHow")
        tap(close)
        tryVerify(() => !how.visible, 2000, "the sheet closed")
    }

    function test_neverSyncedSaysSo() {
        verify(testHooks.clearBoard())
        openKiosk(1080, 1920, "vi")
        goAndWait("board", "boardPage")
        verify(find("boardEmpty").visible, "the empty state shows")
        compare(texts("tierWord").length, 0)
        goAndWait("waste", "wastePage")
        verify(find("reportWasteButton").visible, "reporting waste still works")
    }

    function test_wastePageShowsPublishedSummaries_data() {
        return [{ tag: "vi", language: "vi", width: 1080, height: 1920, receipt: "Mã HB-7K2MX-Q" },
                { tag: "en", language: "en", width: 1920, height: 1080, receipt: "Receipt HB-7K2MX-Q" }]
    }
    function test_wastePageShowsPublishedSummaries(data) {
        openKiosk(data.width, data.height, data.language)
        goAndWait("waste", "wastePage")
        const summaries = texts("publishedSummary")
        compare(summaries.length, 2)
        verify(summaries[0].startsWith("Đã thu hồi 12 tấn xi măng"), summaries[0])
        const words = visibleItems(page()).map(i => i.text ?? "")
        verify(words.some(w => w.startsWith(data.receipt)), "the receipt code beside it")
        shot("waste-" + data.language + "-" + data.width)
        tap(find("reportWasteButton"))
        tryVerify(() => window.pageShown && page().objectName !== "wastePage", 5000, "the report flow opened")
    }

    function test_homeReachesBoth() {
        openKiosk(1080, 1920, "vi")
        tap(find("boardButton"))
        tryVerify(() => window.pageShown && page().objectName === "boardPage", 5000)
        Navigator.home()
        tryVerify(() => window.pageShown && page().objectName === "homePage", 5000)
        tap(find("wasteButton"))
        tryVerify(() => window.pageShown && page().objectName === "wastePage", 5000)
    }

    function test_newFiguresCountUp_data() {
        return [
            { tag: "vi portrait", language: "vi", width: 1080, height: 1920, oldLand: "144,73", newLand: "1.234,5", newDays: "4" },
            { tag: "en landscape", language: "en", width: 1920, height: 1080, oldLand: "144.73", newLand: "1,234.5", newDays: "4" }
        ]
    }
    function test_newFiguresCountUp(data) {
        openKiosk(data.width, data.height, data.language)
        goAndWait("board", "boardPage")
        // Land per 1,000 residents (144,73), labour (not placed), days to resolve (6,5).
        compare(figureAt(0).text, data.oldLand)
        verify(!figureAt(0).counting)
        Kiosk.animations = true
        verify(testHooks.arriveBoard({ "land": 1234.5, "resolve-days": 4 }), "newer figures stored")
        const from = numberOf(data.oldLand, data.language)
        const to = numberOf(data.newLand, data.language)
        verify(figureAt(0).counting, "the new figure counts")
        const seen = []
        const deadline = Date.now() + 3000
        let shots = 0
        while (figureAt(0).counting && Date.now() < deadline) {
            const value = numberOf(figureAt(0).text, data.language)
            seen.push(value)
            // Two pictures on the way, at about a third and two thirds.
            if (shots < 2 && value >= from + (shots + 1) / 3 * (to - from)) {
                ++shots
                shot("board-countup-" + shots + "-" + data.language + "-" + data.width)
            }
            // The figure going down counts too, between its old and new figures.
            const days = numberOf(figureAt(2).text, data.language)
            verify(days >= 4 && days <= 6.5, "days to resolve between 6,5 and 4: " + days)
            wait(25)
        }
        verify(!figureAt(0).counting, "the count ends within a second or so")
        compare(figureAt(0).text, data.newLand, "it ends exactly on the new figure")
        compare(figureAt(2).text, data.newDays)
        shot("board-countup-end-" + data.language + "-" + data.width)
        verify(seen.length >= 5, "the figure was seen counting " + seen.length + " times")
        verify(seen[0] < to && seen[0] >= from, "it starts from the old figure: " + seen[0])
        for (let i = 1; i < seen.length; ++i) {
            verify(seen[i] >= seen[i - 1], "it only goes up: " + seen[i - 1] + " then " + seen[i])
            verify(seen[i] >= from && seen[i] <= to, "between old and new: " + seen[i])
        }
        verify(new Set(seen).size >= 3, "it showed figures on the way: " + seen.join(" "))
        verify(shots === 2, "pictures taken on the way")
    }

    function test_motionOffShowsTheNewFigureAtOnce() {
        openKiosk(1080, 1920, "vi")
        goAndWait("board", "boardPage")
        verify(!Kiosk.animations)
        verify(testHooks.arriveBoard({ "land": 2000 }))
        verify(!figureAt(0).counting, "nothing counts with the motion off")
        compare(figureAt(0).text, "2.000")
    }
}
