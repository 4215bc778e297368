// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/recordcorrections.h"

class HubDatabase;

/** What a city officer makes public of a resolved waste report for the movement's waste
    page: a summary in their own words (never the resident's text unedited) and, only when
    they say it shows no people or number plates, the photo. Unpublishing takes both back.
    Audited as `record.publish` (detail "photo" or "no-photo") and `record.unpublish`. */
class WastePublication
{
public:
    static constexpr int MaxSummaryLength = 1000;

    explicit WastePublication(HubDatabase &db);

    CaseChange publish(const AuditActor &actor, const QString &code, const QString &summary, bool withPhoto);
    CaseChange unpublish(const AuditActor &actor, const QString &code);

private:
    HubDatabase &m_db;
};
