// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptsequence.h"

#include "receiptcode.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ReceiptSequence {

StoreResult<qint64> advance(const QSqlDatabase &connection, const QString &counterName)
{
    // "counters.value": PostgreSQL finds a bare "value" ambiguous next to excluded.value.
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1)"
                             " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value"));
    q.addBindValue(counterName);
    if (!q.exec() || !q.next())
        return StoreError::from(q.lastError(), connection);
    return q.value(0).toLongLong();
}

QString counterName(const QString &prefix)
{
    return QStringLiteral("receipt:") + prefix;
}

StoreResult<QString> nextCode(const QSqlDatabase &connection, const QString &prefix)
{
    if (!ReceiptCode::isValidPrefix(prefix))
        return StoreError::failed(QStringLiteral("“%1” is not a receipt prefix").arg(prefix));
    QSqlQuery taken(connection);
    taken.prepare(QStringLiteral("SELECT 1 FROM records WHERE receipt_code = ?"));
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const StoreResult<qint64> sequence = advance(connection, counterName(prefix));
        if (!sequence)
            return sequence.error();
        if (sequence.value() > qint64(ReceiptCode::MaxSequence))
            return StoreError{StoreError::Kind::Exhausted,
                              QStringLiteral("every receipt code with prefix %1 is used").arg(prefix)};
        const QString code = ReceiptCode::make(prefix, quint32(sequence.value()));
        taken.addBindValue(code);
        if (!taken.exec())
            return StoreError::from(taken.lastError(), connection);
        const bool isTaken = taken.next();
        taken.finish();
        if (!isTaken)
            return code;
    }
    return StoreError::failed(QStringLiteral("no free receipt code"));
}

}
