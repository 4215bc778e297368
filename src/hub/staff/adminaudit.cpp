// SPDX-License-Identifier: GPL-3.0-or-later
// /staff/audit and /staff/audit.csv (admins): the audit log, filtered, paged, exported.
#include "staff/adminpages.h"

#include "hubstore.h"
#include "records/recordstatus.h"
#include "staff/staffcontext.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "text/csv.h"
#include "text/formatting.h"

#include <QHttpServer>
#include <algorithm>
#include <QUrl>

using Status = QHttpServerResponse::StatusCode;
using HtmlTemplates::Data;
using HtmlTemplates::text;

namespace {

constexpr int MaxFieldLength = 200;
constexpr int MaxCsvRows = 100000;

struct AuditQuery
{
    AuditLog::Filter filter;
    // What the officer typed, shown back in the form.
    QString from, to, actor, target, action;
    int page = 1;
    QString error;  // a word key; empty when the filter is good
};

AuditQuery readQuery(const StaffContext &ctx)
{
    AuditQuery q;
    q.from = ctx.param(QStringLiteral("from")).trimmed().left(MaxFieldLength);
    q.to = ctx.param(QStringLiteral("to")).trimmed().left(MaxFieldLength);
    q.actor = ctx.param(QStringLiteral("actor")).trimmed().left(MaxFieldLength);
    q.target = ctx.param(QStringLiteral("target")).trimmed().left(MaxFieldLength);
    q.action = ctx.param(QStringLiteral("action")).trimmed().left(MaxFieldLength);
    bool ok = true;
    const QString pageText = ctx.param(QStringLiteral("page"));
    q.page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    if (!ok || q.page < 1 || q.page > 1000000) {
        q.page = 1;
        q.error = QStringLiteral("audit_bad_page");
    }
    const std::optional<QString> from = AdminPages::dayStartUtc(q.from);
    const std::optional<QString> to = AdminPages::dayStartUtc(q.to, 1);
    if (!from || !to)
        q.error = QStringLiteral("audit_bad_date");
    q.filter.from = from.value_or(QString());
    q.filter.to = to.value_or(QString());
    q.filter.actor = q.actor;
    q.filter.target = q.target;
    q.filter.action = q.action;
    return q;
}

/** A word of the audit log's vocabulary, or empty when it has none (an action added later). */
QString known(const QString &lang, const QString &key)
{
    static const QStringList keys = StaffPages::keys(QStringLiteral("vi"));
    return std::binary_search(keys.begin(), keys.end(), key) ? StaffPages::word(lang, key) : QString();
}

QString queryString(const AuditQuery &q, int page)
{
    QStringList items;
    for (const auto &[k, v] : {std::pair{"from", q.from}, {"to", q.to}, {"actor", q.actor}, {"target", q.target},
                               {"action", q.action}}) {
        if (!v.isEmpty())
            items.append(QString::fromLatin1(k) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(v)));
    }
    if (page > 1)
        items.append(QStringLiteral("page=%1").arg(page));
    return items.isEmpty() ? QString() : u'?' + items.join(u'&');
}

