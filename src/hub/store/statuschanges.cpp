// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statuschanges.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "hubtransaction.h"
#include "records/receiptcode.h"
#include "records/recordstatus.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

StatusChanges::StatusChanges(HubDatabase &db) : m_db(db)
{
}

QStringList StatusChanges::statuses()
{
    return RecordStatus::cityKeys();
}

HubChangeOutcome StatusChanges::setStatus(const QString &typedCode, const QString &status, const QString &note,
                                          QString *error)
{
    if (!statuses().contains(status)) {
        *error = QStringLiteral("unknown status “%1”; use one of %2").arg(status, statuses().join(QStringLiteral(", ")));
        return HubChangeOutcome::Unchanged;
    }
    const QString cleanNote = TextFold::clean(note, true);
    if (cleanNote.size() > MaxStatusNoteLength) {
        *error = QStringLiteral("the note is longer than %1 characters").arg(MaxStatusNoteLength);
        return HubChangeOutcome::Unchanged;
    }
    const QString code = ReceiptCode::normalize(typedCode);
    if (code.isEmpty()) {
        *error = QStringLiteral("“%1” is not a receipt code").arg(typedCode);
        return HubChangeOutcome::NotFound;
    }
    HubTransaction transaction(m_db);
    if (!transaction.begun()) {
        *error = transaction.begun().error().detail;
        return HubChangeOutcome::StorageError;
    }
    const QString now = StoreFormats::nowUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE records SET status = ?, status_note = ?, updated_at = ? WHERE receipt_code = ?"
                             " RETURNING id"));
    q.addBindValue(status);
    q.addBindValue(cleanNote);
    q.addBindValue(now);
    q.addBindValue(code);
    if (!q.exec()) {
        *error = q.lastError().text();
        return HubChangeOutcome::StorageError;
    }
    if (!q.next()) {
        *error = QStringLiteral("no record has receipt code %1").arg(code);
        return HubChangeOutcome::NotFound;
    }
    const QString id = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO status_history (record_id, status, note, at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(status);
    q.addBindValue(cleanNote);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return HubChangeOutcome::StorageError;
    }
    if (const StoreResult<> committed = transaction.commit(); !committed) {
        *error = committed.error().detail;
        return HubChangeOutcome::StorageError;
    }
    qCInfo(lcHubStore) << "record" << code << "status set to" << status;
    return HubChangeOutcome::Done;
}
