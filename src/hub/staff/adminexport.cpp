// SPDX-License-Identifier: GPL-3.0-or-later
// /staff/export.csv (officers): the records a filter selects, as CSV, with the inbox's filter
// parameters (kind, ward, status, project, assignee, from, to, by). A ward officer's export is
// their ward's; another ward is a 404. Contact details only when ticked ("personal=1") and
// when the account may see them for every ward in the export; then audited.
#include "staff/adminpages.h"

#include "hubstore.h"
#include "records/recordstatus.h"
#include "staff/staffcontext.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"

#include <QDate>
#include <QHttpServer>
#include <QRegularExpression>

using Status = QHttpServerResponse::StatusCode;

namespace {

constexpr qint64 MaxRows = 100000;

/** The filter of the query, or the word key of what is wrong with it. */
std::optional<FilteredExport::Filter> readFilter(const StaffContext &ctx, QString *whatKey)
{
    static const QRegularExpression kindRe(QStringLiteral("^(pledge|report)(\\.[a-z]{1,20})?$"));
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,39}$"));
    FilteredExport::Filter f;
    f.kind = ctx.param(QStringLiteral("kind")).trimmed();
    if (!f.kind.isEmpty() && !kindRe.match(f.kind).hasMatch()) {
        *whatKey = QStringLiteral("export_bad_kind");
        return std::nullopt;
    }
    f.ward = ctx.param(QStringLiteral("ward")).trimmed().toUpper();
    if (!f.ward.isEmpty() && !codeRe.match(f.ward).hasMatch()) {
        *whatKey = QStringLiteral("export_bad_ward");
        return std::nullopt;
    }
    f.status = ctx.param(QStringLiteral("status")).trimmed();
    if (!f.status.isEmpty() && f.status != u"open" && f.status != u"closed" && !RecordStatus::find(f.status)) {
        *whatKey = QStringLiteral("export_bad_status");
        return std::nullopt;
    }
    f.project = ctx.param(QStringLiteral("project")).trimmed().toUpper();
    if (!f.project.isEmpty() && !codeRe.match(f.project).hasMatch()) {
        *whatKey = QStringLiteral("export_bad_filter_project");
        return std::nullopt;
    }
    const QString assignee = ctx.param(QStringLiteral("assignee")).trimmed();
    if (assignee == u"me") {
        f.assignee = ctx.account().id;
    } else if (assignee == u"nobody") {
        f.assignee = -1;
    } else if (!assignee.isEmpty()) {
        bool ok = false;
        f.assignee = assignee.toLongLong(&ok);
        if (!ok || f.assignee <= 0) {
            *whatKey = QStringLiteral("export_bad_filter_assignee");
            return std::nullopt;
        }
    }
    const std::optional<QString> from = AdminPages::dayStartUtc(ctx.param(QStringLiteral("from")).trimmed());
    const std::optional<QString> to = AdminPages::dayStartUtc(ctx.param(QStringLiteral("to")).trimmed(), 1);
    if (!from || !to) {
        *whatKey = QStringLiteral("export_bad_date");
        return std::nullopt;
    }
    f.from = *from;
    f.to = *to;
    f.enteredBy = ctx.param(QStringLiteral("by")).trimmed().left(100);
    return f;
}

QHttpServerResponse exportCsv(StaffSite &site, StaffContext &ctx)
{
    const StaffAccount &a = ctx.account();
    if (!a.isOfficer())
        return StaffPages::notFound(ctx);
    QString whatKey;
    std::optional<FilteredExport::Filter> f = readFilter(ctx, &whatKey);
    if (!f)
        return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"),
                                   StaffPages::word(ctx.lang, QStringLiteral("export_bad_filter"),
                                                    {{QStringLiteral("what"), StaffPages::word(ctx.lang, whatKey)}}));
    // A ward officer's export is their ward's, whatever the query says; another ward does not exist for them.
    if (!f->ward.isEmpty() && !a.canWorkWard(f->ward))
        return StaffPages::notFound(ctx);
    if (f->ward.isEmpty())
        f->ward = a.wardScope();
    const bool personal = ctx.param(QStringLiteral("personal")) == u"1";
    // Every ward in the export must be one whose residents this account may call.
    if (personal && !(f->ward.isEmpty() ? a.isCityOfficer() : a.canSeePersonal(f->ward)))
        return StaffPages::message(ctx, Status::Forbidden, QStringLiteral("forbidden_title"),
                                   StaffPages::word(ctx.lang, QStringLiteral("export_personal_refused")));
    const auto result = site.store().filteredExport().write(*f, personal, {a.id, a.login}, MaxRows);
    if (!result)
        return StaffPages::storageDown(ctx);
    if (result->tooMany)
        return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"),
                                   StaffPages::word(ctx.lang, QStringLiteral("export_too_many"),
                                                    {{QStringLiteral("max"), QString::number(MaxRows)}}));
    const QString name = QStringLiteral("records-%1%2.csv")
                                 .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")),
                                      f->ward.isEmpty() ? QString() : u'-' + f->ward);
    return AdminPages::csvDownload(result->csv, name);
}

}

void AdminPages::installExport(StaffSite &site, QHttpServer &http)
{
    site.page(http, QStringLiteral("/staff/export.csv"), [&site](StaffContext &ctx) { return exportCsv(site, ctx); });
}
