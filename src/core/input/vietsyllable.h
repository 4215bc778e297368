// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

/** The word being composed by VietComposer: its letters (each with its own mark) and one tone
    for the whole syllable. The tone is not stored on a letter: it is placed when the word is
    shown, by the rules of Vietnamese spelling, so it moves when the vowels change
    (hoà + n → hoàn, hoàn − n → hòa) and a change of style never rewrites the letters.

    Tone placement, written from the spelling rules as the Vietnamese Wikipedia sets them out
    ("Quy tắc đặt dấu thanh của chữ Quốc ngữ": the old and the new style), not from any
    input engine's code:
    - the vowel group is the run of vowels after the onset; the u of qu and the i of gi belong
      to the onset when another vowel follows (quả, già, giữa);
    - a vowel with a mark (ă â ê ô ơ ư) takes the tone; of two (ươ) the second (người, được);
    - one vowel takes it; three take it on the middle one (ngoài, khuỷu, ngoẹo);
    - two vowels before a final consonant: the second (toán, hoạch, huýt);
    - two vowels at the end of the word: the first (mía, múa, mái, cáo), except oa, oe, uy,
      which take it on the first in the Traditional style (hòa, khỏe, thủy) and on the second
      in the Modern style (hoà, khoẻ, thuỷ). */
class VietSyllable
{
public:
    enum class Mark { None, Circumflex, Breve, Horn, Stroke };
    enum class Tone { None, Acute, Grave, Hook, Tilde, Dot };  // sắc huyền hỏi ngã nặng
    enum class ToneStyle { Traditional, Modern };

    struct Letter {
        char16_t base = 0;        // lower-case ASCII letter or digit
        bool upper = false;
        Mark mark = Mark::None;
        bool pairHorn = false;    // the horn of u set with o's by one key (uow): ươ, or uơ when open
        bool fromW = false;       // an ư typed as a lone Telex w (undone back to the letter w)
    };

    /** Where the onset, the vowel group and the final are. The group is [groupBegin, groupEnd);
        the final runs from groupEnd to the end. */
    struct Shape {
        qsizetype groupBegin = 0;
        qsizetype groupEnd = 0;
        QString finalPart;        // lower case, e.g. "ng"
        bool valid = false;       // one vowel group of at most three, a real final (or none)
        bool hasVowel() const { return groupEnd > groupBegin; }
        qsizetype groupSize() const { return groupEnd - groupBegin; }
    };

    QList<Letter> letters;
    Tone tone = Tone::None;

    static bool isVowel(char16_t base);

    Shape shape() const;
    /** The marks as shown: an ươ from one key shows as uơ while nothing follows it (thuở,
        huơ; an open ươ is no Vietnamese spelling), and ư followed by a plain o shows ươ. */
    QList<Mark> shownMarks(const Shape &s) const;
    /** The index of the letter that shows the tone, or -1. */
    qsizetype toneCarrier(ToneStyle style) const;
    /** The word as shown, NFC. */
    QString text(ToneStyle style) const;
    /** Makes every letter's mark what is shown, forgetting how it was typed. */
    void freezeMarks();

    bool isEmpty() const { return letters.isEmpty(); }
};
