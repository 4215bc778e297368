// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/csvexport.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "store/recordcsv.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

CsvExport::CsvExport(HubDatabase &db) : m_db(db)
{
}

bool CsvExport::write(const QString &path, bool withPersonal, QString *error, qint64 *rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + RecordCsv::columns()
                + QStringLiteral(" FROM records r ORDER BY r.received_at, r.receipt_code"))) {
        *error = QStringLiteral("cannot read the records: %1").arg(q.lastError().text());
        file.cancelWriting();
        return false;
    }
    const RecordCsv::Personal personal = withPersonal ? RecordCsv::Personal::ContactAndConsent : RecordCsv::Personal::None;
    file.write(RecordCsv::header(personal));
    qint64 count = 0;
    while (q.next()) {
        file.write(RecordCsv::row(q, personal));
        ++count;
    }
    if (q.lastError().isValid()) {
        *error = QStringLiteral("cannot read the records: %1").arg(q.lastError().text());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (rows)
        *rows = count;
    qCInfo(lcHubStore) << "exported" << count << "records" << (withPersonal ? "with personal data" : "without personal data");
    return true;
}
