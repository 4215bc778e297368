// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workhistory.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "store/auditlog.h"
#include "store/storeformats.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : HubDatabase::nullText();
}

}

WorkHistory::WorkHistory(HubDatabase &db, AuditLog &audit) : m_db(db), m_audit(audit)
{
}

QString WorkHistory::selectColumns()
{
    return QStringLiteral("w.seq, w.project_code, w.on_date, w.stage, w.progress, w.disbursed, w.adjusted_budget,"
                          " w.start_date, w.planned_end, w.actual_end, w.account_id, COALESCE(a.display_name, ''),"
                          " w.recorded_at, w.published_at");
}

bool WorkHistory::add(const AuditActor &actor, const QString &projectCode, const QDate &onDate, const WorkFigures &f,
                      qint64 *seq)
{
    if (actor.accountId <= 0 || !onDate.isValid())
        return false;
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO work_history (project_code, on_date, stage, progress, disbursed,"
                             " adjusted_budget, start_date, planned_end, actual_end, account_id, recorded_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
    q.addBindValue(projectCode);
    q.addBindValue(onDate.toString(Qt::ISODate));
    q.addBindValue(f.stage);
    q.addBindValue(double(f.progress));
    q.addBindValue(double(f.disbursed));
    q.addBindValue(double(f.adjustedBudget));
    q.addBindValue(dateOrNull(f.startDate));
    q.addBindValue(dateOrNull(f.plannedEnd));
    q.addBindValue(dateOrNull(f.actualEnd));
    q.addBindValue(actor.accountId);
    q.addBindValue(StoreFormats::nowUtc());
    if (!q.exec() || !q.next()) {
        qCWarning(lcHubStore) << "cannot store a work's figures:" << q.lastError().text();
        transaction.rollback();
        return false;
    }
    const qint64 newSeq = q.value(0).toLongLong();
    q.finish();
    if (!m_audit.append(actor, QStringLiteral("work.figures"), QStringLiteral("work:") + projectCode,
                        {QStringLiteral("stage"), QStringLiteral("progress"), QStringLiteral("disbursed"),
                         QStringLiteral("adjusted_budget"), QStringLiteral("dates")},
                        QStringLiteral("on %1").arg(onDate.toString(Qt::ISODate)))
        || !transaction.commit()) {
        transaction.rollback();
        return false;
    }
    if (seq)
        *seq = newSeq;
    qCInfo(lcHubStore) << "work" << projectCode << "figures set by" << actor.name;
    return true;
}

std::optional<QList<WorkHistoryRow>> WorkHistory::forWork(const QString &projectCode, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM work_history w LEFT JOIN staff_accounts a ON a.id = w.account_id"
                             " WHERE w.project_code = ? ORDER BY w.on_date DESC, w.seq DESC LIMIT %2")
                      .arg(selectColumns())
                      .arg(qBound(1, limit, 1000)));
    q.addBindValue(projectCode);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read a work's history:" << q.lastError().text();
        return std::nullopt;
    }
    QList<WorkHistoryRow> out;
    while (q.next()) {
        WorkHistoryRow r;
        r.seq = q.value(0).toLongLong();
        r.projectCode = q.value(1).toString();
        r.onDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.figures.stage = q.value(3).toString();
        r.figures.progress = qRound(q.value(4).toDouble());
        r.figures.disbursed = qint64(q.value(5).toDouble());
        r.figures.adjustedBudget = qint64(q.value(6).toDouble());
        r.figures.startDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        r.figures.plannedEnd = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.figures.actualEnd = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        r.accountId = q.value(10).toLongLong();
        r.accountName = q.value(11).toString();
        r.recordedAt = q.value(12).toString();
        r.publishedAt = q.value(13).toString();
        out.append(r);
    }
    return out;
}

std::optional<QStringList> WorkHistory::unpublishedWorks()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT project_code FROM work_history WHERE published_at IS NULL"
                               " ORDER BY project_code")))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
