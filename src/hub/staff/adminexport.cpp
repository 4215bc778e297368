// SPDX-License-Identifier: GPL-3.0-or-later
// /staff/export.csv (officers): the records of the inbox's current filter, as CSV. GET reads
// the inbox's filter parameters (RecordFilter::fromQuery: kind, ward, status, project,
// assignee, from, to, by, sort); a POST (the inbox's "Export CSV" form, CSRF-checked) sends the
// same fields and the search text, so a name never lands in a URL or a log. The records are
// the inbox's for that filter and account (RecordFilter::where), in its order, every page.
// A ward officer's export is their ward's; another ward is a 404. Contact details only when
// ticked ("personal=1") and allowed for every ward the export reaches; then audited.
#include "staff/adminpages.h"

#include "hubstore.h"
#include "staff/staffcontext.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "store/recordfilter.h"

#include <QDate>
#include <QDateTime>
#include <QHttpServer>
#include <QUrl>

using Status = QHttpServerResponse::StatusCode;

namespace {

constexpr qint64 MaxRows = 100000;

/** A posted form's fields as a query, for RecordFilter::fromQuery (which reads only its own). */
QUrlQuery formQuery(const StaffHttp::Form &form)
{
    QUrlQuery q;
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        if (!it.value().isEmpty())
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(it.key())),
                           QString::fromLatin1(QUrl::toPercentEncoding(it.value().constFirst())));
    }
    return q;
}

/** What is wrong with the parameters fromQuery left out, in the page's language; never a value. */
QString rejectedText(const QString &lang, const QStringList &rejected)
{
    const QString kinds = RecordFilter::kinds().join(QStringLiteral(", "));
    QStringList what;
    for (const QString &name : rejected) {
        const QString key = QStringLiteral("export_bad_") + (name == u"from" || name == u"to" ? QStringLiteral("date") : name);
        const QString w = StaffPages::word(lang, key, {{QStringLiteral("kinds"), kinds}});
        if (!what.contains(w))
            what.append(w);
    }
    return StaffPages::word(lang, QStringLiteral("export_bad_filter"),
                            {{QStringLiteral("what"), what.join(QStringLiteral("; "))}});
}

QHttpServerResponse badRequest(const StaffContext &ctx, const QString &text)
{
    return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"), text);
}

QHttpServerResponse exportCsv(StaffSite &site, StaffContext &ctx)
{
    const StaffAccount &a = ctx.account();
    if (!a.isOfficer())
        return StaffPages::notFound(ctx);
    const bool posted = ctx.isPost();
    // A search only ever comes in a form's body: one in the address would already be in a log,
    // and exporting everything instead would be a surprise.
    if (!posted && (ctx.query.hasQueryItem(QStringLiteral("search")) || ctx.query.hasQueryItem(QStringLiteral("q"))))
        return badRequest(ctx, StaffPages::word(ctx.lang, QStringLiteral("export_search_by_post")));
    QStringList rejected;
    RecordFilter filter = RecordFilter::fromQuery(posted ? formQuery(ctx.form) : ctx.query, &rejected);
    if (!rejected.isEmpty())
        return badRequest(ctx, rejectedText(ctx.lang, rejected));
    // A ward officer's export is their ward's, whatever the query says; another ward does not exist for them.
    if (filter.outsideScope(a))
        return StaffPages::notFound(ctx);
    if (posted) {
        const QString typed = ctx.field(QStringLiteral("search")).trimmed();
        if (typed.size() > RecordFilter::MaxSearchLength)
            return badRequest(ctx, StaffPages::word(ctx.lang, QStringLiteral("export_bad_search"),
                                                    {{QStringLiteral("max"), QString::number(RecordFilter::MaxSearchLength)}}));
        filter.search = typed;
    }
    const bool personal = (posted ? ctx.field(QStringLiteral("personal")) : ctx.param(QStringLiteral("personal"))) == u"1";
    // Every ward in the export must be one whose residents this account may call.
    if (personal && !FilteredExport::mayIncludePersonal(a, filter))
        return StaffPages::message(ctx, Status::Forbidden, QStringLiteral("forbidden_title"),
                                   StaffPages::word(ctx.lang, QStringLiteral("export_personal_refused")));
    const auto result = site.store().filteredExport().write(a, filter, personal, MaxRows);
    if (!result)
        return StaffPages::storageDown(ctx);
    if (result->tooMany)
        return badRequest(ctx, StaffPages::word(ctx.lang, QStringLiteral("export_too_many"),
                                                {{QStringLiteral("max"), QString::number(MaxRows)}}));
    const QString ward = filter.ward.isEmpty() ? a.wardScope() : filter.ward;
    // Named by the day in Vietnam, as officers count days.
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    const QString name = QStringLiteral("records-%1%2.csv")
                                 .arg(today.toString(QStringLiteral("yyyyMMdd")),
                                      ward.isEmpty() ? QString() : u'-' + ward);
    return AdminPages::csvDownload(result->csv, name);
}

}

void AdminPages::installExport(StaffSite &site, QHttpServer &http)
{
    const StaffSite::Handler handler = [&site](StaffContext &ctx) { return exportCsv(site, ctx); };
    site.page(http, QStringLiteral("/staff/export.csv"), handler, handler);
}
