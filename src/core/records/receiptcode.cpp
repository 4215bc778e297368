// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptcode.h"

#include <array>

namespace ReceiptCode {

namespace {

/** The value 0–30 of an alphabet character, or −1. A table beats a search: the 1,000,000-code
    test and every submit go through here. */
int valueOf(QChar c)
{
    static const auto table = [] {
        std::array<qint8, 128> t{};
        t.fill(-1);
        for (int i = 0; i < Base; ++i)
            t[Alphabet[i]] = qint8(i);
        return t;
    }();
    const char16_t u = c.unicode();
    return u < 128 ? table[u] : -1;
}

bool allInAlphabet(QStringView text)
{
    for (const QChar c : text)
        if (valueOf(c) < 0)
            return false;
    return true;
}

}

bool isValidPrefix(QStringView prefix)
{
    return prefix.size() >= 2 && prefix.size() <= 4 && allInAlphabet(prefix);
}

QChar checkCharacter(QStringView prefixAndSequence)
{
    int sum = 0;
    int weight = 1;
    for (const QChar c : prefixAndSequence) {
        const int v = valueOf(c);
        if (v < 0)
            return {};
        sum = (sum + weight * v) % Base;
        ++weight;
    }
    return QChar(Alphabet[(Base - sum) % Base]);
}

QString make(QStringView kioskPrefix, quint32 sequence)
{
    if (!isValidPrefix(kioskPrefix) || sequence > MaxSequence)
        return {};
    QChar digits[SequenceLength];
    for (int i = SequenceLength - 1; i >= 0; --i) {
        digits[i] = QChar(Alphabet[sequence % Base]);
        sequence /= Base;
    }
    QString compact = kioskPrefix.toString();
    compact.append(digits, SequenceLength);
    const QChar check = checkCharacter(compact);
    QString code;
    code.reserve(kioskPrefix.size() + SequenceLength + 3);
    code.append(kioskPrefix).append(u'-').append(digits, SequenceLength).append(u'-').append(check);
    return code;
}

bool isValid(QStringView code)
{
    // PP[PP]-SSSSS-C
    const qsizetype n = code.size();
    const qsizetype prefixLength = n - SequenceLength - 3;
    if (prefixLength < 2 || prefixLength > 4 || code.at(prefixLength) != u'-' || code.at(n - 2) != u'-')
        return false;
    QString compact = code.left(prefixLength).toString();
    compact.append(code.mid(prefixLength + 1, SequenceLength));
    const QChar check = checkCharacter(compact);
    return !check.isNull() && check == code.at(n - 1);
}

QString normalize(QStringView typed, LocalizedText *problem)
{
    auto fail = [problem](LocalizedText text) {
        if (problem)
            *problem = std::move(text);
        return QString();
    };
    const QString folded = typed.toString().normalized(QString::NormalizationForm_KC).toUpper();
    QString compact;
    for (const QChar c : folded) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'_' || c == u'–' || c == u'—')
            continue;
        if (c == u'0' || c == u'O' || c == u'1' || c == u'I' || c == u'L')
            return fail({QStringLiteral("Mã biên nhận không có chữ O, I, L và số 0, 1. Xin đọc lại mã trên giấy biên nhận."),
                         QStringLiteral("Receipt codes never contain the letters O, I, L or the digits 0, 1. "
                                        "Please read the code on the receipt again.")});
        if (valueOf(c) < 0)
            return fail({QStringLiteral("Mã biên nhận chỉ gồm chữ cái và chữ số."),
                         QStringLiteral("A receipt code has only letters and digits.")});
        compact.append(c);
    }
    if (compact.isEmpty())
        return fail({QStringLiteral("Xin nhập mã biên nhận."), QStringLiteral("Please enter the receipt code.")});
    const qsizetype prefixLength = compact.size() - SequenceLength - 1;
    if (prefixLength < 2 || prefixLength > 4)
        return fail({QStringLiteral("Mã biên nhận có từ 8 đến 10 ký tự (không kể dấu gạch), ví dụ HP-4K7PQ-M."),
                     QStringLiteral("A receipt code has 8 to 10 characters (not counting dashes), for example HP-4K7PQ-M.")});
    const QString code = compact.left(prefixLength) + u'-' + compact.mid(prefixLength, SequenceLength) + u'-'
            + compact.at(compact.size() - 1);
    if (!isValid(code))
        return fail({QStringLiteral("Mã biên nhận không đúng: có thể một ký tự bị gõ nhầm hoặc đổi chỗ. Xin kiểm tra lại."),
                     QStringLiteral("This receipt code is not right: a character may be mistyped or swapped. "
                                    "Please check it again.")});
    if (problem)
        *problem = {};
    return code;
}

}
