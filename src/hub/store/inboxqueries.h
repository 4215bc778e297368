// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/recordfilter.h"

#include <QList>
#include <QString>

#include <optional>

class HubDatabase;
struct StaffAccount;

/** One line of the inbox: no personal data. */
struct InboxRow
{
    QString receiptCode;
    QString kind;        // pledge.land, …, report.waste
    QString ward;
    QString project;     // a work's code, may be empty
    QString status;
    QString enteredBy;   // resident, staff, open311
    QString receivedAt;  // UTC ISO 8601
    QString updatedAt;   // when the status last changed
    qint64 assigneeId = 0;
    QString assigneeName;
};

struct InboxPage
{
    QList<InboxRow> rows;
    qint64 total = 0;  // every record the filter matches
};

/** The back-office inbox's read side (staff/inbox*.cpp): a page of records for a filter,
    always inside the account's ward scope. */
class InboxQueries
{
public:
    explicit InboxQueries(HubDatabase &db);

    /** The filter's page (RecordFilter::PageSize rows) and how many match; nullopt when the
        database cannot answer. */
    std::optional<InboxPage> page(const StaffAccount &account, const RecordFilter &filter);

private:
    std::optional<RecordFilter::SearchMatches> readMatches(const RecordFilter::Sql &select);

    HubDatabase &m_db;
};
