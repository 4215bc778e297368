// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHttpServer;
class StaffSite;

/** The movement board for officers: /staff/board[?month=YYYY-MM] shows one month's tables,
    kind by kind and measure by measure, each ward's compared figure, total, records, tier
    (word and icon, never colour alone), leader and most improved, and why a ward is not placed. */
namespace StaffBoard {
void install(StaffSite &site, QHttpServer &http);
}
