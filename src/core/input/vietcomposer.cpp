// SPDX-License-Identifier: GPL-3.0-or-later
#include "vietcomposer.h"

#include "text/textfold.h"

namespace {

using Mark = VietSyllable::Mark;
using Tone = VietSyllable::Tone;

Tone telexTone(char16_t key)
{
    switch (key) {
    case u's': return Tone::Acute;
    case u'f': return Tone::Grave;
    case u'r': return Tone::Hook;
    case u'x': return Tone::Tilde;
    case u'j': return Tone::Dot;
    default: return Tone::None;
    }
}

Tone vniTone(char16_t key)
{
    switch (key) {
    case u'1': return Tone::Acute;
    case u'2': return Tone::Grave;
    case u'3': return Tone::Hook;
    case u'4': return Tone::Tilde;
    case u'5': return Tone::Dot;
    default: return Tone::None;
    }
}

bool stopFinal(const QString &finalPart)
{
    return finalPart == u"c" || finalPart == u"ch" || finalPart == u"p" || finalPart == u"t";
}

}

VietComposer::VietComposer(Method method, ToneStyle style)
    : m_method(method), m_style(style)
{
}

void VietComposer::setMethod(Method method)
{
    if (method != m_method)
        clear();
    m_method = method;
}

bool VietComposer::typeKey(QChar key)
{
    const char16_t lower = key.toLower().unicode();
    const bool letter = lower >= u'a' && lower <= u'z';
    const bool digit = lower >= u'0' && lower <= u'9';
    if (!letter && !(digit && m_method == Method::Vni))
        return false;
    const bool upper = key.isUpper();
    if (literal() || !apply(lower, upper))
        appendLetter(lower, upper);
    return true;
}

bool VietComposer::apply(char16_t key, bool upper)
{
    if (m_method == Method::Telex) {
        if (const Tone t = telexTone(key); t != Tone::None)
            return applyTone(t, key, upper);
        switch (key) {
        case u'z': return clearTone();
        case u'a': case u'e': case u'o': return applyCircumflex(key, key, upper);
        case u'w': return applyHorn(key, upper);
        case u'd': return applyStroke(true, key, upper);
        default: return false;
        }
    }
    if (const Tone t = vniTone(key); t != Tone::None)
        return applyTone(t, key, upper);
    switch (key) {
    case u'0': return clearTone();
    case u'6': return applyCircumflex(0, key, upper);
    case u'7': return applyHorn(key, upper);
    case u'8': return applyBreve(key, upper);
    case u'9': return applyStroke(false, key, upper);
    default: return false;
    }
}

bool VietComposer::applyTone(Tone tone, char16_t key, bool upper)
{
    const VietSyllable::Shape s = m_word.shape();
    if (!s.valid || !s.hasVowel())
        return false;
    if (stopFinal(s.finalPart) && tone != Tone::Acute && tone != Tone::Dot)
        return false;
    if (m_word.tone == tone) {
        m_word.tone = Tone::None;
        undoWith(key, upper);
    } else {
        m_word.tone = tone;
    }
    return true;
}

bool VietComposer::clearTone()
{
    const VietSyllable::Shape s = m_word.shape();
    if (!s.valid || m_word.tone == Tone::None)
        return false;
    m_word.tone = Tone::None;
    return true;
}

// target is the vowel the key doubles (Telex a, e, o) or 0 for VNI's 6 (the last a, e or o).
bool VietComposer::applyCircumflex(char16_t target, char16_t key, bool upper)
{
    const VietSyllable::Shape s = m_word.shape();
    if (!s.valid)
        return false;
    for (qsizetype i = s.groupEnd - 1; i >= s.groupBegin; --i) {
        VietSyllable::Letter &l = m_word.letters[i];
        const bool fits = target ? l.base == target
                                 : (l.base == u'a' || l.base == u'e' || l.base == u'o');
        if (!fits)
            continue;
        if (l.mark == Mark::Circumflex) {
            l.mark = Mark::None;
            undoWith(key, upper);
        } else {
            VietSyllable::Letter *before = i > 0 ? &m_word.letters[i - 1] : nullptr;
            if (l.base == u'o' && before && before->base == u'u' && before->mark == Mark::Horn) {
                before->mark = Mark::None;                 // ươ + o: uô, not ưô
                before->pairHorn = false;
            }
            l.mark = Mark::Circumflex;                     // also â from ă, ô from ơ
        }
        return true;
    }
    return false;
}

