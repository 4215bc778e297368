// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <QList>

namespace TextFold {

QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        QChar f;
        if (c == u'đ' || c == u'Đ')
            f = u'd';
        else if (c.isLetterOrNumber())
            f = c.toCaseFolded();
        else {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(f);
    }
    return out;
}

QString clean(QStringView text, bool keepNewlines)
{
    // Walk code points so that surrogate pairs (emoji) survive and lone halves are dropped
    // (toUcs4() would turn them into U+FFFD).
    const QString nfc = text.toString().normalized(QString::NormalizationForm_C);
    QList<uint> points;
    points.reserve(nfc.size());
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const QChar c = nfc.at(i);
        if (c.isHighSurrogate() && i + 1 < nfc.size() && nfc.at(i + 1).isLowSurrogate()) {
            points.append(QChar::surrogateToUcs4(c, nfc.at(i + 1)));
            ++i;
        } else if (!c.isSurrogate()) {
            points.append(c.unicode());
        }
    }
    QString out;
    out.reserve(points.size());
    bool pendingSpace = false;
    bool pendingNewline = false;
    for (const uint cp : points) {
        if (keepNewlines && (cp == u'\n' || cp == 0x2028 || cp == 0x2029)) {
            pendingNewline = !out.isEmpty();
            continue;
        }
        if (QChar::isSpace(cp)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        switch (QChar::category(cp)) {
        case QChar::Other_Control:      // C0/C1 controls
        case QChar::Other_Format:       // bidi overrides, zero-width characters
        case QChar::Other_Surrogate:    // a lone half of a pair
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            continue;
        default:
            break;
        }
        if (pendingNewline)
            out.append(u'\n');
        else if (pendingSpace)
            out.append(u' ');
        pendingNewline = pendingSpace = false;
        const char32_t c32 = cp;
        out.append(QString::fromUcs4(&c32, 1));
    }
    return out;
}

}
