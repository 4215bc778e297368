// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordcorrections.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "records/phone.h"
#include "records/receiptcode.h"
#include "records/validation.h"
#include "store/recordsearch.h"
#include "store/statuschanges.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using Problem = CaseChange::Problem;

namespace {

CaseChange problem(Problem p)
{
    return {p};
}

/** The longest text each correctable field takes, as the kiosk's validation allows. */
int maxLength(const QString &field)
{
    if (field == u"description")
        return Validation::MaxDescriptionLength;
    if (field == u"place")
        return Validation::MaxPlaceLength;
    if (field == u"address")
        return Validation::MaxAddressLength;
    if (field == u"plotNo" || field == u"mapSheetNo")
        return Validation::MaxPlotLength;
    if (field == u"otherSkill")
        return Validation::MaxOtherTextLength;
    if (field == u"fullName")
        return Validation::MaxNameLength;
    if (field == u"residentialGroup")
        return Validation::MaxGroupLength;
    return 20;  // phone
}

}

RecordCorrections::RecordCorrections(HubDatabase &db, StatusChanges &statuses) : m_db(db), m_statuses(statuses)
{
}

QStringList RecordCorrections::payloadFields(const QString &kind)
{
    if (kind == u"pledge.land")
        return {QStringLiteral("address"), QStringLiteral("plotNo"), QStringLiteral("mapSheetNo")};
    if (kind == u"pledge.labour")
        return {QStringLiteral("otherSkill")};
    if (kind == u"report.waste")
        return {QStringLiteral("place"), QStringLiteral("description")};
    return {};
}

QStringList RecordCorrections::personalFields()
{
    return {QStringLiteral("fullName"), QStringLiteral("phone"), QStringLiteral("residentialGroup")};
}

CaseChange RecordCorrections::correct(const AuditActor &actor, const QString &typedCode, const QString &field,
                                      const QString &typed)
{
    const QString code = ReceiptCode::normalize(typedCode);
    const bool personal = personalFields().contains(field);
    QString value = TextFold::clean(typed, field == u"description");
    if (field == u"phone" && !value.isEmpty()) {
        value = Phone::normalize(value);
        if (value.isEmpty())
            return problem(Problem::BadPhone);
    }
    if (value.size() > maxLength(field))
        return problem(Problem::TooLong);
    if (value.isEmpty() && (field == u"description" || field == u"place" || field == u"fullName"))
        return problem(Problem::Empty);
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return problem(Problem::Storage);
    auto fail = [this, &transaction](Problem p) {
        transaction.rollback();
        return problem(p);
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, payload, personal FROM records WHERE receipt_code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return fail(Problem::Storage);
    if (!q.next())
        return fail(Problem::NotFound);
    const QString id = q.value(0).toString();
    const QString kind = q.value(1).toString();
    QJsonObject payload = StoreFormats::parseObject(q.value(2).toString());
    const QString storedPersonal = q.value(3).toString();
    q.finish();
    if (personal) {
        if (storedPersonal.isEmpty())
            return fail(Problem::NoPersonal);
        QJsonObject all = StoreFormats::parseObject(storedPersonal);
        QJsonObject person = all.value(QStringLiteral("person")).toObject();
        person.insert(field, value);
        all.insert(QStringLiteral("person"), person);
        q.prepare(QStringLiteral("UPDATE records SET personal = ? WHERE id = ?"));
        q.addBindValue(StoreFormats::compactJson(all));
    } else {
        if (!payloadFields(kind).contains(field))
            return fail(Problem::UnknownField);
        payload.insert(field, value);
        q.prepare(QStringLiteral("UPDATE records SET payload = ? WHERE id = ?"));
        q.addBindValue(StoreFormats::compactJson(payload));
    }
    q.addBindValue(id);
    // The field's name only: the old value is gone, the new one is on the record.
    // The search text follows the correction (a corrected name is found by its new spelling only).
    if (!q.exec() || !RecordSearch(m_db).reindex(id)
        || !AuditLog(m_db).append(actor, QStringLiteral("record.correct"), code, {field}) || !transaction.commit())
        return fail(Problem::Storage);
    qCInfo(lcHubStore) << "record" << code << "corrected by" << actor.name;
    return {};
}

CaseChange RecordCorrections::markDuplicate(const AuditActor &actor, const QString &typedCode, const QString &typedOriginal,
                                            const QString &publicReply, const QString &internalNote,
                                            const QString &requiredWard)
{
    const QString code = ReceiptCode::normalize(typedCode);
    const QString original = ReceiptCode::normalize(typedOriginal);
    if (original.isEmpty())
        return problem(typedOriginal.trimmed().isEmpty() ? Problem::Empty : Problem::OriginalNotFound);
    if (original == code)
        return problem(Problem::SameRecord);
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return problem(Problem::Storage);
    auto fail = [this, &transaction](Problem p) {
        transaction.rollback();
        return problem(p);
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ward FROM records WHERE receipt_code = ?"));
    q.addBindValue(original);
    if (!q.exec())
        return fail(Problem::Storage);
    // Another ward's record is as unknown to a ward officer as a code that does not exist.
    if (!q.next() || (!requiredWard.isEmpty() && q.value(0).toString() != requiredWard))
        return fail(Problem::OriginalNotFound);
    q.finish();
    // The reply names the original, so the resident can follow that one.
    QString reply = TextFold::clean(publicReply, true);
    reply.replace(QStringLiteral("{original}"), original);
    if (!reply.contains(original))
        reply = (reply.isEmpty() ? QString() : reply + u' ') + u'(' + original + u')';
    q.prepare(QStringLiteral("UPDATE records SET duplicate_of = ? WHERE receipt_code = ?"));
    q.addBindValue(original);
    q.addBindValue(code);
    if (!q.exec())
        return fail(Problem::Storage);
    if (q.numRowsAffected() != 1)
        return fail(Problem::NotFound);
    switch (m_statuses.apply(actor, code, QStringLiteral("duplicate"), reply, internalNote).outcome) {
    case HubChangeOutcome::Done:
        break;
    case HubChangeOutcome::NotFound:
        return fail(Problem::NotFound);
    case HubChangeOutcome::Unchanged:
        return fail(reply.size() > StatusChanges::MaxStatusNoteLength ? Problem::TooLong : Problem::BadStatus);
    case HubChangeOutcome::StorageError:
        return fail(Problem::Storage);
    }
    if (!AuditLog(m_db).append(actor, QStringLiteral("record.duplicate"), code, {}, original) || !transaction.commit())
        return fail(Problem::Storage);
    return {};
}
