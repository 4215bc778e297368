// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Every entry of the home screen is whole on every screen the kiosk ships for, in both
// languages: the three tiles, "Look up a receipt", the movement board and the waste page (by
// the tiles, or in a row along the bottom on a short landscape screen); each inside the window,
// above the bottom bar, on top of everything, a touch target, its words uncut; nothing to
// scroll; the portal's QR code whole too. Portrait keeps them in reach.
KioskTestCase {
    name: "Home"
    when: windowShown

    readonly property var tileNames: ["worksTile", "pledgeTile", "reportTile"]
    // The quieter entries: each is one of two buttons, by the tiles or in the bottom row.
    readonly property var quietEntries: [["lookupButton", "lookupRowButton"], ["boardButton", "boardRowButton"],
                                         ["wasteButton", "wasteRowButton"]]

    function rectOf(item: var): var {
        const p = item.mapToItem(null, 0, 0)
        return { x: p.x, y: p.y, right: p.x + item.width, bottom: p.y + item.height }
    }
    function show(r: var): string {
        return "(" + Math.round(r.x) + "," + Math.round(r.y) + ")–(" + Math.round(r.right) + "," + Math.round(r.bottom) + ")"
    }
    function isInside(item: var, ancestor: var): bool {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true
        }
        return false
    }
    // The item a finger at (x, y) in the window lands on: the topmost visible one in paint order
    // (z, then the later sibling), searched from the window's root so popups and overlays count.
    function topmostAt(x: real, y: real): var {
        let item = window.contentItem
        while (item.parent)
            item = item.parent
        for (;;) {
            const kids = []
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.visible && c.opacity > 0)
                    kids.push({ item: c, index: i })
            }
            kids.sort((a, b) => (b.item.z - a.item.z) || (b.index - a.index))
            const hit = kids.find(k => {
                const p = k.item.mapFromItem(null, x, y)
                return p.x >= 0 && p.y >= 0 && p.x < k.item.width && p.y < k.item.height
            })
            if (!hit)
                return item
            item = hit.item
        }
    }
    // "QQuickRectangle < homePage < stack": names what a finger found instead of a tile.
    function chain(item: var): string {
        const names = []
        for (let p = item; p; p = p.parent)
            names.push(p.objectName || String(p).replace(/\(0x[0-9a-f]+\)/, ""))
        return names.join(" < ")
    }
    function texts(root: var): var {
        return visibleItems(root).filter(item => item instanceof Text && item.text !== "")
    }

    function test_tilesWhole_data() {
        const rows = []
        for (const size of [[1080, 1920], [1920, 1080], [1280, 800]])
            for (const lang of ["vi", "en"])
                rows.push({ tag: size[0] + "x" + size[1] + " " + lang, w: size[0], h: size[1], lang: lang })
        return rows
    }
    function test_tilesWhole(data) {
        openKiosk(data.w, data.h, data.lang)
        compare(page().objectName, "homePage")
        waitForRendering(window.contentItem)
        shot("home-" + data.lang + "-" + data.w + "x" + data.h)

        const bar = find("bottomBar")
        verify(bar.visible, "the bottom bar shows on home")
        const barTop = rectOf(bar).y
        const headerBottom = rectOf(find("header")).bottom
        const buttonNames = quietEntries.map(pair => {
            const shown = pair.filter(name => find(name).visible)
            compare(shown.length, 1, "one of " + pair.join(" and ") + " shows")
            return shown[0]
        })
        const names = tileNames.concat(buttonNames)
        for (const name of names) {
            const isTile = tileNames.includes(name)
            const tile = find(name)
            verify(tile.visible && tile.opacity > 0, name + " is visible")
            const r = rectOf(tile)
            const where = name + " at " + show(r) + " in " + data.w + "×" + data.h + " " + data.lang
            verify(r.x >= 0 && r.right <= window.width && r.y >= 0 && r.bottom <= window.height,
                   where + " is not inside the window")
            verify(r.y >= headerBottom, where + " runs under the header (bottom " + headerBottom + ")")
            verify(r.bottom <= barTop, where + " runs under the bottom bar (top " + barTop + ")")
            verify(tile.height >= (isTile ? Theme.touchMin : Theme.touchQuiet), where + " is lower than a touch target")
            if (data.h > data.w)
                verify(r.y >= window.height / 2, where + " is out of reach: not in the lower half")

            // Nothing clips it and nothing lies over it: a finger at its corners and centre
            // lands on the tile.
            for (let p = tile.parent; p; p = p.parent) {
                if (!p.clip)
                    continue
                const c = rectOf(p)
                verify(r.x >= c.x && r.right <= c.right && r.y >= c.y && r.bottom <= c.bottom,
                       where + " is cut by " + (p.objectName || "a clipping item") + " " + show(c))
            }
            for (const pt of [[r.x + 4, r.y + 4], [r.right - 4, r.y + 4], [r.x + 4, r.bottom - 4],
                              [r.right - 4, r.bottom - 4], [(r.x + r.right) / 2, (r.y + r.bottom) / 2]]) {
                const hit = topmostAt(pt[0], pt[1])
                verify(isInside(hit, tile), where + ": at (" + Math.round(pt[0]) + "," + Math.round(pt[1])
                       + ") a finger lands on " + chain(hit))
            }

            // Its words are whole: not cut short, not running past the tile, readable.
            const words = texts(tile)
            verify(words.length >= 1, name + " has words")
            for (const t of words) {
                const what = name + " “" + t.text + "”"
                verify(!t.truncated, what + " is cut short")
                verify(t.contentWidth <= t.width + 1 && t.implicitHeight <= t.height + 1,
                       what + " needs " + Math.ceil(t.contentWidth) + "×" + Math.ceil(t.implicitHeight)
                       + " but has " + t.width + "×" + t.height)
                const tr = rectOf(t)
                verify(tr.x >= r.x && tr.right <= r.right && tr.y >= r.y && tr.bottom <= r.bottom,
                       what + " at " + show(tr) + " runs out of its tile " + show(r))
                verify(t.font.pixelSize >= 32, what + " is " + t.font.pixelSize + " px")
            }
            if (!isTile)
                verify(tile.implicitContentWidth <= tile.availableWidth + 1,
                       where + ": its icon and words need " + Math.ceil(tile.implicitContentWidth) + " px but have "
                       + tile.availableWidth)
        }
        // Targets 16 px apart at least, so a finger meant for one never lands on the next.
        for (let i = 0; i < names.length; ++i) {
            for (let j = i + 1; j < names.length; ++j) {
                const a = rectOf(find(names[i]))
                const b = rectOf(find(names[j]))
                const apart = Math.max(b.x - a.right, a.x - b.right, b.y - a.bottom, a.y - b.bottom)
                verify(apart >= Theme.gap - 0.5, names[i] + " and " + names[j] + " are " + apart + " px apart")
            }
        }

        // Nothing is left below the fold: the page has nothing to scroll.
        for (const item of visibleItems(page())) {
            if (item instanceof Flickable)
                verify(item.contentHeight <= item.height + 1,
                       "home scrolls: " + item.contentHeight + " px of content in " + item.height)
        }

        // The portal's QR code is whole too, above the bottom bar, so a phone can read it.
        const qr = rectOf(find("portalQr"))
        verify(qr.x >= 0 && qr.right <= window.width && qr.y >= headerBottom && qr.bottom <= barTop,
               "the portal QR at " + show(qr) + " is not whole between header and bottom bar")
    }

    // The finger test above sees what covers a tile: with the staff help sheet open over home,
    // a finger on a tile's centre lands on the sheet's side, not on the tile.
    function test_coveredTileIsSeen() {
        openKiosk(1080, 1920, "vi")
        const tile = find("reportTile")
        const r = rectOf(tile)
        verify(isInside(topmostAt((r.x + r.right) / 2, (r.y + r.bottom) / 2), tile), "the tile is on top at first")
        tap(find("askStaffButton"))
        const sheet = findChild(window, "staffHelp")
        verify(sheet !== null, "found staffHelp")
        tryVerify(() => sheet.opened, 5000, "the help sheet opened")
        const hit = topmostAt((r.x + r.right) / 2, (r.y + r.bottom) / 2)
        verify(!isInside(hit, tile), "a covered tile was taken as uncovered: " + chain(hit))
        sheet.close()
        tryVerify(() => !sheet.visible)
    }
}
