// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantList>

struct StaffAccount;

/** Which records a back-office list shows (the inbox, the CSV export of the current filter):
    what the officer chose, read from a query string, and the SQL WHERE clause it becomes,
    always inside the account's ward scope. The search text never comes from or goes into a
    URL (it may hold a resident's name): the inbox sends it by POST. Query parameter names:
    kind, ward, status, project, assignee, from, to, by, sort, page. */
struct RecordFilter
{
    enum class Sort { Newest, Oldest, Waiting };
    static constexpr int PageSize = 50;
    static constexpr int MaxSearchLength = 200;

    QString kind;      // "pledge" (any pledge), "pledge.land", …, "report.waste"; empty: any
    QString ward;      // a ward code; empty: any in scope
    QString status;    // a status key, "open" or "closed"; empty: any
    QString project;   // a work's code (records.project_code)
    QString assignee;  // "me", "nobody" or an account id; empty: any
    QDate from;        // received on or after this day (Vietnam's time)
    QDate to;          // received on or before this day
    QString by;        // entered by: resident, staff, open311
    QString search;    // typed text, folded when matched (TextFold); empty: none
    Sort sort = Sort::Newest;
    int page = 1;      // from 1

    /** Reads the parameters; a value it cannot use is left out and its parameter name added
        to *rejected, so the page can say which (never echoing the value). */
    static RecordFilter fromQuery(const QUrlQuery &query, QStringList *rejected = nullptr);
    /** The parameters back, without search and without defaults; page only when > 1. */
    QUrlQuery toQuery(bool withPage = true) const;

    static QStringList kinds();      // the kind values fromQuery accepts
    static QStringList enteredBy();  // resident, staff, open311
    static QString sortKey(Sort sort);

    /** Whether a ward officer asked for another ward: the page answers 404. */
    bool outsideScope(const StaffAccount &account) const;

    struct Sql
    {
        QString where;       // " WHERE …" (never empty: the scope is always there) over records r
        QVariantList binds;  // in order
        bool searchedPersonal = false;  // the search also looked in names and phones
    };
    /** Which SQL to write: standard SQL for both dialects, or SQLite's own, which finds a
        search's terms of 3 characters or more through the trigram index record_search_fts
        (schema 6), keys records by their rowid, and steers the planner to the covering
        indexes. Both select the same records. */
    enum class Flavour { Portable, SQLite };
    /** A search's matches already read into a table (searchSelect() into a column `id`), so
        a count and a page read the search once (InboxQueries). */
    struct SearchMatches
    {
        static constexpr qint64 Few = 2000;  // up to this many are read row by row (SQLite)
        QString table;
        qint64 count = 0;
    };
    /** The WHERE clause over `records r` (joined to nothing) for this account: its ward scope,
        every filter, and the search over the receipt code and the record's non-personal text
        and, where the account may see them, names and phones (store/recordsearch.h); with
        `matches`, the search is that table's. */
    Sql where(const StaffAccount &account, Flavour flavour = Flavour::Portable,
              const SearchMatches *matches = nullptr) const;
    /** The search alone, as a SELECT of the matching records' keys (the rowid in the SQLite
        flavour, the id otherwise) with its binds; an empty `where` when nothing is searched. */
    Sql searchSelect(const StaffAccount &account, Flavour flavour) const;
    /** " ORDER BY …" for the sort; stable (receipt code last). */
    QString orderBy() const;

private:
    struct SearchTerm
    {
        QString columns;  // of record_search: "body", "personal" or "body personal"
        QString text;     // folded
    };
    QList<SearchTerm> searchTerms(const StaffAccount &account) const;
};
