// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardservice.h"

#include "board/boardcalculator.h"
#include "board/boardjson.h"
#include "hublogging.h"
#include "hubstore.h"
#include "publishedworks.h"
#include "store/storeformats.h"

#include <QDateTime>
#include <QJsonDocument>

BoardService::BoardService(HubStore &store) : m_store(store)
{
}

QDate BoardService::today()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
}

QString BoardService::monthOf(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString BoardService::lastDueMonth(QDate today)
{
    return monthOf(today.addMonths(today.day() >= PublishDay ? -1 : -2));
}

QString BoardService::checkedMonth(const QString &text)
{
    if (text.size() != 7)
        return {};
    const QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() && d.year() >= 2000 && d.year() <= 2999 ? text : QString();
}

QList<BoardWard> BoardService::wards()
{
    QList<BoardWard> out;
    const auto works = m_store.content().publishedWorks();
    if (!works)
        return out;
    for (const Ward &w : works->wards())
        out.append({w.code, w.kind, w.population});
    return out;
}

std::optional<QList<BoardMonth>> BoardService::months(const QString &last, int count)
{
    const QDate lastStart = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    if (!lastStart.isValid() || count < 1)
        return QList<BoardMonth>{};
    // One month more than shown: the first shown month's "most improved" needs its month before.
    const QString before = monthOf(lastStart.addMonths(-count));
    const auto frozen = m_store.boardMonths().read(before, last);
    if (!frozen)
        return std::nullopt;
    const auto figures = m_store.boardFigures().read(before, last);
    if (!figures)
        return std::nullopt;
    const QList<BoardWard> wards = this->wards();
    auto boardOf = [&](const QString &month, const std::optional<BoardMonth> &previous) -> BoardMonth {
        const auto f = frozen->constFind(month);
        if (f != frozen->constEnd()) {
            std::optional<BoardMonth> kept = BoardJson::fromJson(QJsonDocument::fromJson(f->json).object());
            if (kept) {
                kept->frozen = true;
                kept->frozenAt = f->publishedAt;
                return *kept;
            }
            qCWarning(lcHubStore).noquote() << "the frozen board of" << month << "cannot be read; shown as computed";
        }
        return BoardCalculator::compute(month, wards, *figures, previous);
    };
    std::optional<BoardMonth> previous = boardOf(before, std::nullopt);
    QList<BoardMonth> out;
    for (int i = count - 1; i >= 0; --i) {
        BoardMonth m = boardOf(monthOf(lastStart.addMonths(-i)), previous);
        previous = m;
        out.append(m);
    }
    return out;
}

std::optional<int> BoardService::freezeDue(QDate today)
{
    const auto due = months(lastDueMonth(today), 12);
    if (!due)
        return std::nullopt;
    int frozen = 0;
    for (BoardMonth m : *due) {
        if (m.frozen)
            continue;
        m.frozen = true;
        m.frozenAt = StoreFormats::nowUtc();
        switch (m_store.boardMonths().freeze(m.month, QJsonDocument(BoardJson::toJson(m)).toJson(QJsonDocument::Compact),
                                             m.frozenAt)) {
        case BoardMonths::Outcome::StorageError:
            return std::nullopt;
        case BoardMonths::Outcome::AlreadyFrozen:
            break;
        case BoardMonths::Outcome::Frozen:
            ++frozen;
            break;
        }
    }
    return frozen;
}
