// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Tra cứu biên nhận: home's button opens it; the keypad has only the code's characters; a code
// whose check character does not match is refused with words and never looked up; offline
// (this test kiosk is not enrolled) the page says so.
KioskTestCase {
    name: "Lookup"
    when: windowShown

    // The check character as ReceiptCode computes it: c = (−Σ i·vᵢ) mod 31.
    function checkOf(chars: string): string {
        const keys = Lookup.keys
        let sum = 0
        for (let i = 0; i < chars.length; ++i)
            sum = (sum + (i + 1) * keys.indexOf(chars[i])) % 31
        return keys[(31 - sum) % 31]
    }
    function wrongCheckOf(chars: string): string {
        const keys = Lookup.keys
        return keys[(keys.indexOf(checkOf(chars)) + 1) % 31]
    }
    function type(chars: string) {
        for (let i = 0; i < chars.length; ++i)
            tap(find("key" + chars[i]))
    }

    function test_keypadRefusesWrongCheck_data() {
        return [
            { tag: "portrait vi", w: 1080, h: 1920, lang: "vi", wrongWord: "không đúng" },
            { tag: "landscape en", w: 1920, h: 1080, lang: "en", wrongWord: "not right" }
        ]
    }
    function test_keypadRefusesWrongCheck(data) {
        openKiosk(data.w, data.h, data.lang)
        tap(find("lookupButton"))
        tryVerify(() => window.pageShown && page().objectName === "lookupPage")
        compare(Navigator.route, "lookup")
        compare(Lookup.typed, "")

        // No key for a character codes never have.
        for (const c of ["0", "O", "1", "I", "L"]) {
            compare(findChild(window.contentItem, "key" + c), null, "no key " + c)
            verify(!Lookup.press(c), c + " is refused")
        }
        compare(Lookup.keys.length, 31)

        // Eight characters, the last one wrong: not flagged while it might grow a longer
        // prefix, refused with words when the resident asks.
        const body = "HC2345K"
        type(body + wrongCheckOf(body))
        compare(Lookup.shown, "HC-2345K-" + wrongCheckOf(body))
        compare(find("typedCode").text, Lookup.shown)
        verify(!Lookup.complete)
        compare(Lookup.problem, "")
        tap(find("lookUpButton"))
        compare(Lookup.state, "", "nothing was looked up")
        verify(find("codeProblem").visible)
        verify(find("codeProblem").text.indexOf(data.wrongWord) >= 0, find("codeProblem").text)

        // Ten characters with a wrong check: refused at once, before any tap on Look up.
        tap(find("clearCode"))
        compare(Lookup.typed, "")
        const longBody = "HBXY4K7PQ"
        type(longBody + wrongCheckOf(longBody))
        compare(Lookup.shown, "HBXY-4K7PQ-" + wrongCheckOf(longBody))
        verify(find("codeProblem").visible)
        verify(!find("key2").enabled, "the code is at its longest")
        tap(find("lookUpButton"))
        compare(Lookup.state, "")

        // Delete the wrong character, type the right one: accepted.
        tap(find("keyDelete"))
        compare(Lookup.problem, "")
        type(checkOf(longBody))
        verify(Lookup.complete)
        compare(Lookup.problem, "")
        shot("lookup-typed-" + data.tag.replace(" ", "-"))
    }

    function test_offlineSaysSo() {
        openKiosk(1080, 1920, "vi")
        const body = "HC2345K"
        goAndWait("lookup?code=" + body + checkOf(body), "lookupPage")
        // A whole valid code from the route is looked up at once; this kiosk is not enrolled.
        tryCompare(Lookup, "state", "offline")
        verify(find("lookupOffline").visible)
        verify(Lookup.offlineReason.indexOf("chưa được kết nối") >= 0, Lookup.offlineReason)
        verify(!find("lookupResult").visible, "this kiosk has no such record")
        shot("lookup-offline-unknown")
    }
}
