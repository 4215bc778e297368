// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statuschanges.h"

#include "hubdatabase.h"
#include "records/record.h"
#include "hublogging.h"
#include "hubtransaction.h"
#include "records/receiptcode.h"
#include "records/recordstatus.h"
#include "staff/staffaccount.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

using Result = StatusChanges::Result;
using Refusal = StatusChanges::Refusal;

Result refused(HubChangeOutcome outcome, Refusal refusal, const QString &message)
{
    return {outcome, refusal, message};
}

struct Row
{
    QString id;
    QString kind;
    QString ward;
    QString status;
    qint64 assignee = 0;
};

/** The record (locked for this transaction on PostgreSQL), or nullopt with *result set. */
std::optional<Row> lockRow(HubDatabase &db, const QString &code, const QString &wardScope, Result *result)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, ward, status, assignee FROM records WHERE receipt_code = ?")
              + (db.dialect() == HubDatabase::Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(code);
    if (!q.exec()) {
        *result = refused(HubChangeOutcome::StorageError, Refusal::Storage, q.lastError().text());
        return std::nullopt;
    }
    // Another ward's record is answered exactly as an unknown one.
    if (!q.next() || (!wardScope.isNull() && q.value(2).toString() != wardScope)) {
        *result = refused(HubChangeOutcome::NotFound, Refusal::NotFound,
                          QStringLiteral("no record has receipt code %1").arg(code));
        return std::nullopt;
    }
    return Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
               q.value(4).toLongLong()};
}

}

StatusChanges::StatusChanges(HubDatabase &db, AuditLog &audit) : m_db(db), m_audit(audit)
{
}

QStringList StatusChanges::statuses()
{
    return RecordStatus::cityKeys();
}

bool StatusChanges::appliesTo(const QString &status, const QString &kind)
{
    const RecordStatus::Info *info = RecordStatus::find(status);
    if (!info || !info->cityOnly)
        return false;
    switch (info->appliesTo) {
    case RecordStatus::AppliesTo::Any:
        return true;
    case RecordStatus::AppliesTo::Pledge:
        return kind.startsWith(u"pledge.");
    case RecordStatus::AppliesTo::Report:
        return kind.startsWith(u"report.");
    }
    return false;
}

StatusChanges::Result StatusChanges::change(const AuditActor &actor, const QString &typedCode, const QString &status,
                                            const QString &publicReply, const QString &internalNote,
                                            const QString &wardScope)
{
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return refused(HubChangeOutcome::StorageError, Refusal::Storage, transaction.begun().error().detail);
    const Result result = apply(actor, typedCode, status, publicReply, internalNote, wardScope);
    if (!result.done())
        return result;  // the guard rolls back
    if (const StoreResult<> committed = transaction.commit(); !committed)
        return refused(HubChangeOutcome::StorageError, Refusal::Storage, committed.error().detail);
    qCInfo(lcHubStore) << "record" << ReceiptCode::normalize(typedCode) << "status set to" << status << "by" << actor.name;
    return result;
}

