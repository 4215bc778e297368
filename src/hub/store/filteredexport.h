// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

class AuditLog;
class HubDatabase;
struct AuditActor;

/** The back-office's CSV export of the records a filter selects (/staff/export.csv): the
    columns of `city-hub export --csv`, UTF-8 with BOM, every cell through Csv::field. Name,
    phone and residential group only when asked, and then the export is written to the audit
    log ("export.personal", the field names and the row count, never a value) in the same
    transaction that read the rows. Photos never. */
class FilteredExport
{
public:
    FilteredExport(HubDatabase &db, AuditLog &audit);

    /** Which records; an empty field does not filter. Times are UTC ISO, `to` exclusive. */
    struct Filter
    {
        QString kind;       // "pledge", "report", or a whole kind "pledge.land"
        QString ward;
        QString status;     // a status key, "open" or "closed"
        QString project;
        qint64 assignee = 0;  // an account id; 0: anyone; -1: nobody
        QString from;
        QString to;
        QString enteredBy;
    };

    struct Result
    {
        QByteArray csv;
        qint64 rows = 0;
        bool tooMany = false;  // more than maxRows matched: nothing written, nothing audited
    };

    static const QStringList &personalFields();

    /** nullopt when the database fails. */
    std::optional<Result> write(const Filter &filter, bool withPersonal, const AuditActor &actor, qint64 maxRows);

private:
    HubDatabase &m_db;
    AuditLog &m_audit;
};
