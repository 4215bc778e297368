// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include "logging.h"
#include "receiptcode.h"
#include "receiptsequence.h"
#include "recordstatus.h"
#include "outbox/outbox.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

LocalizedText storageError(const StoreError &error)
{
    if (error.kind == StoreError::Kind::Full)
        return {QStringLiteral("Bộ nhớ của ki-ốt đã đầy nên chưa lưu được. Thông tin bạn nhập vẫn còn; "
                               "xin báo cán bộ phường."),
                QStringLiteral("The kiosk's storage is full, so this was not saved. What you entered is still "
                               "here; please ask the ward staff.")};
    return {QStringLiteral("Chưa lưu được do lỗi lưu trữ của ki-ốt. Thông tin bạn nhập vẫn còn; xin thử lại "
                           "hoặc báo cán bộ phường."),
            QStringLiteral("This was not saved because of a storage error on the kiosk. What you entered is "
                           "still here; please try again or ask the ward staff.")};
}

QString nowIso()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QJsonObject &o)
{
    if (o.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}

RecordStore::RecordStore(Database &db) : m_db(db)
{
}

SubmitResult RecordStore::submit(const RecordDraft &draft, const SubmitContext &context)
{
    SubmitResult result;
    result.problems = Validation::check(draft, context.validation);
    if (!result.problems.isEmpty())
        return result;
    if (!ReceiptCode::isValidPrefix(context.kioskPrefix)) {
        result.error = {QStringLiteral("Tiền tố mã biên nhận của ki-ốt (“%1”) không hợp lệ; cán bộ phường cần đặt lại "
                                       "(2–4 ký tự trong %2).").arg(context.kioskPrefix, QString::fromUtf16(ReceiptCode::Alphabet)),
                        QStringLiteral("The kiosk's receipt prefix (“%1”) is not valid; ward staff need to set it again "
                                       "(2–4 characters of %2).").arg(context.kioskPrefix, QString::fromUtf16(ReceiptCode::Alphabet))};
        qCWarning(lcRecords) << "invalid receipt prefix" << context.kioskPrefix;
        return result;
    }
    if (context.enteredBy != u"resident" && context.enteredBy != u"staff") {
        result.error = {QStringLiteral("Lỗi chương trình: người nhập không hợp lệ."),
                        QStringLiteral("Program error: unknown enteredBy.")};
        return result;
    }

    const RecordDraft d = draft.normalized();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString createdAt = nowIso();
    const QString kind = RecordKinds::key(d.kind);

    auto fail = [&](const StoreError &error) {
        qCWarning(lcRecords) << "cannot store a" << kind << "record:" << error.detail;
        result.error = storageError(error);
        return result;
    };

    Transaction transaction(m_db);
    if (!transaction.begun())
        return fail(transaction.begun().error());

    const StoreResult<QString> code = ReceiptSequence::nextCode(m_db.connection(), context.kioskPrefix);
    if (!code && code.error().kind == StoreError::Kind::Exhausted) {
        result.error = {QStringLiteral("Ki-ốt đã dùng hết mã biên nhận với tiền tố %1; xin báo cán bộ phường.").arg(context.kioskPrefix),
                        QStringLiteral("The kiosk has used every receipt code with prefix %1; please ask the ward staff.")
                                .arg(context.kioskPrefix)};
        qCWarning(lcRecords) << "receipt sequence exhausted for prefix" << context.kioskPrefix;
        return result;
    }
    if (!code)
        return fail(code.error());

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO records (id, kind, schema, created_at, ward, kiosk_id, receipt_code, payload,"
                             " personal, photo, sync_state, status, entered_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 'submitted', ?)"));
    q.addBindValue(id);
    q.addBindValue(kind);
    q.addBindValue(RecordDraft::SchemaVersion);
    q.addBindValue(createdAt);
    q.addBindValue(context.ward.isNull() ? QStringLiteral("") : context.ward);
    q.addBindValue(context.kioskId.isNull() ? QStringLiteral("") : context.kioskId);
    q.addBindValue(code.value());
    q.addBindValue(QString::fromUtf8(QJsonDocument(d.toPayloadJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(textOrNull(d.toPersonalJson()));
    q.addBindValue(d.kind == RecordKind::ReportWaste && !d.photoJpeg.isEmpty() ? QVariant(d.photoJpeg)
                                                                               : QVariant(QMetaType::fromType<QByteArray>()));
    q.addBindValue(context.enteredBy);
    if (!q.exec())
        return fail(StoreError::from(q.lastError()));
    q.finish();

    if (const StoreResult<> queued = Outbox(m_db).enqueue(id); !queued)
        return fail(queued.error());
    if (const StoreResult<> committed = transaction.commit(); !committed)
        return fail(committed.error());

    qCInfo(lcRecords) << "stored" << kind << "record" << code.value() << "entered by" << context.enteredBy;
    result.ok = true;
    result.id = id;
    result.receiptCode = code.value();
    return result;
}

QList<RecordListEntry> RecordStore::list(LocalizedText *error) const
{
    QList<RecordListEntry> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.receipt_code, r.kind, r.created_at, CASE WHEN o.held THEN 'held' ELSE r.sync_state END,"
                                 " r.ward, r.status, r.entered_by, r.status_note FROM records r LEFT JOIN outbox o ON o.record_id = r.id ORDER BY r.created_at, r.rowid"))) {
        if (error)
            *error = {QStringLiteral("không đọc được danh sách hồ sơ: %1").arg(q.lastError().text()),
                      QStringLiteral("cannot read the records: %1").arg(q.lastError().text())};
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return out;
}

std::optional<StoredReceipt> RecordStore::find(const QString &receiptCode) const
{
    const QString code = ReceiptCode::normalize(receiptCode);
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, receipt_code, kind, created_at, ward, sync_state, status, payload,"
                             " personal IS NOT NULL, status_at, status_note FROM records WHERE receipt_code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const std::optional<RecordKind> kind = RecordKinds::fromKey(q.value(2).toString());
    if (!kind)
        return std::nullopt;
    StoredReceipt r;
    r.id = q.value(0).toString();
    r.receiptCode = q.value(1).toString();
    r.kind = *kind;
    r.createdAt = q.value(3).toString();
    r.ward = q.value(4).toString();
    r.syncState = q.value(5).toString();
    r.status = q.value(6).toString();
    r.payload = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.hasPersonalData = q.value(8).toBool();
    r.statusAt = q.value(9).toString();
    r.statusNote = q.value(10).toString();
    return r;
}

qsizetype RecordStore::outboxCount() const
{
    const OutboxCounts counts = Outbox(m_db).counts();
    return counts.pending + counts.held;
}

StoreResult<QStringList> RecordStore::codesAwaitingStatus(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT receipt_code FROM records WHERE sync_state = 'confirmed'"
                             " AND status NOT IN (%1) ORDER BY created_at DESC LIMIT ?").arg(RecordStatus::closedSqlList()));
    q.addBindValue(limit);
    if (!q.exec())
        return StoreError::from(q.lastError());
    QStringList codes;
    while (q.next())
        codes.append(q.value(0).toString());
    return codes;
}

