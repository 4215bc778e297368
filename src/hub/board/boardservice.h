// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class HubStore;

/** The movement board as the hub serves it: the wards of the published content, the figures
    of the store (BoardFigures), the frozen months (BoardMonths), put through BoardCalculator
    month after month. A month is published (frozen) from the 5th of the next month, by the
    daily upkeep or on request; until then it is provisional (tạm tính) and computed afresh
    on every call (the routes read it through BoardCache, which keeps it between writes).
    Dates are Hải Phòng's (UTC+7). */
class BoardService
{
public:
    /** Months the API and the pages show: the current one and the 12 before it. */
    static constexpr int ShownMonths = 13;
    static constexpr int PublishDay = 5;

    explicit BoardService(HubStore &store);

    /** Today in Hải Phòng. */
    static QDate today();
    static QString monthOf(QDate date);
    /** The newest month that is due to be published on `today` (the month before, from the
        5th; else the one before that). */
    static QString lastDueMonth(QDate today);
    /** yyyy-MM that QDate reads, else empty. */
    static QString checkedMonth(const QString &text);

    /** The boards of the `count` months ending with `last`, oldest first; frozen months as
        they were published. nullopt when the store cannot answer. */
    std::optional<QList<BoardMonth>> months(const QString &last, int count);
    /** Freezes every due month of the last 12 that is not frozen yet; how many it froze. */
    std::optional<int> freezeDue(QDate today);

    /** The wards of the published content, as the board reads them. */
    QList<BoardWard> wards();

private:
    HubStore &m_store;
};
