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

std::optional<InboxPage> InboxQueries::page(const StaffAccount &account, const RecordFilter &filter)
{
    const RecordFilter::Sql sql = filter.where(account);
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
    q.prepare(QStringLiteral("SELECT r.receipt_code, r.kind, r.ward, r.project_code, r.status, r.entered_by,"
                             " r.received_at, r.updated_at, r.assignee, a.display_name"
                             " FROM records r LEFT JOIN staff_accounts a ON a.id = r.assignee")
              + sql.where + filter.orderBy()
              + QStringLiteral(" LIMIT %1 OFFSET %2").arg(RecordFilter::PageSize).arg(offset));
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
