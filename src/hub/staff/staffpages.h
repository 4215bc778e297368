// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "htmltemplates.h"

#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QString>

struct StaffContext;

/** The back-office's pages drawn from the Mustache templates in src/hub/templates/staff and
    the words in src/hub/staff/text/<area>-<lang>.json (one key set for both languages, checked by
    tests/hub/tst_staffpages). Every page gets the frame: the bar with the account and the
    other language, the navigation its roles may use, the session's CSRF token for forms. */
namespace StaffPages {

/** The words of a language as the templates take them: {{t.key}}. */
HtmlTemplates::Data words(const QString &lang);
/** One word; "{name}" placeholders are filled from args in order of the pairs given. */
QString word(const QString &lang, const QString &key, const QList<QPair<QString, QString>> &args = {});
/** Every key of both languages; for the completeness test. */
QStringList keys(const QString &lang);

/** A page in the frame. `data` holds the page's own values; `nav` names the active item
    ("inbox", "works", …). */
QHttpServerResponse page(const StaffContext &ctx, const QString &templateName, const QString &title,
                         const QString &nav, HtmlTemplates::Data data,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
/** A page outside a session (sign-in, a refusal before sign-in). */
QHttpServerResponse bare(const QString &lang, const QString &templateName, const QString &title,
                         HtmlTemplates::Data data,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);

/** The signed-in message page: 404 (also for another ward's record), 403, 400, 503. */
QHttpServerResponse notFound(const StaffContext &ctx);
QHttpServerResponse forbidden(const StaffContext &ctx);
QHttpServerResponse message(const StaffContext &ctx, QHttpServerResponse::StatusCode status, const QString &titleKey,
                            const QString &text);
QHttpServerResponse storageDown(const StaffContext &ctx);

/** The back-office's stylesheet (templates/staff/staff.css), served at /staff/static/staff.css. */
QByteArray css();

/** "27/11/2026 09:15" / "27 Nov 2026, 09:15" in Vietnam's time for a stored UTC time. */
QString dateTime(const QString &isoUtc, const QString &lang);

}
