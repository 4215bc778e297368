// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/storeresult.h"

#include <QSqlDatabase>
#include <QString>

/** Hands out receipt codes in order, one sequence per prefix, for the kiosk's RecordStore and
    city-hub's HubCounters alike: both databases have a `counters (name, value)` table and a
    `records` table with a unique `receipt_code`. Call it inside the caller's write
    transaction: the counter row stays locked to its end, so two writers (a kiosk and
    kioskctl, or hubs sharing one PostgreSQL) never hand out the same code. */
namespace ReceiptSequence {

/** The counter's next value, 1 for a new counter. */
StoreResult<qint64> advance(const QSqlDatabase &connection, const QString &counterName);

/** The name of prefix's counter: "receipt:" and the prefix. */
QString counterName(const QString &prefix);

/** The next code of prefix no stored record has yet: a restored backup can hold codes above
    the counter, which are skipped rather than refused. Fails with StoreError::Kind::Exhausted
    once the prefix's sequence is used up (ReceiptCode::MaxSequence). */
StoreResult<QString> nextCode(const QSqlDatabase &connection, const QString &prefix);

}
