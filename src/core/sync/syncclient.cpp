// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "content/contentstore.h"
#include "datapaths.h"
#include "networkproblem.h"
#include "logging.h"
#include "records/recordstore.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

LocalizedText hubRefused(int status, const QString &detail)
{
    return {QStringLiteral("Máy chủ thành phố trả lời lỗi %1: %2").arg(status).arg(detail),
            QStringLiteral("The city hub answered %1: %2").arg(status).arg(detail)};
}

LocalizedText badAnswer(const QString &what)
{
    return {QStringLiteral("Máy chủ thành phố trả lời không đúng giao thức (%1).").arg(what),
            QStringLiteral("The city hub's answer does not follow the protocol (%1).").arg(what)};
}

LocalizedText storeFailed(const QString &detail)
{
    return {QStringLiteral("Lỗi lưu trữ của ki-ốt: %1").arg(detail), QStringLiteral("Kiosk storage error: %1").arg(detail)};
}

/** The `message` of the hub's JSON error, else the first bytes of the body. */
QString errorDetail(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString message = o.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    return QString::fromUtf8(body.left(200)).simplified();
}

// Image names the kiosk accepts from the hub: a bundle path, no folders, no dot files.
const QRegularExpression imageName(QStringLiteral("^images/[A-Za-z0-9][A-Za-z0-9._-]{0,120}$"));

}

SyncIdentity SyncIdentity::load(Database &db, const QString &dataDir)
{
    SyncIdentity id;
    id.hubUrl = db.setting(QStringLiteral("hubUrl"));
    id.kioskId = db.setting(QStringLiteral("kioskId"));
    id.ward = db.setting(QStringLiteral("wardCode"));
    id.receiptPrefix = db.setting(QStringLiteral("receiptPrefix"));
    QFile file(tokenFile(dataDir));
    if (file.open(QIODevice::ReadOnly))
        id.token = QString::fromLatin1(file.read(256)).trimmed();
    return id;
}

QString SyncIdentity::tokenFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("hub-token"));
}

SyncClient::SyncClient(const QString &dataDir, QObject *parent) : QObject(parent), m_dataDir(dataDir)
{
}

SyncClient::~SyncClient() = default;

Database *SyncClient::database()
{
    LocalizedText error;
    return ensureOpen(&error) ? m_db.get() : nullptr;
}

bool SyncClient::ensureOpen(LocalizedText *error)
{
    if (!m_db) {
        m_db = std::make_unique<Database>();
        if (!m_db->open(DataPaths::databaseFile(m_dataDir))) {
            *error = storeFailed(m_db->lastError());
            m_db.reset();
            return false;
        }
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    return true;
}

QNetworkRequest SyncClient::request(const QString &path) const
{
    QNetworkRequest r(QUrl(m_identity.hubUrl + path));
    r.setTransferTimeout(m_timeoutMs);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("User-Agent", "civic-kiosk/1");
    if (!m_identity.token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_identity.token.toLatin1());
    return r;
}

void SyncClient::send(QNetworkReply *reply, ReplyHandler handler)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
        reply->deleteLater();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_report.reached = r.status != 0;
        r.body = reply->readAll();
        r.etag = reply->rawHeader("ETag");
        if (const auto problem = NetworkProblem::of(*reply, r.body, m_timeoutMs)) {
            // No whole answer, whatever the status line said: a failed attempt, nothing used.
            qCInfo(lcSync) << "request" << reply->url().path() << "failed:" << reply->error() << "status" << r.status
                           << "bytes" << r.body.size();
            r.status = 0;
            r.body.clear();
            r.etag.clear();
            r.error = *problem;
        } else if (r.status != 304 && (r.status < 200 || r.status > 299)) {
            r.error = hubRefused(r.status, errorDetail(r.body));
        }
        handler(r);
    });
}

