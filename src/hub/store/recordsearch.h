// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

class HubDatabase;
class QSqlDatabase;

/** The folded text the back-office searches (TextFold: "nguyen van" finds "Nguyễn Văn"),
    one row per record in `record_search`, beside the record rather than in it so a search
    scans short rows, not payloads and photos. `body` holds the receipt code and the record's
    non-personal text; `personal` the name and the phone (digits only), searched only for
    accounts that may see them and emptied when they are erased. Written in the same
    transaction as the record (RecordIngest, Open311Store); a correction or an erasure calls
    reindex(). */
class RecordSearch
{
public:
    explicit RecordSearch(HubDatabase &db);

    /** The folded body: receipt code and every text value of the payload. */
    static QString bodyText(const QString &receiptCode, const QJsonObject &payload);
    /** The folded name and the phone's digits; "" for none. */
    static QString personalText(const QJsonObject &personal);
    /** Inserts or replaces a record's row on the caller's connection and transaction. */
    static bool write(QSqlDatabase db, const QString &recordId, const QString &receiptCode, const QJsonObject &payload,
                      const QJsonObject &personal);
    struct Entry
    {
        QString recordId;
        QString receiptCode;
        QJsonObject payload;
        QJsonObject personal;
    };
    /** write() for many records, in multi-row statements (a batch's ingest: one round trip
        per 100 records instead of one per record). */
    static bool writeAll(QSqlDatabase db, const QList<Entry> &entries);
    /** Empties the personal text of records whose personal data was erased (erasure, withdrawn
        consent, purge), on the caller's transaction. */
    static bool forgetErased(QSqlDatabase db);

    /** Rewrites one record's row from what is stored now (after a correction or an erasure),
        on the caller's transaction when there is one. */
    bool reindex(const QString &recordId);
    /** Writes the rows of records that have none (records stored before the search existed);
        how many, or -1 when the database failed. */
    int backfill();

private:
    HubDatabase &m_db;
};
