// SPDX-License-Identifier: GPL-3.0-or-later
// What officers do on the record page, each a POST (CSRF-checked by StaffSite) that is
// audited by its store piece and answered with a redirect back to the page and a notice, or
// with the page again, the officer's input kept, and a message in their language (4xx).
#include "staff/staffrecord.h"

#include "hubstore.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "store/statuschanges.h"
#include "store/wastepublication.h"
#include "text/textfold.h"

#include <QHttpServer>

using Status = QHttpServerResponse::StatusCode;
using Problem = CaseChange::Problem;

namespace StaffRecord {

namespace {

AuditActor actorOf(const StaffContext &ctx)
{
    return {ctx.account().id, ctx.account().login};
}

QHttpServerResponse done(const CaseFile &file, const char *what)
{
    return StaffHttp::redirect(QStringLiteral("/staff/records/%1?done=%2").arg(file.view.receiptCode, QLatin1String(what)));
}

/** The page again with the refusal; 404 and 503 keep their own pages. */
QHttpServerResponse refused(StaffContext &ctx, HubStore &store, const CaseFile &file, PageState state, Problem problem,
                            int maxLength = 0)
{
    if (problem == Problem::NotFound)
        return StaffPages::notFound(ctx);
    if (problem == Problem::Storage)
        return StaffPages::storageDown(ctx);
    state.error = problemText(ctx.lang, problem, maxLength);
    state.code = Status::BadRequest;
    state.replyFromTemplate = false;
    return render(ctx, store, file, state);
}

using Action = std::function<QHttpServerResponse(StaffContext &, HubStore &, const CaseFile &)>;

/** A POST route on a record the officer may work on. */
void action(StaffSite &site, QHttpServer &http, const QString &what, Action act)
{
    HubStore &store = site.store();
    site.page(http, QStringLiteral("/staff/records/<arg>/") + what, StaffSite::ArgHandler(),
              [&store, act](StaffContext &ctx, const QString &code) {
                  QHttpServerResponse refusal(Status::NotFound);
                  const std::optional<CaseFile> file = load(ctx, store, code, &refusal);
                  if (!file)
                      return refusal;
                  return act(ctx, store, *file);
              });
}

QHttpServerResponse changeStatus(StaffContext &ctx, HubStore &store, const CaseFile &file)
{
    PageState state;
    state.status = ctx.field(QStringLiteral("status"));
    state.reply = ctx.field(QStringLiteral("reply"));
    state.note = ctx.field(QStringLiteral("note"));
    if (!offeredStatuses(file.view.kind, ctx.account()).contains(state.status)) {
        state.status.clear();
        return refused(ctx, store, file, state, Problem::BadStatus);
    }
    if (TextFold::clean(state.reply, true).size() > StatusChanges::MaxStatusNoteLength
        || TextFold::clean(state.note, true).size() > StatusChanges::MaxStatusNoteLength)
        return refused(ctx, store, file, state, Problem::TooLong, StatusChanges::MaxStatusNoteLength);
    switch (store.statusChanges().change(actorOf(ctx), file.view.receiptCode, state.status, state.reply, state.note,
                                         ctx.account().wardScope()).outcome) {
    case HubChangeOutcome::Done:
        return done(file, "status");
    case HubChangeOutcome::Unchanged:
        return refused(ctx, store, file, state, Problem::BadStatus);
    case HubChangeOutcome::NotFound:
        return refused(ctx, store, file, state, Problem::NotFound);
    case HubChangeOutcome::StorageError:
        break;
    }
    return refused(ctx, store, file, state, Problem::Storage);
}

QHttpServerResponse markDuplicate(StaffContext &ctx, HubStore &store, const CaseFile &file)
{
    PageState state;
    state.original = ctx.field(QStringLiteral("original")).left(100);
    const QString reply = ctx.field(QStringLiteral("reply"));
    if (TextFold::clean(reply, true).size() > StatusChanges::MaxStatusNoteLength)
        return refused(ctx, store, file, state, Problem::TooLong, StatusChanges::MaxStatusNoteLength);
    const CaseChange c = store.corrections().markDuplicate(actorOf(ctx), file.view.receiptCode, state.original, reply,
                                                           {}, ctx.account().wardScope());
    return c.ok() ? done(file, "duplicate")
                  : refused(ctx, store, file, state, c.problem, StatusChanges::MaxStatusNoteLength);
}

QHttpServerResponse correct(StaffContext &ctx, HubStore &store, const CaseFile &file)
{
    const QString field = ctx.field(QStringLiteral("field"));
    const CaseChange c = store.corrections().correct(actorOf(ctx), file.view.receiptCode, field,
                                                     ctx.field(QStringLiteral("value")));
    const int max = field == u"description" ? 5000 : field == u"phone" ? 20 : field == u"fullName" || field == u"residentialGroup" || field == u"otherSkill" ? 100 : field == u"plotNo" || field == u"mapSheetNo" ? 20 : 300;
    return c.ok() ? done(file, "correct") : refused(ctx, store, file, {}, c.problem, max);
}

QHttpServerResponse publish(StaffContext &ctx, HubStore &store, const CaseFile &file)
{
    // A second pair of eyes: only a city officer puts a report before the public.
    if (!ctx.account().canVerify())
        return StaffPages::forbidden(ctx);
    PageState state;
    state.summary = ctx.field(QStringLiteral("summary"));
    const CaseChange c = store.wastePublication().publish(actorOf(ctx), file.view.receiptCode, state.summary,
                                                          ctx.field(QStringLiteral("photo")) == u"1");
    return c.ok() ? done(file, "publish") : refused(ctx, store, file, state, c.problem, WastePublication::MaxSummaryLength);
}

QHttpServerResponse unpublish(StaffContext &ctx, HubStore &store, const CaseFile &file)
{
    if (!ctx.account().canVerify())
        return StaffPages::forbidden(ctx);
    const CaseChange c = store.wastePublication().unpublish(actorOf(ctx), file.view.receiptCode);
    return c.ok() ? done(file, "unpublish") : refused(ctx, store, file, {}, c.problem);
}

QHttpServerResponse erase(StaffContext &ctx, HubStore &store, const CaseFile &file, bool withdrawn)
{
    if (!ctx.account().canSeePersonal(file.view.ward))
        return StaffPages::forbidden(ctx);
    // Erasure cannot be undone: the officer confirms they checked the receipt code.
    if (ctx.field(QStringLiteral("confirm")) != u"1") {
        PageState state;
        state.error = StaffPages::word(ctx.lang, QStringLiteral("record_err_confirm"));
        state.code = Status::BadRequest;
        return render(ctx, store, file, state);
    }
    const CaseChange c = withdrawn ? store.residentRights().withdrawConsent(actorOf(ctx), file.view.receiptCode)
                                   : store.residentRights().erase(actorOf(ctx), file.view.receiptCode);
    return c.ok() ? done(file, withdrawn ? "withdraw" : "erase") : refused(ctx, store, file, {}, c.problem);
}

}

void installActions(StaffSite &site, QHttpServer &http)
{
    action(site, http, QStringLiteral("status"), changeStatus);
    action(site, http, QStringLiteral("duplicate"), markDuplicate);
    action(site, http, QStringLiteral("correct"), correct);
    action(site, http, QStringLiteral("publish"), publish);
    action(site, http, QStringLiteral("unpublish"), unpublish);
    action(site, http, QStringLiteral("erase"),
           [](StaffContext &ctx, HubStore &store, const CaseFile &file) { return erase(ctx, store, file, false); });
    action(site, http, QStringLiteral("withdraw"),
           [](StaffContext &ctx, HubStore &store, const CaseFile &file) { return erase(ctx, store, file, true); });
}

}
