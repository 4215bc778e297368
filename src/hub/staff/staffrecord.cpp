// SPDX-License-Identifier: GPL-3.0-or-later
// The record page's routes that only read: the page, its photo, the contact details.
#include "staff/staffrecord.h"

#include "hublogging.h"
#include "hubstore.h"
#include "records/recordstatus.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"

#include <QHttpServer>

using Status = QHttpServerResponse::StatusCode;
using Problem = CaseChange::Problem;

namespace StaffRecord {

namespace {

// The notices a redirect may ask for (?done=…); anything else is ignored.
const char *const doneKeys[] = {"status", "duplicate", "correct", "publish", "unpublish", "erase", "withdraw"};

}

std::optional<CaseFile> load(StaffContext &ctx, HubStore &store, const QString &code, QHttpServerResponse *refusal)
{
    CaseFile file;
    switch (store.caseFile().read(code, &file)) {
    case HubChangeOutcome::Done:
        break;
    case HubChangeOutcome::StorageError:
        *refusal = StaffPages::storageDown(ctx);
        return std::nullopt;
    default:
        *refusal = StaffPages::notFound(ctx);
        return std::nullopt;
    }
    // Another ward's record does not exist for a ward officer, nor for an admin as admin.
    if (!ctx.account().canWorkWard(file.view.ward)) {
        *refusal = StaffPages::notFound(ctx);
        return std::nullopt;
    }
    return file;
}

QString problemText(const QString &lang, Problem problem, int maxLength)
{
    auto w = [&lang](const char *key) { return StaffPages::word(lang, QString::fromLatin1(key)); };
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotFound:
        return w("not_found_text");
    case Problem::Storage:
        return w("storage_down");
    case Problem::UnknownField:
        return w("record_err_field");
    case Problem::Empty:
        return w("record_err_empty");
    case Problem::TooLong:
        return StaffPages::word(lang, QStringLiteral("record_err_too_long"),
                                {{QStringLiteral("max"), QString::number(maxLength)}});
    case Problem::BadPhone:
        return w("record_err_phone");
    case Problem::NoPersonal:
        return w("record_err_no_personal");
    case Problem::WrongKind:
        return w("record_err_kind");
    case Problem::NotResolved:
        return w("record_err_not_resolved");
    case Problem::SameAsResident:
        return w("record_err_same_text");
    case Problem::SameRecord:
        return w("record_err_same_record");
    case Problem::OriginalNotFound:
        return w("record_err_original");
    case Problem::BadStatus:
        return w("record_err_status");
    }
    return {};
}

void install(StaffSite &site, QHttpServer &http)
{
    HubStore &store = site.store();
    // Most specific paths first: the photo and the actions before the page itself.
    site.page(http, QStringLiteral("/staff/records/<arg>/photo"), [&store](StaffContext &ctx, const QString &code) {
        QHttpServerResponse refusal(Status::NotFound);
        const std::optional<CaseFile> file = load(ctx, store, code, &refusal);
        if (!file)
            return refusal;
        const std::optional<QByteArray> jpeg = file->hasPhoto ? store.caseFile().photo(code) : QByteArray();
        if (!jpeg)
            return StaffPages::storageDown(ctx);
        if (jpeg->isEmpty())
            return StaffPages::notFound(ctx);
        QHttpServerResponse r("image/jpeg", *jpeg);
        StaffHttp::secure(r);  // no-store: a resident's photo stays out of every cache
        return r;
    });
    // A view, not a change: the page is drawn in the answer to this POST, so the contact
    // details never sit behind a URL a browser could cache, prefetch or share.
    site.page(http, QStringLiteral("/staff/records/<arg>/contact"), StaffSite::ArgHandler(),
              [&store](StaffContext &ctx, const QString &code) {
                  QHttpServerResponse refusal(Status::NotFound);
                  const std::optional<CaseFile> file = load(ctx, store, code, &refusal);
                  if (!file)
                      return refusal;
                  PageState state;
                  if (!ctx.account().canSeePersonal(file->view.ward))
                      return StaffPages::forbidden(ctx);
                  CasePersonal personal;
                  switch (store.caseFile().personal({ctx.account().id, ctx.account().login}, file->view.receiptCode,
                                                    &personal)) {
                  case HubChangeOutcome::Done:
                      state.personal = personal;
                      break;
                  case HubChangeOutcome::StorageError:
                      return StaffPages::storageDown(ctx);
                  default:
                      state.error = problemText(ctx.lang, Problem::NoPersonal);
                      break;
                  }
                  return render(ctx, store, *file, state);
              });
    installActions(site, http);
    site.page(http, QStringLiteral("/staff/records/<arg>"), [&store](StaffContext &ctx, const QString &code) {
        QHttpServerResponse refusal(Status::NotFound);
        const std::optional<CaseFile> file = load(ctx, store, code, &refusal);
        if (!file)
            return refusal;
        PageState state;
        const QString done = ctx.param(QStringLiteral("done"));
        for (const char *key : doneKeys)
            if (done == QLatin1String(key))
                state.notice = StaffPages::word(ctx.lang, QStringLiteral("record_done_") + done);
        // "Fill in template": the chosen status comes back with its template in the reply box.
        state.status = ctx.param(QStringLiteral("status")).left(40);
        return render(ctx, store, *file, state);
    });
}

}