bool VietComposer::applyHorn(char16_t key, bool upper)
{
    const bool telex = m_method == Method::Telex;
    const VietSyllable::Shape s = m_word.shape();
    if (!s.valid)
        return false;
    QList<VietSyllable::Letter> &l = m_word.letters;
    // uo together: ươ (uơ while the word ends there).
    for (qsizetype i = s.groupBegin; i + 1 < s.groupEnd; ++i) {
        if (l.at(i).base != u'u' || l.at(i + 1).base != u'o')
            continue;
        if (l.at(i).mark == Mark::Horn && l.at(i + 1).mark == Mark::Horn) {
            const bool fromW = l.at(i).fromW;
            l[i] = VietSyllable::Letter{fromW ? u'w' : u'u', l.at(i).upper};  // woww: wow
            l[i + 1].mark = Mark::None;
            undoWith(key, upper);
            if (fromW)
                m_literalFrom = i;
        } else {
            l[i].pairHorn = l.at(i).mark != Mark::Horn;
            l[i].mark = l[i + 1].mark = Mark::Horn;
        }
        return true;
    }
    // oa: the w is the a's breve (hoặc), in Telex where w is also the breve key.
    for (qsizetype i = s.groupBegin; telex && i + 1 < s.groupEnd; ++i) {
        if (l.at(i).base == u'o' && l.at(i + 1).base == u'a')
            return applyBreve(key, upper);
    }
    for (qsizetype i = s.groupBegin; i < s.groupEnd; ++i) {
        if (l.at(i).base != u'u' && l.at(i).base != u'o')
            continue;
        if (l.at(i).mark != Mark::Horn) {
            l[i].mark = Mark::Horn;
        } else if (l.at(i).fromW) {
            l[i] = VietSyllable::Letter{key, l.at(i).upper}; // ww: the first w was the ư
            m_literalFrom = i;
        } else {
            l[i].mark = Mark::None;
            undoWith(key, upper);
        }
        return true;
    }
    if (!telex)
        return false;
    if (applyBreve(key, upper))
        return true;
    if (!lonePrefixForW())
        return false;
    m_word.letters.append(VietSyllable::Letter{u'u', upper, Mark::Horn, false, true});
    return true;
}

// Where a lone Telex w is an ư: an empty word, or consonants only (not ending in q or qu),
// or a lone gi (giw → giư, then giữa).
bool VietComposer::lonePrefixForW() const
{
    const VietSyllable::Shape s = m_word.shape();
    const QList<VietSyllable::Letter> &l = m_word.letters;
    if (s.hasVowel())
        return l.size() == 2 && l.at(0).base == u'g' && l.at(1).base == u'i';
    return l.isEmpty() || (l.constLast().base != u'q' && l.constLast().base != u'u');
}

bool VietComposer::applyBreve(char16_t key, bool upper)
{
    const VietSyllable::Shape s = m_word.shape();
    if (!s.valid)
        return false;
    for (qsizetype i = s.groupEnd - 1; i >= s.groupBegin; --i) {
        VietSyllable::Letter &l = m_word.letters[i];
        if (l.base != u'a')
            continue;
        if (l.mark == Mark::Breve) {
            l.mark = Mark::None;
            undoWith(key, upper);
        } else {
            l.mark = Mark::Breve;
        }
        return true;
    }
    return false;
}

bool VietComposer::applyStroke(bool firstLetterOnly, char16_t key, bool upper)
{
    if (m_word.isEmpty() || m_word.letters.constFirst().base != u'd')
        return false;
    if (firstLetterOnly && m_word.letters.size() != 1)
        return false;
    VietSyllable::Letter &d = m_word.letters.first();
    if (d.mark == Mark::Stroke) {
        d.mark = Mark::None;
        undoWith(key, upper);
    } else {
        d.mark = Mark::Stroke;
    }
    return true;
}

void VietComposer::appendLetter(char16_t key, bool upper)
{
    m_word.letters.append(VietSyllable::Letter{key, upper});
}

void VietComposer::undoWith(char16_t key, bool upper)
{
    appendLetter(key, upper);
    m_literalFrom = m_word.letters.size() - 1;
}

bool VietComposer::backspace()
{
    if (m_word.isEmpty())
        return false;
    const qsizetype last = m_word.letters.size() - 1;
    const bool toneOnLast = m_word.toneCarrier(m_style) == last;
    m_word.freezeMarks();
    m_word.letters.removeLast();
    if (toneOnLast || !m_word.shape().hasVowel())
        m_word.tone = Tone::None;
    if (m_literalFrom >= m_word.letters.size())
        m_literalFrom = -1;
    return true;
}

QString VietComposer::commit()
{
    const QString text = preedit();
    clear();
    return text;
}

void VietComposer::clear()
{
    m_word = VietSyllable();
    m_literalFrom = -1;
}

QString VietComposer::compose(QStringView keys, Method method, ToneStyle style)
{
    VietComposer composer(method, style);
    QString out;
    for (const QChar key : keys) {
        if (key == u'\b') {
            if (!composer.backspace())
                out.chop(1);
        } else if (!composer.typeKey(key)) {
            out += composer.commit();
            out += key;
        }
    }
    return out + composer.commit();
}

QString VietComposer::fold(QStringView text)
{
    return TextFold::fold(text);
}
