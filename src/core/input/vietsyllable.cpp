// SPDX-License-Identifier: GPL-3.0-or-later
#include "vietsyllable.h"

#include <QStringList>

namespace {

using Mark = VietSyllable::Mark;
using Tone = VietSyllable::Tone;

// The finals a Vietnamese syllable can end in.
const QStringList &finals()
{
    static const QStringList list{QString(), QStringLiteral("c"), QStringLiteral("ch"),
                                  QStringLiteral("m"), QStringLiteral("n"), QStringLiteral("ng"),
                                  QStringLiteral("nh"), QStringLiteral("p"), QStringLiteral("t")};
    return list;
}

// Letters are built as base + combining marks and composed by NFC, so no table of the 134
// precomposed Vietnamese letters is written by hand.
char16_t combiningMark(Mark m)
{
    switch (m) {
    case Mark::Circumflex: return 0x0302;
    case Mark::Breve: return 0x0306;
    case Mark::Horn: return 0x031B;
    case Mark::None:
    case Mark::Stroke: break;
    }
    return 0;
}

char16_t combiningTone(Tone t)
{
    switch (t) {
    case Tone::Acute: return 0x0301;
    case Tone::Grave: return 0x0300;
    case Tone::Hook: return 0x0309;
    case Tone::Tilde: return 0x0303;
    case Tone::Dot: return 0x0323;
    case Tone::None: break;
    }
    return 0;
}

bool isPair(const QList<VietSyllable::Letter> &l, qsizetype i, char16_t a, char16_t b)
{
    return i + 1 < l.size() && l.at(i).base == a && l.at(i + 1).base == b;
}

}

bool VietSyllable::isVowel(char16_t base)
{
    switch (base) {
    case u'a': case u'e': case u'i': case u'o': case u'u': case u'y':
        return true;
    default:
        return false;
    }
}

VietSyllable::Shape VietSyllable::shape() const
{
    Shape s;
    const qsizetype n = letters.size();
    qsizetype i = 0;
    while (i < n && !isVowel(letters.at(i).base))
        ++i;
    s.groupBegin = i;
    while (i < n && isVowel(letters.at(i).base))
        ++i;
    s.groupEnd = i;
    bool secondGroup = false;
    for (; i < n; ++i) {
        if (isVowel(letters.at(i).base))
            secondGroup = true;
        s.finalPart.append(QChar(letters.at(i).base));
    }
    // gi and qu are onsets when a vowel follows: già, giữa, quả. A lone gi keeps its i (gì).
    if (s.groupBegin == 1 && s.groupSize() >= 1) {
        const char16_t onset = letters.at(0).base;
        const Letter &first = letters.at(1);
        if (onset == u'g' && first.base == u'i' && s.groupSize() >= 2)
            ++s.groupBegin;
        else if (onset == u'q' && first.base == u'u' && first.mark == Mark::None)
            ++s.groupBegin;
    }
    s.valid = !secondGroup && s.groupSize() <= 3 && finals().contains(s.finalPart);
    return s;
}

QList<VietSyllable::Mark> VietSyllable::shownMarks(const Shape &s) const
{
    QList<Mark> marks;
    marks.reserve(letters.size());
    for (const Letter &l : letters)
        marks.append(l.mark);
    for (qsizetype i = s.groupBegin; i + 1 < s.groupEnd; ++i) {
        if (!isPair(letters, i, u'u', u'o') || letters.at(i).mark != Mark::Horn)
            continue;
        const bool open = i + 2 == letters.size();
        if (letters.at(i).pairHorn && letters.at(i + 1).mark == Mark::Horn && open)
            marks[i] = Mark::None;                       // thuở, huơ
        else if (!letters.at(i).pairHorn && letters.at(i + 1).mark == Mark::None)
            marks[i + 1] = Mark::Horn;                   // ư then o: ươ
    }
    return marks;
}

qsizetype VietSyllable::toneCarrier(ToneStyle style) const
{
    if (tone == Tone::None)
        return -1;
    const Shape s = shape();
    if (!s.hasVowel())
        return -1;
    const QList<Mark> marks = shownMarks(s);
    for (qsizetype i = s.groupEnd - 1; i >= s.groupBegin; --i) {
        if (marks.at(i) == Mark::Circumflex || marks.at(i) == Mark::Breve || marks.at(i) == Mark::Horn)
            return i;
    }
    const qsizetype b = s.groupBegin;
    switch (s.groupSize()) {
    case 1:
        return b;
    case 2: {
        if (!s.finalPart.isEmpty())
            return b + 1;
        const bool glide = isPair(letters, b, u'o', u'a') || isPair(letters, b, u'o', u'e')
            || isPair(letters, b, u'u', u'y');
        return glide && style == ToneStyle::Modern ? b + 1 : b;
    }
    default:
        return b + 1;   // the middle of three (and something sensible for longer runs)
    }
}

QString VietSyllable::text(ToneStyle style) const
{
    const Shape s = shape();
    const QList<Mark> marks = shownMarks(s);
    const qsizetype carrier = toneCarrier(style);
    QString out;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const Letter &l = letters.at(i);
        QString piece;
        if (l.mark == Mark::Stroke && l.base == u'd') {
            piece = QString(QChar(u'đ'));
        } else {
            piece = QString(QChar(l.base));
            if (const char16_t m = combiningMark(marks.at(i)))
                piece.append(QChar(m));
        }
        if (i == carrier)
            piece.append(QChar(combiningTone(tone)));
        piece = piece.normalized(QString::NormalizationForm_C);
        out.append(l.upper ? piece.toUpper() : piece);
    }
    return out;
}

void VietSyllable::freezeMarks()
{
    const QList<Mark> marks = shownMarks(shape());
    for (qsizetype i = 0; i < letters.size(); ++i) {
        letters[i].mark = marks.at(i);
        letters[i].pairHorn = false;
    }
}
