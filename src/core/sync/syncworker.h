// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class SyncClient;
struct SyncReport;

/** What the kiosk shows about sync: a small line residents can ignore and staff can read. */
struct SyncStatus
{
    bool enrolled = false;
    bool unauthorized = false;  // the hub refused the token
    bool online = false;        // the last delivery attempt was answered
    bool busy = false;          // a sync is running now
    qsizetype pending = 0;      // records waiting to be sent
    qsizetype held = 0;         // records the hub refused, kept for staff
    QString lastSuccess;        // UTC ISO 8601 of the last answered delivery, or empty
    LocalizedText lastError;
};
Q_DECLARE_METATYPE(SyncStatus)

/** Runs SyncClient on a schedule in the thread it lives in: delivers new records at once,
    retries failures after a random wait in [0, min(cap, base · 2^failures)] ("full jitter",
    so a hundred kiosks coming back after an outage do not all knock at once), tries again
    at once when the network comes back (QNetworkInformation where a backend runs, and a
    cheap TCP knock on the hub's port that works everywhere), and pulls content and statuses
    periodically. */
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int backoffBaseMs = 2'000;
        int backoffCapMs = 300'000;
        int pullIntervalMs = 300'000;
        int requestTimeoutMs = 20'000;
        /** While the hub is unreachable, how often to knock (a TCP connect, no request):
            when it answers, delivery is tried at once instead of after the backoff. */
        int probeIntervalMs = 10'000;
    };

    explicit SyncWorker(const QString &dataDir, QObject *parent = nullptr);
    explicit SyncWorker(const QString &dataDir, const Timing &timing, QObject *parent = nullptr);
    ~SyncWorker() override;

    /** The wait before the next try after `failures` failed tries in a row, for random r in
        [0, 1): r · min(cap, base · 2^failures). */
    static int backoffMs(int failures, double r, const Timing &timing);

public slots:
    /** Starts the schedule in the current thread and syncs once. */
    void start();
    /** A record was stored: deliver it now unless the worker is waiting out a failure. */
    void recordStored();
    /** A full sync now, whatever the schedule. */
    void syncNow();

signals:
    void statusChanged(const SyncStatus &status);
    void contentImported();
    void boardUpdated();

private:
    void run(bool full);
    void finished(const SyncReport &report);
    void publish();
    void probe();

    QString m_dataDir;
    Timing m_timing;
    SyncClient *m_client = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_pull = nullptr;
    QTimer *m_probe = nullptr;
    bool m_unreachable = false;  // the last try got no answer at all (not a 5xx)
    SyncStatus m_status;
    int m_failures = 0;
    bool m_running = false;
    std::optional<bool> m_queued;  // a run asked for while one was running; true = full
};
