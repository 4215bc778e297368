// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include <QDateTime>
#include <QLocale>

#include <array>
#include <cmath>

namespace Formatting {
namespace {

bool isEnglish(QStringView language) { return language == u"en"; }

// Digits grouped in threes with the given separator.
QString grouped(quint64 value, QChar separator)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return digits;
}

// value / unit with at most two decimals, trailing zeros dropped: 1.5, 1.25, 850.
QString scaled(quint64 value, quint64 unit, QChar group, QChar decimal)
{
    // Whole units and the rounded remainder apart, so no product can overflow.
    quint64 whole = value / unit;
    quint64 rest = ((value % unit) * 100 + unit / 2) / unit;
    if (rest == 100) {
        ++whole;
        rest = 0;
    }
    const quint64 hundredths = whole * 100 + rest;
    QString text = grouped(hundredths / 100, group);
    const quint64 fraction = hundredths % 100;
    if (fraction != 0) {
        QString f = QStringLiteral("%1").arg(fraction, 2, 10, QChar(u'0'));
        if (f.endsWith(u'0'))
            f.chop(1);
        text += decimal + f;
    }
    return text;
}

}

QString number(qint64 value, QStringView language)
{
    const QString body = grouped(quint64(value < 0 ? -value : value), isEnglish(language) ? u',' : u'.');
    return value < 0 ? QStringLiteral("-") + body : body;
}

QString decimal(double value, QStringView language)
{
    if (!std::isfinite(value) || std::abs(value) > 1e15)
        return QStringLiteral("—");
    const bool en = isEnglish(language);
    const bool negative = value < 0;
    const quint64 hundredths = quint64(std::llround(std::abs(value) * 100));
    const QString body = scaled(hundredths, 100, en ? u',' : u'.', en ? u'.' : u',');
    return negative ? QStringLiteral("-") + body : body;
}

QString money(qint64 vnd, QStringView language)
{
    const bool en = isEnglish(language);
    const QChar group = en ? u',' : u'.';
    const QChar decimal = en ? u'.' : u',';
    const quint64 v = quint64(vnd < 0 ? 0 : vnd);
    constexpr quint64 billion = 1'000'000'000ULL;
    constexpr quint64 million = 1'000'000ULL;
    // Amounts from 999.995 million up round to billions rather than showing "1.000 triệu".
    if (v >= billion - 5 * million / 1000) {
        const QString n = scaled(v, billion, group, decimal);
        return en ? QStringLiteral("VND %1 billion").arg(n) : QStringLiteral("%1 tỷ đồng").arg(n);
    }
    if (v >= million) {
        const QString n = scaled(v, million, group, decimal);
        return en ? QStringLiteral("VND %1 million").arg(n) : QStringLiteral("%1 triệu đồng").arg(n);
    }
    const QString n = grouped(v, group);
    return en ? QStringLiteral("VND %1").arg(n) : QStringLiteral("%1 đồng").arg(n);
}

QString date(QDate d, QStringView language)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (isEnglish(language))
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMM yyyy"));
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString longDate(QDate d, QStringView language)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (isEnglish(language))
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("dddd, d MMMM yyyy"));
    // Written out rather than taken from the locale so the capitalisation is the one used
    // on Vietnamese public notices ("Thứ Sáu"), whatever the CLDR version says.
    static const std::array<const char16_t *, 7> days = {
        u"Thứ Hai", u"Thứ Ba", u"Thứ Tư", u"Thứ Năm", u"Thứ Sáu", u"Thứ Bảy", u"Chủ Nhật"};
    return QStringLiteral("%1, %2").arg(QString::fromUtf16(days[size_t(d.dayOfWeek() - 1)]),
                                        d.toString(QStringLiteral("dd/MM/yyyy")));
}

QString localDateTime(const QString &iso, QStringView language)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return {};
    t = t.toLocalTime();
    return date(t.date(), language) + u' ' + t.time().toString(QStringLiteral("HH:mm"));
}

}
