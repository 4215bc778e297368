// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statuschanges.h"

#include "hubdatabase.h"
#include "records/record.h"
#include "hublogging.h"
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
    if (!m_db.begin()) {
        *error = m_db.lastError();
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
        m_db.rollback();
        return HubChangeOutcome::StorageError;
    }
    if (!q.next()) {
        m_db.rollback();
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
    if (!q.exec() || !m_db.commit()) {
        *error = q.lastError().text();
        m_db.rollback();
        return HubChangeOutcome::StorageError;
    }
    qCInfo(lcHubStore) << "record" << code << "status set to" << status;
    return HubChangeOutcome::Done;
}

namespace {

/** Whether a status belongs to a record of this kind ("pledge.land", "report.waste"). */
bool appliesToKind(const RecordStatus::Info &info, const QString &kind)
{
    const std::optional<RecordKind> k = RecordKinds::fromKey(kind);
    if (!k)
        return false;
    switch (info.appliesTo) {
    case RecordStatus::AppliesTo::Any:
        return true;
    case RecordStatus::AppliesTo::Pledge:
        return RecordKinds::isPledge(*k);
    case RecordStatus::AppliesTo::Report:
        return !RecordKinds::isPledge(*k);
    }
    return false;
}

// An empty QString binds as NULL; the note columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("") : s;
}

}

HubChangeOutcome StatusChanges::change(const AuditActor &actor, const QString &code, const QString &status,
                                       const QString &publicReply, const QString &internalNote, QString *error)
{
    QString ignored;
    QString *why = error ? error : &ignored;
    if (!m_db.begin()) {
        *why = m_db.lastError();
        return HubChangeOutcome::StorageError;
    }
    const HubChangeOutcome outcome = apply(actor, code, status, publicReply, internalNote, why);
    if (outcome != HubChangeOutcome::Done) {
        m_db.rollback();
        return outcome;
    }
    if (!m_db.commit()) {
        *why = m_db.lastError();
        m_db.rollback();
        return HubChangeOutcome::StorageError;
    }
    qCInfo(lcHubStore) << "record" << ReceiptCode::normalize(code) << "status set to" << status << "by" << actor.name;
    return HubChangeOutcome::Done;
}

HubChangeOutcome StatusChanges::apply(const AuditActor &actor, const QString &typedCode, const QString &status,
                                      const QString &publicReply, const QString &internalNote, QString *error)
{
    const RecordStatus::Info *info = RecordStatus::find(status);
    if (!info || !info->cityOnly) {
        *error = QStringLiteral("unknown status “%1”; use one of %2").arg(status, statuses().join(QStringLiteral(", ")));
        return HubChangeOutcome::Unchanged;
    }
    const QString reply = TextFold::clean(publicReply, true);
    const QString note = TextFold::clean(internalNote, true);
    if (reply.size() > MaxStatusNoteLength || note.size() > MaxStatusNoteLength) {
        *error = QStringLiteral("a note is longer than %1 characters").arg(MaxStatusNoteLength);
        return HubChangeOutcome::Unchanged;
    }
    const QString code = ReceiptCode::normalize(typedCode);
    if (code.isEmpty()) {
        *error = QStringLiteral("not a receipt code");
        return HubChangeOutcome::NotFound;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind FROM records WHERE receipt_code = ?"));
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
    const QString kind = q.value(1).toString();
    q.finish();
    if (!appliesToKind(*info, kind)) {
        *error = QStringLiteral("status %1 does not apply to a %2").arg(status, kind);
        return HubChangeOutcome::Unchanged;
    }
    const QString now = StoreFormats::nowUtc();
    // first_reply_at: the first time the resident was told something; closed_at: when the
    // matter closed (the retention of personal data counts from then), kept across a change
    // between closed statuses, cleared when the matter reopens.
    q.prepare(QStringLiteral("UPDATE records SET status = ?, status_note = ?, updated_at = ?,"
                             " first_reply_at = COALESCE(first_reply_at, ?), closed_at = %1 WHERE id = ?")
                      .arg(info->closed ? QStringLiteral("COALESCE(closed_at, ?)") : QStringLiteral("NULL")));
    q.addBindValue(status);
    q.addBindValue(notNull(reply));
    q.addBindValue(now);
    q.addBindValue(reply.isEmpty() ? HubDatabase::nullText() : QVariant(now));
    if (info->closed)
        q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return HubChangeOutcome::StorageError;
    }
    q.prepare(QStringLiteral("INSERT INTO status_history (record_id, status, note, at, internal_note, account_id)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(status);
    q.addBindValue(notNull(reply));
    q.addBindValue(now);
    q.addBindValue(notNull(note));
    q.addBindValue(actor.accountId > 0 ? QVariant(actor.accountId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return HubChangeOutcome::StorageError;
    }
    AuditLog audit(m_db);
    if (!audit.append(actor, QStringLiteral("record.status"), code, {}, status)) {
        *error = QStringLiteral("cannot write the audit log");
        return HubChangeOutcome::StorageError;
    }
    return HubChangeOutcome::Done;
}
