// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/storeresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Database;

/** Records waiting in the outbox: to send, and held for staff because the hub refused them. */
struct OutboxCounts
{
    qsizetype pending = 0;
    qsizetype held = 0;
};

/** A queued record as it leaves for the hub: every column the protocol sends. payload and
    personal are compact JSON text as stored (personal is empty once purged, or when none was
    given); photo is the JPEG, empty when there is none. */
struct QueuedRecord
{
    QString id;
    QString kind;
    int schema = 0;
    QString createdAt;
    QString ward;
    QString kioskId;
    QString receiptCode;
    QString enteredBy;
    QString payload;
    QString personal;
    QByteArray photo;
};

/** The queue of records still to reach the city, one row per record: a record is enqueued in
    the transaction that stores it, leaves the queue once the hub has it, and stays, held for
    staff with the hub's reason, when the hub refuses it. Owns every statement on the outbox
    table. Calls that change more than one row belong inside the caller's Transaction. */
class Outbox
{
public:
    explicit Outbox(Database &db);

    /** Queues a stored record for delivery; call it in the transaction that wrote the record. */
    StoreResult<> enqueue(const QString &recordId);

    /** The next records to send, oldest first: at most maxRecords, and no more than about
        maxBytes on the wire (always at least one, however large). Held records are skipped. */
    StoreResult<QList<QueuedRecord>> nextBatch(int maxRecords, qint64 maxBytes) const;

    /** The hub has the record: it leaves the queue and the record counts as confirmed (its
        status becomes "received" unless the city set another). */
    StoreResult<> markDelivered(const QString &recordId);
    /** The hub refused the record: it stays queued, held for staff, with the hub's reason. */
    StoreResult<> markHeld(const QString &recordId, const QString &reason);

    /** Pending and held entries; zeros when the table cannot be read. */
    OutboxCounts counts() const;

    /** Records queued and not held become this kiosk's at enrolment (their receipt codes stay
        as printed). */
    StoreResult<> adoptQueued(const QString &kioskId, const QString &ward);

private:
    Database &m_db;
};
