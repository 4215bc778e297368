// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/** A ward as the board sees it: its code, its kind (phuong, xa, dac-khu: wards are compared
    only with wards of their kind) and its population (0: unknown, so it is listed, not placed). */
struct BoardWard
{
    QString code;
    QString kind;
    qint64 population = 0;
};

/** One raw figure and how many records it rests on. */
struct BoardRaw
{
    double value = 0;
    qint64 records = 0;
};

/** What one ward did in one month, as read from the store (BoardFigures): only verified
    handovers (by handover date), waste reports resolved (by closing date) and works finished
    (by actual end). */
struct WardMonthFigures
{
    QString ward;
    QString month;  // yyyy-MM
    BoardRaw land;    // m², records: land pledges with a verified handover that month
    BoardRaw labour;  // days, records: labour pledges
    QMap<QString, BoardRaw> materials;  // "item|unit" → quantity, materials pledges
    qint64 pledgesHandedOver = 0;       // pledges of any kind with a verified handover that month
    QList<double> resolveDays;          // one entry per waste report resolved that month
    qint64 worksFinished = 0;           // works whose actual end falls in the month
    qint64 worksOnTime = 0;             // of those, finished on or before their planned end
};

/** One ward's line in one table of the board. */
struct BoardEntry
{
    QString ward;
    double value = 0;      // the measure in its own unit (m², days, reports, %)
    double compared = 0;   // what wards are compared on: per 1,000 residents, or value itself
    qint64 records = 0;    // how many records the figure rests on
    bool placed = false;
    QString notPlaced;     // "no-population" or "few-records" when not placed
    QString tier;          // excellent, good, fair, needs-effort; empty: not placed or too few wards
    bool leader = false;
    bool hasRise = false;  // placed this month and the month before
    double rise = 0;       // improvement against the month before (per 1,000 where the measure is)
    bool mostImproved = false;
};

/** One measure among the wards of one kind in one month. */
struct BoardTable
{
    QString kind;
    QString measure;  // land, labour, materials:ITEM|UNIT, pledges, waste-resolved, resolve-days, works-on-time
    bool perThousand = true;
    bool lowerIsBetter = false;
    int placedCount = 0;
    bool tiered = false;  // at least BoardRules::MinWardsForTiers wards placed
    QList<BoardEntry> entries;  // in the order of the wards in the content
};

/** The board of one month. */
struct BoardMonth
{
    QString month;  // yyyy-MM
    bool frozen = false;
    QString frozenAt;  // UTC ISO time the month was published, empty while provisional
    QList<BoardWard> wards;  // as they stood when computed (population included)
    QList<BoardTable> tables;  // kind by kind (phuong, xa, dac-khu, then others), measures in order

    const BoardTable *table(const QString &kind, const QString &measure) const
    {
        for (const BoardTable &t : tables)
            if (t.kind == kind && t.measure == measure)
                return &t;
        return nullptr;
    }
};

/** The rules, in one place, so pages and tests read the same numbers. */
namespace BoardRules {
/** A figure resting on fewer records is listed, not placed. */
constexpr qint64 MinRecords = 10;
/** Quartiles need four wards; with fewer placed wards no tiers are given. */
constexpr int MinWardsForTiers = 4;
/** Leaders need someone to lead: at least two placed wards. */
constexpr int MinWardsForLeaders = 2;
/** The kinds, in the order the board shows them. */
inline QStringList kinds() { return {QStringLiteral("phuong"), QStringLiteral("xa"), QStringLiteral("dac-khu")}; }
/** The tiers, best first. */
inline QStringList tiers()
{
    return {QStringLiteral("excellent"), QStringLiteral("good"), QStringLiteral("fair"), QStringLiteral("needs-effort")};
}
}
