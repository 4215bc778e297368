// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstore.h"

HubStore::HubStore(HubDatabase &db)
    : m_db(db),
      m_counters(db),
      m_content(db),
      m_kiosks(db, m_content, m_counters),
      m_queries(db),
      m_ingest(db, m_content, m_kiosks),
      m_open311(db, m_content, m_kiosks, m_counters, m_queries),
      m_audit(db),
      m_statusChanges(db, m_audit),
      m_csvExport(db),
      m_accounts(db, m_audit),
      m_sessions(db),
      m_loginThrottle(db),
      m_search(db),
      m_inbox(db),
      m_dashboard(db),
      m_filteredExport(db, m_audit),
      m_handovers(db, m_audit),
      m_workHistory(db, m_audit),
      m_caseFile(db),
      m_corrections(db, m_statusChanges),
      m_wastePublication(db),
      m_residentRights(db),
      m_replyTemplates(db),
      m_boardFigures(db, m_content),
      m_boardMonths(db)
{
}
