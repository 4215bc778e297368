// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/auditlog.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "store/storeformats.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AuditActor AuditActor::commandLine()
{
    return {0, QStringLiteral("city-hub")};
}

AuditLog::AuditLog(HubDatabase &db) : m_db(db)
{
}

bool AuditLog::append(const AuditActor &actor, const QString &action, const QString &target,
                      const QStringList &fields, const QString &detail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, account_id, actor, action, target, fields, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(StoreFormats::nowUtc());
    q.addBindValue(actor.accountId > 0 ? QVariant(actor.accountId) : QVariant(QMetaType::fromType<qint64>()));
    // Never NULL: an empty QString binds as NULL.
    auto notNull = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.addBindValue(notNull(actor.name));
    q.addBindValue(notNull(action));
    q.addBindValue(notNull(target));
    q.addBindValue(notNull(fields.join(u',')));
    q.addBindValue(notNull(detail.left(500)));
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot write the audit log:" << q.lastError().text();
        return false;
    }
    return true;
}

namespace {

QString whereClause(const AuditLog::Filter &f, QVariantList *binds)
{
    QStringList where;
    if (!f.from.isEmpty()) {
        where.append(QStringLiteral("at >= ?"));
        binds->append(f.from);
    }
    if (!f.to.isEmpty()) {
        where.append(QStringLiteral("at < ?"));
        binds->append(f.to);
    }
    if (!f.actor.isEmpty()) {
        where.append(QStringLiteral("actor = ?"));
        binds->append(f.actor);
    }
    if (!f.target.isEmpty()) {
        where.append(QStringLiteral("target = ?"));
        binds->append(f.target);
    }
    if (!f.action.isEmpty()) {
        // A prefix match without LIKE's wildcards: the action words never hold '%' or '_'
        // that matter, but a range is exact in both dialects.
        where.append(QStringLiteral("action >= ? AND action < ?"));
        binds->append(f.action);
        binds->append(f.action + QChar(0xFFFF));
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

}

std::optional<QList<AuditEntry>> AuditLog::list(const Filter &filter)
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, account_id, actor, action, target, fields, detail FROM audit_log")
              + whereClause(filter, &binds)
              + QStringLiteral(" ORDER BY seq DESC LIMIT %1 OFFSET %2")
                        .arg(std::clamp(filter.limit, 1, 100000)).arg(std::max(0, filter.offset)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read the audit log:" << q.lastError().text();
        return std::nullopt;
    }
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.accountId = q.value(2).toLongLong();
        e.actor = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.fields = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
        e.detail = q.value(7).toString();
        out.append(e);
    }
    return out;
}

std::optional<qint64> AuditLog::count(const Filter &filter)
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(filter, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}
