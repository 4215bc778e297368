// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/wastepublication.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "records/receiptcode.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using Problem = CaseChange::Problem;

WastePublication::WastePublication(HubDatabase &db) : m_db(db)
{
}

CaseChange WastePublication::publish(const AuditActor &actor, const QString &typedCode, const QString &typedSummary,
                                     bool withPhoto)
{
    const QString code = ReceiptCode::normalize(typedCode);
    const QString summary = TextFold::clean(typedSummary, true);
    if (summary.isEmpty())
        return {Problem::Empty};
    if (summary.size() > MaxSummaryLength)
        return {Problem::TooLong};
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return {Problem::Storage};
    auto fail = [this, &transaction](Problem p) {
        transaction.rollback();
        return CaseChange{p};
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, status, payload FROM records WHERE receipt_code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return fail(Problem::Storage);
    if (!q.next())
        return fail(Problem::NotFound);
    const QString id = q.value(0).toString();
    if (q.value(1).toString() != u"report.waste")
        return fail(Problem::WrongKind);
    if (q.value(2).toString() != u"resolved")
        return fail(Problem::NotResolved);
    const QString description = StoreFormats::parseObject(q.value(3).toString()).value(QStringLiteral("description")).toString();
    q.finish();
    // Folded, so a changed capital or accent does not pass for the officer's own words.
    if (TextFold::fold(summary) == TextFold::fold(description))
        return fail(Problem::SameAsResident);
    q.prepare(QStringLiteral("UPDATE records SET public_summary = ?, published_at = ?, public_photo = %1 WHERE id = ?")
                      .arg(withPhoto ? QStringLiteral("photo") : QStringLiteral("NULL")));
    q.addBindValue(summary);
    q.addBindValue(StoreFormats::nowUtc());
    q.addBindValue(id);
    if (!q.exec()
        || !AuditLog(m_db).append(actor, QStringLiteral("record.publish"), code, {},
                                  withPhoto ? QStringLiteral("photo") : QStringLiteral("no-photo"))
        || !transaction.commit())
        return fail(Problem::Storage);
    qCInfo(lcHubStore) << "waste report" << code << "published by" << actor.name;
    return {};
}

CaseChange WastePublication::unpublish(const AuditActor &actor, const QString &typedCode)
{
    const QString code = ReceiptCode::normalize(typedCode);
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return {Problem::Storage};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE records SET public_summary = NULL, published_at = NULL, public_photo = NULL"
                             " WHERE receipt_code = ?"));
    q.addBindValue(code);
    if (!q.exec()) {
        transaction.rollback();
        return {Problem::Storage};
    }
    if (q.numRowsAffected() != 1) {
        transaction.rollback();
        return {Problem::NotFound};
    }
    if (!AuditLog(m_db).append(actor, QStringLiteral("record.unpublish"), code) || !transaction.commit()) {
        transaction.rollback();
        return {Problem::Storage};
    }
    return {};
}
