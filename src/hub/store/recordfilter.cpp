// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordfilter.h"

#include "records/receiptcode.h"
#include "records/recordstatus.h"
#include "staff/staffaccount.h"
#include "text/textfold.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

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
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (d.isValid() && d.year() >= 2000 && d.year() <= 2200)
            *out = d;
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

RecordFilter::Sql RecordFilter::where(const StaffAccount &account) const
{
    Sql sql;
    QStringList parts;
    // The scope first: an account that is no officer sees nothing, a ward officer one ward.
    if (!account.isOfficer()) {
        parts.append(QStringLiteral("1 = 0"));
    } else if (const QString scope = account.wardScope(); !scope.isNull()) {
        parts.append(QStringLiteral("r.ward = ?"));
        sql.binds.append(scope);
    }
    if (!ward.isEmpty()) {
        parts.append(QStringLiteral("r.ward = ?"));
        sql.binds.append(ward);
    }
    if (kind == u"pledge") {
        parts.append(QStringLiteral("r.kind IN ('pledge.land', 'pledge.labour', 'pledge.materials')"));
    } else if (!kind.isEmpty()) {
        parts.append(QStringLiteral("r.kind = ?"));
        sql.binds.append(kind);
    }
    if (status == u"open") {
        parts.append(QStringLiteral("r.status NOT IN (%1)").arg(RecordStatus::closedSqlList()));
    } else if (status == u"closed") {
        parts.append(QStringLiteral("r.status IN (%1)").arg(RecordStatus::closedSqlList()));
    } else if (!status.isEmpty()) {
        parts.append(QStringLiteral("r.status = ?"));
        sql.binds.append(status);
    }
    if (!project.isEmpty()) {
        parts.append(QStringLiteral("r.project_code = ?"));
        sql.binds.append(project);
    }
    if (assignee == u"nobody") {
        parts.append(QStringLiteral("r.assignee IS NULL"));
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
        parts.append(QStringLiteral("r.entered_by = ?"));
        sql.binds.append(by);
    }
    // Folding leaves letters, digits and spaces only, so LIKE's '%' and '_' cannot be in it.
    const QString folded = TextFold::fold(QStringView(search).left(MaxSearchLength));
    if (!folded.isEmpty()) {
        QString match = QStringLiteral("s.body LIKE ?");
        sql.binds.append(u'%' + folded + u'%');
        // Names and phones only for those who may see them: every ward in this account's
        // scope is one whose residents' details it may see (StaffAccount::canSeePersonal).
        const QString scope = account.wardScope();
        if (account.isOfficer() && (scope.isNull() || account.canSeePersonal(scope))) {
            match += QStringLiteral(" OR s.personal LIKE ?");
            sql.binds.append(u'%' + folded + u'%');
            // A phone typed in groups ("0912 345 678") is stored as its digits.
            static const QRegularExpression digitsAndSpaces(QStringLiteral("^[0-9 ]+$"));
            if (folded.contains(u' ') && digitsAndSpaces.match(folded).hasMatch()) {
                match += QStringLiteral(" OR s.personal LIKE ?");
                sql.binds.append(u'%' + QString(folded).remove(u' ') + u'%');
            }
            sql.searchedPersonal = true;
        }
        parts.append(QStringLiteral("r.id IN (SELECT s.record_id FROM record_search s WHERE %1)").arg(match));
    } else if (!search.trimmed().isEmpty()) {
        // Only marks and punctuation ("%_%", "--"): nothing can match them.
        parts.append(QStringLiteral("1 = 0"));
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
        // Open matters first, the longest since their last status change at the top.
        return QStringLiteral(" ORDER BY CASE WHEN r.status IN (%1) THEN 1 ELSE 0 END, r.updated_at ASC,"
                              " r.receipt_code ASC")
                .arg(RecordStatus::closedSqlList());
    case Sort::Newest:
        break;
    }
    return QStringLiteral(" ORDER BY r.received_at DESC, r.receipt_code DESC");
}
