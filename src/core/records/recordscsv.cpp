// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordscsv.h"

#include "text/csv.h"

namespace RecordsCsv {

QByteArray field(const QString &value)
{
    return Csv::field(value).toUtf8();
}

QByteArray make(const QList<RecordListEntry> &records)
{
    QByteArray out("\xEF\xBB\xBF");
    out += "receipt_code,kind,created_at,ward,status,sync_state,entered_by\r\n";
    for (const RecordListEntry &r : records) {
        out += field(r.receiptCode) + ',' + field(r.kind) + ',' + field(r.createdAt) + ',' + field(r.ward) + ','
                + field(r.status) + ',' + field(r.syncState) + ',' + field(r.enteredBy) + "\r\n";
    }
    return out;
}

}
