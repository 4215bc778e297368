// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardformat.h"

#include "board/boardtext.h"
#include "staff/staffpages.h"
#include "text/formatting.h"

#include <cmath>

namespace BoardFormat {

namespace {
/** board_rule_1 … board_rule_9 in staff/text/board-{vi,en}.json. */
constexpr int RuleCount = 9;
}

QString figure(double value, const QString &lang)
{
    // Two decimals under 10, so wards whose tiers differ never show the same figure.
    return std::fabs(value) < 10 ? Formatting::decimal(std::round(value * 100) / 100, lang)
                                 : Formatting::decimal(std::round(value * 10) / 10, lang);
}

QString compared(const BoardTable &table, const BoardEntry &entry, const QString &lang)
{
    if (table.perThousand && entry.notPlaced == u"no-population")
        return QStringLiteral("—");
    return figure(entry.compared, lang);
}

QString comparedUnit(const BoardTable &table, const QString &lang)
{
    return BoardText::comparedUnit(table.measure, table.perThousand, lang);
}

QString tierIcon(const QString &k)
{
    if (k == u"excellent")
        return QStringLiteral("★★★");
    if (k == u"good")
        return QStringLiteral("★★");
    if (k == u"fair")
        return QStringLiteral("★");
    if (k == u"needs-effort")
        return QStringLiteral("☆");
    return {};
}

QString notPlaced(const BoardEntry &entry, const QString &lang)
{
    return entry.placed ? QString() : BoardText::notPlaced(entry.notPlaced, int(BoardRules::MinRecords), lang);
}

QString state(const BoardMonth &m, const QString &lang)
{
    return StaffPages::word(lang, m.frozen ? QStringLiteral("board_state_published") : QStringLiteral("board_state_provisional"));
}

QStringList rules(const QString &lang)
{
    QStringList out;
    for (int i = 1; i <= RuleCount; ++i)
        out.append(StaffPages::word(lang, QStringLiteral("board_rule_%1").arg(i)));
    return out;
}

}
