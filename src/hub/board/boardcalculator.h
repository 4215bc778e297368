// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"

#include <optional>

/** The movement board's arithmetic, pure (no SQL, no clock): from the wards and one month's
    raw figures (and the board of the month before, for "most improved") to the tables of that
    month. The rules (also written for residents on /thi-dua, "Cách tính"):

    - Each measure stands alone; there is no blended score.
    - land (m²), labour (days), materials (each item and unit on its own), pledges handed over
      and waste reports resolved are divided per 1,000 residents.
    - resolve-days is the median of the days from a report's arrival to its closing as
      resolved (the middle value; the mean of the two middle ones for an even count); lower is
      better and it is not divided by population.
    - works-on-time is the share (%) of the works finished that month whose actual end is on
      or before their planned end; not divided by population.
    - Wards are compared only with wards of their kind (phuong, xa, dac-khu).
    - A ward without a population is listed, not placed ("no-population"); a figure resting
      on fewer than 10 records is listed, not placed ("few-records"). Each measure counts its
      own records: the pledges it sums, the reports resolved, the works finished.
    - Tiers by quartile among the placed wards of a kind: a ward's tier is
      floor(4 × (wards strictly better) / (wards placed)): 0 excellent, 1 good, 2 fair,
      3 needs-effort. Tied wards have the same wards strictly better, so the same tier (the
      higher one). With fewer than four placed wards there are no tiers (quartiles of one to
      three wards say nothing): the figures are shown without a tier.
    - Leaders: the placed wards with no ward strictly better, when at least two are placed.
    - Most improved: among wards placed this month and the month before, the largest rise of
      the compared figure (per 1,000 residents where the measure is; for resolve-days the fall
      in days); only a rise above zero counts, ties share it. */
class BoardCalculator
{
public:
    /** The board of `month`. `figures` may hold other months and wards: only this month's are
        read; a ward with none has zeros. `previous` is the board of the month before (frozen
        or computed), nullopt when there is none. */
    static BoardMonth compute(const QString &month, const QList<BoardWard> &wards,
                              const QList<WardMonthFigures> &figures, const std::optional<BoardMonth> &previous);

    /** The measures every kind always has, in order (materials come after labour, one per
        item and unit that month). */
    static QStringList fixedMeasures();
    /** The median of the values (sorted here); 0 for none. */
    static double median(QList<double> values);
    /** The month before yyyy-MM (2026-01 → 2025-12); empty when it is not a month. */
    static QString previousMonth(const QString &month);
};
