// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class ContentRepository;
class HubDatabase;
class KioskRegistry;

/** One result of POST /api/v1/records, in the order of the batch. */
struct HubIngestResult
{
    QString id;
    QString result;  // accepted, duplicate, conflict, rejected
    QString reason;  // empty for accepted and duplicate
};

/** The outcome of RecordIngest::ingest. */
struct HubIngestBatch
{
    enum class Status { Ok, BatchTooLarge, StorageError };
    Status status = Status::Ok;
    QList<HubIngestResult> results;  // one per record when status is Ok
};

/** Stores the records a kiosk delivers, each exactly once: RecordEnvelope checks every record,
    then this keeps what passes, recognising a record already stored by its id and content hash
    (duplicate) and an id or receipt code taken by another record (conflict). Personal data
    and photos go to their own columns. */
class RecordIngest
{
public:
    static constexpr int MaxBatchRecords = 500;

    RecordIngest(HubDatabase &db, ContentRepository &content, KioskRegistry &kiosks);

    /** Stores a batch (≤ 500 records) in one transaction; one result per record. */
    HubIngestBatch ingest(const HubKiosk &kiosk, const QJsonArray &records);

private:
    HubDatabase &m_db;
    ContentRepository &m_content;
    KioskRegistry &m_kiosks;
};