void SyncClient::finish(SyncReport report, LocalizedText error)
{
    if (report.error.isEmpty())
        report.error = error;
    if (m_db && m_purgeOwed)
        m_purgeOwed = !RecordStore(*m_db).purgeConfirmed().complete();
    if (m_db) {
        report.outbox = Outbox(*m_db).counts();
        m_db->setSetting(QStringLiteral("sync.lastAttempt"), nowUtc());
        if (report.pushOk)
            m_db->setSetting(QStringLiteral("sync.lastSuccess"), nowUtc());
        m_db->setSetting(QStringLiteral("sync.lastErrorVi"), report.error.vi);
        m_db->setSetting(QStringLiteral("sync.lastErrorEn"), report.error.en);
    }
    m_busy = false;
    emit syncFinished(report);
}

// ---- enrolment ----------------------------------------------------------------------------

void SyncClient::enrol(const QUrl &url, const QString &code, const QString &name)
{
    LocalizedText error;
    if (!ensureOpen(&error)) {
        emit enrolFinished(false, error);
        return;
    }
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        emit enrolFinished(false, {QStringLiteral("Địa chỉ máy chủ “%1” không hợp lệ (cần http:// hoặc https://).")
                                           .arg(url.toString()),
                                   QStringLiteral("The hub address “%1” is not valid (it needs http:// or https://).")
                                           .arg(url.toString())});
        return;
    }
    QString base = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(u'/'))
        base.chop(1);
    // Enrolled with this hub before (a revoked or replaced kiosk): the old token proves which
    // kiosk this was, so records still queued under the old receipt prefix stay deliverable.
    // It is only ever sent back to the hub that issued it.
    const SyncIdentity before = SyncIdentity::load(*m_db, m_dataDir);
    m_identity = {};
    m_identity.hubUrl = base;
    QNetworkRequest r = request(QStringLiteral("/api/v1/enrol"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject body{{QStringLiteral("code"), code.trimmed()}, {QStringLiteral("name"), name}};
    if (before.isEnrolled() && before.hubUrl == base)
        body.insert(QStringLiteral("previousToken"), before.token);
    send(m_nam->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)), [this, base](const Reply &reply) {
        if (reply.status == 403) {
            emit enrolFinished(false, {QStringLiteral("Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. Xin thành phố cấp mã mới."),
                                       QStringLiteral("The enrolment code is wrong, used or expired. Ask the city for a new one.")});
            return;
        }
        if (!reply.error.isEmpty()) {
            emit enrolFinished(false, reply.error);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        SyncIdentity id;
        id.hubUrl = base;
        id.kioskId = o.value(QStringLiteral("kioskId")).toString();
        id.ward = o.value(QStringLiteral("ward")).toString();
        id.receiptPrefix = o.value(QStringLiteral("receiptPrefix")).toString();
        id.token = o.value(QStringLiteral("token")).toString();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64,128}$"));
        if (id.kioskId.isEmpty() || id.ward.isEmpty() || id.receiptPrefix.isEmpty() || !hex.match(id.token).hasMatch()) {
            emit enrolFinished(false, badAnswer(QStringLiteral("enrol")));
            return;
        }
        // The token first, readable by this user only; then the settings and the adoption of
        // earlier records in one transaction.
        QSaveFile file(SyncIdentity::tokenFile(m_dataDir));
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(id.token.toLatin1() + '\n') < 0 || !file.commit()) {
            emit enrolFinished(false, storeFailed(file.errorString()));
            return;
        }
        auto failed = [&](const QString &detail) {
            QFile::remove(SyncIdentity::tokenFile(m_dataDir));
            emit enrolFinished(false, storeFailed(detail));
        };
        Transaction transaction(*m_db);
        if (!transaction.begun())
            return failed(transaction.begun().error().detail);
        for (const auto &[key, value] : {std::pair{QStringLiteral("hubUrl"), id.hubUrl},
                                         std::pair{QStringLiteral("kioskId"), id.kioskId},
                                         std::pair{QStringLiteral("wardCode"), id.ward},
                                         std::pair{QStringLiteral("receiptPrefix"), id.receiptPrefix},
                                         std::pair{QStringLiteral("sync.contentEtag"), QString()}})
            if (!m_db->setSetting(key, value))
                return failed(m_db->lastError());
        // Records made before enrolment (or under an earlier enrolment) and not yet sent
        // become this kiosk's; their receipt codes stay as printed.
        if (const StoreResult<> adopted = Outbox(*m_db).adoptQueued(id.kioskId, id.ward); !adopted)
            return failed(adopted.error().detail);
        if (const StoreResult<> committed = transaction.commit(); !committed)
            return failed(committed.error().detail);
        m_identity = id;
        qCInfo(lcSync) << "enrolled as" << id.kioskId << "ward" << id.ward << "prefix" << id.receiptPrefix << "at" << id.hubUrl;
        emit enrolFinished(true, {});
    });
}

