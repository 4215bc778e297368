// SPDX-License-Identifier: GPL-3.0-or-later
// /staff/dashboard: per ward and status counts, the median days to a first reply, open waste
// reports older than 14 days, officer roles given lately, and the CSV export's form. A ward
// officer sees their ward only; an admin who is no officer sees the role grants only.
#include "staff/adminpages.h"

#include "hubstore.h"
#include "records/recordstatus.h"
#include "staff/staffcontext.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "store/storeformats.h"
#include "text/formatting.h"

#include <QDateTime>
#include <QHttpServer>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <cmath>

using HtmlTemplates::Data;
using HtmlTemplates::text;

namespace {

QString wardName(StaffSite &site, const QString &ward, const QString &lang)
{
    const QString name = site.store().content().names(ward, {}).ward.in(lang);
    return name.isEmpty() ? ward : name;
}

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

/** A ward × status table of one kind ("pledge" or "report"): the statuses that occur, in the
    order records go through them, and a total per ward and for all. */
Data statusTable(StaffSite &site, const StaffContext &ctx, const QList<DashboardFigures::Count> &counts,
                 const QString &kind, const QStringList &wards)
{
    QMap<QString, QHash<QString, qint64>> byWard;
    QSet<QString> present;
    for (const auto &c : counts) {
        if (c.kind != kind)
            continue;
        byWard[c.ward][c.status] += c.count;
        present.insert(c.status);
    }
    QStringList statuses;
    for (const RecordStatus::Info &s : RecordStatus::all()) {
        if (present.contains(s.key))
            statuses.append(s.key);
    }
    // A status the vocabulary does not know (an older hub's) still counts, at the end.
    for (const QString &s : std::as_const(present)) {
        if (!statuses.contains(s))
            statuses.append(s);
    }
    Data head{Data::type::list};
    for (const QString &s : std::as_const(statuses)) {
        Data h;
        h.set("label", text(RecordStatus::word(s, ctx.lang)));
        h.set("key", text(RecordStatus::find(s) ? s : QStringLiteral("other")));
        head.push_back(h);
    }
    Data rows{Data::type::list};
    QHash<QString, qint64> totals;
    qint64 grand = 0;
    for (const QString &w : wards) {
        const QHash<QString, qint64> row = byWard.value(w);
        Data r;
        r.set("ward", text(wardName(site, w, ctx.lang)));
        r.set("code", text(w));
        Data cells{Data::type::list};
        qint64 sum = 0;
        for (const QString &s : std::as_const(statuses)) {
            const qint64 n = row.value(s);
            sum += n;
            totals[s] += n;
            Data c;
            c.set("label", text(RecordStatus::word(s, ctx.lang)));
            c.set("n", text(Formatting::number(n, ctx.lang)));
            c.set("href", text(QStringLiteral("/staff/inbox?kind=%1&ward=%2&status=%3").arg(kind, enc(w), enc(s))));
            c.set("zero", n == 0);
            cells.push_back(c);
        }
        grand += sum;
        r.set("cells", cells);
        r.set("total", text(Formatting::number(sum, ctx.lang)));
        rows.push_back(r);
    }
    Data t;
    t.set("head", head);
    t.set("rows", rows);
    t.set("empty", statuses.isEmpty());
    if (wards.size() > 1) {
        Data cells{Data::type::list};
        for (const QString &s : std::as_const(statuses)) {
            Data c;
            c.set("label", text(RecordStatus::word(s, ctx.lang)));
            c.set("n", text(Formatting::number(totals.value(s), ctx.lang)));
            cells.push_back(c);
        }
        Data all;
        all.set("cells", cells);
        all.set("total", text(Formatting::number(grand, ctx.lang)));
        t.set("all", all);
    }
    return t;
}

QString days(double d, qint64 n, const QString &lang)
{
    return n == 0 ? QStringLiteral("—") : Formatting::decimal(std::round(d * 10) / 10, lang);
}

QHttpServerResponse dashboard(StaffSite &site, StaffContext &ctx)
{
    const StaffAccount &a = ctx.account();
    if (!a.isOfficer() && !a.isAdmin())
        return StaffPages::notFound(ctx);
    Data d;
    const QString title = StaffPages::word(ctx.lang, QStringLiteral("dash_title"));
    // Officer roles open residents' names: city officers and admins watch who got one.
    if (a.isCityOfficer() || a.isAdmin()) {
        const auto g = AdminPages::recentGrants(site, ctx.lang);
        if (!g)
            return StaffPages::storageDown(ctx);
        d.set("showGrants", true);
        d.set("grants", *g);
        d.set("noGrants", g->is_empty_list());
    }
    if (!a.isOfficer()) {
        d.set("adminOnly", true);
        return StaffPages::page(ctx, QStringLiteral("staff-dashboard"), title, QStringLiteral("dashboard"), d);
    }
    const QString scope = a.wardScope();
    const auto figures = site.store().dashboard().read(scope, StoreFormats::nowUtc());
    if (!figures)
        return StaffPages::storageDown(ctx);
    d.set("officer", true);
    d.set("scope", text(scope.isEmpty() ? StaffPages::word(ctx.lang, QStringLiteral("dash_scope_all"))
                                        : StaffPages::word(ctx.lang, QStringLiteral("dash_scope_ward"),
                                                           {{QStringLiteral("ward"), wardName(site, scope, ctx.lang)}})));
    QStringList wards;
    for (const auto &c : figures->counts) {
        if (!wards.contains(c.ward))
            wards.append(c.ward);
    }
    d.set("pledges", statusTable(site, ctx, figures->counts, QStringLiteral("pledge"), wards));
    d.set("reports", statusTable(site, ctx, figures->counts, QStringLiteral("report"), wards));

    // Replies and overdue reports, one row per ward.
    QHash<QString, DashboardFigures::FirstReply> replies;
    DashboardFigures::FirstReply whole;
    for (const auto &r : figures->firstReply) {
        if (r.ward.isEmpty())
            whole = r;
        else
            replies.insert(r.ward, r);
    }
    QHash<QString, qint64> overdue;
    qint64 overdueAll = 0;
    for (const auto &o : figures->overdue) {
        overdue.insert(o.ward, o.count);
        overdueAll += o.count;
    }
    // The inbox lists what is still open, oldest first, up to the last day that is overdue.
    const QDate lastDay = QDateTime::fromString(figures->overdueBefore, Qt::ISODateWithMs).toOffsetFromUtc(7 * 3600).date().addDays(-1);
    auto overdueHref = [&lastDay](const QString &ward) {
        return QStringLiteral("/staff/inbox?kind=report&status=open&to=%1&sort=oldest%2")
                .arg(lastDay.toString(Qt::ISODate), ward.isEmpty() ? QString() : QStringLiteral("&ward=") + enc(ward));
    };
    Data rows{Data::type::list};
    for (const QString &w : std::as_const(wards)) {
        const DashboardFigures::FirstReply r = replies.value(w);
        Data row;
        row.set("ward", text(wardName(site, w, ctx.lang)));
        row.set("code", text(w));
        row.set("median", text(days(r.medianDays, r.answered, ctx.lang)));
        row.set("answered", text(Formatting::number(r.answered, ctx.lang)));
        const qint64 late = overdue.value(w);
        row.set("overdue", text(Formatting::number(late, ctx.lang)));
        row.set("late", late > 0);
        row.set("overdueHref", text(overdueHref(w)));
        rows.push_back(row);
    }
    d.set("replyRows", rows);
    d.set("noRecords", wards.isEmpty());
    Data sum;
    sum.set("median", text(days(whole.medianDays, whole.answered, ctx.lang)));
    sum.set("answered", text(Formatting::number(whole.answered, ctx.lang)));
    sum.set("overdue", text(Formatting::number(overdueAll, ctx.lang)));
    sum.set("late", overdueAll > 0);
    sum.set("overdueHref", text(overdueHref(scope)));
    d.set("sum", sum);
    d.set("overdueDays", text(QString::number(DashboardFigures::OverdueDays)));

    // The export's form: the filters the inbox uses, and contact details only for those who may see them.
    Data exportForm;
    exportForm.set("ward", text(scope));
    exportForm.set("wardFixed", !scope.isEmpty());
    Data statusOptions{Data::type::list};
    for (const QString &key : RecordStatus::cityKeys()) {
        Data o;
        o.set("key", text(key));
        o.set("label", text(RecordStatus::word(key, ctx.lang)));
        statusOptions.push_back(o);
    }
    exportForm.set("statuses", statusOptions);
    d.set("export", exportForm);
    return StaffPages::page(ctx, QStringLiteral("staff-dashboard"), title, QStringLiteral("dashboard"), d);
}

}

void AdminPages::installDashboard(StaffSite &site, QHttpServer &http)
{
    site.page(http, QStringLiteral("/staff/dashboard"), [&site](StaffContext &ctx) { return dashboard(site, ctx); });
}
