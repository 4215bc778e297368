// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"

#include <QString>
#include <QStringList>

/** How the hub shows the board's figures and marks, for /thi-dua, /staff/board and `city-hub
    board`. The board's words (kinds, measures, units, tiers, why a ward is not placed,
    months) are the kiosk's, BoardText (src/core/board/boardtext.h); the pages' own words
    are in the back-office's word files (staff/text/board-{vi,en}.json). */
namespace BoardFormat {
/** A figure in the language's format: two decimals under 10 ("0,29"), else one ("1.234,5"). */
QString figure(double value, const QString &lang);
/** What a ward is compared on, "—" when it cannot be (no population for a per-1,000 measure). */
QString compared(const BoardTable &table, const BoardEntry &entry, const QString &lang);
/** "m² / 1.000 dân", or the unit for the measures not divided (BoardText::comparedUnit). */
QString comparedUnit(const BoardTable &table, const QString &lang);
/** ★★★, ★★, ★, ☆ for excellent … needs-effort (a tier is never shown by colour alone); empty
    for none. */
QString tierIcon(const QString &tier);
/** Why an entry is not placed (BoardText::notPlaced with BoardRules::MinRecords); empty when
    it is placed. */
QString notPlaced(const BoardEntry &entry, const QString &lang);
/** "Tạm tính" / "Provisional" or "Đã công bố" / "Published" (board-*.json). */
QString state(const BoardMonth &month, const QString &lang);
/** The rules in plain words ("Cách tính"), a sentence each (board-*.json). */
QStringList rules(const QString &lang);
}
