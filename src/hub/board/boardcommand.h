// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class HubStore;

/** `city-hub board [--month YYYY-MM] [--ward CODE] [--freeze]`: the board of a month as text
    tables (one per kind and measure: ward, figure, per 1,000, records, tier or why not
    placed, leader, most improved), a ward's lines only with --ward; --freeze first publishes
    every due month not yet frozen (as the daily upkeep does). */
namespace BoardCommand {
int run(HubStore &store, const QString &month, const QString &ward, bool freeze);
}
