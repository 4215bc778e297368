// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstore.h"

#include "content/contentbundle.h"
#include "datapaths.h"
#include "hubdatabase.h"
#include "hublogging.h"
#include "publishedworks.h"
#include "records/receiptcode.h"
#include "records/validation.h"
#include "text/textfold.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isTokenShape(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(token).hasMatch();
}

// Enrolment codes: 12 characters of the receipt alphabet, shown in groups of four.
constexpr int EnrolCodeLength = 12;

QString canonicalEnrolCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == u'-' || c == u' ')
            continue;
        const QChar u = c.toUpper();
        if (!QStringView(ReceiptCode::Alphabet).contains(u))
            return {};
        code.append(u);
    }
    return code.size() == EnrolCodeLength ? code : QString();
}

// Receipt prefixes are handed out letters first ("AA", "AB" … then digits), two characters
// until those run out, then three and four. HP (not yet enrolled) and TP (the hub's own) never.
QString prefixAt(qint64 index)
{
    static const QString order = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    for (int length = 2; length <= 4; ++length) {
        qint64 count = 1;
        for (int i = 0; i < length; ++i)
            count *= order.size();
        if (index < count) {
            QString p(length, u'A');
            for (int i = length - 1; i >= 0; --i) {
                p[i] = order.at(int(index % order.size()));
                index /= order.size();
            }
            return p;
        }
        index -= count;
    }
    return {};
}

QByteArray mimeFor(const QString &name)
{
    if (name.endsWith(QStringLiteral(".svg")))
        return "image/svg+xml";
    if (name.endsWith(QStringLiteral(".png")))
        return "image/png";
    if (name.endsWith(QStringLiteral(".jpg")))
        return "image/jpeg";
    return "application/octet-stream";
}

