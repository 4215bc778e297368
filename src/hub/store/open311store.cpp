// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/open311store.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "hubtransaction.h"
#include "records/receiptcode.h"
#include "records/recordstatus.h"
#include "store/contentrepository.h"
#include "store/hubcounters.h"
#include "store/kioskregistry.h"
#include "store/recordenvelope.h"
#include "store/recordqueries.h"
#include "store/recordsearch.h"
#include "store/storeformats.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

/** A time from an Open311 filter as the hub stores times (UTC with milliseconds), so text
    comparison works; an unreadable one is passed on as it is. */
QString storedTime(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : iso;
}

}

Open311Store::Open311Store(HubDatabase &db, ContentRepository &content, KioskRegistry &kiosks, HubCounters &counters,
                           RecordQueries &queries)
    : m_db(db), m_content(content), m_kiosks(kiosks), m_counters(counters), m_queries(queries)
{
}

std::optional<HubKiosk> Open311Store::kioskForToken(const QString &token)
{
    return m_kiosks.authenticate(token);
}

bool Open311Store::projectExists(const QString &code)
{
    return m_content.projectExists(code);
}

HubNames Open311Store::names(const QString &ward, const QString &projectCode)
{
    return m_content.names(ward, projectCode);
}

std::optional<QString> Open311Store::storeOpen311Report(const HubKiosk &kiosk, const RecordDraft &draft, QString *error)
{
    if (draft.kind != RecordKind::ReportWaste) {
        *error = QStringLiteral("only waste reports come through Open311");
        return std::nullopt;
    }
    const RecordDraft d = draft.normalized();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = StoreFormats::nowUtc();
    const QJsonObject payload = d.toPayloadJson();
    auto failed = [&](const QString &why) -> std::optional<QString> {
        *error = QStringLiteral("cannot store the report: %1").arg(why);
        qCWarning(lcHubSync).noquote() << *error;
        return std::nullopt;
    };
    auto fail = [&](const QSqlQuery &q) { return failed(q.lastError().text()); };
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return failed(transaction.begun().error().detail);
    QSqlQuery q(m_db.connection());
    const std::optional<QString> code = m_counters.nextReceiptCode(QStringLiteral("TP"));
    if (!code)
        return fail(q);
    // Personal data sent to Open311 is not stored: the draft's person and consent are dropped.
    const QJsonObject record{{QStringLiteral("id"), id},
                             {QStringLiteral("kind"), RecordKinds::key(d.kind)},
                             {QStringLiteral("schema"), RecordDraft::SchemaVersion},
                             {QStringLiteral("createdAt"), now},
                             {QStringLiteral("ward"), kiosk.ward},
                             {QStringLiteral("kioskId"), kiosk.id},
                             {QStringLiteral("receiptCode"), *code},
                             {QStringLiteral("enteredBy"), QStringLiteral("open311")},
                             {QStringLiteral("payload"), payload},
                             {QStringLiteral("photo"), d.photoJpeg.isEmpty() ? QJsonValue()
                                                                             : QJsonValue(QString::fromLatin1(d.photoJpeg.toBase64()))}};
    q.prepare(QStringLiteral("INSERT INTO records (id, kind, schema, created_at, received_at, ward, kiosk_id,"
                             " receipt_code, entered_by, payload, personal, photo, content_hash, status, updated_at, project_code)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open311', ?, NULL, ?, ?, 'received', ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(RecordKinds::key(d.kind));
    q.addBindValue(RecordDraft::SchemaVersion);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(kiosk.ward);
    q.addBindValue(kiosk.id);
    q.addBindValue(*code);
    q.addBindValue(StoreFormats::compactJson(payload));
    q.addBindValue(d.photoJpeg.isEmpty() ? HubDatabase::nullBytes() : QVariant(d.photoJpeg));
    q.addBindValue(RecordEnvelope::hashOf(record));
    q.addBindValue(now);
    q.addBindValue(StoreFormats::projectColumn(payload));
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO status_history (record_id, status, note, at) VALUES (?, 'received', '', ?)"));
    q.addBindValue(id);
    q.addBindValue(now);
    if (!q.exec())
        return fail(q);
    if (!RecordSearch::write(m_db.connection(), id, *code, payload, {}))
        return fail(q);
    if (const StoreResult<> committed = transaction.commit(); !committed)
        return failed(committed.error().detail);
    qCInfo(lcHubSync) << "Open311 report" << *code << "stored for kiosk" << kiosk.id;
    return code;
}

QList<HubRecordView> Open311Store::wasteReports(const HubRequestFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM records WHERE kind = 'report.waste'")
                          .arg(QLatin1String(RecordQueries::viewColumns()));
    QVariantList binds;
    QStringList codes;
    for (const QString &c : filter.receiptCodes)
        if (ReceiptCode::isValid(c))
            codes.append(c);
    if (!filter.receiptCodes.isEmpty()) {
        if (codes.isEmpty())
            return {};
        codes = codes.mid(0, 1000);
        sql += QStringLiteral(" AND receipt_code IN (%1)").arg(QStringList(codes.size(), QStringLiteral("?")).join(u','));
        for (const QString &c : std::as_const(codes))
            binds.append(c);
    }
    if (!filter.category.isEmpty()) {
        // The category lives in the payload JSON; compare the stored compact form's text ('_'
        // matches any character in LIKE, so rows are checked exactly below as well).
        sql += QStringLiteral(" AND payload LIKE ?");
        binds.append(QStringLiteral("%\"category\":\"") + QString(filter.category).remove(u'%')
                     + QStringLiteral("\"%"));
    }
    if (filter.onlyOpen && !filter.onlyClosed)
        sql += QStringLiteral(" AND status NOT IN (%1)").arg(RecordStatus::closedSqlList());
    if (filter.onlyClosed && !filter.onlyOpen)
        sql += QStringLiteral(" AND status IN (%1)").arg(RecordStatus::closedSqlList());
    if (!filter.fromUtc.isEmpty()) {
        sql += QStringLiteral(" AND received_at >= ?");
        binds.append(storedTime(filter.fromUtc));
    }
    if (!filter.toUtc.isEmpty()) {
        sql += QStringLiteral(" AND received_at <= ?");
        binds.append(storedTime(filter.toUtc));
    }
    sql += QStringLiteral(" ORDER BY received_at DESC, receipt_code DESC LIMIT %1").arg(std::clamp(filter.limit, 0, 10000));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<HubRecordView> out;
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot list waste reports:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        HubRecordView v = RecordQueries::readView(q);
        // LIKE matched text anywhere in the payload; keep only a real category match.
        if (filter.category.isEmpty() || v.payload.value(QStringLiteral("category")).toString() == filter.category)
            out.append(v);
    }
    m_queries.fillHistory(&out);
    return out;
}
