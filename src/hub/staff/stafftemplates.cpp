// SPDX-License-Identifier: GPL-3.0-or-later
// /staff/templates: the city admins edit the public reply offered for each status, in both
// languages. Every change is audited (template.edit).
#include "staff/staffrecord.h"

#include "hubstore.h"
#include "records/recordstatus.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "store/replytemplates.h"
#include "text/textfold.h"

#include <QHttpServer>

using HtmlTemplates::Data;
using HtmlTemplates::text;
using Status = QHttpServerResponse::StatusCode;

namespace StaffRecord {

namespace {

QString fieldName(const ReplyTemplate &t)
{
    return t.status + u'_' + t.lang;
}

QHttpServerResponse templatesPage(StaffContext &ctx, const QList<ReplyTemplate> &templates, const QString &notice,
                                  const QString &error, Status status = Status::Ok)
{
    Data rows{Data::type::list};
    for (qsizetype i = 0; i + 1 < templates.size(); i += 2) {
        const ReplyTemplate &vi = templates.at(i);
        const ReplyTemplate &en = templates.at(i + 1);
        Data row;
        row.set("word", text(RecordStatus::word(vi.status, ctx.lang)));
        row.set("viField", text(fieldName(vi)));
        row.set("vi", text(vi.body));
        row.set("enField", text(fieldName(en)));
        row.set("en", text(en.body));
        rows.push_back(row);
    }
    Data d;
    d.set("rows", rows);
    if (!notice.isEmpty())
        d.set("notice", text(notice));
    if (!error.isEmpty())
        d.set("error", text(error));
    return StaffPages::page(ctx, QStringLiteral("staff-templates"), StaffPages::word(ctx.lang, QStringLiteral("tpl_title")),
                            QStringLiteral("templates"), d, status);
}

}

void installTemplates(StaffSite &site, QHttpServer &http)
{
    HubStore &store = site.store();
    site.page(
            http, QStringLiteral("/staff/templates"),
            [&store](StaffContext &ctx) {
                if (!ctx.account().isAdmin())
                    return StaffPages::notFound(ctx);
                const auto templates = store.replyTemplates().all();
                if (!templates)
                    return StaffPages::storageDown(ctx);
                const QString saved = ctx.param(QStringLiteral("saved"));
                QString notice;
                if (saved == u"0")
                    notice = StaffPages::word(ctx.lang, QStringLiteral("tpl_unchanged"));
                else if (!saved.isEmpty() && saved.toInt() > 0)
                    notice = StaffPages::word(ctx.lang, QStringLiteral("tpl_saved"),
                                              {{QStringLiteral("count"), QString::number(saved.toInt())}});
                return templatesPage(ctx, *templates, notice, {});
            },
            [&store](StaffContext &ctx) {
                if (!ctx.account().isAdmin())
                    return StaffPages::notFound(ctx);
                const auto templates = store.replyTemplates().all();
                if (!templates)
                    return StaffPages::storageDown(ctx);
                // Every text is checked before any is stored: all or nothing.
                QList<ReplyTemplate> changed;
                QList<ReplyTemplate> shown = *templates;
                bool tooLong = false;
                for (ReplyTemplate &t : shown) {
                    if (!ctx.form.contains(fieldName(t)))
                        continue;
                    const QString typed = ctx.field(fieldName(t));
                    const QString body = TextFold::clean(typed, true);
                    if (body.size() > ReplyTemplates::MaxBodyLength)
                        tooLong = true;
                    if (body != t.body) {
                        t.body = typed;
                        changed.append({t.status, t.lang, body, {}});
                    }
                }
                if (tooLong)
                    return templatesPage(ctx, shown, {},
                                         StaffPages::word(ctx.lang, QStringLiteral("tpl_too_long"),
                                                          {{QStringLiteral("max"), QString::number(ReplyTemplates::MaxBodyLength)}}),
                                         Status::BadRequest);
                for (const ReplyTemplate &t : std::as_const(changed))
                    if (store.replyTemplates().set({ctx.account().id, ctx.account().login}, t.status, t.lang, t.body)
                        != HubChangeOutcome::Done)
                        return StaffPages::storageDown(ctx);
                return StaffHttp::redirect(QStringLiteral("/staff/templates?saved=%1").arg(changed.size()));
            });
}

}
