// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordscsv.h"

namespace RecordsCsv {

QByteArray field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v.toUtf8();
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
