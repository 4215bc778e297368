// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "boardpull.h"
#include "contentpull.h"
#include "datapaths.h"
#include "deliverybatch.h"
#include "hubconnection.h"
#include "logging.h"
#include "networkproblem.h"
#include "records/recordstore.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

}

SyncClient::SyncClient(const QString &dataDir, QObject *parent) : QObject(parent), m_dataDir(dataDir)
{
}

SyncClient::~SyncClient() = default;

void SyncClient::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (m_hub)
        m_hub->setTimeoutMs(ms);
}

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
            *error = StoreError::failed(m_db->lastError()).message();
            m_db.reset();
            return false;
        }
    }
    if (!m_hub) {
        m_hub = new HubConnection(this);
        m_hub->setTimeoutMs(m_timeoutMs);
        connect(m_hub, &HubConnection::answered, this, [this](bool reached) { m_report.reached = reached; });
    }
    if (!m_contentPull) {
        m_contentPull = std::make_unique<ContentPull>(*m_hub, *m_db, m_dataDir);
        m_receiptPull = std::make_unique<ReceiptPull>(*m_hub, *m_db);
        m_boardPull = std::make_unique<BoardPull>(*m_hub, *m_db);
    }
    return true;
}

void SyncClient::finish(SyncReport report, LocalizedText error)
{
    if (report.error.isEmpty())
        report.error = error;
    if (m_db && m_purgeOwed)
        m_purgeOwed = !RecordStore(*m_db).purgeConfirmed().complete();
    if (m_db) {
        report.outbox = Outbox(*m_db).counts();
        // What the staff sync screen and `kioskctl status` show; a failed write only loses that.
        Settings settings(*m_db);
        (void)settings.set(Settings::Key::SyncLastAttempt, nowUtc());
        if (report.pushOk)
            (void)settings.set(Settings::Key::SyncLastSuccess, nowUtc());
        (void)settings.set(Settings::Key::SyncLastErrorVi, report.error.vi);
        (void)settings.set(Settings::Key::SyncLastErrorEn, report.error.en);
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
    m_hub->setHub(base, {});
    QJsonObject body{{QStringLiteral("code"), code.trimmed()}, {QStringLiteral("name"), name}};
    if (before.isEnrolled() && before.hubUrl == base)
        body.insert(QStringLiteral("previousToken"), before.token);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_hub->post(m_hub->request(QStringLiteral("/api/v1/enrol")), json, [this, base](const HubReply &reply) {
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
        id.wardCode = o.value(QStringLiteral("ward")).toString();
        id.receiptPrefix = o.value(QStringLiteral("receiptPrefix")).toString();
        id.token = o.value(QStringLiteral("token")).toString();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64,128}$"));
        if (id.kioskId.isEmpty() || id.wardCode.isEmpty() || id.receiptPrefix.isEmpty() || !hex.match(id.token).hasMatch()) {
            emit enrolFinished(false, NetworkProblem::badAnswer(QStringLiteral("enrol")));
            return;
        }
        if (const StoreResult<> saved = id.save(*m_db, m_dataDir); !saved) {
            emit enrolFinished(false, saved.error().message());
            return;
        }
        m_hub->setHub(id.hubUrl, id.token);
        qCInfo(lcSync) << "enrolled as" << id.kioskId << "ward" << id.wardCode << "prefix" << id.receiptPrefix << "at" << id.hubUrl;
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
    const SyncIdentity identity = SyncIdentity::load(*m_db, m_dataDir);
    m_hub->setHub(identity.hubUrl, identity.token);
    m_hub->setReportedVersions(QCoreApplication::applicationVersion(),
                               Settings(*m_db).stored(Settings::Key::SyncContentEtag));
    m_report.enrolled = identity.isEnrolled();
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
        return finish(m_report, next.error().message());
    const DeliveryBatch batch(next.value());
    if (batch.isEmpty()) {
        m_report.pushOk = true;
        if (thenPull)
            return pullContent();
        return finish(m_report);
    }

    QNetworkRequest r = m_hub->request(QStringLiteral("/api/v1/records"));
    // What is still queued here, this batch included, so `city-hub kiosks` shows kiosks that lag.
    r.setRawHeader("X-Outbox-Pending", QByteArray::number(qint64(outbox.counts().pending)));
    qCDebug(lcSync) << "sending" << batch.size() << "records," << batch.requestBody().size() << "bytes";
    m_hub->post(r, batch.requestBody(), [this, batch, thenPull](const HubReply &reply) {
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
        applyAnswer(batch, reply.body, thenPull);
    });
}

void SyncClient::applyAnswer(const DeliveryBatch &batch, const QByteArray &answer, bool thenPull)
{
    const StoreResult<DeliveryOutcome> applied = batch.apply(*m_db, QJsonDocument::fromJson(answer).object());
    if (!applied)
        return finish(m_report, applied.error().message());
    const DeliveryOutcome &outcome = applied.value();
    m_report.accepted += outcome.accepted;
    m_report.duplicates += outcome.duplicates;
    m_report.held += outcome.held;
    // Dropped once the whole push ends (finish()): one checkpoint per sync, not per batch.
    if (outcome.accepted > 0)
        m_purgeOwed = true;
    if (outcome.unanswered > 0) {
        // Records the hub did not answer for stay queued; stop here so the worker backs off.
        return finish(m_report, NetworkProblem::badAnswer(QStringLiteral("%1 of %2 records without a result")
                                                                  .arg(outcome.unanswered).arg(batch.size())));
    }
    pushBatch(thenPull);
}

// ---- content and statuses -----------------------------------------------------------------

void SyncClient::pullContent()
{
    m_contentPull->start([this](const ContentPull::Outcome &outcome) {
        m_report.contentOk = outcome.ok;
        m_report.contentUpdated = outcome.updated;
        if (!outcome.error.isEmpty())
            m_report.error = outcome.error;
        if (outcome.updated)
            emit contentImported();
        pullBoard();
    });
}

void SyncClient::pullBoard()
{
    m_boardPull->start([this](const BoardPull::Outcome &outcome) {
        m_report.boardOk = outcome.ok;
        m_report.boardUpdated = outcome.updated;
        if (!outcome.error.isEmpty() && m_report.error.isEmpty())
            m_report.error = outcome.error;
        if (outcome.updated)
            emit boardUpdated();
        pullReceipts();
    });
}

void SyncClient::pullReceipts()
{
    m_receiptPull->start([this](const ReceiptPull::Outcome &outcome) {
        m_report.receiptsOk = outcome.ok;
        m_report.statusesUpdated = outcome.updated;
        finish(m_report, outcome.error);
    });
}