StoreResult<int> RecordStore::applyStatuses(const QList<ReceiptStatus> &statuses)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE records SET status = ?, status_at = ?, status_note = ?"
                             " WHERE receipt_code = ? AND (status != ? OR status_at != ?)"));
    int updated = 0;
    for (const ReceiptStatus &s : statuses) {
        for (const QString &value : {s.status, s.updatedAt, s.note, s.code, s.status, s.updatedAt})
            q.addBindValue(value.isNull() ? QStringLiteral("") : value);  // NOT NULL columns
        if (!q.exec())
            return StoreError::from(q.lastError());
        updated += q.numRowsAffected();
    }
    q.finish();
    if (StoreResult<> committed = transaction.commit(); !committed)
        return committed.error();
    if (updated > 0)
        qCInfo(lcRecords) << "the city set the status of" << updated << "records";
    return updated;
}

PurgeResult RecordStore::purgeConfirmed(int checkpointBudgetMs)
{
    PurgeResult result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("UPDATE records SET personal = NULL, photo = NULL"
                              " WHERE sync_state = 'confirmed' AND (personal IS NOT NULL OR photo IS NOT NULL)")))
        result.wiped = q.numRowsAffected();
    else
        qCWarning(lcRecords) << "cannot drop the personal data of confirmed records:" << q.lastError().text();
    q.finish();
    // Also when nothing was wiped now: an earlier checkpoint may have been left busy.
    result.checkpoint = m_db.truncateWal(checkpointBudgetMs);
    if (result.wiped > 0)
        qCInfo(lcRecords) << "dropped the personal data of" << result.wiped << "confirmed records";
    return result;
}

KioskIdentity KioskIdentity::load(Database &db)
{
    const Settings settings(db);
    KioskIdentity k{KioskNames::orDefaults(settings), settings.flag(Settings::Key::AllowAnonymousPledges)};
    QSqlQuery q(db.connection());
    if (k.wardCode.isEmpty() && q.exec(QStringLiteral("SELECT code FROM wards ORDER BY ord LIMIT 1")) && q.next())
        k.wardCode = q.value(0).toString();
    return k;
}

SubmitContext KioskIdentity::submitContext(Database &db, const QString &enteredBy) const
{
    QSet<QString> codes;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT code FROM projects")))
        while (q.next())
            codes.insert(q.value(0).toString());
    SubmitContext c;
    c.kioskId = kioskId;
    c.kioskPrefix = receiptPrefix;
    c.ward = wardCode;
    c.enteredBy = enteredBy;
    c.validation = ValidationContext::withProjects(codes, allowAnonymousPledges);
    return c;
}
