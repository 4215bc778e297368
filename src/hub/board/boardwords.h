// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"

#include <QString>
#include <QStringList>

/** The board's words, in Vietnamese ("vi") and English ("en"), one source for the public page
    /thi-dua, the back-office's /staff/board and `city-hub board`: measures and their units,
    kinds of ward, tiers with their icons (a tier is never shown by colour alone), why a ward
    is not placed, and the rules in plain words ("Cách tính"). */
namespace BoardWords {
QString kind(const QString &kind, const QString &lang);
QString measure(const QString &measure, const QString &lang);
/** The unit of the figure itself: "m²", "ngày công", "bao", "phản ánh", "ngày", "%". */
QString unit(const QString &measure, const QString &lang);
/** What wards are compared on: "m² / 1.000 dân", or the unit for the measures not divided. */
QString comparedUnit(const BoardTable &table, const QString &lang);
QString tier(const QString &tier, const QString &lang);
/** ★★★, ★★, ★, ☆ for excellent … needs-effort; empty for none. */
QString tierIcon(const QString &tier);
QString notPlaced(const QString &reason, const QString &lang);
QString leader(const QString &lang);
QString mostImproved(const QString &lang);
/** "Tạm tính" / "Provisional" or "Đã công bố" / "Published". */
QString state(const BoardMonth &month, const QString &lang);
/** "03/2026" / "Mar 2026". */
QString month(const QString &month, const QString &lang);
/** The rules, a sentence each. */
QStringList rules(const QString &lang);
/** A figure in the language's format: two decimals under 10 ("0,29"), else one ("1.234,5"). */
QString figure(double value, const QString &lang);
/** What a ward is compared on, "—" when it cannot be (no population for a per-1,000 measure). */
QString compared(const BoardTable &table, const BoardEntry &entry, const QString &lang);
}