StatusChanges::Result StatusChanges::apply(const AuditActor &actor, const QString &typedCode, const QString &status,
                                           const QString &publicReply, const QString &internalNote,
                                           const QString &wardScope)
{
    if (!statuses().contains(status))
        return refused(HubChangeOutcome::Unchanged, Refusal::UnknownStatus,
                       QStringLiteral("unknown status “%1”; use one of %2")
                               .arg(status.left(40), statuses().join(QStringLiteral(", "))));
    const QString reply = TextFold::clean(publicReply, true);
    const QString note = TextFold::clean(internalNote, true);
    if (reply.size() > MaxPublicReplyLength)
        return refused(HubChangeOutcome::Unchanged, Refusal::TooLong,
                       QStringLiteral("the public reply is longer than %1 characters").arg(MaxPublicReplyLength));
    if (note.size() > MaxInternalNoteLength)
        return refused(HubChangeOutcome::Unchanged, Refusal::TooLong,
                       QStringLiteral("the internal note is longer than %1 characters").arg(MaxInternalNoteLength));
    const QString code = ReceiptCode::normalize(typedCode);
    if (code.isEmpty())
        return refused(HubChangeOutcome::NotFound, Refusal::NotFound,
                       QStringLiteral("“%1” is not a receipt code").arg(typedCode.left(40)));
    Result result;
    const std::optional<Row> row = lockRow(m_db, code, wardScope, &result);
    if (!row)
        return result;
    if (!appliesTo(status, row->kind))
        return refused(HubChangeOutcome::Unchanged, Refusal::WrongKind,
                       QStringLiteral("“%1” is not a status of a %2 record").arg(status, row->kind));
    if (status == row->status && reply.isEmpty() && note.isEmpty())
        return {HubChangeOutcome::Unchanged, Refusal::None, QStringLiteral("%1 is already %2").arg(code, status)};

    const QString now = StoreFormats::nowUtc();
    const bool closes = RecordStatus::isClosed(status);
    auto failed = [](const QSqlQuery &q) {
        const QString why = q.lastError().text();
        qCWarning(lcHubStore) << "cannot change a record's status:" << why;
        return refused(HubChangeOutcome::StorageError, Refusal::Storage, why);
    };
    QSqlQuery q(m_db.connection());
    // first_reply_at: the first public answer only. closed_at: kept while the matter stays
    // closed (resolved → rejected keeps the first close), cleared when it reopens.
    q.prepare(QStringLiteral("UPDATE records SET status = ?, status_note = ?, updated_at = ?,"
                             " first_reply_at = COALESCE(first_reply_at, ?),"
                             " closed_at = %1 WHERE id = ?")
                      .arg(closes ? QStringLiteral("COALESCE(closed_at, ?)") : QStringLiteral("NULL")));
    q.addBindValue(status);
    q.addBindValue(reply.isNull() ? QStringLiteral("") : reply);
    q.addBindValue(now);
    q.addBindValue(reply.isEmpty() ? HubDatabase::nullText() : QVariant(now));
    if (closes)
        q.addBindValue(now);
    q.addBindValue(row->id);
    if (!q.exec())
        return failed(q);
    q.prepare(QStringLiteral("INSERT INTO status_history (record_id, status, note, internal_note, account_id, at)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row->id);
    q.addBindValue(status);
    q.addBindValue(reply.isNull() ? QStringLiteral("") : reply);
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(actor.accountId > 0 ? QVariant(actor.accountId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    QStringList fields;
    if (!reply.isEmpty())
        fields.append(QStringLiteral("public_reply"));
    if (!note.isEmpty())
        fields.append(QStringLiteral("internal_note"));
    if (!m_audit.append(actor, QStringLiteral("record.status"), code, fields, status))
        return refused(HubChangeOutcome::StorageError, Refusal::Storage, QStringLiteral("cannot write the audit log"));
    return {HubChangeOutcome::Done, Refusal::None, {}};
}

StatusChanges::Result StatusChanges::assign(const AuditActor &actor, const QString &typedCode,
                                            const StaffAccount *assignee, const QString &wardScope)
{
    const QString code = ReceiptCode::normalize(typedCode);
    if (code.isEmpty())
        return refused(HubChangeOutcome::NotFound, Refusal::NotFound,
                       QStringLiteral("“%1” is not a receipt code").arg(typedCode.left(40)));
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return refused(HubChangeOutcome::StorageError, Refusal::Storage, m_db.lastError());
    Result result;
    const std::optional<Row> row = lockRow(m_db, code, wardScope, &result);
    if (!row) {
        transaction.rollback();
        return result;
    }
    if (assignee && (!assignee->isActive() || !assignee->isOfficer() || !assignee->canWorkWard(row->ward))) {
        transaction.rollback();
        return refused(HubChangeOutcome::Unchanged, Refusal::NotAnOfficer,
                       QStringLiteral("%1 may not work records of %2").arg(assignee->login, row->ward));
    }
    const qint64 to = assignee ? assignee->id : 0;
    if (to == row->assignee) {
        transaction.rollback();
        return {HubChangeOutcome::Unchanged, Refusal::None, QStringLiteral("already so")};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE records SET assignee = ? WHERE id = ?"));
    q.addBindValue(to > 0 ? QVariant(to) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(row->id);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        transaction.rollback();
        return refused(HubChangeOutcome::StorageError, Refusal::Storage, why);
    }
    if (!m_audit.append(actor, QStringLiteral("record.assign"), code, {QStringLiteral("assignee")},
                        assignee ? assignee->login : QString())
        || !transaction.commit()) {
        const QString why = m_db.lastError();
        transaction.rollback();
        return refused(HubChangeOutcome::StorageError, Refusal::Storage, why);
    }
    return {HubChangeOutcome::Done, Refusal::None, {}};
}

HubChangeOutcome StatusChanges::setStatus(const QString &code, const QString &status, const QString &note, QString *error)
{
    const Result r = change(AuditActor::commandLine(), code, status, note, QString());
    if (error)
        *error = r.message;
    // The command line has always appended the same status again; it stays a success.
    return r.outcome == HubChangeOutcome::Unchanged && r.refusal == Refusal::None ? HubChangeOutcome::Done : r.outcome;
}

