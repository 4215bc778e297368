// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

class HubDatabase;

/** The board's published months (table board_months, migration 7): once a month is frozen
    its board is kept as it was published and never computed again, so a handover verified
    late cannot rewrite it. A month is written once; freezing it again changes nothing. */
class BoardMonths
{
public:
    explicit BoardMonths(HubDatabase &db);

    struct Frozen
    {
        QByteArray json;
        QString publishedAt;
    };
    /** The frozen months from first to last (yyyy-MM, both included), by month; nullopt when
        the database cannot answer. */
    std::optional<QMap<QString, Frozen>> read(const QString &first, const QString &last);
    enum class Outcome { Frozen, AlreadyFrozen, StorageError };
    Outcome freeze(const QString &month, const QByteArray &json, const QString &publishedAt);

private:
    HubDatabase &m_db;
};
