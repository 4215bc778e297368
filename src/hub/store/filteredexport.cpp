// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/filteredexport.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "records/recordstatus.h"
#include "store/auditlog.h"
#include "store/recordcsv.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

QString whereClause(const FilteredExport::Filter &f, QVariantList *binds)
{
    QStringList where;
    auto add = [&](const QString &clause, const QVariant &value) {
        where.append(clause);
        binds->append(value);
    };
    if (f.kind == u"pledge" || f.kind == u"report")
        add(QStringLiteral("kind LIKE ?"), f.kind + QStringLiteral(".%"));
    else if (!f.kind.isEmpty())
        add(QStringLiteral("kind = ?"), f.kind);
    if (!f.ward.isEmpty())
        add(QStringLiteral("ward = ?"), f.ward);
    if (f.status == u"open" || f.status == u"closed")
        where.append(QStringLiteral("status %1 (%2)").arg(f.status == u"open" ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                                                        RecordStatus::closedSqlList()));
    else if (!f.status.isEmpty())
        add(QStringLiteral("status = ?"), f.status);
    if (!f.project.isEmpty())
        add(QStringLiteral("project_code = ?"), f.project);
    if (f.assignee > 0)
        add(QStringLiteral("assignee = ?"), f.assignee);
    else if (f.assignee < 0)
        where.append(QStringLiteral("assignee IS NULL"));
    if (!f.from.isEmpty())
        add(QStringLiteral("received_at >= ?"), f.from);
    if (!f.to.isEmpty())
        add(QStringLiteral("received_at < ?"), f.to);
    if (!f.enteredBy.isEmpty())
        add(QStringLiteral("entered_by = ?"), f.enteredBy);
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

bool prepared(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

}

FilteredExport::FilteredExport(HubDatabase &db, AuditLog &audit) : m_db(db), m_audit(audit)
{
}

const QStringList &FilteredExport::personalFields()
{
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("group")};
    return fields;
}

std::optional<FilteredExport::Result> FilteredExport::write(const Filter &filter, bool withPersonal,
                                                            const AuditActor &actor, qint64 maxRows)
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    Result result;
    // One transaction: the rows read and the audit line of a personal export go together.
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return std::nullopt;
    auto failed = [this, &transaction](const QSqlQuery &q) {
        qCWarning(lcHubStore) << "cannot export records:" << q.lastError().text();
        transaction.rollback();
        return std::nullopt;
    };
    QSqlQuery count(m_db.connection());
    if (!prepared(count, QStringLiteral("SELECT count(*) FROM records r") + where, binds) || !count.next())
        return failed(count);
    if (count.value(0).toLongLong() > maxRows) {
        transaction.rollback();
        result.tooMany = true;
        return result;
    }
    count.finish();
    QSqlQuery q(m_db.connection());
    if (!prepared(q, QStringLiteral("SELECT ") + RecordCsv::columns() + QStringLiteral(" FROM records r") + where
                             + QStringLiteral(" ORDER BY r.received_at, r.receipt_code"),
                  binds))
        return failed(q);
    const RecordCsv::Personal personal = withPersonal ? RecordCsv::Personal::Contact : RecordCsv::Personal::None;
    result.csv = RecordCsv::header(personal);
    while (q.next()) {
        result.csv += RecordCsv::row(q, personal);
        ++result.rows;
    }
    if (q.lastError().isValid())
        return failed(q);
    q.finish();
    if (withPersonal) {
        const QString detail = QStringLiteral("rows=%1%2").arg(result.rows).arg(filter.ward.isEmpty() ? QString()
                                                                                                   : QStringLiteral(" ward=") + filter.ward);
        if (!m_audit.append(actor, QStringLiteral("export.personal"), QStringLiteral("records"), personalFields(), detail)) {
            transaction.rollback();
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        transaction.rollback();
        return std::nullopt;
    }
    qCInfo(lcHubStore) << "exported" << result.rows << "records" << (withPersonal ? "with contact details" : "without contact details");
    return result;
}
