// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/** Runs a prepared statement with its values bound in order. */
StoreResult<> run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::from(q.lastError());
    return {};
}

}

Outbox::Outbox(Database &db) : m_db(db)
{
}

StoreResult<> Outbox::enqueue(const QString &recordId)
{
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("INSERT INTO outbox (record_id, attempts, last_error) VALUES (?, 0, '')"), {recordId});
}

StoreResult<QList<QueuedRecord>> Outbox::nextBatch(int maxRecords, qint64 maxBytes) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.kind, r.schema, r.created_at, r.ward, r.kiosk_id, r.receipt_code,"
                             " r.entered_by, r.payload, r.personal, r.photo"
                             " FROM outbox o JOIN records r ON r.id = o.record_id WHERE o.held = 0"
                             " ORDER BY r.created_at, r.rowid LIMIT ?"));
    q.addBindValue(maxRecords);
    if (!q.exec())
        return StoreError::from(q.lastError());
    QList<QueuedRecord> batch;
    qint64 bytes = 0;
    while (q.next()) {
        QueuedRecord r;
        r.payload = q.value(8).toString();
        r.personal = q.value(9).toString();
        r.photo = q.value(10).toByteArray();
        // The photo travels as base64; 400 bytes cover the envelope's other fields.
        const qint64 size = r.payload.size() + r.personal.size() + r.photo.size() * 4 / 3 + 400;
        if (!batch.isEmpty() && bytes + size > maxBytes)
            break;
        bytes += size;
        r.id = q.value(0).toString();
        r.kind = q.value(1).toString();
        r.schema = q.value(2).toInt();
        r.createdAt = q.value(3).toString();
        r.ward = q.value(4).toString();
        r.kioskId = q.value(5).toString();
        r.receiptCode = q.value(6).toString();
        r.enteredBy = q.value(7).toString();
        batch.append(std::move(r));
    }
    return batch;
}

StoreResult<> Outbox::markDelivered(const QString &recordId)
{
    // Code, kind, summary and status stay; RecordStore::purgeConfirmed drops who made it.
    QSqlQuery q(m_db.connection());
    if (auto r = run(q, QStringLiteral("UPDATE records SET sync_state = 'confirmed',"
                                       " status = CASE status WHEN 'submitted' THEN 'received' ELSE status END WHERE id = ?"),
                     {recordId});
        !r)
        return r;
    return run(q, QStringLiteral("DELETE FROM outbox WHERE record_id = ?"), {recordId});
}

StoreResult<> Outbox::markHeld(const QString &recordId, const QString &reason)
{
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("UPDATE outbox SET held = 1, attempts = attempts + 1, last_error = ? WHERE record_id = ?"),
               {reason, recordId});
}

OutboxCounts Outbox::counts() const
{
    OutboxCounts c;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT coalesce(sum(held = 0), 0), coalesce(sum(held != 0), 0) FROM outbox")) && q.next()) {
        c.pending = q.value(0).toLongLong();
        c.held = q.value(1).toLongLong();
    }
    return c;
}

StoreResult<> Outbox::adoptQueued(const QString &kioskId, const QString &ward)
{
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("UPDATE records SET kiosk_id = ?, ward = ? WHERE id IN (SELECT record_id FROM outbox WHERE held = 0)"),
               {kioskId, ward});
}
