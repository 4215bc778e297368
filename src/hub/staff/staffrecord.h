// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/recordcasefile.h"
#include "store/recordcorrections.h"

#include <QHttpServerResponse>
#include <QString>

#include <optional>

class HubStore;
struct StaffAccount;
class QHttpServer;
class StaffSite;
struct StaffContext;

/** The back-office's record page, /staff/records/<CODE> (staff/README.md): everything the
    kiosk sent, the photo, the history with public replies and internal notes, and what an
    officer may do with it — each a POST that redirects back with a notice. Contact details
    only after the "show" POST, for those allowed (canSeePersonal), audited. Another ward's
    record is a 404 to a ward officer, by URL too. Also the admins' reply templates. */
namespace StaffRecord {

void install(StaffSite &site, QHttpServer &http);

/** What one drawing of the record page carries besides the record itself. */
struct PageState
{
    QString notice;
    QString error;
    std::optional<CasePersonal> personal;  // only after the audited "show"
    // What the officer typed, kept when a form is refused; the status the template is for.
    QString status;
    QString reply;
    QString note;
    QString original;
    QString summary;
    bool replyFromTemplate = true;
    QHttpServerResponse::StatusCode code = QHttpServerResponse::StatusCode::Ok;
};

/** The record a signed-in officer may work on: nullopt with *refusal set (404 when absent or
    out of reach, 503 when the database fails). */
std::optional<CaseFile> load(StaffContext &ctx, HubStore &store, const QString &code, QHttpServerResponse *refusal);

/** The page for a loaded record (staffrecordview.cpp). */
QHttpServerResponse render(StaffContext &ctx, HubStore &store, const CaseFile &file, PageState state);

/** The statuses this account may set on a record of this kind, in their usual order. */
QStringList offeredStatuses(const QString &kind, const StaffAccount &account);

/** The officer's words for why a change was refused. */
QString problemText(const QString &lang, CaseChange::Problem problem, int maxLength = 0);

/** The action routes (staffrecordactions.cpp) and the templates page (stafftemplates.cpp). */
void installActions(StaffSite &site, QHttpServer &http);
void installTemplates(StaffSite &site, QHttpServer &http);

}
