// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// DESIGN.md "Look and feel", measured on every page in both orientations and languages:
// touch targets at least 80 × 80 px, no text under 30 px, and no text wider than its screen.
KioskTestCase {
    name: "Accessibility"
    when: windowShown

    function test_pages_data() {
        const rows = []
        for (const size of [[1080, 1920, "portrait"], [1920, 1080, "landscape"]])
            for (const lang of ["vi", "en"])
                for (const route of ["home", "projects", "project/first", "pledge", "report", "pledge/land"])
                    rows.push({ tag: size[2] + " " + lang + " " + route, w: size[0], h: size[1], lang: lang, route: route })
        return rows
    }
    function test_pages(data) {
        openKiosk(data.w, data.h, data.lang)
        if (data.route === "project/first") {
            goAndWait("projects", "projectsPage")
            goAndWait("project/" + Works.data(Works.index(0, 0), Works.CodeRole), "projectPage")
        } else if (data.route === "projects") {
            goAndWait(data.route, "projectsPage")
        } else if (data.route !== "home") {
            goAndWait(data.route, data.route === "report" ? "reportPage" : "pledgePage")
        }
        waitForRendering(window.contentItem)
        let targets = 0
        let texts = 0
        for (const item of visibleItems(window.contentItem)) {
            // Buttons and tap areas alike have a clicked() signal and a boolean "pressed".
            const isTarget = typeof item.clicked === "function" && typeof item.pressed === "boolean"
            if (isTarget && item.enabled && item.width > 0) {
                ++targets
                verify(item.width >= 80 && item.height >= 80,
                       (item.objectName || item.text || "target") + " is " + item.width + "×" + item.height)
            }
            if (item instanceof Text && item.text !== "") {
                ++texts
                verify(item.font.pixelSize >= 30, "“" + item.text + "” is " + item.font.pixelSize + " px")
                const right = item.mapToItem(window.contentItem, Math.min(item.width, item.contentWidth), 0).x
                verify(right <= window.width + 1, "“" + item.text + "” runs off screen")
            }
        }
        verify(targets >= 3, "found the touch targets: " + targets + " in " + window.width + "x" + window.height)
        verify(texts >= 5, "found the texts: " + texts)
    }
}
