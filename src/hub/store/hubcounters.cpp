// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubcounters.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "records/receiptcode.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

HubCounters::HubCounters(HubDatabase &db) : m_db(db)
{
}

std::optional<qint64> HubCounters::next(const QString &name)
{
    // The row lock this upsert takes is held to the end of the transaction, so hubs sharing
    // one PostgreSQL never hand out the same value.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1)"
                             " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        qCWarning(lcHubStore) << "cannot advance counter" << name << q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QString> HubCounters::nextReceiptCode(const QString &prefix)
{
    QSqlQuery q(m_db.connection());
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const std::optional<qint64> sequence = next(QStringLiteral("receipt:") + prefix);
        if (!sequence || *sequence > qint64(ReceiptCode::MaxSequence))
            return std::nullopt;
        const QString code = ReceiptCode::make(prefix, quint32(*sequence));
        q.prepare(QStringLiteral("SELECT 1 FROM records WHERE receipt_code = ?"));
        q.addBindValue(code);
        if (!q.exec())
            return std::nullopt;
        if (!q.next())
            return code;
    }
    return std::nullopt;
}
