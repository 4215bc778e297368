// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class HubDatabase;
class QSqlQuery;

/** One line of GET /api/v1/receipts. */
struct HubReceiptStatus
{
    QString code;
    QString status;
    QString updatedAt;
    QString note;
};

/** What the hub tells about stored records without personal data: a kiosk's receipt
    statuses, a receipt's public view with its status history, a work's pledge count. */
class RecordQueries
{
public:
    static constexpr int MaxReceiptCodes = 200;

    explicit RecordQueries(HubDatabase &db);

    /** Statuses of this kiosk's records among codes (others and unknown ones left out). */
    std::optional<QList<HubReceiptStatus>> receipts(const HubKiosk &kiosk, const QStringList &codes);
    /** What may be shown publicly about the record with this receipt code (any typing
        ReceiptCode::normalize accepts), with its status history. nullopt when there is none,
        or when the database cannot answer: then *storageError (when given) is true. */
    std::optional<HubRecordView> recordView(const QString &code, bool *storageError = nullptr);
    /** How many pledges (any kind) for this work the hub holds that the city has not
        rejected; nullopt when the database cannot answer. */
    std::optional<qint64> acceptedPledges(const QString &projectCode);

    /** The columns readView() reads, in its order, for a SELECT of records. */
    static const char *viewColumns();
    /** The current row of a query that selected viewColumns(), without its history. */
    static HubRecordView readView(const QSqlQuery &query);
    /** Reads the status history of every view, oldest first; false when the database
        cannot answer. */
    bool fillHistory(QList<HubRecordView> *views);

private:
    HubDatabase &m_db;
};
