// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "logging.h"
#include "settings/settings.h"
#include "store/database.h"
#include "syncclient.h"

#include <QFile>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <cmath>

SyncWorker::SyncWorker(const QString &dataDir, QObject *parent) : SyncWorker(dataDir, Timing(), parent)
{
}

SyncWorker::SyncWorker(const QString &dataDir, const Timing &timing, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_timing(timing)
{
    qRegisterMetaType<SyncStatus>();
}

SyncWorker::~SyncWorker() = default;

int SyncWorker::backoffMs(int failures, double r, const Timing &timing)
{
    const double ceiling = std::min(double(timing.backoffCapMs), timing.backoffBaseMs * std::pow(2.0, std::min(failures, 30)));
    return int(r * ceiling);
}

void SyncWorker::start()
{
    // Created here, in the worker's thread, so timers, sockets and the database belong to it.
    m_client = new SyncClient(m_dataDir, this);
    m_client->setTimeoutMs(m_timing.requestTimeoutMs);
    connect(m_client, &SyncClient::syncFinished, this, &SyncWorker::finished);
    connect(m_client, &SyncClient::contentImported, this, &SyncWorker::contentImported);
    connect(m_client, &SyncClient::boardUpdated, this, &SyncWorker::boardUpdated);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] { run(false); });
    m_pull = new QTimer(this);
    m_pull->setInterval(m_timing.pullIntervalMs);
    connect(m_pull, &QTimer::timeout, this, [this] { run(true); });
    m_pull->start();
    m_probe = new QTimer(this);
    m_probe->setInterval(m_timing.probeIntervalMs);
    connect(m_probe, &QTimer::timeout, this, &SyncWorker::probe);
    // Without a reachability backend (no NetworkManager) the timers and the knock carry on.
    // The NetworkManager backend talks D-Bus: without a system bus it would only log errors.
    if (QFile::exists(QStringLiteral("/run/dbus/system_bus_socket"))
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online && m_failures > 0) {
                        qCInfo(lcSync) << "network is back: trying at once";
                        m_retry->stop();
                        run(true);
                    }
                });
    }
    run(true);
}

void SyncWorker::recordStored()
{
    if (m_retry && m_retry->isActive() && m_failures > 0) {
        publish();  // the count grew; the retry comes at its time
        return;
    }
    run(false);
}

void SyncWorker::syncNow()
{
    if (m_retry)
        m_retry->stop();
    run(true);
}

void SyncWorker::run(bool full)
{
    if (!m_client)
        return;
    if (m_running) {
        m_queued = m_queued.value_or(false) || full;
        return;
    }
    m_running = true;
    m_status.busy = true;
    publish();
    if (full)
        m_client->syncOnce();
    else
        m_client->pushOnce();
}

void SyncWorker::finished(const SyncReport &report)
{
    m_running = false;
    m_status.busy = false;
    m_status.enrolled = report.enrolled;
    m_status.unauthorized = report.unauthorized;
    m_status.lastError = report.error;
    if (report.reached) {
        m_status.online = *report.reached;
        // A hub that answers with errors is left alone for the backoff; only one that does
        // not answer at all is knocked on.
        m_unreachable = !*report.reached;
    }
    if (report.pushOk) {
        m_failures = 0;
    } else if (report.enrolled && !report.unauthorized) {
        ++m_failures;
        const int wait = backoffMs(m_failures, QRandomGenerator::global()->generateDouble(), m_timing);
        qCInfo(lcSync) << "delivery failed" << m_failures << "time(s) in a row; next try in" << wait << "ms";
        m_retry->start(wait);
    }
    if (m_retry->isActive() && m_unreachable)
        m_probe->start();
    else
        m_probe->stop();
    publish();
    if (m_queued && !m_retry->isActive()) {
        const bool full = *m_queued;
        m_queued.reset();
        run(full);
    } else {
        m_queued.reset();
    }
}

void SyncWorker::publish()
{
    if (Database *db = m_client ? m_client->database() : nullptr) {
        const OutboxCounts counts = Outbox(*db).counts();
        m_status.pending = counts.pending;
        m_status.held = counts.held;
        m_status.lastSuccess = Settings(*db).stored(Settings::Key::SyncLastSuccess);
        if (!m_running && !m_status.enrolled)
            m_status.enrolled = SyncIdentity::load(*db, m_dataDir).isEnrolled();
    }
    emit statusChanged(m_status);
}

void SyncWorker::probe()
{
    Database *db = m_client ? m_client->database() : nullptr;
    const QUrl hub(db ? SyncIdentity::load(*db, m_dataDir).hubUrl : QString());
    if (!hub.isValid() || hub.host().isEmpty() || m_running)
        return;
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->abort();
        socket->deleteLater();
        if (m_retry->isActive() && !m_running) {
            qCInfo(lcSync) << "the hub answers again: trying at once";
            m_retry->stop();
            m_probe->stop();
            run(false);
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    QTimer::singleShot(m_timing.probeIntervalMs, socket, &QObject::deleteLater);
    socket->connectToHost(hub.host(), quint16(hub.port(hub.scheme() == u"https" ? 443 : 80)));
}
