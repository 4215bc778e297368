// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

/** CSV cells that are safe to open in a spreadsheet: the one place the kiosk's staff export
    and the hub's exports make their fields. */
namespace Csv {

/** One field: a leading = + - @, tab or carriage return (what a spreadsheet would run as a
    formula) gets an apostrophe before it, which spreadsheets show as plain text; a field
    holding a comma, quote or line break is quoted, its quotes doubled. */
QString field(QString text);

}
