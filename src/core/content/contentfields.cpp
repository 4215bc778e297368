// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfields.h"

#include "localizedtext.h"
#include "text/textfold.h"

#include <QJsonValue>

#include <cmath>

namespace {
bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }
}

bool ContentFields::problem(const QString &vi, const QString &en)
{
    problemVi = vi;
    problemEn = en;
    return false;
}

bool ContentFields::text(const QJsonObject &o, const char *key, int maxLength, bool required, QString *out,
                         bool keepNewlines)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QLatin1String name(key);
    if (absent(v)) {
        if (!required)
            return true;
        return problem(QStringLiteral("thiếu trường “%1”").arg(name), QStringLiteral("field “%1” is missing").arg(name));
    }
    if (!v.isString())
        return problem(QStringLiteral("trường “%1” phải là chuỗi ký tự").arg(name),
                       QStringLiteral("field “%1” must be a string").arg(name));
    const QString cleaned = TextFold::clean(v.toString(), keepNewlines);
    if (cleaned.size() > maxLength)
        return problem(QStringLiteral("trường “%1” dài quá %2 ký tự").arg(name).arg(maxLength),
                       QStringLiteral("field “%1” is longer than %2 characters").arg(name).arg(maxLength));
    if (required && cleaned.isEmpty())
        return problem(QStringLiteral("trường “%1” đang trống").arg(name), QStringLiteral("field “%1” is empty").arg(name));
    *out = cleaned;
    return true;
}

bool ContentFields::localized(const QJsonObject &o, const char *base, int maxLength, bool required, LocalizedText *out,
                              bool keepNewlines)
{
    const QByteArray vi = QByteArray(base) + "Vi";
    const QByteArray en = QByteArray(base) + "En";
    return text(o, vi.constData(), maxLength, required, &out->vi, keepNewlines)
            && text(o, en.constData(), maxLength, false, &out->en, keepNewlines);
}

bool ContentFields::integer(const QJsonObject &o, const char *key, qint64 min, qint64 max, qint64 *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return problem(QStringLiteral("trường “%1” phải là số nguyên từ %2 đến %3").arg(QLatin1String(key)).arg(min).arg(max),
                       QStringLiteral("field “%1” must be a whole number from %2 to %3")
                               .arg(QLatin1String(key)).arg(min).arg(max));
    *out = qint64(d);
    return true;
}

bool ContentFields::optionalInteger(const QJsonObject &o, const char *key, qint64 min, qint64 max, qint64 *out)
{
    return absent(o.value(QLatin1String(key))) || integer(o, key, min, max, out);
}

bool ContentFields::date(const QJsonObject &o, const char *key, QDate *out)
{
    const QString s = o.value(QLatin1String(key)).toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (s.size() != 10 || !d.isValid())
        return problem(QStringLiteral("trường “%1” phải là ngày dạng YYYY-MM-DD").arg(QLatin1String(key)),
                       QStringLiteral("field “%1” must be a date as YYYY-MM-DD").arg(QLatin1String(key)));
    *out = d;
    return true;
}

bool ContentFields::optionalDate(const QJsonObject &o, const char *key, QDate *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    // The hub writes an empty actual end as absent; an empty string means the same.
    if (absent(v) || (v.isString() && v.toString().isEmpty()))
        return true;
    return date(o, key, out);
}