// ---- delivery -----------------------------------------------------------------------------

void SyncClient::syncOnce()
{
    begin(true);
}

void SyncClient::pushOnce()
{
    begin(false);
}

void SyncClient::begin(bool thenPull)
{
    LocalizedText error;
    if (m_busy)
        return;
    m_report = {};
    m_busy = true;
    if (!ensureOpen(&error))
        return finish(m_report, error);
    // Finishes a purge left incomplete: a checkpoint a reader kept busy, a crash after a commit.
    if (m_purgeOwed)
        m_purgeOwed = !RecordStore(*m_db).purgeConfirmed().complete();
    m_identity = SyncIdentity::load(*m_db, m_dataDir);
    m_report.enrolled = m_identity.isEnrolled();
    if (!m_report.enrolled)
        return finish(m_report, {QStringLiteral("Ki-ốt chưa đăng ký với máy chủ thành phố."),
                                 QStringLiteral("The kiosk is not enrolled with a city hub.")});
    pushBatch(thenPull);
}

void SyncClient::pushBatch(bool thenPull)
{
    Outbox outbox(*m_db);
    const StoreResult<QList<QueuedRecord>> next = outbox.nextBatch(m_batchRecords, MaxBatchBytes);
    if (!next)
        return finish(m_report, storeFailed(next.error().detail));
    QJsonArray records;
    QList<QString> ids;
    for (const QueuedRecord &r : next.value()) {
        const QJsonObject personal = QJsonDocument::fromJson(r.personal.toUtf8()).object();
        records.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("kind"), r.kind},
                {QStringLiteral("schema"), r.schema},
                {QStringLiteral("createdAt"), r.createdAt},
                {QStringLiteral("ward"), r.ward},
                {QStringLiteral("kioskId"), r.kioskId},
                {QStringLiteral("receiptCode"), r.receiptCode},
                {QStringLiteral("enteredBy"), r.enteredBy},
                {QStringLiteral("payload"), QJsonDocument::fromJson(r.payload.toUtf8()).object()},
                {QStringLiteral("personal"), personal.isEmpty() ? QJsonValue() : QJsonValue(personal)},
                {QStringLiteral("photo"), r.photo.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(r.photo.toBase64()))},
        });
        ids.append(r.id);
    }
    if (ids.isEmpty()) {
        m_report.pushOk = true;
        if (thenPull)
            return pullContent();
        return finish(m_report);
    }

    QNetworkRequest r = request(QStringLiteral("/api/v1/records"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // What is still queued here, this batch included, so `city-hub kiosks` shows kiosks that lag.
    r.setRawHeader("X-Outbox-Pending", QByteArray::number(qint64(outbox.counts().pending)));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson(QJsonDocument::Compact);
    qCDebug(lcSync) << "sending" << ids.size() << "records," << body.size() << "bytes";
    send(m_nam->post(r, body), [this, ids, thenPull](const Reply &reply) {
        if (reply.status == 401) {
            m_report.unauthorized = true;
            qCWarning(lcSync) << "the hub refused this kiosk's token; staff must enrol again";
            return finish(m_report, {QStringLiteral("Máy chủ thành phố không nhận ki-ốt này nữa (mã thiết bị bị thu hồi). "
                                                    "Cán bộ cần đăng ký lại ki-ốt."),
                                     QStringLiteral("The city hub no longer accepts this kiosk (its token was revoked). "
                                                    "Staff must enrol it again.")});
        }
        if (!reply.error.isEmpty()) {
            qCInfo(lcSync) << "delivery failed:" << reply.error.en;
            return finish(m_report, reply.error);
        }
        LocalizedText error;
        if (!applyResults(ids, QJsonDocument::fromJson(reply.body).object(), &error))
            return finish(m_report, error);
        pushBatch(thenPull);
    });
}

bool SyncClient::applyResults(const QList<QString> &ids, const QJsonObject &answer, LocalizedText *error)
{
    const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : results)
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());

    Transaction transaction(*m_db);
    if (!transaction.begun()) {
        *error = storeFailed(transaction.begun().error().detail);
        return false;
    }
    Outbox outbox(*m_db);
    int answered = 0;
    int confirmed = 0;
    auto fail = [&](const StoreResult<> &result) {
        *error = storeFailed(result.error().detail);
        return false;
    };
    for (const QString &id : ids) {
        const auto it = byId.constFind(id);
        if (it == byId.constEnd())
            continue;  // not answered: stays in the outbox for the next try
        const QString result = it->value(QStringLiteral("result")).toString();
        if (result == u"accepted" || result == u"duplicate") {
            if (const StoreResult<> marked = outbox.markDelivered(id); !marked)
                return fail(marked);
            ++m_report.accepted;
            ++confirmed;
            m_report.duplicates += result == u"duplicate";
            ++answered;
        } else if (result == u"conflict" || result == u"rejected") {
            const QString reason = result + QStringLiteral(": ") + it->value(QStringLiteral("reason")).toString().left(300);
            if (const StoreResult<> marked = outbox.markHeld(id, reason); !marked)
                return fail(marked);
            qCWarning(lcSync) << "the hub refused record" << id << reason << "- held for staff";
            ++m_report.held;
            ++answered;
        }
    }
    if (const StoreResult<> committed = transaction.commit(); !committed)
        return fail(committed);
    // Dropped once the whole push ends (finish()): one checkpoint per sync, not per batch.
    if (confirmed > 0)
        m_purgeOwed = true;
    if (answered < ids.size()) {
        // Records the hub did not answer for stay queued; stop here so the worker backs off.
        *error = badAnswer(QStringLiteral("%1 of %2 records without a result").arg(ids.size() - answered).arg(ids.size()));
        return false;
    }
    return true;
}

