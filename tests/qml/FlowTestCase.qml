// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The pledge and waste-report flows step by step (tst_pledge, tst_flowcount), counting what a
// resident does on the way: taps (KioskTestCase.tap) and keys typed, as Telex keys.
KioskTestCase {
    property int keys: 0

    // The keys Telex needs for a text: each letter, one more for a mark (â ă ê ô ơ ư, đ) and
    // one more for a tone. ươ is counted as u w o w (Telex also takes u o w, one fewer).
    function telexKeys(text: string): int {
        let n = 0
        const marks = /[\u0302\u0306\u031B]/    // circumflex, breve, horn
        const tones = /[\u0300\u0301\u0303\u0309\u0323]/
        for (const ch of text.normalize("NFD")) {
            if (marks.test(ch) || tones.test(ch))
                n += 1
            else
                n += (ch === "đ" || ch === "Đ") ? 2 : 1
        }
        return n
    }

    property string shotPrefix

    function init() {
        shotPrefix = ""
    }

    function stepIs(id: string) {
        tryVerify(() => page().form.stepId === id, 3000, "step " + id + " (now " + page().form.stepId + ")")
        if (shotPrefix !== "")
            shot(shotPrefix + "-" + page().form.index + "-" + id)
    }
    function answer(field: string, text: string) {
        const f = find("field-" + field)
        f.text = text
        f.edited(text)
        keys += telexKeys(text)
    }
    // A long text typed into a text area (the waste report's description).
    function typeInto(area: var, text: string) {
        area.forceActiveFocus()
        area.text = text
        keys += telexKeys(text)
    }
    function next() {
        tap(find("nextButton"))
    }
    function choose(value: string) {
        tap(find("choice-" + value))
    }
    function problem(field: string): string {
        return page().form.problems[field] ?? ""
    }
    // The person's steps and the consent; `checkConsentRule` first tries to go on without it.
    function person(name: string, phone: string, group: string, checkConsentRule = true) {
        stepIs("person.fullName"); answer("person.fullName", name); next()
        stepIs("person.phone"); answer("person.phone", phone); next()
        stepIs("person.residentialGroup"); answer("person.residentialGroup", group); next()
        stepIs("consent")
        if (checkConsentRule) {
            next()
            verify(problem("consent") !== "" || problem("consent.given") !== "", "no consent, no going on")
        }
        tap(find("consentTick"))
        verify(find("consentText").text.length > 200, "the full consent text is shown")
        next()
    }
    function sendAndCheckReceipt(lang: string): string {
        stepIs("review")
        compare(find("nextButton").text, lang === "vi" ? "Gửi" : "Send")
        next()
        tryVerify(() => window.pageShown && page().objectName === "receiptPage", 5000, "receipt shown")
        const code = find("receiptCode").text
        verify(/^[2-9A-HJKMNP-Z]{2,4}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]$/.test(code), code)
        verify(find("receiptQr").text.endsWith("/r/" + code), find("receiptQr").text)
        compare(Navigator.depth, 2, "Back from the receipt goes home, not into the form")
        return code
    }
}
