// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "outbox/outbox.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/** What the hub's answer to one batch came to. */
struct DeliveryOutcome
{
    int accepted = 0;    // accepted or duplicate: the city has them
    int duplicates = 0;  // of those, the ones the city already had
    int held = 0;        // conflict or rejected: held for staff
    int unanswered = 0;  // no result: still queued for the next try
};

/** One batch of queued records on its way to the hub (`POST /api/v1/records`, protocol v1):
    the request body, then the hub's per-record results applied to the outbox in one
    transaction. Keeps only the ids while the request is under way. */
class DeliveryBatch
{
public:
    explicit DeliveryBatch(const QList<QueuedRecord> &records);

    bool isEmpty() const { return m_ids.isEmpty(); }
    qsizetype size() const { return m_ids.size(); }
    const QByteArray &requestBody() const { return m_body; }

    /** Applies the hub's answer: accepted and duplicate records leave the outbox, conflict
        and rejected ones are held with the hub's reason, the rest stay queued. All or nothing. */
    StoreResult<DeliveryOutcome> apply(Database &db, const QJsonObject &answer) const;

private:
    QList<QString> m_ids;
    QByteArray m_body;
};
