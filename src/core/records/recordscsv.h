// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "recordstore.h"

#include <QByteArray>
#include <QList>

/** The records list as CSV for staff to open in a spreadsheet: UTF-8 with a byte-order mark
    (so Excel reads Vietnamese right), CRLF lines, one row per record with its receipt code,
    kind, creation time, ward, status, sync state and who entered it — never a name, phone,
    group or photo: RecordListEntry holds none. */
namespace RecordsCsv {

QByteArray make(const QList<RecordListEntry> &records);
/** One field, quoted when it holds a comma, quote or line break; a leading = + - @ is
    defused with a quote mark so a spreadsheet never runs it as a formula. */
QByteArray field(const QString &value);

}
