// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordcsv.h"

#include "store/storeformats.h"
#include "text/csv.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using StoreFormats::compactJson;
using StoreFormats::parseObject;

namespace RecordCsv {

namespace {
// The first OwnColumns of columns() are written as they are; then payload, then personal.
constexpr int OwnColumns = 11;
constexpr int PayloadColumn = 11;
constexpr int PersonalColumn = 12;
}

QString columns()
{
    return QStringLiteral("r.receipt_code, r.id, r.kind, r.created_at, r.received_at, r.ward, r.kiosk_id, r.entered_by,"
                          " r.status, r.updated_at, r.status_note, r.payload, r.personal");
}

QByteArray header(Personal personal)
{
    QStringList names{QStringLiteral("receipt_code"), QStringLiteral("id"), QStringLiteral("kind"),
                      QStringLiteral("created_at"), QStringLiteral("received_at"), QStringLiteral("ward"),
                      QStringLiteral("kiosk_id"), QStringLiteral("entered_by"), QStringLiteral("status"),
                      QStringLiteral("updated_at"), QStringLiteral("status_note"), QStringLiteral("project_code"),
                      QStringLiteral("anonymous"), QStringLiteral("details")};
    if (personal != Personal::None)
        names << QStringLiteral("full_name") << QStringLiteral("phone") << QStringLiteral("residential_group");
    if (personal == Personal::ContactAndConsent)
        names << QStringLiteral("consent_version");
    return "\xEF\xBB\xBF" + names.join(u',').toUtf8() + "\r\n";
}

QByteArray row(const QSqlQuery &q, Personal personal)
{
    QJsonObject payload = parseObject(q.value(PayloadColumn).toString());
    const QString project = payload.value(QStringLiteral("projectCode")).toString();
    const bool anonymous = payload.value(QStringLiteral("anonymous")).toBool();
    payload.remove(QStringLiteral("projectCode"));
    payload.remove(QStringLiteral("anonymous"));
    QStringList cells;
    for (int i = 0; i < OwnColumns; ++i)
        cells.append(Csv::field(q.value(i).toString()));
    cells << Csv::field(project) << (anonymous ? QStringLiteral("yes") : QStringLiteral("no"))
          << Csv::field(compactJson(payload));
    if (personal != Personal::None) {
        const QJsonObject all = parseObject(q.value(PersonalColumn).toString());
        const QJsonObject person = all.value(QStringLiteral("person")).toObject();
        cells << Csv::field(person.value(QStringLiteral("fullName")).toString())
              << Csv::field(person.value(QStringLiteral("phone")).toString())
              << Csv::field(person.value(QStringLiteral("residentialGroup")).toString());
        if (personal == Personal::ContactAndConsent)
            cells << Csv::field(all.value(QStringLiteral("consent")).toObject().value(QStringLiteral("textVersion")).toString());
    }
    return cells.join(u',').toUtf8() + "\r\n";
}

}
