// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The movement board and the waste page on the kiosk, from a fixed board
// (tests/unit/board-fixture.json): the board page shows the ward's tier words (icon + word)
// and "not placed" with its reason, in both languages; "How it is computed" opens with one tap;
// the waste page shows the city's published summaries with their receipt codes; a kiosk that
// never received a board says so instead of showing a blank page. Home reaches both.
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
        verify(testHooks.clearBoard())
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
}
