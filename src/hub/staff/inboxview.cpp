// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/inboxview.h"

#include "records/record.h"
#include "records/recordstatus.h"
#include "staff/staffpages.h"
#include "staff/worksinput.h"
#include "store/statuschanges.h"
#include "text/formatting.h"

#include <QUrl>

#include <algorithm>

using HtmlTemplates::Data;
using HtmlTemplates::text;

namespace {

Data option(const QString &value, const QString &label, bool selected)
{
    Data o;
    o.set("value", text(value));
    o.set("label", text(label));
    o.set("selected", selected);
    return o;
}

QString officerLabel(const StaffAccount &a)
{
    return a.isCityOfficer() || a.ward.isEmpty() ? a.displayName : a.displayName + QStringLiteral(" · ") + a.ward;
}

}

QString InboxView::href(const RecordFilter &filter, int page)
{
    RecordFilter f = filter;
    f.page = page;
    const QString query = f.toQuery().toString(QUrl::FullyEncoded);
    return query.isEmpty() ? QStringLiteral("/staff/inbox") : QStringLiteral("/staff/inbox?") + query;
}

Data InboxView::data() const
{
    auto w = [this](const char *key, const QList<QPair<QString, QString>> &args = {}) {
        return StaffPages::word(lang, QString::fromLatin1(key), args);
    };
    Data d;
    if (!problem.isEmpty())
        d.set("problem", text(problem));
    Data noticeList{Data::type::list};
    for (const QString &n : notices)
        noticeList.push_back(text(n));
    d.set("notices", noticeList);
    d.set("search", text(filter.search));
    d.set("searchMax", text(QString::number(RecordFilter::MaxSearchLength)));
    d.set("replyMax", text(QString::number(StatusChanges::MaxPublicReplyLength)));
    d.set("project", text(filter.project));
    // Dates as officers type them (day/month/year); the form reads ISO too.
    d.set("from", text(WorksInput::dateField(filter.from)));
    d.set("to", text(WorksInput::dateField(filter.to)));
    // The folded filter's summary line: what is on, in the words of the form.
    QStringList on;

    Data kinds{Data::type::list};
    kinds.push_back(option({}, w("inbox_kind_any"), filter.kind.isEmpty()));
    for (const QString &k : RecordFilter::kinds()) {
        const std::optional<RecordKind> kind = RecordKinds::fromKey(k);
        const QString label = kind ? RecordKinds::name(*kind).in(lang) : w("inbox_kind_pledge");
        kinds.push_back(option(k, label, filter.kind == k));
        if (filter.kind == k)
            on.append(label);
    }
    d.set("kinds", kinds);

    // A ward officer has one ward: no choice to offer.
    if (account.wardScope().isNull()) {
        QStringList codes = wards.keys();
        std::sort(codes.begin(), codes.end(), [this](const QString &a, const QString &b) {
            return wards.value(a).in(lang).localeAwareCompare(wards.value(b).in(lang)) < 0;
        });
        Data list{Data::type::list};
        list.push_back(option({}, w("inbox_ward_any"), filter.ward.isEmpty()));
        if (!filter.ward.isEmpty() && !wards.contains(filter.ward))
            list.push_back(option(filter.ward, filter.ward, true));
        for (const QString &c : std::as_const(codes))
            list.push_back(option(c, wards.value(c).in(lang), filter.ward == c));
        if (!filter.ward.isEmpty())
            on.append(wards.contains(filter.ward) ? wards.value(filter.ward).in(lang) : filter.ward);
        Data choice;
        choice.set("wards", list);
        d.set("wardChoice", choice);
    }

    Data statuses{Data::type::list};
    statuses.push_back(option({}, w("inbox_status_any"), filter.status.isEmpty()));
    statuses.push_back(option(QStringLiteral("open"), w("inbox_status_open"), filter.status == u"open"));
    statuses.push_back(option(QStringLiteral("closed"), w("inbox_status_closed"), filter.status == u"closed"));
    if (filter.status == u"open" || filter.status == u"closed")
        on.append(w(filter.status == u"open" ? "inbox_status_open" : "inbox_status_closed"));
    else if (!filter.status.isEmpty())
        on.append(RecordStatus::word(filter.status, lang));
    Data setStatuses{Data::type::list};
    for (const QString &s : RecordStatus::cityKeys()) {
        statuses.push_back(option(s, RecordStatus::word(s, lang), filter.status == s));
        setStatuses.push_back(option(s, RecordStatus::word(s, lang), false));
    }
    d.set("statuses", statuses);
    d.set("setStatuses", setStatuses);

    Data assignees{Data::type::list};
    assignees.push_back(option({}, w("inbox_assignee_any"), filter.assignee.isEmpty()));
    assignees.push_back(option(QStringLiteral("me"), w("inbox_assignee_me"), filter.assignee == u"me"));
    assignees.push_back(option(QStringLiteral("nobody"), w("inbox_assignee_nobody"), filter.assignee == u"nobody"));
    Data officerList{Data::type::list};
    for (const StaffAccount &o : officers) {
        const QString id = QString::number(o.id);
        assignees.push_back(option(id, officerLabel(o), filter.assignee == id));
        if (filter.assignee == id)
            on.append(w("inbox_summary_assignee", {{QStringLiteral("name"), officerLabel(o)}}));
        officerList.push_back(option(id, officerLabel(o), false));
    }
    if (filter.assignee == u"me")
        on.append(w("inbox_summary_assignee", {{QStringLiteral("name"), w("inbox_assignee_me")}}));
    else if (filter.assignee == u"nobody")
        on.append(w("inbox_assignee_nobody"));
    officerList.push_back(option(QStringLiteral("nobody"), w("inbox_assignee_nobody"), false));
    d.set("assignees", assignees);
    d.set("officers", officerList);

    Data bys{Data::type::list};
    bys.push_back(option({}, w("inbox_by_any"), filter.by.isEmpty()));
    for (const QString &b : RecordFilter::enteredBy())
        bys.push_back(option(b, StaffPages::word(lang, QStringLiteral("inbox_by_") + b), filter.by == b));
    if (!filter.by.isEmpty())
        on.append(StaffPages::word(lang, QStringLiteral("inbox_by_") + filter.by));
    if (!filter.project.isEmpty())
        on.append(w("inbox_project") + QStringLiteral(" ") + filter.project);
    if (filter.from.isValid())
        on.append(w("inbox_summary_from", {{QStringLiteral("date"), Formatting::date(filter.from, lang)}}));
    if (filter.to.isValid())
        on.append(w("inbox_summary_to", {{QStringLiteral("date"), Formatting::date(filter.to, lang)}}));
    d.set("bys", bys);

    Data sorts{Data::type::list};
    for (RecordFilter::Sort s : {RecordFilter::Sort::Newest, RecordFilter::Sort::Oldest, RecordFilter::Sort::Waiting})
        sorts.push_back(option(RecordFilter::sortKey(s),
                               StaffPages::word(lang, QStringLiteral("inbox_sort_") + RecordFilter::sortKey(s)),
                               filter.sort == s));
    d.set("sorts", sorts);
    if (filter.sort != RecordFilter::Sort::Newest)
        on.append(StaffPages::word(lang, QStringLiteral("inbox_sort_") + RecordFilter::sortKey(filter.sort)));
    if (!filter.search.trimmed().isEmpty())
        on.append(w("inbox_summary_search", {{QStringLiteral("text"), filter.search.trimmed()}}));
    d.set("filterSummary", text(on.isEmpty() ? w("inbox_summary_none") : on.join(QStringLiteral(" · "))));
    // A filter the page could not use is shown open, beside its message.
    d.set("filtersOpen", !problem.isEmpty());

    // The filter travels with the bulk form and the search's pages, so both come back to it.
    Data keep{Data::type::list};
    const QUrlQuery q = filter.toQuery(false);
    for (const auto &[name, value] : q.queryItems(QUrl::FullyDecoded)) {
        Data k;
        k.set("name", text(name));
        k.set("value", text(value));
        keep.push_back(k);
    }
    d.set("keep", keep);

    const qint64 first = qint64(filter.page - 1) * RecordFilter::PageSize + 1;
    const qint64 last = first + page.rows.size() - 1;
    const QString count = Formatting::number(page.total, lang);
    d.set("countText", text(page.rows.isEmpty() || page.total <= RecordFilter::PageSize
                                    ? w("inbox_count", {{QStringLiteral("count"), count}})
                                    : w("inbox_count_range", {{QStringLiteral("first"), Formatting::number(first, lang)},
                                                              {QStringLiteral("last"), Formatting::number(last, lang)},
                                                              {QStringLiteral("count"), count}})));
    d.set("searchedPersonal", searchedPersonal);
    d.set("exportPersonal", exportPersonal);

    Data rows{Data::type::list};
    for (const InboxRow &r : page.rows) {
        Data row;
        row.set("code", text(r.receiptCode));
        row.set("href", text(QStringLiteral("/staff/records/") + r.receiptCode));
        row.set("pickLabel", text(w("inbox_pick_row", {{QStringLiteral("code"), r.receiptCode}})));
        const std::optional<RecordKind> kind = RecordKinds::fromKey(r.kind);
        row.set("kind", text(kind ? RecordKinds::name(*kind).in(lang) : r.kind));
        row.set("by", text(StaffPages::word(lang, QStringLiteral("inbox_by_word_")
                                                  + (RecordFilter::enteredBy().contains(r.enteredBy) ? r.enteredBy
                                                                                                     : QStringLiteral("resident")))));
        const LocalizedText wardName = wards.value(r.ward);
        row.set("ward", text(wardName.isEmpty() ? r.ward : wardName.in(lang)));
        row.set("workCode", text(r.project.isEmpty() ? w("inbox_none") : r.project));
        row.set("workNone", r.project.isEmpty());
        const RecordStatus::Info *status = RecordStatus::find(r.status);
        row.set("statusKey", text(status ? r.status : QStringLiteral("other")));
        row.set("statusIcon", text(status ? status->icon : QString()));
        row.set("statusWord", text(RecordStatus::word(r.status, lang)));
        row.set("received", text(StaffPages::dateTime(r.receivedAt, lang)));
        const QDateTime since = QDateTime::fromString(r.updatedAt, Qt::ISODateWithMs);
        const bool open = !RecordStatus::isClosed(r.status);
        row.set("waiting", text(open && since.isValid()
                                        ? w("inbox_days", {{QStringLiteral("days"),
                                                            Formatting::number(std::max<qint64>(0, since.secsTo(now) / 86400), lang)}})
                                        : w("inbox_none")));
        row.set("assignee", text(r.assigneeId > 0 ? r.assigneeName : w("inbox_nobody")));
        rows.push_back(row);
    }
    d.set("rows", rows);
    d.set("hasRows", !page.rows.isEmpty());

    const qint64 pages = std::max<qint64>(1, (page.total + RecordFilter::PageSize - 1) / RecordFilter::PageSize);
    if (pages > 1) {
        Data pager;
        pager.set("pageText", text(w("inbox_page", {{QStringLiteral("page"), Formatting::number(filter.page, lang)},
                                                    {QStringLiteral("pages"), Formatting::number(pages, lang)}})));
        const bool searching = !filter.search.trimmed().isEmpty();
        if (searching) {
            Data s;
            s.set("on", true);
            if (filter.page > 1)
                s.set("prevPage", text(QString::number(filter.page - 1)));
            if (filter.page < pages)
                s.set("nextPage", text(QString::number(filter.page + 1)));
            pager.set("searchPaging", s);
        } else {
            if (filter.page > 1)
                pager.set("prevHref", text(href(filter, filter.page - 1)));
            if (filter.page < pages)
                pager.set("nextHref", text(href(filter, filter.page + 1)));
        }
        d.set("paging", pager);  // not "pager": that names the phone pages' template
    }
    return d;
}
