// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class HubDatabase;
class PublishedWorks;

/** What a successful enrolment hands the kiosk (POST /api/v1/enrol). */
struct HubEnrolment
{
    QString kioskId;
    QString ward;
    QString receiptPrefix;
    QString token;  // 64 hex characters; the hub keeps only its SHA-256
};

/** One result of POST /api/v1/records, in the order of the batch. */
struct HubIngestResult
{
    QString id;
    QString result;  // accepted, duplicate, conflict, rejected
    QString reason;  // empty for accepted and duplicate
};

/** The outcome of HubStore::ingest. */
struct HubIngestBatch
{
    enum class Status { Ok, BatchTooLarge, StorageError };
    Status status = Status::Ok;
    QList<HubIngestResult> results;  // one per record when status is Ok
};

/** One line of GET /api/v1/receipts. */
struct HubReceiptStatus
{
    QString code;
    QString status;
    QString updatedAt;
    QString note;
};

/** One line of `city-hub kiosks`. */
struct HubKioskRow
{
    QString id;
    QString name;
    QString ward;
    QString receiptPrefix;
    QString createdAt;
    QString lastSeen;    // empty: never called since enrolment
    QString revokedAt;   // empty: active
    qint64 recordsReceived = 0;
    qint64 pendingHint = 0;  // outbox size the kiosk last reported (X-Outbox-Pending)
};

/** The published content as a kiosk downloads it. */
struct HubContent
{
    QByteArray json;  // bundle.json with city.publicUrl set to the hub's public URL
    QByteArray etag;  // quoted SHA-256 of json, e.g. "\"9f0c…\""
};

/** Every operation of city-hub on its database: enrolment, device tokens, record ingest,
    receipt statuses, the published content, and the admin commands. Kiosks can only write
    as themselves; personal data (person, consent, photo) goes into its own columns and
    leaves the store only through exportCsv(…, withPersonal = true). Nothing here logs a
    name, a phone number or any other personal field. */
class HubStore : public Open311Backend
{
public:
    static constexpr int MaxBatchRecords = 500;
    static constexpr int MaxReceiptCodes = 200;
    static constexpr int MaxKioskNameLength = 120;
    static constexpr int MaxStatusNoteLength = 1000;
    static constexpr int EnrolCodeValidHours = 24;

    explicit HubStore(HubDatabase &db);

    /** The hub's public URL (`--public-url`, no trailing slash); empty keeps the bundle's. */
    void setPublicUrl(const QString &url);
    /** The URL residents' QR codes point to: the one set, else the published bundle's. */
    QString publicUrl();

    // --- content ---
    /** Checks the bundle folder with ContentBundle::read and publishes it (bundle.json and
        its images) in one transaction. On failure *error says why and nothing changes. */
    bool publish(const QString &folder, QString *error);
    /** Publishes the built-in demo bundle when nothing was ever published. */
    bool ensureContent(QString *error);
    /** The published content, nullopt when none or unreadable. */
    std::optional<HubContent> content();
    /** The bytes of a published image ("road-01.svg", a name only, as the bundle names it under
        images/) and its MIME type; nullopt for any name the published bundle does not have. */
    std::optional<QByteArray> contentImage(const QString &name, QByteArray *mimeType);
    bool wardExists(const QString &code);
    /** The published works for the public /p/ pages, read from the content once per
        published version; nullptr when nothing is published or it cannot be read. */
    std::shared_ptr<const PublishedWorks> publishedWorks();

