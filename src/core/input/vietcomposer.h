// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "input/vietsyllable.h"

#include <QString>

/** Turns keys into Vietnamese text, one word at a time, in Telex or VNI.

    The composer keeps the word being typed (the pre-edit text). A letter key (and in VNI a
    digit) goes into the word, where it is either a letter or, when it can apply, a mark or a
    tone; any other key is not taken (typeKey() returns false): the caller commits the word
    and lets the key through. This is the shape a Qt Virtual Keyboard input method needs.

    Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, uow ươ, dd đ, w alone ư (at the start of a word
    or after consonants, not after q); s f r x j the tones sắc huyền hỏi ngã nặng, z removes
    the tone. VNI: 1–5 the tones, 6 circumflex, 7 horn (uo7 ươ), 8 breve, 9 đ, 0 removes the
    tone. The key tables are the ones every Vietnamese keyboard documents (Wikipedia's "Telex
    (kiểu gõ)" and "VNI"); the behaviour below was decided from them, no engine's code was
    read or copied.

    Decisions, each tested in tst_vietcomposer:
    - Tones belong to the word, not to a letter: they may be typed anywhere after the first
      vowel (tieengs, tieesng, tiesneg all give tiếng) and are placed by VietSyllable's rules,
      so they move when the vowels change (hoaf → hòa, hoafn → hoàn). Marks are not guessed:
      tiesng gives tiéng, because no circumflex was typed.
    - A mark key acts on the word's vowel group wherever it is typed (taan and tana → tân);
      dd only right after a word's first d (đ), 9 on the first d anywhere.
    - A tone or mark key acts only on a word shaped like a Vietnamese syllable (one vowel
      group of at most three, a final from c ch m n ng nh p t or none); otherwise, or when
      there is nothing to act on (s in "st", w after q), it is a letter.
    - After c, ch, p, t only sắc and nặng exist: a huyền, hỏi or ngã key there is a letter
      (hocf stays "hocf"). A tone typed before such a final is kept as typed.
    - The same tone or mark key twice undoes it and keeps the key as a letter (ass → as,
      aaa → aa, ddd → dd, ww → w, a11 → a1); from there on the word takes every key as a
      letter (pass → pas, then passw → pasw), until backspace removes that letter.
    - Backspace removes the last character shown; the other letters keep their marks as
      shown, the tone stays unless it was on the removed letter, and is placed again
      (hoàn → hòa, người → ngườ, tiế → ti).
    - Case is kept letter by letter (VIEETJ → VIỆT, Vieetj → Việt, DD → Đ). */
class VietComposer
{
public:
    enum class Method { Telex, Vni };
    using ToneStyle = VietSyllable::ToneStyle;

    explicit VietComposer(Method method = Method::Telex, ToneStyle style = ToneStyle::Traditional);

    Method method() const { return m_method; }
    void setMethod(Method method);
    ToneStyle toneStyle() const { return m_style; }
    /** Changes how the current and later words place their tone. */
    void setToneStyle(ToneStyle style) { m_style = style; }

    /** Feeds one key. True when it went into the word; false when it is no word key (space,
        punctuation, a digit in Telex, anything not ASCII): the word is left as it is. */
    bool typeKey(QChar key);
    /** Removes the last character of the word; false when the word was already empty. */
    bool backspace();
    /** The word as it shows now. */
    QString preedit() const { return m_word.text(m_style); }
    bool isEmpty() const { return m_word.isEmpty(); }
    /** Returns the word and starts a new one. */
    QString commit();
    /** Drops the word. */
    void clear();

    /** Types a whole text through a composer: keys that are not taken commit the word and
        are copied; u'\b' is backspace, which deletes the last committed character when the
        word is empty. For tests and tools. */
    static QString compose(QStringView keys, Method method = Method::Telex,
                           ToneStyle style = ToneStyle::Traditional);

    /** The search key of a text: TextFold::fold, so hòa and hoà (both styles) fold alike. */
    static QString fold(QStringView text);

private:
    using Mark = VietSyllable::Mark;
    using Tone = VietSyllable::Tone;

    bool apply(char16_t key, bool upper);
    bool applyTone(Tone tone, char16_t key, bool upper);
    bool clearTone();
    bool applyCircumflex(char16_t target, char16_t key, bool upper);
    bool applyHorn(char16_t key, bool upper);
    bool applyBreve(char16_t key, bool upper);
    bool applyStroke(bool firstLetterOnly, char16_t key, bool upper);
    bool lonePrefixForW() const;
    void appendLetter(char16_t key, bool upper);
    /** Undoes by typing the key as a letter, and keeps the rest of the word literal. */
    void undoWith(char16_t key, bool upper);
    bool literal() const { return m_literalFrom >= 0; }

    Method m_method;
    ToneStyle m_style;
    VietSyllable m_word;
    qsizetype m_literalFrom = -1;   // index of the letter an undo typed; -1 while composing
};
