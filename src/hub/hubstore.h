// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/auditlog.h"
#include "store/boardfigures.h"
#include "store/boardmonths.h"
#include "store/contentrepository.h"
#include "store/csvexport.h"
#include "store/dashboardfigures.h"
#include "store/filteredexport.h"
#include "store/handovers.h"
#include "store/hubcounters.h"
#include "store/kioskregistry.h"
#include "store/loginthrottle.h"
#include "store/open311store.h"
#include "store/recordingest.h"
#include "store/recordcasefile.h"
#include "store/recordcorrections.h"
#include "store/recordqueries.h"
#include "store/recordsearch.h"
#include "store/inboxqueries.h"
#include "store/staffaccounts.h"
#include "store/staffsessions.h"
#include "store/statuschanges.h"
#include "store/workhistory.h"
#include "store/replytemplates.h"
#include "store/residentrights.h"
#include "store/staffaccounts.h"
#include "store/staffsessions.h"
#include "store/statuschanges.h"
#include "store/wastepublication.h"

class HubDatabase;

/** city-hub's storage, one piece per job over one HubDatabase (store/README.md): it builds
    them in dependency order and hands them out. Kiosks can only write as themselves;
    personal data (person, consent, photo) goes into its own columns and leaves the store only
    through CsvExport with withPersonal. Nothing here logs a name, a phone number or any other
    personal field. */
class HubStore
{
public:
    explicit HubStore(HubDatabase &db);
    HubStore(const HubStore &) = delete;
    HubStore &operator=(const HubStore &) = delete;

    /** The database itself, for upkeep (HubDatabase::refreshStatistics). */
    HubDatabase &database() { return m_db; }
    ContentRepository &content() { return m_content; }
    KioskRegistry &kiosks() { return m_kiosks; }
    RecordIngest &ingest() { return m_ingest; }
    RecordQueries &queries() { return m_queries; }
    /** What the Open311 facade reads and writes through. */
    Open311Store &open311() { return m_open311; }
    StatusChanges &statusChanges() { return m_statusChanges; }
    CsvExport &csvExport() { return m_csvExport; }
    // The back-office's (staff/README.md).
    AuditLog &audit() { return m_audit; }
    StaffAccounts &accounts() { return m_accounts; }
    StaffSessions &sessions() { return m_sessions; }
    LoginThrottle &loginThrottle() { return m_loginThrottle; }
    RecordSearch &search() { return m_search; }
    InboxQueries &inbox() { return m_inbox; }
    DashboardFigures &dashboard() { return m_dashboard; }
    FilteredExport &filteredExport() { return m_filteredExport; }
    Handovers &handovers() { return m_handovers; }
    WorkHistory &workHistory() { return m_workHistory; }
    // The record page and the resident's rights (staff/staffrecord.h).
    RecordCaseFile &caseFile() { return m_caseFile; }
    RecordCorrections &corrections() { return m_corrections; }
    WastePublication &wastePublication() { return m_wastePublication; }
    ResidentRights &residentRights() { return m_residentRights; }
    ReplyTemplates &replyTemplates() { return m_replyTemplates; }
    // The movement board's (board/boardservice.h).
    BoardFigures &boardFigures() { return m_boardFigures; }
    BoardMonths &boardMonths() { return m_boardMonths; }

private:
    // Declared in the order they are built: each piece only uses the ones above it.
    HubDatabase &m_db;
    HubCounters m_counters;
    ContentRepository m_content;
    KioskRegistry m_kiosks;
    RecordQueries m_queries;
    RecordIngest m_ingest;
    Open311Store m_open311;
    AuditLog m_audit;
    StatusChanges m_statusChanges;
    CsvExport m_csvExport;
    StaffAccounts m_accounts;
    StaffSessions m_sessions;
    LoginThrottle m_loginThrottle;
    RecordSearch m_search;
    InboxQueries m_inbox;
    DashboardFigures m_dashboard;
    FilteredExport m_filteredExport;
    Handovers m_handovers;
    WorkHistory m_workHistory;
    RecordCaseFile m_caseFile;
    RecordCorrections m_corrections;
    WastePublication m_wastePublication;
    ResidentRights m_residentRights;
    ReplyTemplates m_replyTemplates;
    BoardFigures m_boardFigures;
    BoardMonths m_boardMonths;
};
