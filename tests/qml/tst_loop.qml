// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CivicKiosk

// The attract loop (run under xvfb-run, where video frames are drawn; idle timeout 4 s): it
// starts when nobody touches the kiosk, the first touch goes home without pressing what lies
// under it, a broken or missing video is skipped, and screen-off hours win.
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
}
