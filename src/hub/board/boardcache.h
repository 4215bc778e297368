// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardapi.h"
#include "board/boardtypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class HubStore;

/** The movement board as computed once and served many times: /api/v1/board, /thi-dua and
    /staff/board read it here instead of recomputing it on every request.

    What is kept stays right as long as two things stay the same: the database's data
    generation (HubDatabase::dataGeneration, raised by every committed write: a handover
    verified, a status changed, a work changed, content published, a month frozen, whichever
    process or hub made it) and the day in Hải Phòng (the current month, the publication on
    the 5th). Each read asks the database for the generation, one row by its key; when either
    changed, everything kept is dropped and computed again on demand. So a change is seen by
    the very next request, and requests between changes cost that one read. */
class BoardCache
{
public:
    /** At most this many month ranges and this many wards' API bodies are kept; one more
        drops them all (real wards and months are few; a crawler asking for every month
        cannot grow the hub's memory). */
    static constexpr int MaxEntries = 256;

    explicit BoardCache(HubStore &store);

    /** BoardService::months(last, count) on `today`; nullopt when the store cannot answer. */
    std::optional<QList<BoardMonth>> months(const QString &last, int count, QDate today);
    /** The body of GET /api/v1/board for a kiosk of `ward` on `today`: the current month and
        the ones before it (BoardService::ShownMonths) with the ward's waste page. */
    std::optional<BoardApi::Body> apiBody(const QString &ward, QDate today);

    /** How many times the board was computed (BoardService::months) since the start. */
    qint64 computations() const { return m_computations; }

private:
    /** Drops what was kept when the generation or the day changed; false when the database
        cannot tell its generation. */
    bool check(QDate today);
    /** The months from what is kept, computed when missing (after check()). */
    std::optional<QList<BoardMonth>> keptMonths(const QString &last, int count);

    HubStore &m_store;
    qint64 m_generation = -1;
    QDate m_day;
    QHash<QString, QList<BoardMonth>> m_months;  // "yyyy-MM/count"
    QHash<QString, BoardApi::Body> m_bodies;     // ward
    qint64 m_computations = 0;
};
