// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardcache.h"

#include "board/boardservice.h"
#include "hubdatabase.h"
#include "hubstore.h"

BoardCache::BoardCache(HubStore &store) : m_store(store)
{
}

bool BoardCache::check(QDate today)
{
    const std::optional<qint64> generation = m_store.database().dataGeneration();
    if (!generation)
        return false;
    if (*generation != m_generation || today != m_day) {
        m_months.clear();
        m_bodies.clear();
        m_generation = *generation;
        m_day = today;
    }
    return true;
}

std::optional<QList<BoardMonth>> BoardCache::months(const QString &last, int count, QDate today)
{
    if (!check(today))
        return std::nullopt;
    return keptMonths(last, count);
}

std::optional<QList<BoardMonth>> BoardCache::keptMonths(const QString &last, int count)
{
    const QString key = last + u'/' + QString::number(count);
    const auto kept = m_months.constFind(key);
    if (kept != m_months.constEnd())
        return *kept;
    const std::optional<QList<BoardMonth>> computed = BoardService(m_store).months(last, count);
    ++m_computations;
    if (!computed)
        return std::nullopt;
    if (m_months.size() >= MaxEntries)
        m_months.clear();
    m_months.insert(key, *computed);
    return computed;
}

std::optional<BoardApi::Body> BoardCache::apiBody(const QString &ward, QDate today)
{
    if (!check(today))
        return std::nullopt;
    const auto kept = m_bodies.constFind(ward);
    if (kept != m_bodies.constEnd())
        return *kept;
    const auto months = keptMonths(BoardService::monthOf(today), BoardService::ShownMonths);
    const auto waste = m_store.boardFigures().wastePage(ward);
    if (!months || !waste)
        return std::nullopt;
    if (m_bodies.size() >= MaxEntries)
        m_bodies.clear();
    const BoardApi::Body body = BoardApi::body(*months, ward, *waste);
    m_bodies.insert(ward, body);
    return body;
}
