// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardapi.h"

#include "board/boardjson.h"
#include "store/storeformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BoardApi {

namespace {

QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), double(*it));
    return o;
}

}

Body body(const QList<BoardMonth> &months, const QString &ward, const BoardFigures::WastePage &waste)
{
    QJsonArray list;
    for (const BoardMonth &m : months)
        list.append(BoardJson::toJson(m));
    QJsonArray published;
    for (const BoardFigures::WastePage::Published &p : waste.published)
        published.append(QJsonObject{{QStringLiteral("receiptCode"), p.receiptCode},
                                     {QStringLiteral("summary"), p.summary},
                                     {QStringLiteral("publishedAt"), p.publishedAt}});
    const QJsonObject o{
            {QStringLiteral("currentMonth"), months.isEmpty() ? QString() : months.last().month},
            {QStringLiteral("ward"), ward},
            {QStringLiteral("rules"), QJsonObject{{QStringLiteral("minRecords"), double(BoardRules::MinRecords)},
                                                  {QStringLiteral("minWardsForTiers"), BoardRules::MinWardsForTiers},
                                                  {QStringLiteral("perResidents"), 1000}}},
            {QStringLiteral("months"), list},
            {QStringLiteral("waste"), QJsonObject{{QStringLiteral("byCategory"), counts(waste.byCategory)},
                                                  {QStringLiteral("byStatus"), counts(waste.byStatus)},
                                                  {QStringLiteral("resolved"), double(waste.resolved)},
                                                  {QStringLiteral("medianDaysToResolve"), waste.medianDaysToResolve},
                                                  {QStringLiteral("published"), published}}},
    };
    Body b;
    b.json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    b.etag = '"' + StoreFormats::sha256Hex(b.json).left(32).toLatin1() + '"';
    return b;
}

}
