// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardjson.h"

#include <QJsonArray>

namespace BoardJson {

QJsonObject toJson(const BoardMonth &m)
{
    QJsonArray wards;
    for (const BoardWard &w : m.wards)
        wards.append(QJsonObject{{QStringLiteral("code"), w.code},
                                 {QStringLiteral("kind"), w.kind},
                                 {QStringLiteral("population"), double(w.population)}});
    QJsonArray tables;
    for (const BoardTable &t : m.tables) {
        QJsonArray entries;
        for (const BoardEntry &e : t.entries) {
            QJsonObject o{{QStringLiteral("ward"), e.ward},
                          {QStringLiteral("value"), e.value},
                          {QStringLiteral("compared"), e.compared},
                          {QStringLiteral("records"), double(e.records)},
                          {QStringLiteral("placed"), e.placed}};
            if (!e.notPlaced.isEmpty())
                o.insert(QStringLiteral("notPlaced"), e.notPlaced);
            if (!e.tier.isEmpty())
                o.insert(QStringLiteral("tier"), e.tier);
            if (e.leader)
                o.insert(QStringLiteral("leader"), true);
            if (e.hasRise)
                o.insert(QStringLiteral("rise"), e.rise);
            if (e.mostImproved)
                o.insert(QStringLiteral("mostImproved"), true);
            entries.append(o);
        }
        tables.append(QJsonObject{{QStringLiteral("kind"), t.kind},
                                  {QStringLiteral("measure"), t.measure},
                                  {QStringLiteral("perThousand"), t.perThousand},
                                  {QStringLiteral("lowerIsBetter"), t.lowerIsBetter},
                                  {QStringLiteral("placed"), t.placedCount},
                                  {QStringLiteral("tiered"), t.tiered},
                                  {QStringLiteral("entries"), entries}});
    }
    QJsonObject o{{QStringLiteral("month"), m.month},
                  {QStringLiteral("provisional"), !m.frozen},
                  {QStringLiteral("wards"), wards},
                  {QStringLiteral("tables"), tables}};
    if (m.frozen)
        o.insert(QStringLiteral("publishedAt"), m.frozenAt);
    return o;
}

std::optional<BoardMonth> fromJson(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("month")).isString() || !o.value(QStringLiteral("tables")).isArray())
        return std::nullopt;
    BoardMonth m;
    m.month = o.value(QStringLiteral("month")).toString();
    m.frozen = !o.value(QStringLiteral("provisional")).toBool(true);
    m.frozenAt = o.value(QStringLiteral("publishedAt")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("wards")).toArray()) {
        const QJsonObject w = v.toObject();
        m.wards.append({w.value(QStringLiteral("code")).toString(), w.value(QStringLiteral("kind")).toString(),
                        qint64(w.value(QStringLiteral("population")).toDouble())});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        BoardTable table;
        table.kind = t.value(QStringLiteral("kind")).toString();
        table.measure = t.value(QStringLiteral("measure")).toString();
        table.perThousand = t.value(QStringLiteral("perThousand")).toBool();
        table.lowerIsBetter = t.value(QStringLiteral("lowerIsBetter")).toBool();
        table.placedCount = t.value(QStringLiteral("placed")).toInt();
        table.tiered = t.value(QStringLiteral("tiered")).toBool();
        for (const QJsonValue &ev : t.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = ev.toObject();
            BoardEntry entry;
            entry.ward = e.value(QStringLiteral("ward")).toString();
            entry.value = e.value(QStringLiteral("value")).toDouble();
            entry.compared = e.value(QStringLiteral("compared")).toDouble();
            entry.records = qint64(e.value(QStringLiteral("records")).toDouble());
            entry.placed = e.value(QStringLiteral("placed")).toBool();
            entry.notPlaced = e.value(QStringLiteral("notPlaced")).toString();
            entry.tier = e.value(QStringLiteral("tier")).toString();
            entry.leader = e.value(QStringLiteral("leader")).toBool();
            entry.hasRise = e.contains(QStringLiteral("rise"));
            entry.rise = e.value(QStringLiteral("rise")).toDouble();
            entry.mostImproved = e.value(QStringLiteral("mostImproved")).toBool();
            table.entries.append(entry);
        }
        m.tables.append(table);
    }
    return m;
}

}
