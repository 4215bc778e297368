// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordingest.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "records/receiptcode.h"
#include "records/validation.h"
#include "store/contentrepository.h"
#include "store/kioskregistry.h"
#include "store/storeformats.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using StoreFormats::compactJson;

namespace {

const QStringList &recordKeys()
{
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("schema"),
                                  QStringLiteral("createdAt"), QStringLiteral("ward"), QStringLiteral("kioskId"),
                                  QStringLiteral("receiptCode"), QStringLiteral("enteredBy"), QStringLiteral("payload"),
                                  QStringLiteral("personal"), QStringLiteral("photo")};
    return keys;
}

HubIngestResult rejected(const QString &id, const QString &reason)
{
    return {id, QStringLiteral("rejected"), reason};
}

HubIngestResult conflict(const QString &id, const QString &reason)
{
    return {id, QStringLiteral("conflict"), reason};
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
    const QString receivedAt = nowUtc();
    const QStringList &keys = recordKeys();

    if (!m_db.begin()) {
        batch.status = HubIngestBatch::Status::StorageError;
        return batch;
    }
    QSqlDatabase db = m_db.connection();
    QSqlQuery byId(db), insert(db), lookup(db);
    byId.prepare(QStringLiteral("SELECT content_hash FROM records WHERE id = ?"));
    insert.prepare(QStringLiteral("INSERT INTO records (id, kind, schema, created_at, received_at, ward, kiosk_id,"
                                  " receipt_code, entered_by, payload, personal, photo, content_hash, status, updated_at, project_code)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?) ON CONFLICT DO NOTHING"));
    auto storageFailed = [&](const QSqlQuery &q) {
        qCWarning(lcHubSync) << "cannot store a batch of" << records.size() << "records from" << kiosk.id << ":"
                             << q.lastError().text();
        m_db.rollback();
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

    // What the database already holds of this batch's ids and codes, in a few queries rather
    // than two per record (a round trip each on PostgreSQL); records of the batch itself are
    // added as they are stored.
    QHash<QString, QString> knownHashes;
    QSet<QString> takenCodes;
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
        if (!fetch(QStringLiteral("SELECT id, content_hash FROM records WHERE id IN (%1)"), ids,
                   [&](const QSqlQuery &q) { knownHashes.insert(q.value(0).toString(), q.value(1).toString()); })
            || !fetch(QStringLiteral("SELECT receipt_code FROM records WHERE receipt_code IN (%1)"), codes,
                      [&](const QSqlQuery &q) { takenCodes.insert(q.value(0).toString()); }))
            return storageFailed(lookup);
    }
    QStringList acceptedIds;

    int counts[4] = {0, 0, 0, 0};
    for (const QJsonValue &value : records) {
        const QJsonObject r = value.toObject();
        const QJsonValue idValue = r.value(QStringLiteral("id"));
        const QString givenId = idValue.isString() ? idValue.toString().left(64) : QString();
        auto reject = [&](const QString &reason) {
            batch.results.append(rejected(givenId, reason));
        };
        if (!value.isObject()) {
            reject(QStringLiteral("record: must be an object { … }"));
            continue;
        }
        // Types and shapes of the envelope.
        QString unknown;
        for (auto it = r.constBegin(); it != r.constEnd() && unknown.isEmpty(); ++it)
            if (!keys.contains(it.key()))
                unknown = it.key().left(40);
        if (!unknown.isEmpty()) {
            reject(unknown + QStringLiteral(": is not a field of a record"));
            continue;
        }
        const QUuid uuid = QUuid::fromString(givenId);
        if (!idValue.isString() || givenId.size() != 36 || uuid.isNull()) {
            reject(QStringLiteral("id: must be a UUID such as 0b9c5e1e-2f2d-4b53-9a7e-3f6f0e5d8a11"));
            continue;
        }
        const QString id = uuid.toString(QUuid::WithoutBraces);
        const QJsonValue kindValue = r.value(QStringLiteral("kind"));
        const std::optional<RecordKind> kind = RecordKinds::fromKey(kindValue.toString());
        if (!kindValue.isString() || !kind) {
            reject(QStringLiteral("kind: must be pledge.land, pledge.labour, pledge.materials or report.waste"));
            continue;
        }
        if (r.value(QStringLiteral("schema")).toDouble(-1) != RecordDraft::SchemaVersion) {
            reject(QStringLiteral("schema: must be %1").arg(RecordDraft::SchemaVersion));
            continue;
        }
        const QString createdAt = r.value(QStringLiteral("createdAt")).toString();
        const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
        if (createdAt.size() > 40 || !created.isValid()
            || (created.timeSpec() != Qt::OffsetFromUTC && created.timeSpec() != Qt::UTC)) {
            reject(QStringLiteral("createdAt: must be an ISO 8601 date and time with its offset"));
            continue;
        }
        const QJsonValue ward = r.value(QStringLiteral("ward"));
        const QJsonValue kioskId = r.value(QStringLiteral("kioskId"));
        const QJsonValue code = r.value(QStringLiteral("receiptCode"));
        const QJsonValue enteredBy = r.value(QStringLiteral("enteredBy"));
        const QJsonValue payload = r.value(QStringLiteral("payload"));
        const QJsonValue personal = r.value(QStringLiteral("personal"));
        const QJsonValue photo = r.value(QStringLiteral("photo"));
        if (!kioskId.isString()) {
            reject(QStringLiteral("kioskId: must be text"));
            continue;
        }
        if (!ward.isString()) {
            reject(QStringLiteral("ward: must be text"));
            continue;
        }
        if (!code.isString()) {
            reject(QStringLiteral("receiptCode: must be text"));
            continue;
        }
        if (enteredBy.toString() != u"resident" && enteredBy.toString() != u"staff") {
            reject(QStringLiteral("enteredBy: must be resident or staff"));
            continue;
        }
        if (!payload.isObject()) {
            reject(QStringLiteral("payload: must be an object { … }"));
            continue;
        }
        if (!personal.isObject() && !personal.isNull() && !personal.isUndefined()) {
            reject(QStringLiteral("personal: must be an object { … } or null"));
            continue;
        }
        if (!photo.isString() && !photo.isNull() && !photo.isUndefined()) {
            reject(QStringLiteral("photo: must be base64 text or null"));
            continue;
        }

        // Ownership: a token writes only as its own kiosk.
        if (kioskId.toString() != kiosk.id) {
            reject(QStringLiteral("kiosk-mismatch"));
            continue;
        }
        if (ward.toString() != kiosk.ward) {
            reject(QStringLiteral("ward-mismatch"));
            continue;
        }
        const QString receiptCode = code.toString();
        if (!ReceiptCode::isValid(receiptCode)) {
            reject(QStringLiteral("receiptCode: is not a valid receipt code"));
            continue;
        }
        const QString prefix = receiptCode.section(u'-', 0, 0);
        if (prefix != kiosk.receiptPrefix && prefix != u"HP" && !m_kiosks.formerPrefixes(kiosk.id).contains(prefix)) {
            reject(QStringLiteral("prefix-mismatch"));
            continue;
        }

        // Exactly once: the same id with the same content is a duplicate.
        QJsonObject canonical;
        for (const QString &key : keys)
            canonical.insert(key, r.contains(key) ? r.value(key) : QJsonValue());
        const QString hash = StoreFormats::sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
        const QString existing = knownHashes.value(id);
        if (!existing.isEmpty()) {
            if (existing == hash)
                batch.results.append({givenId, QStringLiteral("duplicate"), {}});
            else
                batch.results.append(conflict(givenId, QStringLiteral("id: already stored with other content")));
            continue;
        }

        // The kiosk's rules, on the record as the resident made it.
        QJsonObject form = payload.toObject();
        const QJsonObject personalObject = personal.toObject();
        QString misplaced;
        for (const char *key : {"kind", "person", "consent", "photo"})
            if (form.contains(QLatin1String(key)))
                misplaced = QStringLiteral("payload.%1: belongs outside the payload").arg(QLatin1String(key));
        for (auto it = personalObject.constBegin(); it != personalObject.constEnd(); ++it)
            if (it.key() != u"person" && it.key() != u"consent")
                misplaced = QStringLiteral("personal.%1: is not a field of personal").arg(it.key().left(40));
        if (!misplaced.isEmpty()) {
            reject(misplaced);
            continue;
        }
        if (*kind == RecordKind::ReportWaste && !form.value(QStringLiteral("hasPhoto")).isBool()
            && form.contains(QStringLiteral("hasPhoto"))) {
            reject(QStringLiteral("payload.hasPhoto: must be true or false"));
            continue;
        }
        form.remove(QStringLiteral("hasPhoto"));
        form.insert(QStringLiteral("kind"), kindValue);
        for (auto it = personalObject.constBegin(); it != personalObject.constEnd(); ++it)
            form.insert(it.key(), it.value());
        if (photo.isString())
            form.insert(QStringLiteral("photo"), photo);
        ValidationContext context;
        context.projectExists = [&projects](const QString &c) { return projects.contains(c); };
        // The ward's anonymity setting is the kiosk's to enforce; the date rules are checked as
        // of the day the record was made, since a kiosk may deliver it days later.
        context.allowAnonymousPledges = true;
        context.today = created.date();
        RecordDraft draft;
        const QList<FieldProblem> problems = Validation::checkJson(form, context, &draft);
        if (!problems.isEmpty()) {
            const FieldProblem &p = problems.first();
            reject((p.field.isEmpty() ? QStringLiteral("record") : p.field) + QStringLiteral(": ") + p.message.en);
            continue;
        }

        if (takenCodes.contains(receiptCode)) {
            batch.results.append(conflict(givenId, QStringLiteral("receiptCode: belongs to another record")));
            continue;
        }

        const RecordDraft d = draft.normalized();
        const QJsonObject personalJson = d.toPersonalJson();
        insert.addBindValue(id);
        insert.addBindValue(RecordKinds::key(*kind));
        insert.addBindValue(RecordDraft::SchemaVersion);
        insert.addBindValue(createdAt);
        insert.addBindValue(receivedAt);
        insert.addBindValue(kiosk.ward);
        insert.addBindValue(kiosk.id);
        insert.addBindValue(receiptCode);
        insert.addBindValue(enteredBy.toString());
        const QJsonObject storedPayload = d.toPayloadJson();
        insert.addBindValue(compactJson(storedPayload));
        insert.addBindValue(personalJson.isEmpty() ? HubDatabase::nullText() : QVariant(compactJson(personalJson)));
        insert.addBindValue(d.kind == RecordKind::ReportWaste && !d.photoJpeg.isEmpty() ? QVariant(d.photoJpeg)
                                                                                        : HubDatabase::nullBytes());
        insert.addBindValue(hash);
        insert.addBindValue(receivedAt);
        insert.addBindValue(StoreFormats::projectColumn(storedPayload));
        if (!insert.exec())
            return storageFailed(insert);
        if (insert.numRowsAffected() != 1) {
            // Another hub on the same PostgreSQL stored this id or code a moment ago.
            const std::optional<QString> now = storedHash(id);
            if (!now)
                return storageFailed(byId);
            if (*now == hash)
                batch.results.append({givenId, QStringLiteral("duplicate"), {}});
            else if (!now->isEmpty())
                batch.results.append(conflict(givenId, QStringLiteral("id: already stored with other content")));
            else
                batch.results.append(conflict(givenId, QStringLiteral("receiptCode: belongs to another record")));
            continue;
        }
        knownHashes.insert(id, hash);
        takenCodes.insert(receiptCode);
        acceptedIds.append(id);
        batch.results.append({givenId, QStringLiteral("accepted"), {}});
    }
    // Each accepted record's history starts with "received", written in multi-row inserts.
    for (qsizetype from = 0; from < acceptedIds.size(); from += 200) {
        const qsizetype n = std::min<qsizetype>(200, acceptedIds.size() - from);
        lookup.prepare(QStringLiteral("INSERT INTO status_history (record_id, status, note, at) VALUES %1")
                               .arg(QStringList(n, QStringLiteral("(?, 'received', '', ?)")).join(u',')));
        for (qsizetype i = from; i < from + n; ++i) {
            lookup.addBindValue(acceptedIds.at(i));
            lookup.addBindValue(receivedAt);
        }
        if (!lookup.exec())
            return storageFailed(lookup);
    }
    if (!m_db.commit()) {
        m_db.rollback();
        batch.status = HubIngestBatch::Status::StorageError;
        batch.results.clear();
        return batch;
    }
    for (const HubIngestResult &result : std::as_const(batch.results)) {
        const int i = result.result == u"accepted" ? 0 : result.result == u"duplicate" ? 1 : result.result == u"conflict" ? 2 : 3;
        ++counts[i];
    }
    qCInfo(lcHubSync) << "batch from" << kiosk.id << ":" << counts[0] << "accepted," << counts[1] << "duplicate,"
                      << counts[2] << "conflict," << counts[3] << "rejected";
    return batch;
}
