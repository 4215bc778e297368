// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordcasefile.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "records/receiptcode.h"
#include "store/recordqueries.h"
#include "store/storeformats.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

RecordCaseFile::RecordCaseFile(HubDatabase &db) : m_db(db)
{
}

QStringList RecordCaseFile::personalFieldNames()
{
    return {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("group")};
}

HubChangeOutcome RecordCaseFile::read(const QString &typedCode, CaseFile *out)
{
    const QString code = ReceiptCode::normalize(typedCode);
    if (code.isEmpty())
        return HubChangeOutcome::NotFound;
    QSqlQuery q(m_db.connection());
    // The personal column is only tested for presence here: its values stay in the database.
    q.prepare(QStringLiteral("SELECT %1, duplicate_of, first_reply_at, closed_at, personal_erased_at,"
                             " consent_withdrawn_at, public_summary, published_at,"
                             " personal IS NOT NULL, photo IS NOT NULL, public_photo IS NOT NULL,"
                             " (SELECT name FROM kiosks WHERE kiosks.id = records.kiosk_id)"
                             " FROM records WHERE receipt_code = ?")
                      .arg(QString::fromLatin1(RecordQueries::viewColumns())));
    q.addBindValue(code);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read a record:" << q.lastError().text();
        return HubChangeOutcome::StorageError;
    }
    if (!q.next())
        return HubChangeOutcome::NotFound;
    CaseFile f;
    f.view = RecordQueries::readView(q);
    const int c = 11;  // the columns after viewColumns()
    f.duplicateOf = q.value(c).toString();
    f.firstReplyAt = q.value(c + 1).toString();
    f.closedAt = q.value(c + 2).toString();
    f.personalErasedAt = q.value(c + 3).toString();
    f.consentWithdrawnAt = q.value(c + 4).toString();
    f.publicSummary = q.value(c + 5).toString();
    f.publishedAt = q.value(c + 6).toString();
    f.hasPersonal = q.value(c + 7).toBool();
    f.hasPhoto = q.value(c + 8).toBool();
    f.hasPublicPhoto = q.value(c + 9).toBool();
    f.kioskName = q.value(c + 10).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT h.status, h.note, h.internal_note, h.at, a.display_name FROM status_history h"
                             " LEFT JOIN staff_accounts a ON a.id = h.account_id WHERE h.record_id = ? ORDER BY h.seq"));
    q.addBindValue(f.view.id);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read a record's history:" << q.lastError().text();
        return HubChangeOutcome::StorageError;
    }
    while (q.next())
        f.history.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString()});
    *out = std::move(f);
    return HubChangeOutcome::Done;
}

std::optional<QByteArray> RecordCaseFile::photo(const QString &typedCode)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT photo FROM records WHERE receipt_code = ?"));
    q.addBindValue(ReceiptCode::normalize(typedCode));
    if (!q.exec())
        return std::nullopt;
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

HubChangeOutcome RecordCaseFile::personal(const AuditActor &actor, const QString &typedCode, CasePersonal *out)
{
    const QString code = ReceiptCode::normalize(typedCode);
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return HubChangeOutcome::StorageError;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"));
    q.addBindValue(code);
    if (!q.exec()) {
        transaction.rollback();
        return HubChangeOutcome::StorageError;
    }
    const QString stored = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (stored.isEmpty()) {
        transaction.rollback();
        return HubChangeOutcome::NotFound;
    }
    const QJsonObject json = StoreFormats::parseObject(stored);
    const QJsonObject person = json.value(QStringLiteral("person")).toObject();
    const QJsonObject consent = json.value(QStringLiteral("consent")).toObject();
    CasePersonal p;
    p.fullName = person.value(QStringLiteral("fullName")).toString();
    p.phone = person.value(QStringLiteral("phone")).toString();
    p.group = person.value(QStringLiteral("residentialGroup")).toString();
    p.consentVersion = consent.value(QStringLiteral("textVersion")).toString();
    p.consentGiven = consent.value(QStringLiteral("given")).toBool();
    // The view is recorded with the fields shown, never their values, or it is not shown.
    if (!AuditLog(m_db).append(actor, QStringLiteral("record.personal.view"), code, personalFieldNames())
        || !transaction.commit()) {
        transaction.rollback();
        return HubChangeOutcome::StorageError;
    }
    *out = p;
    return HubChangeOutcome::Done;
}
