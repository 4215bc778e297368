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
/** One field as UTF-8 (Csv::field: defused, quoted when needed). */
QByteArray field(const QString &value);

}