QHttpServerResponse auditPage(StaffSite &site, StaffContext &ctx)
{
    if (!ctx.account().isAdmin())
        return StaffPages::notFound(ctx);
    AuditQuery q = readQuery(ctx);
    Data d;
    d.set("from", text(q.from));
    d.set("to", text(q.to));
    d.set("actor", text(q.actor));
    d.set("target", text(q.target));
    d.set("action", text(q.action));
    if (!q.error.isEmpty()) {
        d.set("error", text(StaffPages::word(ctx.lang, q.error)));
        d.set("rows", Data(Data::type::list));
        return StaffPages::page(ctx, QStringLiteral("staff-audit"), StaffPages::word(ctx.lang, QStringLiteral("audit_title")),
                                QStringLiteral("audit"), d, Status::BadRequest);
    }
    const std::optional<qint64> total = site.store().audit().count(q.filter);
    q.filter.limit = AdminPages::PageSize;
    q.filter.offset = (q.page - 1) * AdminPages::PageSize;
    const auto entries = site.store().audit().list(q.filter);
    if (!total || !entries)
        return StaffPages::storageDown(ctx);
    Data rows{Data::type::list};
    for (const AuditEntry &e : *entries) {
        Data r;
        r.set("at", text(StaffPages::dateTime(e.at, ctx.lang)));
        r.set("actor", text(e.actor));
        r.set("action", text(e.action));
        // What was done in words, beside its code (the filter takes the code).
        const QString doneWord = known(ctx.lang, QStringLiteral("audit_do_") + QString(e.action).replace(u'.', u'_').replace(u'-', u'_'));
        if (!doneWord.isEmpty())
            r.set("actionWord", text(doneWord));
        r.set("target", text(e.target));
        QStringList fields;
        for (const QString &f : e.fields) {
            const QString w = known(ctx.lang, QStringLiteral("audit_field_") + f);
            fields.append(w.isEmpty() ? f : w);
        }
        r.set("fields", text(fields.join(QStringLiteral(", "))));
        // Roles and statuses in words; other details (counts, codes) as written.
        QString detail = e.detail;
        if (e.action.startsWith(QStringLiteral("account.")))
            detail = AdminPages::rolesInWords(site, e.detail, ctx.lang);
        else if (e.action == u"record.status" && RecordStatus::find(e.detail))
            detail = RecordStatus::word(e.detail, ctx.lang);
        r.set("detail", text(detail));
        rows.push_back(r);
    }
    d.set("rows", rows);
    d.set("empty", entries->isEmpty());
    const qint64 pages = std::max<qint64>(1, (*total + AdminPages::PageSize - 1) / AdminPages::PageSize);
    d.set("count", text(StaffPages::word(ctx.lang, QStringLiteral("audit_count"),
                                         {{QStringLiteral("count"), Formatting::number(*total, ctx.lang)},
                                          {QStringLiteral("page"), Formatting::number(q.page, ctx.lang)},
                                          {QStringLiteral("pages"), Formatting::number(pages, ctx.lang)}})));
    if (q.page > 1)
        d.set("prevHref", text(QStringLiteral("/staff/audit") + queryString(q, q.page - 1)));
    if (q.page < pages)
        d.set("nextHref", text(QStringLiteral("/staff/audit") + queryString(q, q.page + 1)));
    d.set("csvHref", text(QStringLiteral("/staff/audit.csv") + queryString(q, 1)));
    return StaffPages::page(ctx, QStringLiteral("staff-audit"), StaffPages::word(ctx.lang, QStringLiteral("audit_title")),
                            QStringLiteral("audit"), d);
}

QHttpServerResponse auditCsv(StaffSite &site, StaffContext &ctx)
{
    if (!ctx.account().isAdmin())
        return StaffPages::notFound(ctx);
    AuditQuery q = readQuery(ctx);
    if (!q.error.isEmpty())
        return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"), StaffPages::word(ctx.lang, q.error));
    q.filter.limit = MaxCsvRows;
    const auto entries = site.store().audit().list(q.filter);
    if (!entries)
        return StaffPages::storageDown(ctx);
    QByteArray out("\xEF\xBB\xBF");
    out += "seq,at,account_id,actor,action,target,fields,detail\r\n";
    for (const AuditEntry &e : *entries) {
        const QStringList cells{QString::number(e.seq), Csv::field(e.at),
                                e.accountId > 0 ? QString::number(e.accountId) : QString(), Csv::field(e.actor),
                                Csv::field(e.action), Csv::field(e.target), Csv::field(e.fields.join(u' ')),
                                Csv::field(e.detail)};
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    // Reading the log is not a change, but taking a copy of it away is worth a line.
    site.store().audit().append({ctx.account().id, ctx.account().login}, QStringLiteral("audit.export"), {}, {},
                                QStringLiteral("rows=%1").arg(entries->size()));
    return AdminPages::csvDownload(out, QStringLiteral("audit-log.csv"));
}

}

void AdminPages::installAudit(StaffSite &site, QHttpServer &http)
{
    site.page(http, QStringLiteral("/staff/audit.csv"), [&site](StaffContext &ctx) { return auditCsv(site, ctx); });
    site.page(http, QStringLiteral("/staff/audit"), [&site](StaffContext &ctx) { return auditPage(site, ctx); });
}
