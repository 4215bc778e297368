// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "record.h"
#include "settings/kiosknames.h"
#include "store/database.h"
#include "store/storeresult.h"
#include "validation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** Who stores a record, and where. */
struct SubmitContext
{
    QString kioskId;
    QString kioskPrefix;  // receipt prefix, 2–4 characters of ReceiptCode's alphabet
    QString ward;         // ward code
    QString enteredBy = QStringLiteral("resident");  // "resident" or "staff" (kioskctl)
    ValidationContext validation;
};

/** The outcome of RecordStore::submit. */
struct SubmitResult
{
    bool ok = false;
    QString receiptCode;
    QString id;                   // the record's UUID, the idempotency key for the city
    QList<FieldProblem> problems; // the draft was invalid: nothing was written
    LocalizedText error;          // storing failed: nothing was written
};

/** One line of `kioskctl records list`: no personal data. */
struct RecordListEntry
{
    QString receiptCode;
    QString kind;
    QString createdAt;
    QString syncState;
    QString ward;       // ward code
    QString status;     // submitted, or what the city set later
    QString enteredBy;  // resident or staff
    QString statusNote; // the city's latest public reply, empty when none
};

/** What the receipt screen may show about a stored record: no personal data. */
struct StoredReceipt
{
    QString id;
    QString receiptCode;
    RecordKind kind = RecordKind::PledgeLand;
    QString createdAt;  // ISO 8601 with offset
    QString ward;
    QString syncState;  // pending, sent, confirmed
    QString status;     // submitted, or what the city set later
    QString statusAt;   // when the city set it (empty before)
    QString statusNote; // the city's public reply with it
    QJsonObject payload;  // RecordDraft::toPayloadJson() as stored
    bool hasPersonalData = false;
};

/** A status the city set on a record, as the hub reports it. */
struct ReceiptStatus
{
    QString code;       // the receipt code
    QString status;     // received, verified, thanked, resolved …
    QString updatedAt;  // when the city set it
    QString note;       // the city's public reply
};

/** What RecordStore::purgeConfirmed did. */
struct PurgeResult
{
    qsizetype wiped = -1;  // records whose personal part was dropped now; -1: the update failed
    Database::Checkpoint checkpoint = Database::Checkpoint::Failed;

    /** Nothing of a confirmed record's personal part is left readable in the files. */
    bool complete() const { return wiped >= 0 && checkpoint == Database::Checkpoint::Done; }
};

/** Keeps pledges and waste reports: checks a draft, then writes the record and its outbox
    entry in one transaction and only then hands out the receipt code. The personal part
    (name, phone, group, consent) and the photo live in their own columns so they can be wiped
    once the city has confirmed the record. */
class RecordStore
{
public:
    explicit RecordStore(Database &db);

    SubmitResult submit(const RecordDraft &draft, const SubmitContext &context);

    /** Every record, oldest first; when reading fails, an empty list and *error says why. */
    QList<RecordListEntry> list(LocalizedText *error = nullptr) const;
    /** The record with this receipt code (any typing ReceiptCode::normalize accepts). */
    std::optional<StoredReceipt> find(const QString &receiptCode) const;
    /** Entries in the outbox, pending and held. */
    qsizetype outboxCount() const;
    /** Receipt codes of confirmed records whose status the city may still change (neither
        resolved nor rejected), newest first, at most limit. */
    StoreResult<QStringList> codesAwaitingStatus(int limit) const;
    /** Stores the statuses the city set, in one transaction; returns how many records changed. */
    StoreResult<int> applyStatuses(const QList<ReceiptStatus> &statuses);
    /** Drops name, phone, group, consent and photo of every record the city has confirmed,
        then truncates the WAL: secure_delete zeroes the dropped bytes in the database file,
        and the checkpoint removes the WAL's older copies of those pages. Covers every
        confirmed record still holding them, so a purge cut short (a crash after the commit,
        a checkpoint a reader kept busy) is finished by the next one. Waits up to
        checkpointBudgetMs for readers on other connections: never call it from the UI thread. */
    PurgeResult purgeConfirmed(int checkpointBudgetMs = Database::CheckpointBudgetMs);

private:
    Database &m_db;
};

/** The kiosk's identity until enrolment exists: settings `kioskId` (default "KIOSK-LOCAL"),
    `receiptPrefix` ("HP"), `wardCode` (else the first ward of the content) and
    `allowAnonymousPledges` ("1"/"true" to allow). */
struct KioskIdentity : KioskNames
{
    bool allowAnonymousPledges = false;

    static KioskIdentity load(Database &db);
    /** A submit context for this kiosk, with the known works of the content as project codes. */
    SubmitContext submitContext(Database &db, const QString &enteredBy) const;
};
