// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQml
import QtTest
import CivicKiosk

// Benchmark, not a test (registered by tests/bench with label bench): the kiosk's memory
// (PSS from /proc/self/smaps_rollup) after browsing every page in one process, and its growth
// over many page navigations. Budgets (DESIGN.md): ≤ 120 MiB after browsing every page;
// < 5 % growth over 10,000 navigations. Prints figures; fails only if a page does not show.
KioskTestCase {
    name: "BenchMemory"

    property var codes: []

    Instantiator {
        id: allWorks
        model: Works
        delegate: QtObject {
            required property string code
        }
    }

    function pssKiB(): int {
        const xhr = new XMLHttpRequest()
        xhr.open("GET", "file:///proc/self/smaps_rollup", false)
        xhr.send()
        const m = /Pss:\s+(\d+) kB/.exec(xhr.responseText)
        verify(m !== null, "smaps_rollup is readable")
        return parseInt(m[1])
    }

    function mib(kib: int): string {
        return (kib / 1024).toFixed(1) + " MiB"
    }

    function showAndWait(route: string) {
        verify(Navigator.go(route), "route " + route)
        tryVerify(() => window.pageShown, 5000, route + " is shown")
        waitForRendering(window.contentItem)
    }
    // The same for the 10,000 navigations: testHooks.waitForFrame() is waitForRendering()
    // without its 10 ms naps, which would add minutes to the run. The figure after browsing
    // every page keeps waitForRendering(): malloc and the JavaScript heap end up a few MiB
    // apart with the two ways of waiting, and that figure is compared with the earlier runs'.
    function showAndWaitForFrame(route: string) {
        verify(Navigator.go(route), "route " + route)
        tryVerify(() => window.pageShown, 5000, route + " is shown")
        verify(testHooks.waitForFrame(window, 5000), route + " is drawn")
    }

    function test_memory() {
        openKiosk(1080, 1920, "vi")
        window.show()
        tryVerify(() => window.visible, 2000)
        verify(Navigator.go("projects?ward="), "all wards")
        tryVerify(() => allWorks.count === Works.count && Works.count > 0, 5000)
        for (let i = 0; i < allWorks.count; ++i)
            codes.push(allWorks.objectAt(i).code)
        Navigator.home()
        const atHome = pssKiB()

        // Every page a resident can reach, in both languages.
        const routes = ["projects", "projects?ward=", "projects?q=duong", "pledge", "pledge/land", "pledge/labour",
                        "pledge/materials", "report"]
        for (const code of codes)
            routes.push("project/" + code)
        for (const language of ["vi", "en"]) {
            Kiosk.language = language
            for (const route of routes) {
                showAndWait(route)
                Navigator.home()
            }
        }
        Kiosk.language = "vi"
        tryVerify(() => window.pageShown, 5000)
        gc()
        const afterBrowsing = pssKiB()
        console.log("PSS at home " + mib(atHome) + "; after browsing all " + routes.length
                    + " pages in vi and en: " + mib(afterBrowsing) + " (budget 120 MiB)")

        // PSS moves up and down by tens of MiB with the JavaScript heap and malloc's arenas, so
        // growth compares the median of the first five samples with that of the last five.
        const total = 10000
        const started = Date.now()
        const samples = []
        for (let i = 0; i < total; ++i) {
            showAndWaitForFrame(i % 2 === 0 ? "project/" + codes[(i / 2) % codes.length] : "projects")
            Navigator.home()
            if (i >= 500 && i % 250 === 0) {  // caches and pools are warm after 500
                gc()
                samples.push(pssKiB())
            }
        }
        const median = list => list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)]
        const first = median(samples.slice(0, 5))
        const last = median(samples.slice(-5))
        const growth = (last - first) / first * 100
        console.log(total + " navigations in " + ((Date.now() - started) / 1000).toFixed(1) + " s; PSS samples "
                    + mib(Math.min(...samples)) + " – " + mib(Math.max(...samples)) + "; median of the first five "
                    + mib(first) + ", of the last five " + mib(last) + ": growth " + growth.toFixed(2)
                    + " % (budget < 5 %)")
    }
}
