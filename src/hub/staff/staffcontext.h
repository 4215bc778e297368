// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "staff/staffhttp.h"
#include "store/staffsessions.h"

#include <QUrlQuery>

class QHttpServerRequest;

/** One signed-in request to a back-office page, as StaffSite hands it to a page's handler:
    the session (and its account), the page language, the query, and for a POST the form
    fields, already checked against the session's CSRF token. */
struct StaffContext
{
    const QHttpServerRequest &request;
    StaffSessions::Session session;
    QString lang;  // "vi" or "en"
    QUrlQuery query;
    StaffHttp::Form form;  // empty for a GET
    QString clientAddress;

    const StaffAccount &account() const { return session.account; }
    bool isPost() const;
    /** A form field's first value ("" when absent). */
    QString field(const QString &name) const { return form.value(name).value(0); }
    /** A query item's value, fully decoded ("" when absent). */
    QString param(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
};
