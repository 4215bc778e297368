// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class AuditLog;
class HubDatabase;
struct RecordFilter;
struct StaffAccount;

/** The back-office's CSV export of the current filter (/staff/export.csv): exactly the
    records the inbox lists for that RecordFilter and account (its WHERE clause, so the same
    ward scope and the same folded search, names and phones searched only where the account
    may see them), in the inbox's order, every page. The columns of RecordCsv, UTF-8 with
    BOM, every cell through Csv::field. Name, phone and residential group only when asked and
    allowed, and then the export is written to the audit log ("export.personal": the field
    names, the row count, whether a search was used; never a value, never the search text) in
    the same transaction that read the rows. A search that looked in names and phones writes
    the inbox's "record.personal.search" line there too. Photos never. */
class FilteredExport
{
public:
    FilteredExport(HubDatabase &db, AuditLog &audit);

    struct Result
    {
        QByteArray csv;
        qint64 rows = 0;
        bool tooMany = false;  // more than maxRows matched: nothing written, nothing audited
    };

    static const QStringList &personalFields();

    /** Whether this account may have contact details in an export of this filter: every ward
        the filter can reach is one whose residents the account may see. */
    static bool mayIncludePersonal(const StaffAccount &account, const RecordFilter &filter);

    /** The filter's records for this account (its page and page size do not count). Contact
        details only when withPersonal and mayIncludePersonal(); nullopt when the database
        fails or they were asked for and are not allowed. */
    std::optional<Result> write(const StaffAccount &account, const RecordFilter &filter, bool withPersonal,
                                qint64 maxRows);

private:
    HubDatabase &m_db;
    AuditLog &m_audit;
};
