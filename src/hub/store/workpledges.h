// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <optional>

class HubDatabase;

/** What residents pledged to one work, as counts and verified totals, never who: the figures
    GET /api/v1/works/pledges gives the kiosk's work page. */
struct HubWorkPledges
{
    qint64 pledges = 0;            // pledges naming the work that the city has not rejected
    double landM2 = 0;             // verified handovers of land pledges, m²
    double labourDays = 0;         // verified handovers of labour pledges, days
    qint64 materialDeliveries = 0; // verified handovers of materials pledges
};

class WorkPledges
{
public:
    explicit WorkPledges(HubDatabase &db) : m_db(db) {}
    /** nullopt when the database cannot answer. */
    std::optional<HubWorkPledges> of(const QString &projectCode);

private:
    HubDatabase &m_db;
};
