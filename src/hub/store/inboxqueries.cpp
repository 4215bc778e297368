// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/inboxqueries.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "staff/staffaccount.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

InboxQueries::InboxQueries(HubDatabase &db) : m_db(db)
{
}

std::optional<RecordFilter::SearchMatches> InboxQueries::readMatches(const RecordFilter::Sql &select)
{
    QSqlQuery q(m_db.connection());
    // A table of this connection only (SQLite's temp database, found before the main one).
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS inbox_matches (id INTEGER PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM inbox_matches"))) {
        qCWarning(lcHubStore) << "cannot prepare the search's matches:" << q.lastError().text();
        return std::nullopt;
    }
    q.prepare(QStringLiteral("INSERT INTO inbox_matches (id) ") + select.where);
    for (const QVariant &b : select.binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot search the records:" << q.lastError().text();
        return std::nullopt;
    }
    return RecordFilter::SearchMatches{QStringLiteral("inbox_matches"), q.numRowsAffected()};
}

std::optional<InboxPage> InboxQueries::page(const StaffAccount &account, const RecordFilter &filter)
{
    const RecordFilter::Flavour flavour = m_db.dialect() == HubDatabase::Dialect::SQLite ? RecordFilter::Flavour::SQLite
                                                                                         : RecordFilter::Flavour::Portable;
    // On SQLite a search is read once, into a table of matches that the count and the page
    // both use. (On PostgreSQL such a table costs more than it saves: bench_inbox measured its
    // searches 2–3 times slower than scanning record_search in each query.)
    std::optional<RecordFilter::SearchMatches> matches;
    if (const RecordFilter::Sql select = filter.searchSelect(account, flavour);
        flavour == RecordFilter::Flavour::SQLite && !select.where.isEmpty()) {
        matches = readMatches(select);
        if (!matches)
            return std::nullopt;
    }
    const RecordFilter::Sql sql = filter.where(account, flavour, matches ? &*matches : nullptr);
    auto bindAll = [&sql](QSqlQuery &q) {
        for (const QVariant &b : sql.binds)
            q.addBindValue(b);
    };
    InboxPage out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM records r") + sql.where);
    bindAll(q);
    if (!q.exec() || !q.next()) {
        qCWarning(lcHubStore) << "cannot count the inbox:" << q.lastError().text();
        return std::nullopt;
    }
    out.total = q.value(0).toLongLong();
    q.finish();
    if (out.total == 0)
        return out;
    const qint64 offset = qint64(filter.page - 1) * RecordFilter::PageSize;
    if (offset >= out.total)
        return out;
    // The page is chosen from the records alone (on the covering indexes), then joined to the
    // assignees' names: joined first, a deep page would join every row it skips.
    q.prepare(QStringLiteral("SELECT r.receipt_code, r.kind, r.ward, r.project_code, r.status, r.entered_by,"
                             " r.received_at, r.updated_at, r.assignee, a.display_name FROM ("
                             "SELECT r.receipt_code, r.kind, r.ward, r.project_code, r.status, r.entered_by,"
                             " r.received_at, r.updated_at, r.assignee FROM records r")
              + sql.where + filter.orderBy()
              + QStringLiteral(" LIMIT %1 OFFSET %2) r LEFT JOIN staff_accounts a ON a.id = r.assignee")
                        .arg(RecordFilter::PageSize).arg(offset)
              + filter.orderBy());
    bindAll(q);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read the inbox:" << q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        InboxRow row;
        row.receiptCode = q.value(0).toString();
        row.kind = q.value(1).toString();
        row.ward = q.value(2).toString();
        row.project = q.value(3).toString();
        row.status = q.value(4).toString();
        row.enteredBy = q.value(5).toString();
        row.receivedAt = q.value(6).toString();
        row.updatedAt = q.value(7).toString();
        row.assigneeId = q.value(8).toLongLong();
        row.assigneeName = q.value(9).toString();
        out.rows.append(row);
    }
    return out;
}
