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

/** The kinds of local unit since the 2025 reorganisation: phường (urban ward), xã (commune),
    đặc khu (special zone). The board compares a ward only with wards of its own kind. */
namespace WardKinds {
inline const QString Phuong = QStringLiteral("phuong");
inline const QString Xa = QStringLiteral("xa");
inline const QString DacKhu = QStringLiteral("dac-khu");
/** The kind a bundle names: format 2's keys, or format 1's "ward" / "commune". */
std::optional<QString> fromBundle(QStringView key, int formatVersion);
}

/** A ward or commune: the unit that runs a kiosk and competes on the board. */
struct Ward
{
    QString code;
    QString kind; // WardKinds: "phuong", "xa" or "dac-khu"
    qint64 population = 0; // 0: unknown (listed on the board, never placed)
    LocalizedText name;
};

/** A work's figures as they stood on one date (content format 2's `history`). */
struct WorkHistoryPoint
{
    QDate date;
    WorkStatus stage = WorkStatus::Preparing;
    int progress = 0;
    qint64 disbursed = 0;
    qint64 budget = 0; // the total budget as it stood that day
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
    QDate actualEnd; // invalid: not finished (or not said)
    /** The budget approved at the start; budgetTotal is the budget now (adjusted, or the same). */
    qint64 budgetOriginal = 0;
    qint64 budgetTotal = 0;
    qint64 budgetDisbursed = 0;
    QStringList images; // file names inside the data directory's images folder
    QList<WorkHistoryPoint> history; // oldest first

    /** The planned end has passed and the work is not finished. */
    bool isBehindSchedule(QDate today) const
    {
        return plannedEnd.isValid() && plannedEnd < today && progress < 100
                && status != WorkStatus::Completed;
    }
    /** Days past the planned end: until today while unfinished, until the actual end once
        finished; 0 when on time. */
    qint64 daysLate(QDate today) const;
    /** How much the budget now exceeds the approved one; 0 when it does not. */
    qint64 overBudgetBy() const { return budgetOriginal > 0 && budgetTotal > budgetOriginal ? budgetTotal - budgetOriginal : 0; }
};

/** One item of the attract loop the kiosk plays when nobody uses it (content format 2). */
struct PlaylistItem
{
    enum class Kind { Video, Slide, Board, Work };
    Kind kind = Kind::Slide;
    QString file;        // Video: its bundle path ("media/x.webm"); Slide: an optional image
    QString projectCode; // Work: the work shown
    int seconds = 0;     // how long it stays (Video: the longest it may play)
    LocalizedText title;
    LocalizedText body;
};

namespace ContentEnums {
QString playlistKey(PlaylistItem::Kind kind);
std::optional<PlaylistItem::Kind> playlistKindFromKey(QStringView key);
}

struct Announcement
{
    QString id;
    LocalizedText title;
    LocalizedText body;
};

/** Everything a content bundle carries, after validation. */
struct Content
{
    int formatVersion = 2;
    QString version;
    QString generatedAt;
    bool sample = false;
    LocalizedText cityName;
    QString portalUrl;
    QString publicUrl;
    QList<Ward> wards;
    QList<Project> projects;
    QList<Announcement> announcements;
    QList<PlaylistItem> playlist;
};