// ---- content ------------------------------------------------------------------------------

void SyncClient::pullContent()
{
    QNetworkRequest r = request(QStringLiteral("/api/v1/content"));
    const QString etag = m_db->setting(QStringLiteral("sync.contentEtag"));
    if (!etag.isEmpty())
        r.setRawHeader("If-None-Match", etag.toLatin1());
    send(m_nam->get(r), [this](const Reply &reply) {
        if (reply.status == 304) {
            m_report.contentOk = true;
            return pullReceipts();
        }
        if (!reply.error.isEmpty()) {
            m_report.error = reply.error;
            return pullReceipts();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        QStringList images;
        for (const QJsonValue &p : doc.object().value(QStringLiteral("projects")).toArray())
            for (const QJsonValue &i : p.toObject().value(QStringLiteral("images")).toArray())
                if (!images.contains(i.toString()))
                    images.append(i.toString());
        for (const QString &name : std::as_const(images)) {
            if (!imageName.match(name).hasMatch()) {
                m_report.error = badAnswer(QStringLiteral("image name %1").arg(name.left(80)));
                return pullReceipts();
            }
        }
        auto dir = std::make_shared<QTemporaryDir>(QDir(m_dataDir).filePath(QStringLiteral("incoming-XXXXXX")));
        QFile json(dir->filePath(QStringLiteral("bundle.json")));
        if (!dir->isValid() || !QDir(dir->path()).mkpath(QStringLiteral("images")) || !json.open(QIODevice::WriteOnly)
            || json.write(reply.body) != reply.body.size()) {
            m_report.error = storeFailed(QStringLiteral("incoming content"));
            return pullReceipts();
        }
        json.close();
        // The folder lives until the last image arrives and the import ran.
        m_pendingContentDir = dir;
        downloadImages(dir->path(), images, reply.etag);
    });
}

void SyncClient::downloadImages(const QString &dir, QStringList names, const QByteArray &etag)
{
    if (names.isEmpty()) {
        LocalizedText error;
        if (importContent(dir, etag, &error)) {
            m_report.contentOk = true;
            m_report.contentUpdated = true;
        } else {
            m_report.error = error;
        }
        m_pendingContentDir.reset();
        return pullReceipts();
    }
    const QString name = names.takeFirst();
    send(m_nam->get(request(QStringLiteral("/api/v1/content/") + name)), [this, dir, names, name, etag](const Reply &reply) {
        QFile file(QDir(dir).filePath(name));
        if (!reply.error.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(reply.body) != reply.body.size()) {
            m_report.error = reply.error.isEmpty() ? storeFailed(name) : reply.error;
            m_pendingContentDir.reset();
            return pullReceipts();
        }
        file.close();
        downloadImages(dir, names, etag);
    });
}

bool SyncClient::importContent(const QString &dir, const QByteArray &etag, LocalizedText *error)
{
    ContentStore store(*m_db, DataPaths::imagesDir(m_dataDir));
    // Every image must match the size and SHA-256 the hub listed: a download cut off or
    // damaged on the way leaves the old content whole, and the ETag unsaved.
    if (!store.importFolder(dir, ContentBundle::Manifest::Required)) {
        *error = store.error();
        qCWarning(lcSync) << "content from the hub refused:" << store.error().en;
        return false;
    }
    m_db->setSetting(QStringLiteral("sync.contentEtag"), QString::fromLatin1(etag));
    qCInfo(lcSync) << "content updated from the hub, etag" << etag;
    emit contentImported();
    return true;
}

// ---- receipt statuses ---------------------------------------------------------------------

void SyncClient::pullReceipts()
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT receipt_code FROM records WHERE sync_state = 'confirmed'"
                             " AND status NOT IN ('resolved', 'rejected') ORDER BY created_at DESC LIMIT ?"));
    q.addBindValue(MaxReceiptCodes);
    QStringList codes;
    if (q.exec())
        while (q.next())
            codes.append(q.value(0).toString());
    q.finish();
    if (codes.isEmpty()) {
        m_report.receiptsOk = true;
        return finish(m_report);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("codes"), codes.join(u','));
    QNetworkRequest r = request(QStringLiteral("/api/v1/receipts?") + query.toString(QUrl::FullyEncoded));
    send(m_nam->get(r), [this](const Reply &reply) {
        if (!reply.error.isEmpty()) {
            if (m_report.error.isEmpty())
                m_report.error = reply.error;
            return finish(m_report);
        }
        applyStatuses(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("receipts")).toArray());
        finish(m_report);
    });
}

