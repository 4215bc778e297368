// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordfilter.h"

#include "records/receiptcode.h"
#include "records/recordstatus.h"
#include "staff/staffaccount.h"
#include "staff/worksinput.h"
#include "text/textfold.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace {

constexpr int VietnamOffset = 7 * 3600;

/** The first UTC instant of a day in Vietnam, as records.received_at is written. */
QString startOfDayUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(VietnamOffset))
            .toUTC()
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool isWardCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,39}$"));
    return re.match(s).hasMatch();
}

bool isProjectCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"));
    return re.match(s).hasMatch();
}

}

QStringList RecordFilter::kinds()
{
    return {QStringLiteral("pledge"), QStringLiteral("pledge.land"), QStringLiteral("pledge.labour"),
            QStringLiteral("pledge.materials"), QStringLiteral("report.waste")};
}

QStringList RecordFilter::enteredBy()
{
    return {QStringLiteral("resident"), QStringLiteral("staff"), QStringLiteral("open311")};
}

QString RecordFilter::sortKey(Sort sort)
{
    switch (sort) {
    case Sort::Newest:
        return QStringLiteral("newest");
    case Sort::Oldest:
        return QStringLiteral("oldest");
    case Sort::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

RecordFilter RecordFilter::fromQuery(const QUrlQuery &query, QStringList *rejected)
{
    RecordFilter f;
    auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
    };
    auto reject = [rejected](const char *name) {
        if (rejected)
            rejected->append(QString::fromLatin1(name));
    };
    if (const QString v = value("kind"); !v.isEmpty())
        kinds().contains(v) ? void(f.kind = v) : reject("kind");
    if (const QString v = value("ward").toUpper(); !v.isEmpty())
        isWardCode(v) ? void(f.ward = v) : reject("ward");
    if (const QString v = value("status"); !v.isEmpty())
        (v == u"open" || v == u"closed" || RecordStatus::cityKeys().contains(v)) ? void(f.status = v) : reject("status");
    if (const QString v = value("project"); !v.isEmpty())
        isProjectCode(v) ? void(f.project = v) : reject("project");
    if (const QString v = value("assignee"); !v.isEmpty()) {
        bool number = false;
        const qint64 id = v.toLongLong(&number);
        (v == u"me" || v == u"nobody" || (number && id > 0)) ? void(f.assignee = v) : reject("assignee");
    }
    auto date = [&](const char *name, QDate *out) {
        const QString v = value(name);
        if (v.isEmpty())
            return;
        // As the inbox's URL keeps it (ISO) or as an officer types it (dd/mm/yyyy).
        const std::optional<QDate> d = WorksInput::date(v);
        if (d && d->isValid())
            *out = *d;
        else
            reject(name);
    };
    date("from", &f.from);
    date("to", &f.to);
    if (const QString v = value("by"); !v.isEmpty())
        enteredBy().contains(v) ? void(f.by = v) : reject("by");
    if (const QString v = value("sort"); !v.isEmpty()) {
        if (v == u"newest")
            f.sort = Sort::Newest;
        else if (v == u"oldest")
            f.sort = Sort::Oldest;
        else if (v == u"waiting")
            f.sort = Sort::Waiting;
        else
            reject("sort");
    }
    if (const QString v = value("page"); !v.isEmpty()) {
        bool ok = false;
        const int p = v.toInt(&ok);
        ok && p >= 1 && p <= 100000 ? void(f.page = p) : reject("page");
    }
    return f;
}

QUrlQuery RecordFilter::toQuery(bool withPage) const
{
    QUrlQuery q;
    auto add = [&q](const char *name, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(QString::fromLatin1(name), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("kind", kind);
    add("ward", ward);
    add("status", status);
    add("project", project);
    add("assignee", assignee);
    add("from", from.isValid() ? from.toString(Qt::ISODate) : QString());
    add("to", to.isValid() ? to.toString(Qt::ISODate) : QString());
    add("by", by);
    add("sort", sort == Sort::Newest ? QString() : sortKey(sort));
    if (withPage && page > 1)
        add("page", QString::number(page));
    return q;
}

bool RecordFilter::outsideScope(const StaffAccount &account) const
{
    return !ward.isEmpty() && !account.canWorkWard(ward);
}

QList<RecordFilter::SearchTerm> RecordFilter::searchTerms(const StaffAccount &account) const
{
    // Folding leaves letters, digits and spaces only, so LIKE's '%' and '_' and the full-text
    // query's quotes cannot be in it.
    const QString folded = TextFold::fold(QStringView(search).left(MaxSearchLength));
    if (folded.isEmpty())
        return {};
    // The record's own words for every officer; names and phones only for those who may see
    // them (every ward in this account's scope is one whose residents' details it may see:
    // StaffAccount::canSeePersonal).
    const QString scope = account.wardScope();
    if (!(account.isOfficer() && (scope.isNull() || account.canSeePersonal(scope))))
        return {{QStringLiteral("body"), folded}};
    QList<SearchTerm> terms{{QStringLiteral("body personal"), folded}};
    // A phone typed in groups ("0912 345 678") is stored as its digits.
    static const QRegularExpression digitsAndSpaces(QStringLiteral("^[0-9 ]+$"));
    if (folded.contains(u' ') && digitsAndSpaces.match(folded).hasMatch())
        terms.append({QStringLiteral("personal"), QString(folded).remove(u' ')});
    return terms;
}

RecordFilter::Sql RecordFilter::searchSelect(const StaffAccount &account, Flavour flavour) const
{
    const QList<SearchTerm> terms = searchTerms(account);
    Sql out;
    if (terms.isEmpty())
        return out;
    out.searchedPersonal = std::any_of(terms.cbegin(), terms.cend(), [](const SearchTerm &t) { return t.columns.contains(u"personal"); });
    // SQLite's trigram index finds substrings of three characters or more.
    if (flavour == Flavour::SQLite && std::all_of(terms.cbegin(), terms.cend(), [](const SearchTerm &t) { return t.text.size() >= 3; })) {
        QStringList match;
        for (const SearchTerm &t : terms)
            match.append(QStringLiteral("{%1} : \"%2\"").arg(t.columns, t.text));
        out.where = QStringLiteral("SELECT rowid FROM record_search_fts WHERE record_search_fts MATCH ?");
        out.binds.append(match.join(QStringLiteral(" OR ")));
        return out;
    }
    QStringList like;
    for (const SearchTerm &t : terms) {
        for (const QString &column : t.columns.split(u' ')) {
            like.append(QStringLiteral("s.%1 LIKE ?").arg(column));
            out.binds.append(u'%' + t.text + u'%');
        }
    }
    out.where = QStringLiteral("SELECT s.record_id FROM record_search s WHERE %1").arg(like.join(QStringLiteral(" OR ")));
    if (flavour == Flavour::SQLite)
        out.where = QStringLiteral("SELECT m.rowid FROM records m WHERE m.id IN (%1)").arg(out.where);
    return out;
}

RecordFilter::Sql RecordFilter::where(const StaffAccount &account, Flavour flavour, const SearchMatches *matches) const
{
    Sql sql;
    QStringList parts;
    // On SQLite, columns that keep many records per value (ward, kind, status, entered by,
    // nobody assigned) are written "+r.column": the planner then reads them from the covering
    // index (records_inbox_*) instead of fetching thousands of whole rows through a narrow one.
    const bool sqlite = flavour == Flavour::SQLite;
    auto wide = [sqlite](const char *column) {
        return (sqlite ? QStringLiteral("+r.") : QStringLiteral("r.")) + QLatin1String(column);
    };
    // The scope first: an account that is no officer sees nothing, a ward officer one ward.
    if (!account.isOfficer()) {
        parts.append(QStringLiteral("1 = 0"));
    } else if (const QString scope = account.wardScope(); !scope.isNull()) {
        parts.append(wide("ward") + QStringLiteral(" = ?"));
        sql.binds.append(scope);
    }
    if (!ward.isEmpty()) {
        parts.append(wide("ward") + QStringLiteral(" = ?"));
        sql.binds.append(ward);
    }
    if (kind == u"pledge") {
        parts.append(wide("kind") + QStringLiteral(" IN ('pledge.land', 'pledge.labour', 'pledge.materials')"));
    } else if (!kind.isEmpty()) {
        parts.append(wide("kind") + QStringLiteral(" = ?"));
        sql.binds.append(kind);
    }
    if (status == u"open") {
        parts.append(wide("status") + QStringLiteral(" NOT IN (%1)").arg(RecordStatus::closedSqlList()));
    } else if (status == u"closed") {
        parts.append(wide("status") + QStringLiteral(" IN (%1)").arg(RecordStatus::closedSqlList()));
    } else if (!status.isEmpty()) {
        parts.append(wide("status") + QStringLiteral(" = ?"));
        sql.binds.append(status);
    }
    if (!project.isEmpty()) {
        parts.append(QStringLiteral("r.project_code = ?"));
        sql.binds.append(project);
    }
    if (assignee == u"nobody") {
        parts.append(wide("assignee") + QStringLiteral(" IS NULL"));
    } else if (!assignee.isEmpty()) {
        parts.append(QStringLiteral("r.assignee = ?"));
        sql.binds.append(assignee == u"me" ? account.id : assignee.toLongLong());
    }
    if (from.isValid()) {
        parts.append(QStringLiteral("r.received_at >= ?"));
        sql.binds.append(startOfDayUtc(from));
    }
    if (to.isValid()) {
        parts.append(QStringLiteral("r.received_at < ?"));
        sql.binds.append(startOfDayUtc(to.addDays(1)));
    }
    if (!by.isEmpty()) {
        parts.append(wide("entered_by") + QStringLiteral(" = ?"));
        sql.binds.append(by);
    }
    const QList<SearchTerm> terms = searchTerms(account);
    sql.searchedPersonal = std::any_of(terms.cbegin(), terms.cend(), [](const SearchTerm &t) { return t.columns.contains(u"personal"); });
    if (terms.isEmpty() && !search.trimmed().isEmpty()) {
        // Only marks and punctuation ("%_%", "--"): nothing can match them.
        parts.append(QStringLiteral("1 = 0"));
    } else if (!terms.isEmpty()) {
        // The records' own key: SQLite's rowid (what the trigram index and the covering indexes
        // carry), the id elsewhere. A few matches are read row by row; many meet the covering
        // index as it is scanned ("+", SQLite).
        const QString key = sqlite ? QStringLiteral("%1r.rowid").arg(matches && matches->count <= SearchMatches::Few ? QString() : QStringLiteral("+"))
                                   : QStringLiteral("r.id");
        if (matches) {
            parts.append(QStringLiteral("%1 IN (SELECT id FROM %2)").arg(key, matches->table));
        } else {
            const Sql select = searchSelect(account, flavour);
            parts.append(QStringLiteral("%1 IN (%2)").arg(key, select.where));
            sql.binds.append(select.binds);
        }
    }
    if (parts.isEmpty())
        parts.append(QStringLiteral("1 = 1"));
    sql.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return sql;
}

QString RecordFilter::orderBy() const
{
    switch (sort) {
    case Sort::Oldest:
        return QStringLiteral(" ORDER BY r.received_at ASC, r.receipt_code ASC");
    case Sort::Waiting:
        // Open matters first, the longest since their last status change at the top. When the
        // status filter already keeps only open or only closed ones, the order is the
        // updated index's own (records_inbox_waiting) and no row needs sorting.
        if (!status.isEmpty())
            return QStringLiteral(" ORDER BY r.updated_at ASC, r.receipt_code ASC");
        return QStringLiteral(" ORDER BY CASE WHEN r.status IN (%1) THEN 1 ELSE 0 END, r.updated_at ASC,"
                              " r.receipt_code ASC")
                .arg(RecordStatus::closedSqlList());
    case Sort::Newest:
        break;
    }
    return QStringLiteral(" ORDER BY r.received_at DESC, r.receipt_code DESC");
}
