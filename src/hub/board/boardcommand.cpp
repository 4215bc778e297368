// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardcommand.h"

#include "board/boardservice.h"
#include "board/boardformat.h"
#include "board/boardtext.h"
#include "commandoutput.h"
#include "hubstore.h"

#include <algorithm>

using namespace CommandOutput;

namespace {

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), u' ');
}

void printTable(const QList<QStringList> &table)
{
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &row : table)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : table) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? padded(row.at(i), widths[i] + 2) : row.at(i);
        out(line.trimmed());
    }
}

}

int BoardCommand::run(HubStore &store, const QString &monthText, const QString &ward, bool freeze)
{
    const QString en = QStringLiteral("en");
    BoardService service(store);
    const QString current = BoardService::monthOf(BoardService::today());
    QString month = current;
    if (!monthText.isEmpty()) {
        month = BoardService::checkedMonth(monthText);
        if (month.isEmpty())
            return fail(ExitUsage, QStringLiteral("--month %1 is not a month such as 2026-03").arg(monthText));
        if (month > current)
            return fail(ExitRefused, QStringLiteral("%1 has not begun yet").arg(month));
    }
    QString error;
    if (!store.content().ensureContent(&error))
        return fail(ExitDatabase, error);
    if (!ward.isEmpty() && !store.content().wardExists(ward))
        return fail(ExitRefused, QStringLiteral("ward “%1” is not in the published content").arg(ward));
    if (freeze) {
        const std::optional<int> frozen = service.freezeDue(BoardService::today());
        if (!frozen)
            return fail(ExitDatabase, QStringLiteral("cannot publish the board's due months"));
        out(QStringLiteral("%1 month(s) published").arg(*frozen));
    }
    const auto months = service.months(month, 1);
    if (!months)
        return fail(ExitDatabase, QStringLiteral("cannot read the board's figures"));
    const BoardMonth &m = months->first();
    out(QStringLiteral("board %1: %2%3").arg(m.month, m.frozen ? QStringLiteral("published ") + m.frozenAt
                                                                : QStringLiteral("provisional"),
                                             QString()));
    for (const BoardTable &t : m.tables) {
        QList<QStringList> table{{QStringLiteral("WARD"), QStringLiteral("FIGURE"),
                                  t.perThousand ? QStringLiteral("PER 1,000") : QStringLiteral("COMPARED"),
                                  QStringLiteral("RECORDS"), QStringLiteral("TIER"), QStringLiteral("MARKS")}};
        for (const BoardEntry &e : t.entries) {
            if (!ward.isEmpty() && e.ward != ward)
                continue;
            QStringList marks;
            if (e.leader)
                marks.append(QStringLiteral("leader"));
            if (e.mostImproved)
                marks.append(QStringLiteral("most improved"));
            table.append({e.ward, BoardFormat::figure(e.value, en), BoardFormat::figure(e.compared, en),
                          QString::number(e.records),
                          e.placed ? (e.tier.isEmpty() ? QStringLiteral("-") : e.tier) : QStringLiteral("not placed: ") + e.notPlaced,
                          marks.join(QStringLiteral(", "))});
        }
        if (table.size() == 1)
            continue;
        out(QString());
        out(QStringLiteral("%1 · %2 (%3)").arg(t.kind, BoardText::measure(t.measure, en), BoardFormat::comparedUnit(t, en)));
        printTable(table);
    }
    return ExitOk;
}
