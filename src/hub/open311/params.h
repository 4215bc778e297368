// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace Open311 {

/** A request's parameters from the URL and, for POST, the form body; the body wins. Form
    encoding writes a space as '+', which QUrlQuery leaves alone, so it is turned back first. */
class Params
{
public:
    Params(const QUrlQuery &query, const QByteArray &formBody);

    /** The value, trimmed; empty when absent. */
    QString value(const QString &key) const { return m_values.value(key).trimmed(); }
    bool has(const QString &key) const { return !value(key).isEmpty(); }

private:
    void read(const QUrlQuery &q);

    QHash<QString, QString> m_values;
};

/** The non-empty items of a comma-separated parameter, trimmed. */
QStringList commaList(const QString &value);

/** A W3C datetime with Z or an offset, or a bare date (its first or last instant, UTC).
    A '+' that arrived as a space (an unencoded offset) is put back. */
std::optional<QDateTime> w3cDateTime(QString text, bool endOfDay);

}
