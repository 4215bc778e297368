// SPDX-License-Identifier: GPL-3.0-or-later
#include "phone.h"

namespace Phone {

namespace {

const LocalizedText &mobileRule()
{
    static const LocalizedText text{
            QStringLiteral("Số di động có 10 chữ số và bắt đầu bằng 03, 05, 07, 08 hoặc 09, ví dụ 0912 345 678."),
            QStringLiteral("A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09, for example 0912 345 678.")};
    return text;
}

bool mobileStart(QChar second)
{
    return second == u'3' || second == u'5' || second == u'7' || second == u'8' || second == u'9';
}

}

bool isNormalized(QStringView number)
{
    if (number.size() != 10 || number.at(0) != u'0' || !mobileStart(number.at(1)))
        return false;
    for (const QChar c : number)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QString normalize(QStringView typed, LocalizedText *problem)
{
    auto fail = [problem](const LocalizedText &text) {
        if (problem)
            *problem = text;
        return QString();
    };
    const QString folded = typed.toString().normalized(QString::NormalizationForm_KC);
    QString digits;
    bool plus = false;
    for (const QChar c : folded) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (c.isSpace() || c == u'.' || c == u'-' || c == u'(' || c == u')'
                   || c.category() == QChar::Other_Format) {
            continue;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else {
            return fail({QStringLiteral("Số điện thoại chỉ gồm chữ số (có thể có dấu cách). ") + mobileRule().vi,
                         QStringLiteral("A phone number has only digits (spaces are fine). ") + mobileRule().en});
        }
    }
    if (digits.isEmpty())
        return fail({QStringLiteral("Xin nhập số điện thoại di động."), QStringLiteral("Please enter a mobile phone number.")});

    // Country code: +84 …, 84 … (then 9 digits, or 10 with the trunk 0 people often keep), 0084 ….
    QString national;
    if (plus || digits.startsWith(QStringLiteral("0084")) || (digits.startsWith(QStringLiteral("84")) && digits.size() >= 11)) {
        const qsizetype skip = digits.startsWith(QStringLiteral("0084")) && !plus ? 4 : 2;
        if (!digits.startsWith(skip == 4 ? QStringLiteral("0084") : QStringLiteral("84")))
            return fail({QStringLiteral("Chỉ nhận số di động Việt Nam (+84). ") + mobileRule().vi,
                         QStringLiteral("Only Vietnamese mobile numbers (+84) are accepted. ") + mobileRule().en});
        national = digits.mid(skip);
        if (!national.startsWith(u'0'))
            national.prepend(u'0');
    } else {
        national = digits;
    }

    if (national.size() >= 2 && national.at(0) == u'0' && national.at(1) == u'2')
        return fail({QStringLiteral("Đây là số máy bàn. ") + mobileRule().vi,
                     QStringLiteral("This is a landline number. ") + mobileRule().en});
    if (national.size() != 10)
        return fail({QStringLiteral("Số này có %1 chữ số. ").arg(national.size()) + mobileRule().vi,
                     QStringLiteral("This number has %1 digits. ").arg(national.size()) + mobileRule().en});
    if (!isNormalized(national))
        return fail(mobileRule());
    if (problem)
        *problem = {};
    return national;
}

}
