// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/worksinput.h"

#include <QRegularExpression>

namespace WorksInput {

namespace {

QString compact(QString s)
{
    s = s.trimmed();
    // The currency people add out of habit.
    for (const QString &suffix : {QStringLiteral("đồng"), QStringLiteral("VND"), QStringLiteral("vnd"), QStringLiteral("đ")}) {
        if (s.endsWith(suffix)) {
            s.chop(suffix.size());
            s = s.trimmed();
        }
    }
    s.remove(u' ');
    s.remove(QChar(0x00A0));
    return s;
}

}

std::optional<qint64> money(const QString &typed)
{
    const QString s = compact(typed);
    static const QRegularExpression plain(QStringLiteral("^[0-9]{1,16}$"));
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}([.,][0-9]{3})+$"));
    if (!plain.match(s).hasMatch() && !grouped.match(s).hasMatch())
        return std::nullopt;
    // One separator kind only: "1.250,000" is a typing slip, not a number.
    if (s.contains(u'.') && s.contains(u','))
        return std::nullopt;
    QString digits = s;
    digits.remove(u'.');
    digits.remove(u',');
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok || v < 0 || v > 1'000'000'000'000'000LL)
        return std::nullopt;
    return v;
}

std::optional<double> quantity(const QString &typed)
{
    QString s = typed.trimmed();
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{1,10}([.,][0-9]{1,2})?$"));
    static const QRegularExpression viGrouped(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]{1,2})?$"));
    if (viGrouped.match(s).hasMatch()) {
        s.remove(u'.');
        s.replace(u',', u'.');
    } else if (decimal.match(s).hasMatch()) {
        s.replace(u',', u'.');
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !(v > 0) || v > 1e9)
        return std::nullopt;
    return v;
}

std::optional<QDate> date(const QString &typed)
{
    const QString s = typed.trimmed();
    if (s.isEmpty())
        return QDate();
    static const QRegularExpression dmy(QStringLiteral("^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    QDate d;
    if (const auto m = dmy.match(s); m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto m2 = iso.match(s); m2.hasMatch())
        d = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    if (!d.isValid() || d.year() < 1990 || d.year() > 2100)
        return std::nullopt;
    return d;
}

QString dateField(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString moneyField(qint64 vnd)
{
    QString digits = QString::number(vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return digits;
}

}