    // --- enrolment and tokens ---
    /** A one-time enrolment code for the ward, shown "ABCD-EFGH-JKMN", valid 24 h. nullopt
        with *error when the ward is not in the published content or storing failed. */
    std::optional<QString> createEnrolCode(const QString &ward, QString *error);
    enum class EnrolOutcome { Enrolled, Refused, StorageError };
    /** Uses the code up and creates the kiosk, in one transaction: a kiosk id, a receipt
        prefix unique across the city (never HP or TP) and a fresh device token. Refused for
        an unknown, used or expired code. previousToken: the token the kiosk held before, if
        any; when it belongs to a kiosk of the same ward, the new kiosk replaces that one (which
        is revoked) and may still deliver records with its receipt prefix. */
    EnrolOutcome enrol(const QString &code, const QString &name, HubEnrolment *out,
                       const QString &previousToken = {});
    /** Receipt prefixes of the kiosks this kiosk replaced, nearest first. */
    QStringList formerPrefixes(const QString &kioskId);
    /** The kiosk whose token this is and notes when it was last seen; nullopt for an unknown
        token or a revoked kiosk. */
    std::optional<HubKiosk> authenticate(const QString &token);
    /** Records the outbox size the kiosk reported (optional header X-Outbox-Pending). */
    void notePending(const HubKiosk &kiosk, qint64 pending);

    // --- records ---
    /** Stores a batch (≤ 500 records) in one transaction; one result per record. Each record
        is checked for its fields' types, ownership (kioskId, ward, receipt prefix of this
        kiosk), duplicates by id and content hash, and with Validation::check. */
    HubIngestBatch ingest(const HubKiosk &kiosk, const QJsonArray &records);
    /** Statuses of this kiosk's records among codes (others and unknown ones left out). */
    std::optional<QList<HubReceiptStatus>> receipts(const HubKiosk &kiosk, const QStringList &codes);
    /** What may be shown publicly about the record with this receipt code (any typing
        ReceiptCode::normalize accepts), with its status history. */
    std::optional<HubRecordView> recordView(const QString &code);
    /** How many pledges (any kind) for this work the hub holds that the city has not
        rejected; nullopt when the database cannot answer. */
    std::optional<qint64> acceptedPledges(const QString &projectCode);

    // --- admin ---
    std::optional<QList<HubKioskRow>> kiosks();
    enum class ChangeOutcome { Done, NotFound, Unchanged, StorageError };
    /** Revokes a kiosk's token at once (Unchanged when it was already revoked). */
    ChangeOutcome revoke(const QString &kioskId);
    static QStringList statuses();
    /** Sets a record's status and appends it to its history. NotFound for an unknown code;
        an unknown status or a note over 1,000 characters is refused with *error. */
    ChangeOutcome setStatus(const QString &code, const QString &status, const QString &note, QString *error);
    /** Writes every record to a CSV file (UTF-8 with BOM, RFC 4180, CRLF). Name, phone,
        residential group and consent version only when withPersonal; never photos. */
    bool exportCsv(const QString &path, bool withPersonal, QString *error, qint64 *rows = nullptr);

    // --- Open311Backend ---
    std::optional<HubKiosk> kioskForToken(const QString &token) override;
    std::optional<QString> storeOpen311Report(const HubKiosk &kiosk, const RecordDraft &draft, QString *error) override;
    QList<HubRecordView> wasteReports(const HubRequestFilter &filter) override;
    bool projectExists(const QString &code) override;
    HubNames names(const QString &ward, const QString &projectCode) override;

    /** SHA-256 of text, lower-case hex. */
    static QString sha256Hex(const QByteArray &bytes);

private:
    struct ContentCache
    {
        QString storedEtag;
        HubContent served;
        QString servedPublicUrl;
        QString bundlePublicUrl;
        QHash<QString, LocalizedText> wards;
        QHash<QString, LocalizedText> projects;
        std::shared_ptr<const PublishedWorks> works;  // built when a /p/ page first asks
    };
    bool loadContent();
    bool publishBytes(const QByteArray &json, const QHash<QString, QString> &imageFiles, QString *error);
    std::optional<qint64> nextCounter(const QString &name);
    std::optional<QString> nextReceiptCode(const QString &prefix);
    void fillHistory(QList<HubRecordView> *views);

    HubDatabase &m_db;
    QString m_publicUrl;
    std::optional<ContentCache> m_content;
};
