// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/project.h"

#include <QDate>
#include <QString>

/** A work's schedule and money in plain words for residents, Vietnamese ("vi") or English
    ("en"), from Project::daysLate and Project::overBudgetBy:
    "Chậm 45 ngày so với kế hoạch (dự kiến xong 30/06/2026)", "Vượt dự toán 1,5 tỷ đồng (12 %)",
    "Hoàn thành ngày 14/08/2026, chậm 45 ngày" or "…, đúng hạn". */
namespace WorkWords {

/** Where the work stands against its planned end; empty when it has no planned end. */
QString schedule(const Project &work, QDate today, QStringView language);

/** The budget now against the approved one: over by how much, or within it; empty when the
    work has no approved budget. */
QString budget(const Project &work, QStringView language);

/** What residents pledged to a work and what they handed over, verified (never who):
    "12 lời cam kết · đã bàn giao 350 m² đất, 40 ngày công"; "Chưa có lời cam kết nào" for none. */
QString pledges(qint64 count, double landM2, double labourDays, qint64 materialDeliveries, QStringView language);

}
