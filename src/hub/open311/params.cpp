// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311/params.h"

namespace Open311 {

Params::Params(const QUrlQuery &query, const QByteArray &formBody)
{
    read(query);
    if (!formBody.isEmpty()) {
        QByteArray b = formBody;
        b.replace('+', "%20");
        read(QUrlQuery(QString::fromUtf8(b)));
    }
}

void Params::read(const QUrlQuery &q)
{
    const auto items = q.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        m_values.insert(key, value);
}

QStringList commaList(const QString &value)
{
    QStringList out;
    const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

std::optional<QDateTime> w3cDateTime(QString text, bool endOfDay)
{
    text = text.trimmed().replace(u' ', u'+');
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return endOfDay ? QDateTime(d, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toUTC();
}

}
