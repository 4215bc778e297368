// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/residentrights.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "records/receiptcode.h"
#include "store/recordsearch.h"
#include "store/storeformats.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using Problem = CaseChange::Problem;

namespace {

// The published photo goes too: it is the resident's photo.
const char eraseColumns[] = "personal = NULL, photo = NULL, public_photo = NULL";

}

ResidentRights::ResidentRights(HubDatabase &db) : m_db(db)
{
}

QStringList ResidentRights::erasedFieldNames()
{
    return {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("group"), QStringLiteral("consent"),
            QStringLiteral("photo")};
}

CaseChange ResidentRights::erase(const AuditActor &actor, const QString &code)
{
    return eraseWith(actor, code, false);
}

CaseChange ResidentRights::withdrawConsent(const AuditActor &actor, const QString &code)
{
    return eraseWith(actor, code, true);
}

CaseChange ResidentRights::eraseWith(const AuditActor &actor, const QString &typedCode, bool withdrawn)
{
    const QString code = ReceiptCode::normalize(typedCode);
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return {Problem::Storage};
    auto fail = [this, &transaction](Problem p) {
        transaction.rollback();
        return CaseChange{p};
    };
    const QString now = StoreFormats::nowUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE records SET %1, personal_erased_at = COALESCE(personal_erased_at, ?)%2"
                             " WHERE receipt_code = ?")
                      .arg(QLatin1String(eraseColumns),
                           withdrawn ? QStringLiteral(", consent_withdrawn_at = COALESCE(consent_withdrawn_at, ?)")
                                     : QString()));
    q.addBindValue(now);
    if (withdrawn)
        q.addBindValue(now);
    q.addBindValue(code);
    if (!q.exec())
        return fail(Problem::Storage);
    if (q.numRowsAffected() != 1)
        return fail(Problem::NotFound);
    const QString action = withdrawn ? QStringLiteral("record.consent.withdraw") : QStringLiteral("record.personal.erase");
    // An erased name must not be found by a search either.
    if (!RecordSearch::forgetErased(m_db.connection()) || !AuditLog(m_db).append(actor, action, code, erasedFieldNames())
        || !transaction.commit())
        return fail(Problem::Storage);
    qCInfo(lcHubStore) << "record" << code << (withdrawn ? "consent withdrawn" : "personal data erased") << "by" << actor.name;
    return {};
}

std::optional<qint64> ResidentRights::purge(const AuditActor &actor, const QDateTime &nowUtc)
{
    const QString now = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    const QString cutoff = nowUtc.toUTC().addYears(-RetentionYears).toString(Qt::ISODateWithMs);
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE records SET %1, personal_erased_at = ?"
                             " WHERE closed_at IS NOT NULL AND closed_at < ?"
                             " AND (personal IS NOT NULL OR photo IS NOT NULL OR public_photo IS NOT NULL)"
                             " RETURNING receipt_code")
                      .arg(QLatin1String(eraseColumns)));
    q.addBindValue(now);
    q.addBindValue(cutoff);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot purge personal data:" << q.lastError().text();
        transaction.rollback();
        return std::nullopt;
    }
    QStringList codes;
    while (q.next())
        codes.append(q.value(0).toString());
    q.finish();
    if (!RecordSearch::forgetErased(m_db.connection()))
        return std::nullopt;
    AuditLog audit(m_db);
    for (const QString &code : std::as_const(codes)) {
        if (!audit.append(actor, QStringLiteral("record.personal.purge"), code, erasedFieldNames(),
                          QStringLiteral("retention %1 years").arg(RetentionYears))) {
            transaction.rollback();
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        transaction.rollback();
        return std::nullopt;
    }
    qCInfo(lcHubStore) << "purged the personal data of" << codes.size() << "records closed more than"
                       << RetentionYears << "years ago";
    return codes.size();
}
