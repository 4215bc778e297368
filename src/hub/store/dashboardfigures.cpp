// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/dashboardfigures.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "records/recordstatus.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// The kinds are "pledge.land", "pledge.labour", "pledge.materials", "report.waste".
const QString KindGroup = QStringLiteral("CASE WHEN kind LIKE 'report.%' THEN 'report' ELSE 'pledge' END");

QString wardClause(const QString &ward, const QString &joiner)
{
    return ward.isEmpty() ? QString() : joiner + QStringLiteral(" ward = ?");
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcHubStore) << "cannot read the dashboard's figures:" << q.lastError().text();
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read the dashboard's figures:" << q.lastError().text();
        return false;
    }
    return true;
}

}

DashboardFigures::DashboardFigures(HubDatabase &db) : m_db(db)
{
}

double DashboardFigures::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

std::optional<DashboardFigures::Figures> DashboardFigures::read(const QString &ward, const QString &nowUtc)
{
    Figures f;
    QVariantList binds;
    if (!ward.isEmpty())
        binds.append(ward);

    QSqlQuery counts(m_db.connection());
    if (!run(counts,
             QStringLiteral("SELECT ward, %1 AS k, status, count(*) FROM records%2 GROUP BY ward, %1, status"
                            " ORDER BY ward, k, status")
                     .arg(KindGroup, wardClause(ward, QStringLiteral(" WHERE"))),
             binds))
        return std::nullopt;
    while (counts.next())
        f.counts.append({counts.value(0).toString(), counts.value(1).toString(), counts.value(2).toString(),
                         counts.value(3).toLongLong()});

    // Days between arrival and the first answer; the dialects differ only here.
    const QString days = m_db.dialect() == HubDatabase::Dialect::PostgreSQL
            ? QStringLiteral("EXTRACT(EPOCH FROM (first_reply_at::timestamptz - received_at::timestamptz)) / 86400.0")
            : QStringLiteral("julianday(first_reply_at) - julianday(received_at)");
    QSqlQuery replies(m_db.connection());
    if (!run(replies,
             QStringLiteral("SELECT ward, %1 FROM records WHERE first_reply_at IS NOT NULL%2")
                     .arg(days, wardClause(ward, QStringLiteral(" AND"))),
             binds))
        return std::nullopt;
    QHash<QString, QList<double>> byWard;
    QList<double> all;
    while (replies.next()) {
        const double d = std::max(0.0, replies.value(1).toDouble());
        byWard[replies.value(0).toString()].append(d);
        all.append(d);
    }
    QStringList wards = byWard.keys();
    wards.sort();
    for (const QString &w : std::as_const(wards))
        f.firstReply.append({w, byWard.value(w).size(), median(byWard.value(w))});
    f.firstReply.append({QString(), all.size(), median(all)});

    QDateTime now = QDateTime::fromString(nowUtc, Qt::ISODateWithMs);
    if (!now.isValid())
        now = QDateTime::currentDateTimeUtc();
    f.overdueBefore = now.toUTC().addDays(-OverdueDays).toString(Qt::ISODateWithMs);
    QVariantList overdueBinds{f.overdueBefore};
    overdueBinds.append(binds);
    QSqlQuery overdue(m_db.connection());
    if (!run(overdue,
             QStringLiteral("SELECT ward, count(*) FROM records WHERE kind LIKE 'report.%' AND status NOT IN (%1)"
                            " AND received_at < ?%2 GROUP BY ward ORDER BY ward")
                     .arg(RecordStatus::closedSqlList(), wardClause(ward, QStringLiteral(" AND"))),
             overdueBinds))
        return std::nullopt;
    while (overdue.next())
        f.overdue.append({overdue.value(0).toString(), overdue.value(1).toLongLong()});
    return f;
}
