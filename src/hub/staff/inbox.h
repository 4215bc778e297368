// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHttpServer;
class StaffSite;

/** The back-office inbox, /staff/inbox (staff/README.md): the records an officer works, with
    filters (GET parameters, RecordFilter), a diacritic-insensitive search sent by POST so a
    name never lands in a URL or a log, paging, a bulk status change or assignment through
    StatusChanges, and the form that exports the list (filter and search, every page) to
    /staff/export.csv (adminexport.cpp). Officers only; a ward officer sees their ward,
    anything else is a 404. */
namespace StaffInbox {
void install(StaffSite &site, QHttpServer &http);
}
