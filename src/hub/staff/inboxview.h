// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "htmltemplates.h"
#include "localizedtext.h"
#include "staff/staffaccount.h"
#include "store/inboxqueries.h"
#include "store/recordfilter.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

/** What the inbox page shows, and the Mustache data it becomes (templates/staff-inbox):
    pure, so the page's wording and its escaping are tested without a server. */
struct InboxView
{
    QString lang;
    StaffAccount account;
    RecordFilter filter;
    InboxPage page;
    bool searchedPersonal = false;
    bool exportPersonal = false;          // the export form offers contact details
    QString problem;                      // a refusal or a rejected filter, in lang
    QStringList notices;                  // what a bulk change did, in lang
    QHash<QString, LocalizedText> wards;  // names by code, from the published content
    QList<StaffAccount> officers;         // who the records may be assigned to
    QDateTime now;                        // for "days waiting"

    HtmlTemplates::Data data() const;
    /** The inbox URL for this filter (no search) at a page. */
    static QString href(const RecordFilter &filter, int page);
};
