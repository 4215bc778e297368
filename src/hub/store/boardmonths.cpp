// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/boardmonths.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "hubtransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

BoardMonths::BoardMonths(HubDatabase &db) : m_db(db)
{
}

std::optional<QMap<QString, BoardMonths::Frozen>> BoardMonths::read(const QString &first, const QString &last)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT month, json, published_at FROM board_months WHERE month >= ? AND month <= ?"));
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read the board's frozen months:" << q.lastError().text();
        return std::nullopt;
    }
    QMap<QString, Frozen> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString().toUtf8(), q.value(2).toString()});
    return out;
}

BoardMonths::Outcome BoardMonths::freeze(const QString &month, const QByteArray &json, const QString &publishedAt)
{
    // The first publication stands: a second hub freezing the same month at the same time
    // (several hubs share one PostgreSQL) leaves the first row as it is. A transaction of its
    // own, so the data generation rises with it (a cached board is computed afresh).
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return Outcome::StorageError;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO board_months (month, json, published_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (month) DO NOTHING"));
    q.addBindValue(month);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(publishedAt);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot freeze a month of the board:" << q.lastError().text();
        return Outcome::StorageError;
    }
    if (q.numRowsAffected() <= 0)
        return Outcome::AlreadyFrozen;
    if (!transaction.commit())
        return Outcome::StorageError;
    qCInfo(lcHubStore).noquote() << "board month" << month << "frozen";
    return Outcome::Frozen;
}
