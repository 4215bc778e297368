// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"
#include "outbox/outbox.h"
#include "receiptpull.h"
#include "syncidentity.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

class BoardPull;
class ContentPull;
class Database;
class DeliveryBatch;
class HubConnection;

/** What one full sync did. */
struct SyncReport
{
    bool enrolled = false;
    bool unauthorized = false;   // the hub refused the token (revoked): staff must enrol again
    bool pushOk = false;         // every batch was answered
    std::optional<bool> reached; // whether the hub answered the last request; unset: none made
    bool contentOk = false;
    bool receiptsOk = false;
    bool boardOk = false;
    bool boardUpdated = false;
    int accepted = 0;            // accepted or duplicate: the city has them
    int duplicates = 0;          // of those, the ones the city already had (an answer was lost)
    int held = 0;                // conflict or rejected in this sync
    bool contentUpdated = false;
    int statusesUpdated = 0;
    OutboxCounts outbox;         // after the sync
    LocalizedText error;         // the first thing that went wrong, in words

    /** Everything delivered and nothing held. */
    bool delivered() const { return enrolled && pushOk && outbox.pending == 0 && outbox.held == 0; }
};

/** Talks to city-hub (deploy/SYNC-PROTOCOL.md): enrols the kiosk, delivers the outbox in
    batches, then has ContentPull and ReceiptPull bring the published content and the statuses
    the city set, and BoardPull the movement board. It speaks HTTP (through HubConnection) and orchestrates; storage is the
    Outbox's, the RecordStore's and the ContentStore's. Each call is asynchronous and ends with
    one signal. The client opens its own database connection in
    the thread it is used in, so it can live in a worker thread; kioskctl uses it directly
    with an event loop. It never retries by itself: SyncWorker schedules it. */
class SyncClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxBatchRecords = 500;
    static constexpr qint64 MaxBatchBytes = 8LL * 1024 * 1024;
    static constexpr int MaxReceiptCodes = ReceiptPull::MaxCodes;

    explicit SyncClient(const QString &dataDir, QObject *parent = nullptr);
    ~SyncClient() override;

    /** Per-request transfer timeout (default 20 s). */
    void setTimeoutMs(int ms);
    /** Records per batch, 1–MaxBatchRecords (default MaxBatchRecords). */
    void setBatchRecords(int n) { m_batchRecords = std::clamp(n, 1, MaxBatchRecords); }

    /** Enrols with the hub at url using a one-time code; on success stores the identity and
        token, and adopts the records made before enrolment. Ends with enrolFinished. */
    void enrol(const QUrl &url, const QString &code, const QString &name);
    /** Delivers the whole outbox, then pulls content and receipt statuses. Ends with
        syncFinished. */
    void syncOnce();
    /** Delivers the outbox only. Ends with syncFinished. */
    void pushOnce();

    /** The database this client uses (opened on first use in the calling thread). */
    Database *database();

signals:
    void enrolFinished(bool ok, const LocalizedText &error);
    void syncFinished(const SyncReport &report);
    /** New content was imported: the kiosk shows it from its next quiet moment. */
    void contentImported();
    /** A new movement board was stored. */
    void boardUpdated();

private:
    bool ensureOpen(LocalizedText *error);
    void finish(SyncReport report, LocalizedText error = {});

    void begin(bool thenPull);
    void pushBatch(bool thenPull);
    void applyAnswer(const DeliveryBatch &batch, const QByteArray &answer, bool thenPull);
    void pullContent();
    void pullBoard();
    void pullReceipts();

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    HubConnection *m_hub = nullptr;  // made in the thread the client is used in
    std::unique_ptr<ContentPull> m_contentPull;
    std::unique_ptr<ReceiptPull> m_receiptPull;
    std::unique_ptr<BoardPull> m_boardPull;
    SyncReport m_report;
    bool m_busy = false;
    bool m_purgeOwed = true;  // the last purge left something readable, or none ran since start
    int m_timeoutMs = 20'000;
    int m_batchRecords = MaxBatchRecords;
};