QString csvField(QString text)
{
    // A spreadsheet would run a cell starting with = + - @ as a formula: such text from a
    // resident gets a leading apostrophe, which spreadsheets show as plain text.
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

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

const char *const ViewColumns = "id, receipt_code, kind, created_at, received_at, ward, kiosk_id, entered_by, status,"
                                " updated_at, payload";

HubRecordView readView(const QSqlQuery &q)
{
    HubRecordView v;
    v.id = q.value(0).toString();
    v.receiptCode = q.value(1).toString();
    v.kind = q.value(2).toString();
    v.createdAt = q.value(3).toString();
    v.receivedAt = q.value(4).toString();
    v.ward = q.value(5).toString();
    v.kioskId = q.value(6).toString();
    v.enteredBy = q.value(7).toString();
    v.status = q.value(8).toString();
    v.updatedAt = q.value(9).toString();
    v.payload = parseObject(q.value(10).toString());
    return v;
}

/** The records.project_code of a payload: its work's code, NULL when it names none. */
QVariant projectColumn(const QJsonObject &payload)
{
    const QString code = payload.value(QStringLiteral("projectCode")).toString();
    return code.isEmpty() ? HubDatabase::nullText() : QVariant(code);
}

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

HubStore::HubStore(HubDatabase &db) : m_db(db)
{
}

QString HubStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void HubStore::setPublicUrl(const QString &url)
{
    m_publicUrl = url;
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
}

QString HubStore::publicUrl()
{
    if (!m_publicUrl.isEmpty())
        return m_publicUrl;
    return loadContent() ? m_content->bundlePublicUrl : QString();
}

// ---------------------------------------------------------------- content

bool HubStore::publish(const QString &folder, QString *error)
{
    ContentBundle bundle;
    if (!bundle.read(folder)) {
        *error = QStringLiteral("the bundle in %1 is not valid: %2").arg(folder, bundle.error().en);
        return false;
    }
    QFile file(QDir(folder).filePath(QStringLiteral("bundle.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray json = file.read(ContentBundle::MaxJsonBytes + 1);
    if (!publishBytes(json, bundle.imageFiles(), error))
        return false;
    qCInfo(lcHubStore) << "published content" << bundle.content().version << "with" << bundle.content().wards.size()
                       << "wards," << bundle.content().projects.size() << "works," << bundle.imageFiles().size() << "images";
    return true;
}

bool HubStore::publishBytes(const QByteArray &json, const QHash<QString, QString> &imageFiles, QString *error)
{
    // Read every image before the transaction: a file that vanished leaves the old content.
    QList<std::pair<QString, QByteArray>> images;
    for (auto it = imageFiles.constBegin(); it != imageFiles.constEnd(); ++it) {
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(it.value(), f.errorString());
            return false;
        }
        images.append({QFileInfo(it.key()).fileName(), f.read(ContentBundle::MaxImageBytes + 1)});
    }
    const QString etag = sha256Hex(json);
    auto fail = [&](const QSqlQuery &q) {
        *error = QStringLiteral("cannot store the content: %1").arg(q.lastError().text());
        m_db.rollback();
        return false;
    };
    if (!m_db.begin()) {
        *error = m_db.lastError();
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM content_images")))
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO content_images (name, bytes) VALUES (?, ?)"));
    for (const auto &[name, bytes] : images) {
        q.addBindValue(name);
        q.addBindValue(bytes);
        if (!q.exec())
            return fail(q);
    }
    q.prepare(QStringLiteral("INSERT INTO content (id, etag, json, published_at) VALUES (1, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET etag = excluded.etag, json = excluded.json,"
                             " published_at = excluded.published_at"));
    q.addBindValue(etag);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(nowUtc());
    if (!q.exec())
        return fail(q);
    if (!m_db.commit()) {
        *error = m_db.lastError();
        m_db.rollback();
        return false;
    }
    m_content.reset();
    return true;
}

bool HubStore::ensureContent(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM content")) || !q.next()) {
        *error = QStringLiteral("cannot read the content: %1").arg(q.lastError().text());
        return false;
    }
    if (q.value(0).toLongLong() > 0)
        return true;
    qCInfo(lcHubStore) << "nothing published yet: publishing the built-in demo content";
    return publish(DataPaths::builtInDemoBundle(), error);
}

bool HubStore::loadContent()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT etag FROM content WHERE id = 1"))) {
        qCWarning(lcHubStore) << "cannot read the content:" << q.lastError().text();
        return false;
    }
    if (!q.next()) {
        m_content.reset();
        return false;
    }
    const QString storedEtag = q.value(0).toString();
    if (m_content && m_content->storedEtag == storedEtag && m_content->servedPublicUrl == m_publicUrl)
        return true;
    q.finish();
    if (!q.exec(QStringLiteral("SELECT etag, json FROM content WHERE id = 1")) || !q.next())
        return false;
    ContentCache cache;
    cache.storedEtag = q.value(0).toString();
    const QByteArray stored = q.value(1).toString().toUtf8();
    QJsonObject root = QJsonDocument::fromJson(stored).object();
    QJsonObject city = root.value(QStringLiteral("city")).toObject();
    cache.bundlePublicUrl = city.value(QStringLiteral("publicUrl")).toString();
    while (cache.bundlePublicUrl.endsWith(u'/'))
        cache.bundlePublicUrl.chop(1);
    if (!m_publicUrl.isEmpty()) {
        city.insert(QStringLiteral("publicUrl"), m_publicUrl);
        root.insert(QStringLiteral("city"), city);
    }
    // Each image's size and SHA-256, so a kiosk refuses a download cut off or damaged on the
    // way instead of keeping half a picture (deploy/CONTENT-BUNDLE.md, "files").
    QJsonObject files;
    if (!q.exec(QStringLiteral("SELECT name, bytes FROM content_images"))) {
        qCWarning(lcHubStore) << "cannot read the content's images:" << q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QByteArray bytes = q.value(1).toByteArray();
        files.insert(QStringLiteral("images/") + q.value(0).toString(),
                     QJsonObject{{QStringLiteral("size"), bytes.size()}, {QStringLiteral("sha256"), sha256Hex(bytes)}});
    }
    q.finish();
    root.insert(QStringLiteral("files"), files);
    cache.served.json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    cache.served.etag = '"' + sha256Hex(cache.served.json).toLatin1() + '"';
    cache.servedPublicUrl = m_publicUrl;
    const QJsonArray wards = root.value(QStringLiteral("wards")).toArray();
    for (const QJsonValue &w : wards) {
        const QJsonObject o = w.toObject();
        const QString vi = o.value(QStringLiteral("nameVi")).toString();
        cache.wards.insert(o.value(QStringLiteral("code")).toString(),
                           {vi, o.value(QStringLiteral("nameEn")).toString(vi)});
    }
    const QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
    for (const QJsonValue &p : projects) {
        const QJsonObject o = p.toObject();
        const QString vi = o.value(QStringLiteral("nameVi")).toString();
        cache.projects.insert(o.value(QStringLiteral("code")).toString(),
                              {vi, o.value(QStringLiteral("nameEn")).toString(vi)});
    }
    // A publish between the reads above would pair one version's JSON with another's images.
    if (!q.exec(QStringLiteral("SELECT etag FROM content WHERE id = 1")) || !q.next())
        return false;
    if (q.value(0).toString() != cache.storedEtag) {
        q.finish();
        return loadContent();
    }
    m_content = std::move(cache);
    return true;
}

std::optional<HubContent> HubStore::content()
{
    if (!loadContent())
        return std::nullopt;
    return m_content->served;
}

std::optional<QByteArray> HubStore::contentImage(const QString &name, QByteArray *mimeType)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,100}\\.(svg|png|jpg)$"));
    if (!re.match(name).hasMatch() || name.startsWith(u'.'))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bytes FROM content_images WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    *mimeType = mimeFor(name);
    return q.value(0).toByteArray();
}

