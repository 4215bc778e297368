// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/filteredexport.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "staff/staffaccount.h"
#include "store/auditlog.h"
#include "store/recordcsv.h"
#include "store/recordfilter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

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

bool FilteredExport::mayIncludePersonal(const StaffAccount &account, const RecordFilter &filter)
{
    if (!account.isOfficer())
        return false;
    // The wards the export can reach: the one the filter names, else the account's scope.
    const QString ward = !filter.ward.isEmpty() ? filter.ward : account.wardScope();
    return ward.isEmpty() ? account.isCityOfficer() : account.canSeePersonal(ward);
}

std::optional<FilteredExport::Result> FilteredExport::write(const StaffAccount &account, const RecordFilter &filter,
                                                            bool withPersonal, qint64 maxRows)
{
    if (withPersonal && !mayIncludePersonal(account, filter))
        return std::nullopt;
    const RecordFilter::Sql sql = filter.where(account);
    const bool searched = !filter.search.trimmed().isEmpty();
    const AuditActor actor{account.id, account.login};
    Result result;
    // One transaction: the rows read and the audit lines of a personal export go together.
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return std::nullopt;
    auto failed = [&transaction](const QSqlQuery &q) {
        qCWarning(lcHubStore) << "cannot export records:" << q.lastError().text();
        transaction.rollback();
        return std::nullopt;
    };
    QSqlQuery count(m_db.connection());
    if (!prepared(count, QStringLiteral("SELECT count(*) FROM records r") + sql.where, sql.binds) || !count.next())
        return failed(count);
    if (count.value(0).toLongLong() > maxRows) {
        transaction.rollback();
        result.tooMany = true;
        return result;
    }
    count.finish();
    QSqlQuery q(m_db.connection());
    if (!prepared(q, QStringLiteral("SELECT ") + RecordCsv::columns() + QStringLiteral(" FROM records r") + sql.where
                             + filter.orderBy(),
                  sql.binds))
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
    // Looking in names and phones is a use of personal data, as in the inbox: the fields, never the words.
    if (sql.searchedPersonal
        && !m_audit.append(actor, QStringLiteral("record.personal.search"), QString(),
                           {QStringLiteral("name"), QStringLiteral("phone")})) {
        transaction.rollback();
        return std::nullopt;
    }
    if (withPersonal) {
        const QString ward = !filter.ward.isEmpty() ? filter.ward : account.wardScope();
        const QString detail = QStringLiteral("rows=%1%2 search=%3")
                                       .arg(result.rows)
                                       .arg(ward.isEmpty() ? QString() : QStringLiteral(" ward=") + ward,
                                            searched ? QStringLiteral("yes") : QStringLiteral("no"));
        if (!m_audit.append(actor, QStringLiteral("export.personal"), QStringLiteral("records"), personalFields(), detail)) {
            transaction.rollback();
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        transaction.rollback();
        return std::nullopt;
    }
    qCInfo(lcHubStore) << "exported" << result.rows << "records" << (searched ? "of a search" : "of a filter")
                       << (withPersonal ? "with contact details" : "without contact details");
    return result;
}
