// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordingest.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "hubtransaction.h"
#include "records/receiptcode.h"
#include "store/contentrepository.h"
#include "store/kioskregistry.h"
#include "store/recordenvelope.h"
#include "store/recordsearch.h"
#include "store/storeformats.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using StoreFormats::compactJson;

namespace {

HubIngestResult accepted(const QString &id)
{
    return {id, QStringLiteral("accepted"), {}};
}

HubIngestResult duplicate(const QString &id)
{
    return {id, QStringLiteral("duplicate"), {}};
}

HubIngestResult conflict(const QString &id, const QString &reason)
{
    return {id, QStringLiteral("conflict"), reason};
}

HubIngestResult rejected(const QString &id, const QString &reason)
{
    return {id, QStringLiteral("rejected"), reason};
}

const QString IdTaken = QStringLiteral("id: already stored with other content");
const QString CodeTaken = QStringLiteral("receiptCode: belongs to another record");

/** What the database already holds of a batch's ids and receipt codes. */
struct Known
{
    QHash<QString, QString> hashes;  // content hash by record id
    QSet<QString> codes;
};

/** Reads Known in a few queries rather than two per record (a round trip each on
    PostgreSQL); false when the database fails. */
bool readKnown(const QJsonArray &records, QSqlQuery &lookup, Known *known)
{
    QStringList ids, codes;
    for (const QJsonValue &value : records) {
        const QUuid uuid = QUuid::fromString(value.toObject().value(QStringLiteral("id")).toString());
        if (!uuid.isNull())
            ids.append(uuid.toString(QUuid::WithoutBraces));
        const QString code = value.toObject().value(QStringLiteral("receiptCode")).toString();
        if (ReceiptCode::isValid(code))
            codes.append(code);
    }
    auto fetch = [&](const QString &sql, const QStringList &keys, auto &&take) {
        for (qsizetype from = 0; from < keys.size(); from += 250) {
            const qsizetype n = std::min<qsizetype>(250, keys.size() - from);
            lookup.prepare(sql.arg(QStringList(n, QStringLiteral("?")).join(u',')));
            for (qsizetype i = from; i < from + n; ++i)
                lookup.addBindValue(keys.at(i));
            if (!lookup.exec())
                return false;
            while (lookup.next())
                take(lookup);
        }
        lookup.finish();
        return true;
    };
    return fetch(QStringLiteral("SELECT id, content_hash FROM records WHERE id IN (%1)"), ids,
                 [&](const QSqlQuery &q) { known->hashes.insert(q.value(0).toString(), q.value(1).toString()); })
        && fetch(QStringLiteral("SELECT receipt_code FROM records WHERE receipt_code IN (%1)"), codes,
                 [&](const QSqlQuery &q) { known->codes.insert(q.value(0).toString()); });
}

void bindRecord(QSqlQuery &insert, const HubKiosk &kiosk, const RecordEnvelope &e, const RecordDraft &d,
                const QString &receivedAt)
{
    const QJsonObject personal = d.toPersonalJson();
    const QJsonObject payload = d.toPayloadJson();
    insert.addBindValue(e.id);
    insert.addBindValue(RecordKinds::key(e.kind));
    insert.addBindValue(RecordDraft::SchemaVersion);
    insert.addBindValue(e.createdAt);
    insert.addBindValue(receivedAt);
    insert.addBindValue(kiosk.ward);
    insert.addBindValue(kiosk.id);
    insert.addBindValue(e.receiptCode);
    insert.addBindValue(e.enteredBy);
    insert.addBindValue(compactJson(payload));
    insert.addBindValue(personal.isEmpty() ? HubDatabase::nullText() : QVariant(compactJson(personal)));
    insert.addBindValue(d.kind == RecordKind::ReportWaste && !d.photoJpeg.isEmpty() ? QVariant(d.photoJpeg)
                                                                                    : HubDatabase::nullBytes());
    insert.addBindValue(e.contentHash);
    insert.addBindValue(receivedAt);
    insert.addBindValue(StoreFormats::projectColumn(payload));
}

/** A record that passed every check, waiting for its row. */
struct Pending
{
    qsizetype result;  // its place in the batch's results
    RecordEnvelope envelope;
    RecordDraft draft;
};

/** Rows go in multi-row INSERTs of this many: one round trip each instead of one per record,
    which is what PostgreSQL's ingest speed depends on (16 values a row stay far below either
    database's limit on parameters). */
constexpr qsizetype RowsPerInsert = 100;

QString insertSql(qsizetype rows)
{
    return QStringLiteral("INSERT INTO records (id, kind, schema, created_at, received_at, ward, kiosk_id, receipt_code,"
                          " entered_by, payload, personal, photo, content_hash, status, updated_at, project_code) VALUES %1"
                          " ON CONFLICT DO NOTHING RETURNING id")
            .arg(QStringList(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)")).join(u','));
}

/** Each accepted record's history starts with "received", written in multi-row inserts. */
bool startHistories(QSqlQuery &q, const QStringList &ids, const QString &receivedAt)
{
    for (qsizetype from = 0; from < ids.size(); from += 200) {
        const qsizetype n = std::min<qsizetype>(200, ids.size() - from);
        q.prepare(QStringLiteral("INSERT INTO status_history (record_id, status, note, at) VALUES %1")
                          .arg(QStringList(n, QStringLiteral("(?, 'received', '', ?)")).join(u',')));
        for (qsizetype i = from; i < from + n; ++i) {
            q.addBindValue(ids.at(i));
            q.addBindValue(receivedAt);
        }
        if (!q.exec())
            return false;
    }
    return true;
}

void logCounts(const HubKiosk &kiosk, const QList<HubIngestResult> &results)
{
    int counts[4] = {0, 0, 0, 0};
    for (const HubIngestResult &result : results) {
        const int i = result.result == u"accepted" ? 0 : result.result == u"duplicate" ? 1 : result.result == u"conflict" ? 2 : 3;
        ++counts[i];
    }
    qCInfo(lcHubSync) << "batch from" << kiosk.id << ":" << counts[0] << "accepted," << counts[1] << "duplicate,"
                      << counts[2] << "conflict," << counts[3] << "rejected";
}

}

RecordIngest::RecordIngest(HubDatabase &db, ContentRepository &content, KioskRegistry &kiosks)
    : m_db(db), m_content(content), m_kiosks(kiosks)
{
}

HubIngestBatch RecordIngest::ingest(const HubKiosk &kiosk, const QJsonArray &records)
{
    HubIngestBatch batch;
    if (records.size() > MaxBatchRecords) {
        batch.status = HubIngestBatch::Status::BatchTooLarge;
        return batch;
    }
    // The works known for validation, read once per batch.
    const QHash<QString, LocalizedText> projects = m_content.projects();
    EnvelopeContext context;
    context.kiosk = kiosk;
    context.projectExists = [&projects](const QString &code) { return projects.contains(code); };
    const QString receivedAt = StoreFormats::nowUtc();

    HubTransaction transaction(m_db);
    if (!transaction.begun()) {
        batch.status = HubIngestBatch::Status::StorageError;
        return batch;
    }
    context.formerPrefixes = m_kiosks.formerPrefixes(kiosk.id);
    QSqlDatabase db = m_db.connection();
    QSqlQuery byId(db), insert(db), lookup(db);
    byId.prepare(QStringLiteral("SELECT content_hash FROM records WHERE id = ?"));
    auto storageFailed = [&](const QSqlQuery &q) {
        qCWarning(lcHubSync) << "cannot store a batch of" << records.size() << "records from" << kiosk.id << ":"
                             << q.lastError().text();
        transaction.rollback();
        batch.status = HubIngestBatch::Status::StorageError;
        batch.results.clear();
        return batch;
    };
    // The id's stored hash, "" when there is none; nullopt when the query failed.
    auto storedHash = [&](const QString &id) -> std::optional<QString> {
        byId.addBindValue(id);
        if (!byId.exec())
            return std::nullopt;
        const QString hash = byId.next() ? byId.value(0).toString() : QString();
        byId.finish();
        return hash;
    };

    // Records of the batch itself join Known as they pass, so a second copy in the same batch
    // is a duplicate or a conflict, as if the first had been stored already.
    Known known;
    if (!readKnown(records, lookup, &known))
        return storageFailed(lookup);
    QList<Pending> pending;
    for (const QJsonValue &value : records) {
        const EnvelopeCheck check = RecordEnvelope::check(value, context);
        const QString &givenId = check.givenId;
        if (!check.envelope) {
            batch.results.append(rejected(givenId, check.reason));
            continue;
        }
        const RecordEnvelope &e = *check.envelope;
        // Exactly once: the same id with the same content is a duplicate.
        const QString existing = known.hashes.value(e.id);
        if (!existing.isEmpty()) {
            batch.results.append(existing == e.contentHash ? duplicate(givenId) : conflict(givenId, IdTaken));
            continue;
        }
        if (!check.accepted()) {
            batch.results.append(rejected(givenId, check.reason));
            continue;
        }
        if (known.codes.contains(e.receiptCode)) {
            batch.results.append(conflict(givenId, CodeTaken));
            continue;
        }
        known.hashes.insert(e.id, e.contentHash);
        known.codes.insert(e.receiptCode);
        pending.append({batch.results.size(), e, check.draft});
        batch.results.append(accepted(givenId));
    }

    QStringList acceptedIds;
    QList<RecordSearch::Entry> searchRows;
    for (qsizetype from = 0; from < pending.size(); from += RowsPerInsert) {
        const qsizetype n = std::min(RowsPerInsert, pending.size() - from);
        if (from == 0 || n != RowsPerInsert)
            insert.prepare(insertSql(n));
        for (qsizetype i = from; i < from + n; ++i)
            bindRecord(insert, kiosk, pending.at(i).envelope, pending.at(i).draft, receivedAt);
        if (!insert.exec())
            return storageFailed(insert);
        QSet<QString> stored;
        while (insert.next())
            stored.insert(insert.value(0).toString());
        insert.finish();
        for (qsizetype i = from; i < from + n; ++i) {
            const Pending &p = pending.at(i);
            if (stored.contains(p.envelope.id)) {
                acceptedIds.append(p.envelope.id);
                searchRows.append({p.envelope.id, p.envelope.receiptCode, p.draft.toPayloadJson(), p.draft.toPersonalJson()});
                continue;
            }
            // Another hub on the same PostgreSQL stored this id or code a moment ago.
            const std::optional<QString> now = storedHash(p.envelope.id);
            if (!now)
                return storageFailed(byId);
            HubIngestResult &result = batch.results[p.result];
            result = *now == p.envelope.contentHash ? duplicate(result.id)
                                                     : conflict(result.id, now->isEmpty() ? CodeTaken : IdTaken);
        }
    }
    if (!startHistories(lookup, acceptedIds, receivedAt))
        return storageFailed(lookup);
    // The back-office's search text, in the records' own transaction.
    if (!RecordSearch::writeAll(db, searchRows))
        return storageFailed(lookup);
    if (!transaction.commit()) {
        batch.status = HubIngestBatch::Status::StorageError;
        batch.results.clear();
        return batch;
    }
    logCounts(kiosk, batch.results);
    return batch;
}
