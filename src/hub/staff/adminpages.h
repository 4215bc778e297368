// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "htmltemplates.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

#include <optional>

class QHttpServer;
class StaffSite;

/** The back-office's overview and administration pages: the dashboard (officers), the CSV
    export of a filter (officers), the accounts and the audit log (admins). Each area lives in
    its own file; install() adds them all to the site. */
namespace AdminPages {

void install(StaffSite &site, QHttpServer &http);

void installAccounts(StaffSite &site, QHttpServer &http);
void installAudit(StaffSite &site, QHttpServer &http);
void installDashboard(StaffSite &site, QHttpServer &http);
void installExport(StaffSite &site, QHttpServer &http);

/** A day typed in a filter ("05/03/2026" or "2026-03-05") as the UTC time its day starts in Vietnam, plus
    `addDays`: "" for an empty field, nullopt when it is not a date. Filters take "from"
    inclusive and "to" as the whole of that day (start of the next, exclusive). */
std::optional<QString> dayStartUtc(const QString &day, int addDays = 0);

/** Officer roles given in the last 30 days (audit lines "account.officer-granted"), newest
    first and in words: when, the login and its page, the roles and ward, by whom. The
    dashboard and the accounts page flag them: an officer role opens residents' names. */
std::optional<HtmlTemplates::Data> recentGrants(StaffSite &site, const QString &lang);

/** An account line's roles as the audit log keeps them ("ward ward=LE-CHAN") in words:
    "Cán bộ phường · Phường Lê Chân"; anything else as it is. */
QString rolesInWords(StaffSite &site, const QString &detail, const QString &lang);

/** A CSV download: UTF-8 with BOM (the caller's bytes start with it), no-store, the staff
    headers, a file name of plain ASCII. */
QHttpServerResponse csvDownload(const QByteArray &bytes, const QString &fileName);

/** Rows per page of a list. */
constexpr int PageSize = 50;

}