bool HubStore::wardExists(const QString &code)
{
    return loadContent() && m_content->wards.contains(code);
}

std::shared_ptr<const PublishedWorks> HubStore::publishedWorks()
{
    if (!loadContent())
        return nullptr;
    if (!m_content->works) {
        QString error;
        m_content->works = PublishedWorks::fromJson(m_content->served.json, &error);
        if (!m_content->works)
            qCWarning(lcHubStore).noquote() << "cannot read the published works:" << error;
    }
    return m_content->works;
}

bool HubStore::projectExists(const QString &code)
{
    return loadContent() && m_content->projects.contains(code);
}

HubNames HubStore::names(const QString &ward, const QString &projectCode)
{
    HubNames n;
    if (loadContent()) {
        n.ward = m_content->wards.value(ward);
        n.project = m_content->projects.value(projectCode.toUpper());
    }
    n.publicUrl = publicUrl();
    return n;
}

// ---------------------------------------------------------------- counters

std::optional<qint64> HubStore::nextCounter(const QString &name)
{
    // The row lock this upsert takes is held to the end of the transaction, so hubs sharing
    // one PostgreSQL never hand out the same value.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1)"
                             " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        qCWarning(lcHubStore) << "cannot advance counter" << name << q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QString> HubStore::nextReceiptCode(const QString &prefix)
{
    QSqlQuery q(m_db.connection());
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const std::optional<qint64> sequence = nextCounter(QStringLiteral("receipt:") + prefix);
        if (!sequence || *sequence > qint64(ReceiptCode::MaxSequence))
            return std::nullopt;
        const QString code = ReceiptCode::make(prefix, quint32(*sequence));
        q.prepare(QStringLiteral("SELECT 1 FROM records WHERE receipt_code = ?"));
        q.addBindValue(code);
        if (!q.exec())
            return std::nullopt;
        if (!q.next())
            return code;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- enrolment

std::optional<QString> HubStore::createEnrolCode(const QString &ward, QString *error)
{
    if (!wardExists(ward)) {
        *error = QStringLiteral("ward “%1” is not in the published content").arg(ward);
        return std::nullopt;
    }
    QString code;
    for (int i = 0; i < EnrolCodeLength; ++i)
        code.append(QChar(ReceiptCode::Alphabet[QRandomGenerator::system()->bounded(ReceiptCode::Base)]));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO enrol_codes (code_hash, ward, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(sha256Hex(code.toLatin1()));
    q.addBindValue(ward);
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(EnrolCodeValidHours * 3600).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = QStringLiteral("cannot store the enrolment code: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    qCInfo(lcHubSync) << "enrolment code issued for ward" << ward;
    return code.left(4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8);
}

HubStore::EnrolOutcome HubStore::enrol(const QString &typedCode, const QString &name, HubEnrolment *out,
                                       const QString &previousToken)
{
    const QString code = canonicalEnrolCode(typedCode);
    if (code.isEmpty())
        return EnrolOutcome::Refused;
    const QString kioskName = TextFold::clean(name).left(MaxKioskNameLength);

    // A prefix another hub took between our counter and our insert makes the insert fail on
    // UNIQUE (PostgreSQL: the whole transaction): start again with the next counter value.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!m_db.begin())
            return EnrolOutcome::StorageError;
        const QString now = nowUtc();
        QSqlQuery q(m_db.connection());
        // Claims the code: a concurrent enrolment with the same code waits for this row and
        // then finds used_at set, so only one kiosk gets it.
        q.prepare(QStringLiteral("UPDATE enrol_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"
                                 " AND expires_at > ? RETURNING ward"));
        q.addBindValue(now);
        q.addBindValue(sha256Hex(code.toLatin1()));
        q.addBindValue(now);
        if (!q.exec()) {
            qCWarning(lcHubSync) << "cannot claim an enrolment code:" << q.lastError().text();
            m_db.rollback();
            return EnrolOutcome::StorageError;
        }
        if (!q.next()) {
            m_db.rollback();
            qCInfo(lcHubSync) << "enrolment refused: unknown, used or expired code";
            return EnrolOutcome::Refused;
        }
        const QString ward = q.value(0).toString();
        q.finish();

        const std::optional<qint64> kioskNo = nextCounter(QStringLiteral("kiosk"));
        std::optional<qint64> prefixNo;
        QString prefix;
        do {
            prefixNo = nextCounter(QStringLiteral("prefix"));
            if (prefixNo)
                prefix = prefixAt(*prefixNo - 1);
        } while (prefixNo && (prefix == u"HP" || prefix == u"TP"));
        if (!kioskNo || !prefixNo || prefix.isEmpty()) {
            m_db.rollback();
            return EnrolOutcome::StorageError;
        }
        const QString kioskId = QStringLiteral("K%1").arg(*kioskNo, 4, 10, QLatin1Char('0'));
        QByteArray raw(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        const QString token = QString::fromLatin1(raw.toHex());

        q.prepare(QStringLiteral("INSERT INTO kiosks (id, name, ward, receipt_prefix, token_hash, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(kioskId);
        q.addBindValue(kioskName);
        q.addBindValue(ward);
        q.addBindValue(prefix);
        q.addBindValue(sha256Hex(token.toLatin1()));
        q.addBindValue(now);
        if (!q.exec()) {
            qCWarning(lcHubSync) << "cannot create a kiosk:" << q.lastError().text();
            m_db.rollback();
            return EnrolOutcome::StorageError;
        }
        if (q.numRowsAffected() != 1) {
            m_db.rollback();
            qCInfo(lcHubSync) << "kiosk id or prefix taken meanwhile, trying the next";
            continue;
        }
        // The kiosk proves which kiosk it was by that kiosk's token (revoked or not); only a
        // kiosk of the same ward is replaced, and it is revoked now if it was not yet.
        QString replaced;
        if (isTokenShape(previousToken)) {
            q.prepare(QStringLiteral("SELECT id FROM kiosks WHERE token_hash = ? AND ward = ? AND id != ?"));
            q.addBindValue(sha256Hex(previousToken.toLatin1()));
            q.addBindValue(ward);
            q.addBindValue(kioskId);
            if (q.exec() && q.next())
                replaced = q.value(0).toString();
            q.finish();
        }
        if (!replaced.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE kiosks SET replaces = ? WHERE id = ?"));
            q.addBindValue(replaced);
            q.addBindValue(kioskId);
            bool ok = q.exec();
            q.prepare(QStringLiteral("UPDATE kiosks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
            q.addBindValue(now);
            q.addBindValue(replaced);
            if (!ok || !q.exec()) {
                m_db.rollback();
                return EnrolOutcome::StorageError;
            }
        }
        q.prepare(QStringLiteral("UPDATE enrol_codes SET kiosk_id = ? WHERE code_hash = ?"));
        q.addBindValue(kioskId);
        q.addBindValue(sha256Hex(code.toLatin1()));
        if (!q.exec() || !m_db.commit()) {
            m_db.rollback();
            return EnrolOutcome::StorageError;
        }
        qCInfo(lcHubSync) << "kiosk" << kioskId << "enrolled for ward" << ward << "with prefix" << prefix
                          << (replaced.isEmpty() ? QString() : QStringLiteral("replacing ") + replaced);
        *out = {kioskId, ward, prefix, token};
        return EnrolOutcome::Enrolled;
    }
    return EnrolOutcome::StorageError;
}

QStringList HubStore::formerPrefixes(const QString &kioskId)
{
    QStringList prefixes;
    QString id = kioskId;
    QSqlQuery q(m_db.connection());
    // A short chain: each enrolment replaces at most one kiosk; 20 steps stop any loop.
    for (int step = 0; step < 20 && !id.isEmpty(); ++step) {
        q.prepare(QStringLiteral("SELECT r.id, r.receipt_prefix FROM kiosks k JOIN kiosks r ON r.id = k.replaces"
                                 " WHERE k.id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            break;
        id = q.value(0).toString();
        prefixes.append(q.value(1).toString());
        q.finish();
    }
    return prefixes;
}

std::optional<HubKiosk> HubStore::authenticate(const QString &token)
{
    if (!isTokenShape(token))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, ward, receipt_prefix, revoked_at FROM kiosks WHERE token_hash = ?"));
    q.addBindValue(sha256Hex(token.toLatin1()));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (!q.value(3).isNull()) {
        qCInfo(lcHubSync) << "revoked kiosk" << q.value(0).toString() << "refused";
        return std::nullopt;
    }
    HubKiosk k{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    q.prepare(QStringLiteral("UPDATE kiosks SET last_seen = ? WHERE id = ?"));
    q.addBindValue(nowUtc());
    q.addBindValue(k.id);
    if (!q.exec())
        qCWarning(lcHubStore) << "cannot note when kiosk" << k.id << "was last seen:" << q.lastError().text();
    return k;
}

std::optional<HubKiosk> HubStore::kioskForToken(const QString &token)
{
    return authenticate(token);
}

void HubStore::notePending(const HubKiosk &kiosk, qint64 pending)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE kiosks SET pending_hint = ? WHERE id = ?"));
    q.addBindValue(pending);
    q.addBindValue(kiosk.id);
    if (!q.exec())
        qCWarning(lcHubStore) << "cannot note the outbox size of" << kiosk.id << q.lastError().text();
}

// ---------------------------------------------------------------- records

HubIngestBatch HubStore::ingest(const HubKiosk &kiosk, const QJsonArray &records)
{
    HubIngestBatch batch;
    if (records.size() > MaxBatchRecords) {
        batch.status = HubIngestBatch::Status::BatchTooLarge;
        return batch;
    }
    loadContent(); // the works known for validation, read once per batch
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
        if (prefix != kiosk.receiptPrefix && prefix != u"HP" && !formerPrefixes(kiosk.id).contains(prefix)) {
            reject(QStringLiteral("prefix-mismatch"));
            continue;
        }

        // Exactly once: the same id with the same content is a duplicate.
        QJsonObject canonical;
        for (const QString &key : keys)
            canonical.insert(key, r.contains(key) ? r.value(key) : QJsonValue());
        const QString hash = sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
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
        context.projectExists = [this](const QString &c) { return m_content && m_content->projects.contains(c); };
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
        insert.addBindValue(projectColumn(storedPayload));
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

std::optional<QList<HubReceiptStatus>> HubStore::receipts(const HubKiosk &kiosk, const QStringList &codes)
{
    QList<HubReceiptStatus> out;
    QStringList valid;
    for (const QString &c : codes)
        if (ReceiptCode::isValid(c) && !valid.contains(c))
            valid.append(c);
    if (valid.isEmpty())
        return out;
    QStringList marks(valid.size(), QStringLiteral("?"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT receipt_code, status, updated_at, status_note FROM records"
                             " WHERE kiosk_id = ? AND receipt_code IN (%1) ORDER BY receipt_code").arg(marks.join(u',')));
    q.addBindValue(kiosk.id);
    for (const QString &c : std::as_const(valid))
        q.addBindValue(c);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read receipt statuses:" << q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

void HubStore::fillHistory(QList<HubRecordView> *views)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < views->size(); ++i)
        index.insert(views->at(i).id, i);
    QSqlQuery q(m_db.connection());
    // In chunks, to stay under the bound-parameter limits of both dialects.
    for (qsizetype from = 0; from < views->size(); from += 400) {
        const qsizetype n = std::min<qsizetype>(400, views->size() - from);
        QStringList marks(n, QStringLiteral("?"));
        q.prepare(QStringLiteral("SELECT record_id, status, note, at FROM status_history WHERE record_id IN (%1)"
                                 " ORDER BY record_id, seq").arg(marks.join(u',')));
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(views->at(i).id);
        if (!q.exec()) {
            qCWarning(lcHubStore) << "cannot read status history:" << q.lastError().text();
            return;
        }
        while (q.next())
            (*views)[index.value(q.value(0).toString())].history.append(
                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
}

std::optional<HubRecordView> HubStore::recordView(const QString &typed)
{
    const QString code = ReceiptCode::normalize(typed);
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE receipt_code = ?").arg(QLatin1String(ViewColumns)));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<HubRecordView> views{readView(q)};
    fillHistory(&views);
    return views.first();
}

std::optional<qint64> HubStore::acceptedPledges(const QString &projectCode)
{
    // records_project_kind_status answers this from the index alone.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM records WHERE project_code = ?"
                             " AND kind IN ('pledge.land', 'pledge.labour', 'pledge.materials') AND status <> 'rejected'"));
    q.addBindValue(projectCode);
    if (!q.exec() || !q.next()) {
        qCWarning(lcHubStore) << "cannot count a work's pledges:" << q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

// ---------------------------------------------------------------- Open311

std::optional<QString> HubStore::storeOpen311Report(const HubKiosk &kiosk, const RecordDraft &draft, QString *error)
{
    if (draft.kind != RecordKind::ReportWaste) {
        *error = QStringLiteral("only waste reports come through Open311");
        return std::nullopt;
    }
    const RecordDraft d = draft.normalized();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nowUtc();
    const QJsonObject payload = d.toPayloadJson();
    auto fail = [&](const QSqlQuery &q) -> std::optional<QString> {
        *error = QStringLiteral("cannot store the report: %1").arg(q.lastError().text());
        qCWarning(lcHubSync).noquote() << *error;
        m_db.rollback();
        return std::nullopt;
    };
    if (!m_db.begin()) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    const std::optional<QString> code = nextReceiptCode(QStringLiteral("TP"));
    if (!code)
        return fail(q);
    // Personal data sent to Open311 is not stored: the draft's person and consent are dropped.
    const QJsonObject canonical{{QStringLiteral("id"), id},
                                {QStringLiteral("kind"), RecordKinds::key(d.kind)},
                                {QStringLiteral("schema"), RecordDraft::SchemaVersion},
                                {QStringLiteral("createdAt"), now},
                                {QStringLiteral("ward"), kiosk.ward},
                                {QStringLiteral("kioskId"), kiosk.id},
                                {QStringLiteral("receiptCode"), *code},
                                {QStringLiteral("enteredBy"), QStringLiteral("open311")},
                                {QStringLiteral("payload"), payload},
                                {QStringLiteral("personal"), QJsonValue()},
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
    q.addBindValue(compactJson(payload));
    q.addBindValue(d.photoJpeg.isEmpty() ? HubDatabase::nullBytes() : QVariant(d.photoJpeg));
    q.addBindValue(sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(projectColumn(payload));
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO status_history (record_id, status, note, at) VALUES (?, 'received', '', ?)"));
    q.addBindValue(id);
    q.addBindValue(now);
    if (!q.exec())
        return fail(q);
    if (!m_db.commit())
        return fail(q);
    qCInfo(lcHubSync) << "Open311 report" << *code << "stored for kiosk" << kiosk.id;
    return code;
}

QList<HubRecordView> HubStore::wasteReports(const HubRequestFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM records WHERE kind = 'report.waste'").arg(QLatin1String(ViewColumns));
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
        sql += QStringLiteral(" AND status NOT IN ('resolved', 'rejected')");
    if (filter.onlyClosed && !filter.onlyOpen)
        sql += QStringLiteral(" AND status IN ('resolved', 'rejected')");
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
        HubRecordView v = readView(q);
        // LIKE matched text anywhere in the payload; keep only a real category match.
        if (filter.category.isEmpty() || v.payload.value(QStringLiteral("category")).toString() == filter.category)
            out.append(v);
    }
    fillHistory(&out);
    return out;
}

// ---------------------------------------------------------------- admin

std::optional<QList<HubKioskRow>> HubStore::kiosks()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT k.id, k.name, k.ward, k.receipt_prefix, k.created_at, k.last_seen, k.revoked_at,"
                               " k.pending_hint, (SELECT count(*) FROM records r WHERE r.kiosk_id = k.id)"
                               " FROM kiosks k ORDER BY k.id"))) {
        qCWarning(lcHubStore) << "cannot list kiosks:" << q.lastError().text();
        return std::nullopt;
    }
    QList<HubKioskRow> out;
    while (q.next()) {
        HubKioskRow row;
        row.id = q.value(0).toString();
        row.name = q.value(1).toString();
        row.ward = q.value(2).toString();
        row.receiptPrefix = q.value(3).toString();
        row.createdAt = q.value(4).toString();
        row.lastSeen = q.value(5).toString();
        row.revokedAt = q.value(6).toString();
        row.pendingHint = q.value(7).toLongLong();
        row.recordsReceived = q.value(8).toLongLong();
        out.append(row);
    }
    return out;
}

HubStore::ChangeOutcome HubStore::revoke(const QString &kioskId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT revoked_at FROM kiosks WHERE id = ?"));
    q.addBindValue(kioskId);
    if (!q.exec())
        return ChangeOutcome::StorageError;
    if (!q.next())
        return ChangeOutcome::NotFound;
    q.finish();
    q.prepare(QStringLiteral("UPDATE kiosks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(nowUtc());
    q.addBindValue(kioskId);
    if (!q.exec())
        return ChangeOutcome::StorageError;
    if (q.numRowsAffected() == 0)
        return ChangeOutcome::Unchanged;
    qCInfo(lcHubStore) << "kiosk" << kioskId << "revoked";
    return ChangeOutcome::Done;
}

QStringList HubStore::statuses()
{
    return {QStringLiteral("received"), QStringLiteral("verified"), QStringLiteral("scheduled"),
            QStringLiteral("thanked"), QStringLiteral("resolved"), QStringLiteral("rejected")};
}

HubStore::ChangeOutcome HubStore::setStatus(const QString &typedCode, const QString &status, const QString &note,
                                            QString *error)
{
    if (!statuses().contains(status)) {
        *error = QStringLiteral("unknown status “%1”; use one of %2").arg(status, statuses().join(QStringLiteral(", ")));
        return ChangeOutcome::Unchanged;
    }
    const QString cleanNote = TextFold::clean(note, true);
    if (cleanNote.size() > MaxStatusNoteLength) {
        *error = QStringLiteral("the note is longer than %1 characters").arg(MaxStatusNoteLength);
        return ChangeOutcome::Unchanged;
    }
    const QString code = ReceiptCode::normalize(typedCode);
    if (code.isEmpty()) {
        *error = QStringLiteral("“%1” is not a receipt code").arg(typedCode);
        return ChangeOutcome::NotFound;
    }
    if (!m_db.begin()) {
        *error = m_db.lastError();
        return ChangeOutcome::StorageError;
    }
    const QString now = nowUtc();
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
        return ChangeOutcome::StorageError;
    }
    if (!q.next()) {
        m_db.rollback();
        *error = QStringLiteral("no record has receipt code %1").arg(code);
        return ChangeOutcome::NotFound;
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
        return ChangeOutcome::StorageError;
    }
    qCInfo(lcHubStore) << "record" << code << "status set to" << status;
    return ChangeOutcome::Done;
}

bool HubStore::exportCsv(const QString &path, bool withPersonal, QString *error, qint64 *rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT receipt_code, id, kind, created_at, received_at, ward, kiosk_id, entered_by,"
                               " status, updated_at, status_note, payload, personal FROM records"
                               " ORDER BY received_at, receipt_code"))) {
        *error = QStringLiteral("cannot read the records: %1").arg(q.lastError().text());
        file.cancelWriting();
        return false;
    }
    QStringList header{QStringLiteral("receipt_code"), QStringLiteral("id"), QStringLiteral("kind"),
                       QStringLiteral("created_at"), QStringLiteral("received_at"), QStringLiteral("ward"),
                       QStringLiteral("kiosk_id"), QStringLiteral("entered_by"), QStringLiteral("status"),
                       QStringLiteral("updated_at"), QStringLiteral("status_note"), QStringLiteral("project_code"),
                       QStringLiteral("anonymous"), QStringLiteral("details")};
    if (withPersonal)
        header << QStringLiteral("full_name") << QStringLiteral("phone") << QStringLiteral("residential_group")
               << QStringLiteral("consent_version");
    file.write("\xEF\xBB\xBF");
    file.write(header.join(u',').toUtf8() + "\r\n");
    qint64 count = 0;
    while (q.next()) {
        QJsonObject payload = parseObject(q.value(11).toString());
        const QString project = payload.value(QStringLiteral("projectCode")).toString();
        const bool anonymous = payload.value(QStringLiteral("anonymous")).toBool();
        payload.remove(QStringLiteral("projectCode"));
        payload.remove(QStringLiteral("anonymous"));
        QStringList fields;
        for (int i = 0; i <= 10; ++i)
            fields.append(csvField(q.value(i).toString()));
        fields << csvField(project) << (anonymous ? QStringLiteral("yes") : QStringLiteral("no"))
               << csvField(compactJson(payload));
        if (withPersonal) {
            const QJsonObject personal = parseObject(q.value(12).toString());
            const QJsonObject person = personal.value(QStringLiteral("person")).toObject();
            const QJsonObject consent = personal.value(QStringLiteral("consent")).toObject();
            fields << csvField(person.value(QStringLiteral("fullName")).toString())
                   << csvField(person.value(QStringLiteral("phone")).toString())
                   << csvField(person.value(QStringLiteral("residentialGroup")).toString())
                   << csvField(consent.value(QStringLiteral("textVersion")).toString());
        }
        file.write(fields.join(u',').toUtf8() + "\r\n");
        ++count;
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (rows)
        *rows = count;
    qCInfo(lcHubStore) << "exported" << count << "records" << (withPersonal ? "with personal data" : "without personal data");
    return true;
}
