// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"
#include "outbox/outbox.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

class Database;
class QJsonArray;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTemporaryDir;

/** Who this kiosk is to the city hub: the settings enrolment wrote, and the device token
    from its own file (mode 0600, never in the database, never logged). */
struct SyncIdentity
{
    QString hubUrl;         // no trailing slash
    QString kioskId;
    QString ward;
    QString receiptPrefix;
    QString token;

    bool isEnrolled() const { return !hubUrl.isEmpty() && !token.isEmpty(); }
    static SyncIdentity load(Database &db, const QString &dataDir);
    /** The file holding the device token inside a data directory. */
    static QString tokenFile(const QString &dataDir);
};

/** What one full sync did. */
struct SyncReport
{
    bool enrolled = false;
    bool unauthorized = false;   // the hub refused the token (revoked): staff must enrol again
    bool pushOk = false;         // every batch was answered
    std::optional<bool> reached; // whether the hub answered the last request; unset: none made
    bool contentOk = false;
    bool receiptsOk = false;
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
    batches, pulls the published content and the statuses the city set. Each call is
    asynchronous and ends with one signal. The client opens its own database connection in
    the thread it is used in, so it can live in a worker thread; kioskctl uses it directly
    with an event loop. It never retries by itself: SyncWorker schedules it. */
class SyncClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxBatchRecords = 500;
    static constexpr qint64 MaxBatchBytes = 8LL * 1024 * 1024;
    static constexpr int MaxReceiptCodes = 200;

    explicit SyncClient(const QString &dataDir, QObject *parent = nullptr);
    ~SyncClient() override;

    /** Per-request transfer timeout (default 20 s). */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
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

private:
    struct Reply
    {
        int status = 0;              // HTTP status, 0 when there was no answer
        QByteArray body;
        QByteArray etag;
        LocalizedText error;         // empty when status is 2xx or 304
    };
    using ReplyHandler = std::function<void(const Reply &)>;

    bool ensureOpen(LocalizedText *error);
    QNetworkRequest request(const QString &path) const;
    void send(QNetworkReply *reply, ReplyHandler handler);
    void finish(SyncReport report, LocalizedText error = {});

    void begin(bool thenPull);
    void pushBatch(bool thenPull);
    void pullContent();
    void pullReceipts();
    bool applyResults(const QList<QString> &ids, const QJsonObject &answer, LocalizedText *error);
    void applyStatuses(const QJsonArray &receipts);
    void downloadImages(const QString &dir, QStringList names, const QByteArray &etag);
    bool importContent(const QString &dir, const QByteArray &etag, LocalizedText *error);

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_nam = nullptr;
    SyncIdentity m_identity;
    SyncReport m_report;
    std::shared_ptr<QTemporaryDir> m_pendingContentDir;
    bool m_busy = false;
    bool m_purgeOwed = true;  // the last purge left something readable, or none ran since start
    int m_timeoutMs = 20'000;
    int m_batchRecords = MaxBatchRecords;
};
