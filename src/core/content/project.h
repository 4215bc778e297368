// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** The kinds of works the movement names (seed: roads, rural roads, bridges, drainage,
    schools, clinics, parks, lighting, digital infrastructure, welfare works). */
enum class Category { Road, RuralRoad, Bridge, Drainage, School, Health, Park, Lighting, Digital, Welfare };
/** Where a work stands. */
enum class WorkStatus { Preparing, InProgress, Paused, Completed };

namespace ContentEnums {
/** A code as wards and works are named in bundles and routes: 1–32 of A–Z, 0–9 and '-'. */
bool isCode(QStringView code);
QString categoryKey(Category c);
std::optional<Category> categoryFromKey(QStringView key);
QList<Category> allCategories();
QString statusKey(WorkStatus s);
std::optional<WorkStatus> statusFromKey(QStringView key);
QList<WorkStatus> allStatuses();
}

/** A ward or commune: the unit that runs a kiosk and competes on the board. */
struct Ward
{
    QString code;
    QString kind; // "phuong", "xa" or "dac-khu" (format 1's "ward" reads as "phuong", "commune" as "xa")
    qint64 population = 0; // 0 = unknown
    LocalizedText name;
};

/** One infrastructure work as the city publishes it. */
struct Project
{
    QString code;
    QString wardCode;
    Category category = Category::Road;
    WorkStatus status = WorkStatus::Preparing;
    LocalizedText name;
    LocalizedText description;
    LocalizedText location;
    LocalizedText owner;
    LocalizedText contractor;
    int progress = 0;
    QDate startDate;
    QDate plannedEnd;
    qint64 budgetTotal = 0;
    qint64 budgetDisbursed = 0;
    QStringList images; // file names inside the data directory's images folder

    /** The planned end has passed and the work is not finished. */
    bool isBehindSchedule(QDate today) const
    {
        return plannedEnd.isValid() && plannedEnd < today && progress < 100
                && status != WorkStatus::Completed;
    }
};

struct RankingEntry
{
    QString wardCode;
    double score = 0;
    int rank = 0;
};

struct Announcement
{
    QString id;
    LocalizedText title;
    LocalizedText body;
};

/** Everything a content bundle carries, after validation. */
struct Content
{
    QString version;
    QString generatedAt;
    bool sample = false;
    LocalizedText cityName;
    QString portalUrl;
    QString publicUrl;
    QList<Ward> wards;
    QList<Project> projects;
    QList<RankingEntry> ranking;
    QList<Announcement> announcements;
};
