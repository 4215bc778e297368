// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CivicKiosk

// The attract loop (run under xvfb-run, where video frames are drawn; idle timeout 4 s): it
// starts when nobody touches the kiosk, the first touch goes home without pressing what lies
// under it, a broken or missing video is skipped, a video whose frames stop is left after the
// watchdog's time for a screen that moves, the board shows the ward's figures (and is skipped
// by a kiosk without a board), and screen-off hours win.
KioskTestCase {
    id: test
    name: "AttractLoop"
    when: windowShown

    SignalSpy { id: shownSpy; target: AttractLoop; signalName: "shown" }
    // Every item the loop started, in order (a broken one may be gone before start() returns).
    property var started: []
    Connections {
        target: AttractLoop
        function onItemChanged() {
            if (AttractLoop.playing)
                test.started.push(AttractLoop.item.kind)
        }
    }

    function cleanup() {
        IdleReset.reset()
        testHooks.setScreenOffNow(false)
        testHooks.restoreLoopPlaylist()
        verify(testHooks.clearBoard())
        Kiosk.animations = false
    }

    // The kiosk at a size, with the loop not playing yet (the idle timeout may have started it
    // and reset the language meanwhile); the idle timeout counts from here.
    function openStill(width: int, height: int, language: string) {
        openKiosk(width, height, language)
        if (AttractLoop.playing)
            AttractLoop.leave()
        Kiosk.language = language
        IdleReset.stillHere()
    }

    // The colours at a grid of points over the loop's stage, to tell one screen from another.
    function stageColours(): var {
        const stage = find("loopStage")
        const image = grabImage(window.contentItem)
        const at = stage.mapToItem(window.contentItem, 0, 0)
        const out = []
        for (let i = 1; i < 8; ++i)
            for (let j = 1; j < 8; ++j)
                out.push(String(image.pixel(Math.round(at.x + stage.width * i / 8), Math.round(at.y + stage.height * j / 8))))
        return out
    }
    function isBlack(colour: string): bool {
        const c = Qt.color(colour)
        return c.r < 0.1 && c.g < 0.1 && c.b < 0.1
    }

    function test_1_demoPlaylistHasItsVideo() {
        // The demo's video ships beside the programs (build/share/civic-kiosk/demo-media) and was
        // imported with the demo content; it leads the demo playlist.
        const published = testHooks.publishedPlaylist()
        verify(published.length > 0)
        compare(published[0].kind, "video")
        verify(published[0].file.endsWith(".webm"), published[0].file)
    }

    function test_2_startsOnIdleAndLeavesOnTouch() {
        openKiosk(1080, 1920, "vi")
        const loop = find("attractLoop")
        verify(!loop.visible)
        shownSpy.clear()
        // The last touch (on the header, where nothing is pressed): the idle timeout counts from here.
        mousePress(window.contentItem, 10, 10)
        mouseRelease(window.contentItem, 10, 10)
        const started = Date.now()
        tryVerify(() => AttractLoop.playing, 8000, "the loop starts when nobody touches the kiosk")
        verify(Date.now() - started >= 3000, "not before the idle timeout")
        verify(loop.visible)
        compare(AttractLoop.item.kind, "video")
        // Frames arrive: the first one says the loop is shown, and the watchdog does not skip it.
        tryVerify(() => shownSpy.count > 0, 5000, "a video frame arrived")
        wait(AttractLoop.watchdogMs + 500)
        compare(AttractLoop.item.kind, "video", "a playing video is not skipped")
        shot("loop-video-vi")
        // Touch where the "pledge" tile is under the loop: home, and nothing pressed.
        const tile = find("pledgeTile")
        const at = tile.mapToItem(window.contentItem, tile.width / 2, tile.height / 2)
        mouseClick(window.contentItem, at.x, at.y)
        verify(!AttractLoop.playing, "the touch ends the loop")
        wait(300)
        verify(!loop.visible)
        compare(Navigator.depth, 1, "nothing under the finger was pressed")
        compare(page().objectName, "homePage")
    }

    function test_3_corruptVideoIsSkipped() {
        openKiosk(1080, 1920, "vi")
        testHooks.setLoopPlaylist([
            { kind: "video", file: "broken.webm", bytes: "these bytes are not a video ".repeat(200), seconds: 60 },
            { kind: "slide", title: "Sau video hỏng", seconds: 30 },
        ])
        test.started = []
        const started = Date.now()
        verify(AttractLoop.start())
        compare(test.started[0], "video", "the broken video was started first")
        tryVerify(() => AttractLoop.item.kind === "slide", AttractLoop.watchdogMs + 2000, "the broken video is skipped")
        const took = Date.now() - started
        verify(took <= AttractLoop.watchdogMs + 1000, "skipped within the watchdog time: " + took + " ms")
        compare(find("loopTitle").text, "Sau video hỏng")
    }

    function test_4_missingFileIsSkipped() {
        openKiosk(1080, 1920, "vi")
        testHooks.setLoopPlaylist([
            { kind: "video", file: "not-there.webm", seconds: 60 },
            { kind: "slide", title: "Sau video thiếu", seconds: 30 },
        ])
        verify(AttractLoop.start())
        compare(AttractLoop.item.kind, "slide", "a missing file is never started")
        compare(AttractLoop.item.title, "Sau video thiếu")
    }

    function test_5_nothingPlayableStaysHome() {
        openKiosk(1080, 1920, "vi")
        testHooks.setLoopPlaylist([{ kind: "video", file: "not-there.webm" }, { kind: "board" }])
        verify(!AttractLoop.start(), "nothing to play")
        verify(!find("attractLoop").visible)
    }

    function test_6_emptyPlaylistShowsTheWardsWorks() {
        openKiosk(1080, 1920, "vi")
        testHooks.setLoopPlaylist([])
        verify(AttractLoop.start())
        compare(AttractLoop.item.kind, "work")
        verify(Works.details(AttractLoop.item.code, "vi").wardName.length > 0)
        tryVerify(() => find("loopTitle").text === Works.details(AttractLoop.item.code, "vi").name, 3000)
    }

    function test_7_screenOffHoursWin() {
        openKiosk(1080, 1920, "vi")
        testHooks.setScreenOffNow(true)
        verify(ScreenRest.resting)
        verify(!AttractLoop.start(), "no loop in screen-off hours")
        wait(5000) // past the idle timeout
        verify(!AttractLoop.playing, "the idle timeout does not start it either")
        // Playing when the hours begin: the loop stops under the black.
        testHooks.setScreenOffNow(false)
        verify(AttractLoop.start())
        testHooks.setScreenOffNow(true)
        verify(!AttractLoop.playing)
        verify(find("screenRest").visible)
        verify(!find("attractLoop").visible)
    }

    function test_8_landscapeAndEnglish() {
        openKiosk(1920, 1080, "en")
        shownSpy.clear()
        verify(AttractLoop.start())
        tryVerify(() => shownSpy.count > 0, 5000)
        wait(1500)
        shot("loop-video-en-landscape")
        AttractLoop.next()
        AttractLoop.next()
        tryVerify(() => AttractLoop.item.kind === "slide", 2000)
        wait(500)
        shot("loop-slide-en-landscape")
    }

    function test_9a_stalledVideoIsLeft() {
        // The demo video plays; after its first frames the player stops delivering new ones (as a
        // stalled decoder would): the watchdog leaves it for the next item.
        openStill(1080, 1920, "vi")
        const video = testHooks.publishedPlaylist()[0].file
        testHooks.setLoopPlaylist([
            { kind: "video", file: video, seconds: 60 },
            { kind: "slide", title: "Sau video đứng hình", seconds: 30 },
        ])
        shownSpy.clear()
        verify(AttractLoop.start())
        tryVerify(() => shownSpy.count > 0, 5000, "the video's first frame arrived")
        wait(300)
        const player = findChild(find("loopVideo").parent, "loopPlayer")
        verify(player !== null, "found the loop's media player")
        player.pause()
        const stalled = Date.now()
        const frozen = stageColours()
        verify(frozen.some(c => !isBlack(c)), "the video's frame is on screen")
        compare(AttractLoop.item.kind, "video")
        tryVerify(() => AttractLoop.item.kind === "slide", AttractLoop.watchdogMs + 2000, "the stalled video is left")
        const took = Date.now() - stalled
        verify(took >= AttractLoop.watchdogMs - 500, "not before the watchdog's time: " + took + " ms")
        verify(took <= AttractLoop.watchdogMs + 1000, "within the watchdog's time: " + took + " ms")
        tryVerify(() => find("loopTitle").text === "Sau video đứng hình", 2000)
        waitForRendering(window.contentItem)
        const after = stageColours()
        const black = after.filter(c => isBlack(c)).length
        verify(black < after.length / 2, "the screen is not black: " + black + " of " + after.length + " points")
        verify(after.join() !== frozen.join(), "the screen is not the frozen frame")
        shot("loop-after-stall-vi")
    }

    function test_9b_boardShowsTheWardsFigures_data() {
        return [
            { tag: "vi portrait", language: "vi", width: 1080, height: 1920, tiers: ["Xuất sắc", "Khá"], first: "144,73",
              title: "Bảng thi đua" },
            { tag: "en landscape", language: "en", width: 1920, height: 1080, tiers: ["Excellent", "Fair"], first: "144.73",
              title: "Movement board" },
            { tag: "vi 1280x800", language: "vi", width: 1280, height: 800, tiers: ["Xuất sắc", "Khá"], first: "144,73",
              title: "Bảng thi đua" }
        ]
    }
    function test_9b_boardShowsTheWardsFigures(data) {
        verify(testHooks.loadBoard())
        openStill(data.width, data.height, data.language)
        testHooks.setLoopPlaylist([
            { kind: "board", seconds: 3 },
            { kind: "slide", title: "Sau bảng thi đua", seconds: 30 },
        ])
        shownSpy.clear()
        const started = Date.now()
        verify(AttractLoop.start())
        compare(AttractLoop.item.kind, "board")
        tryVerify(() => shownSpy.count > 0, 2000, "the board is shown")
        const board = find("loopBoard")
        verify(board.visible)
        waitForRendering(window.contentItem)
        shot("loop-board-" + data.language + "-" + data.width + "x" + data.height)
        const items = visibleItems(board)
        compare(find("loopTitle").text, data.title)
        // The ward's tiers as words (with their icons), the figures placed first.
        const tiers = items.filter(i => i.objectName === "loopTierWord").map(i => i.text)
        compare(tiers.sort(), data.tiers.slice().sort())
        const figures = items.filter(i => i.objectName === "measureFigure")
        verify(figures.length >= 2, figures.length + " figures")
        compare(figures[0].text, data.first)
        // Large: readable from across the room, and whole inside the screen.
        for (const f of figures) {
            verify(f.font.pixelSize >= Theme.fontHuge, "figure " + f.text + " is " + f.font.pixelSize + " px")
            verify(f.contentHeight >= Theme.fontHuge, "figure " + f.text + " drawn " + f.contentHeight + " px high")
            verify(!f.truncated && f.contentWidth <= f.width + 1, "figure " + f.text + " is whole")
            const p = f.mapToItem(window.contentItem, 0, 0)
            verify(p.x >= 0 && p.x + f.width <= window.width, "figure " + f.text + " inside the screen")
            verify(p.y + f.height <= find("loopInvitation").mapToItem(window.contentItem, 0, 0).y,
                   "figure " + f.text + " above the invitation")
        }
        for (const card of items.filter(i => i.objectName === "loopBoardFigure")) {
            const c = card.mapToItem(window.contentItem, 0, 0)
            for (const t of visibleItems(card).filter(i => i instanceof Text && i.text !== "")) {
                const p = t.mapToItem(window.contentItem, 0, 0)
                verify(p.y >= c.y && p.y + Math.max(t.height, t.implicitHeight) <= c.y + card.height + 1,
                       "“" + t.text + "” runs out of its card")
            }
        }
        for (const t of items.filter(i => i instanceof Text && i.text !== "")) {
            verify(!t.truncated, "“" + t.text + "” is cut short")
            verify(t.font.pixelSize >= 30, "“" + t.text + "” is " + t.font.pixelSize + " px")
        }
        // It stays for its seconds, then the loop moves on (in Vietnamese only: an English
        // kiosk left alone that long goes back to Vietnamese, which ends the loop).
        if (data.language !== "vi")
            return
        tryVerify(() => AttractLoop.item.kind === "slide", 5000, "the loop moves on after the board's seconds")
        verify(Date.now() - started >= 2500, "the board stayed its seconds")
    }

    function test_9c_noBoardIsSkipped() {
        verify(testHooks.clearBoard())
        openStill(1920, 1080, "vi")
        testHooks.setLoopPlaylist([
            { kind: "board", seconds: 10 },
            { kind: "slide", title: "Không có bảng", seconds: 30 },
        ])
        test.started = []
        verify(AttractLoop.start())
        compare(test.started, ["slide"], "the board is never put on screen without figures")
        compare(AttractLoop.item.title, "Không có bảng")
        AttractLoop.leave()
        testHooks.setLoopPlaylist([{ kind: "board", seconds: 10 }])
        verify(!AttractLoop.start(), "a playlist of only a board, and no board: the kiosk stays home")
        verify(!find("attractLoop").visible)
    }

    function test_9d_boardCountsUpInTheLoop_data() {
        return [{ tag: "vi portrait", language: "vi", width: 1080, height: 1920, land: "144,73" },
                { tag: "en landscape", language: "en", width: 1920, height: 1080, land: "144.73" }]
    }
    function test_9d_boardCountsUpInTheLoop(data) {
        // With motion on, the figures count up from zero as the board comes on.
        verify(testHooks.loadBoard())
        openStill(data.width, data.height, data.language)
        testHooks.setLoopPlaylist([{ kind: "board", seconds: 30 }])
        Kiosk.animations = true
        verify(AttractLoop.start())
        const first = () => visibleItems(find("loopBoard")).filter(i => i.objectName === "measureFigure")[0]
        tryVerify(() => first().counting, 2000, "the figure counts")
        const shownNumber = () => Number(data.language === "en" ? first().text.replace(/,/g, "")
                                                                 : first().text.replace(/\./g, "").replace(",", "."))
        tryVerify(() => shownNumber() >= 50, 2000)
        verify(first().counting, "still counting at " + first().text)
        shot("loop-board-countup-" + data.language + "-" + data.width + "x" + data.height)
        tryVerify(() => !first().counting, 3000, "the count ends")
        compare(first().text, data.land)
        Kiosk.animations = false
    }
}
