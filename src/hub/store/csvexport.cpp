// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/csvexport.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "store/storeformats.h"
#include "text/csv.h"

#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using StoreFormats::compactJson;
using StoreFormats::parseObject;

namespace {

}

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
    if (!q.exec(QStringLiteral("SELECT receipt_code, id, kind, created_at, received_at, ward, kiosk_id, entered_by,"
                               " status, updated_at, status_note, payload, personal FROM records"
                               " ORDER BY received_at, receipt_code"))) {
        *error = QStringLiteral("cannot read the records: %1").arg(q.lastError().text());
        file.cancelWriting();
        return false;
    }
    QStringList header{QStringLiteral("receipt_code"), QStringLiteral("id"), QStringLiteral("kind"),
                       QStringLiteral("created_at"), QStringLiteral("received_at"), QStringLiteral("ward"),
                       QStringLiteral("kiosk_id"), QStringLiteral("entered_by"), QStringLiteral("status"),
                       QStringLiteral("updated_at"), QStringLiteral("status_note"), QStringLiteral("project_code"),
                       QStringLiteral("anonymous"), QStringLiteral("details")};
    if (withPersonal)
        header << QStringLiteral("full_name") << QStringLiteral("phone") << QStringLiteral("residential_group")
               << QStringLiteral("consent_version");
    file.write("\xEF\xBB\xBF");
    file.write(header.join(u',').toUtf8() + "\r\n");
    qint64 count = 0;
    while (q.next()) {
        QJsonObject payload = parseObject(q.value(11).toString());
        const QString project = payload.value(QStringLiteral("projectCode")).toString();
        const bool anonymous = payload.value(QStringLiteral("anonymous")).toBool();
        payload.remove(QStringLiteral("projectCode"));
        payload.remove(QStringLiteral("anonymous"));
        QStringList fields;
        for (int i = 0; i <= 10; ++i)
            fields.append(Csv::field(q.value(i).toString()));
        fields << Csv::field(project) << (anonymous ? QStringLiteral("yes") : QStringLiteral("no"))
               << Csv::field(compactJson(payload));
        if (withPersonal) {
            const QJsonObject personal = parseObject(q.value(12).toString());
            const QJsonObject person = personal.value(QStringLiteral("person")).toObject();
            const QJsonObject consent = personal.value(QStringLiteral("consent")).toObject();
            fields << Csv::field(person.value(QStringLiteral("fullName")).toString())
                   << Csv::field(person.value(QStringLiteral("phone")).toString())
                   << Csv::field(person.value(QStringLiteral("residentialGroup")).toString())
                   << Csv::field(consent.value(QStringLiteral("textVersion")).toString());
        }
        file.write(fields.join(u',').toUtf8() + "\r\n");
        ++count;
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
