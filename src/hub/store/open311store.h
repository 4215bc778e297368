// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

class ContentRepository;
class HubCounters;
class HubDatabase;
class KioskRegistry;
class RecordQueries;

/** The database behind the Open311 facade (open311.h): waste reports filed through Open311,
    stored as records of the hub's own receipt prefix TP without personal data, and the waste
    reports of every source listed with their status history. */
class Open311Store : public Open311Backend
{
public:
    Open311Store(HubDatabase &db, ContentRepository &content, KioskRegistry &kiosks, HubCounters &counters,
                 RecordQueries &queries);

    std::optional<HubKiosk> kioskForToken(const QString &token) override;
    std::optional<QString> storeOpen311Report(const HubKiosk &kiosk, const RecordDraft &draft, QString *error) override;
    QList<HubRecordView> wasteReports(const HubRequestFilter &filter) override;
    bool projectExists(const QString &code) override;
    HubNames names(const QString &ward, const QString &projectCode) override;

private:
    HubDatabase &m_db;
    ContentRepository &m_content;
    KioskRegistry &m_kiosks;
    HubCounters &m_counters;
    RecordQueries &m_queries;
};
