// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"

#include <QJsonObject>

#include <optional>

/** A month of the board as JSON: what /api/v1/board sends and what a frozen month keeps in
    board_months.json (deploy/SYNC-PROTOCOL.md, "The movement board"). Reading it back gives
    the same BoardMonth, so a frozen month is shown, and feeds the next month's "most
    improved", exactly as it was published. */
namespace BoardJson {
QJsonObject toJson(const BoardMonth &month);
/** nullopt when the object is not a board month. */
std::optional<BoardMonth> fromJson(const QJsonObject &o);
}