void SyncClient::applyStatuses(const QJsonArray &receipts)
{
    Transaction transaction(*m_db);
    if (!transaction.begun()) {
        if (m_report.error.isEmpty())
            m_report.error = storeFailed(transaction.begun().error().detail);
        return;
    }
    QSqlQuery u(m_db->connection());
    int updated = 0;
    for (const QJsonValue &v : receipts) {
        const QJsonObject o = v.toObject();
        u.prepare(QStringLiteral("UPDATE records SET status = ?, status_at = ?, status_note = ?"
                                 " WHERE receipt_code = ? AND (status != ? OR status_at != ?)"));
        const QString status = o.value(QStringLiteral("status")).toString().left(40);
        const QString at = o.value(QStringLiteral("updatedAt")).toString().left(40);
        u.addBindValue(status);
        u.addBindValue(at);
        u.addBindValue(o.value(QStringLiteral("note")).toString().left(1000));
        u.addBindValue(o.value(QStringLiteral("code")).toString());
        u.addBindValue(status);
        u.addBindValue(at);
        if (u.exec())
            updated += u.numRowsAffected();
    }
    u.finish();
    // A commit that fails keeps none of it: the statuses are asked again at the next sync.
    if (const StoreResult<> committed = transaction.commit(); !committed) {
        if (m_report.error.isEmpty())
            m_report.error = storeFailed(committed.error().detail);
        return;
    }
    m_report.statusesUpdated += updated;
    m_report.receiptsOk = true;
}
