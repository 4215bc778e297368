// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardcalculator.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

const QString Land = QStringLiteral("land");
const QString Labour = QStringLiteral("labour");
const QString Pledges = QStringLiteral("pledges");
const QString WasteResolved = QStringLiteral("waste-resolved");
const QString ResolveDays = QStringLiteral("resolve-days");
const QString WorksOnTime = QStringLiteral("works-on-time");
const QString MaterialsPrefix = QStringLiteral("materials:");

/** Equal within rounding: per-1,000 figures of equal inputs come out of one division each. */
bool same(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

/** a is strictly better than b in this table's direction. */
bool better(const BoardTable &t, double a, double b)
{
    if (same(a, b))
        return false;
    return t.lowerIsBetter ? a < b : a > b;
}

/** The raw figure of a measure for one ward's month (zeros when it had none). */
BoardRaw rawOf(const QString &measure, const WardMonthFigures *f)
{
    if (!f)
        return {};
    if (measure == Land)
        return f->land;
    if (measure == Labour)
        return f->labour;
    if (measure == Pledges)
        return {double(f->pledgesHandedOver), f->pledgesHandedOver};
    if (measure == WasteResolved)
        return {double(f->resolveDays.size()), f->resolveDays.size()};
    if (measure == ResolveDays)
        return {BoardCalculator::median(f->resolveDays), f->resolveDays.size()};
    if (measure == WorksOnTime)
        return {f->worksFinished > 0 ? 100.0 * double(f->worksOnTime) / double(f->worksFinished) : 0.0,
                f->worksFinished};
    if (measure.startsWith(MaterialsPrefix))
        return f->materials.value(measure.mid(MaterialsPrefix.size()));
    return {};
}

void placeAndTier(BoardTable &t)
{
    QList<double> placed;
    for (const BoardEntry &e : std::as_const(t.entries))
        if (e.placed)
            placed.append(e.compared);
    t.placedCount = int(placed.size());
    t.tiered = t.placedCount >= BoardRules::MinWardsForTiers;
    const QStringList tiers = BoardRules::tiers();
    for (BoardEntry &e : t.entries) {
        if (!e.placed)
            continue;
        const auto ahead = std::count_if(placed.cbegin(), placed.cend(), [&](double v) { return better(t, v, e.compared); });
        if (t.tiered)
            e.tier = tiers.at(int(4 * ahead / t.placedCount));
        e.leader = ahead == 0 && t.placedCount >= BoardRules::MinWardsForLeaders;
    }
}

void markImproved(BoardTable &t, const BoardTable *before)
{
    if (!before)
        return;
    QHash<QString, const BoardEntry *> then;
    for (const BoardEntry &e : before->entries)
        if (e.placed)
            then.insert(e.ward, &e);
    double best = 0;
    for (BoardEntry &e : t.entries) {
        const BoardEntry *p = then.value(e.ward);
        if (!e.placed || !p)
            continue;
        e.hasRise = true;
        e.rise = t.lowerIsBetter ? p->compared - e.compared : e.compared - p->compared;
        if (same(e.rise, 0))
            e.rise = 0;
        best = std::max(best, e.rise);
    }
    if (best <= 0)
        return;
    for (BoardEntry &e : t.entries)
        e.mostImproved = e.hasRise && same(e.rise, best);
}

}

QStringList BoardCalculator::fixedMeasures()
{
    return {Land, Labour, Pledges, WasteResolved, ResolveDays, WorksOnTime};
}

double BoardCalculator::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

QString BoardCalculator::previousMonth(const QString &month)
{
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? d.addMonths(-1).toString(QStringLiteral("yyyy-MM")) : QString();
}

BoardMonth BoardCalculator::compute(const QString &month, const QList<BoardWard> &wards,
                                    const QList<WardMonthFigures> &figures, const std::optional<BoardMonth> &previous)
{
    BoardMonth out;
    out.month = month;
    QHash<QString, const WardMonthFigures *> byWard;
    for (const WardMonthFigures &f : figures)
        if (f.month == month)
            byWard.insert(f.ward, &f);

    // Kinds in the board's order, then any other kind the content names, in its order.
    QStringList kinds = BoardRules::kinds();
    for (const BoardWard &w : wards) {
        out.wards.append(w);
        if (!kinds.contains(w.kind))
            kinds.append(w.kind);
    }

    for (const QString &kind : std::as_const(kinds)) {
        QList<const BoardWard *> members;
        for (const BoardWard &w : std::as_const(out.wards))
            if (w.kind == kind)
                members.append(&w);
        if (members.isEmpty())
            continue;
        // Materials: one measure per item and unit any ward of the kind delivered this month.
        QStringList materials;
        for (const BoardWard *w : std::as_const(members))
            if (const WardMonthFigures *f = byWard.value(w->code))
                for (auto it = f->materials.cbegin(); it != f->materials.cend(); ++it)
                    if (it->records > 0 && !materials.contains(it.key()))
                        materials.append(it.key());
        materials.sort();
        QStringList measures = {Land, Labour};
        for (const QString &m : std::as_const(materials))
            measures.append(MaterialsPrefix + m);
        measures << Pledges << WasteResolved << ResolveDays << WorksOnTime;

        for (const QString &measure : std::as_const(measures)) {
            BoardTable t;
            t.kind = kind;
            t.measure = measure;
            t.perThousand = measure != ResolveDays && measure != WorksOnTime;
            t.lowerIsBetter = measure == ResolveDays;
            for (const BoardWard *w : std::as_const(members)) {
                const BoardRaw raw = rawOf(measure, byWard.value(w->code));
                BoardEntry e;
                e.ward = w->code;
                e.value = raw.value;
                e.records = raw.records;
                e.compared = t.perThousand ? (w->population > 0 ? raw.value * 1000.0 / double(w->population) : 0) : raw.value;
                if (w->population <= 0)
                    e.notPlaced = QStringLiteral("no-population");
                else if (raw.records < BoardRules::MinRecords)
                    e.notPlaced = QStringLiteral("few-records");
                e.placed = e.notPlaced.isEmpty();
                t.entries.append(e);
            }
            placeAndTier(t);
            markImproved(t, previous ? previous->table(kind, measure) : nullptr);
            out.tables.append(t);
        }
    }
    return out;
}
