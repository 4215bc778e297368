// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordsearch.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

void collect(const QJsonValue &value, QStringList *out)
{
    if (value.isString())
        out->append(value.toString());
    else if (value.isDouble())
        out->append(QString::number(value.toDouble()));
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            collect(v, out);
    else if (value.isObject())
        for (const QJsonValue &v : value.toObject())
            collect(v, out);
}

}

RecordSearch::RecordSearch(HubDatabase &db) : m_db(db)
{
}

QString RecordSearch::bodyText(const QString &receiptCode, const QJsonObject &payload)
{
    QStringList parts{receiptCode};
    collect(payload, &parts);
    return TextFold::fold(parts.join(u' '));
}

QString RecordSearch::personalText(const QJsonObject &personal)
{
    const QJsonObject person = personal.value(QStringLiteral("person")).toObject();
    QString digits;
    for (const QChar c : person.value(QStringLiteral("phone")).toString())
        if (c.isDigit())
            digits.append(c);
    return TextFold::fold(person.value(QStringLiteral("fullName")).toString() + u' ' + digits);
}

bool RecordSearch::write(QSqlDatabase db, const QString &recordId, const QString &receiptCode,
                         const QJsonObject &payload, const QJsonObject &personal)
{
    return writeAll(db, {{recordId, receiptCode, payload, personal}});
}

bool RecordSearch::writeAll(QSqlDatabase db, const QList<Entry> &entries)
{
    constexpr qsizetype RowsPerStatement = 100;
    QSqlQuery q(db);
    for (qsizetype from = 0; from < entries.size(); from += RowsPerStatement) {
        const qsizetype n = std::min(RowsPerStatement, entries.size() - from);
        QStringList rows(n, QStringLiteral("(?, ?, ?)"));
        q.prepare(QStringLiteral("INSERT INTO record_search (record_id, body, personal) VALUES %1"
                                 " ON CONFLICT (record_id) DO UPDATE SET body = excluded.body, personal = excluded.personal")
                          .arg(rows.join(QStringLiteral(", "))));
        for (qsizetype i = from; i < from + n; ++i) {
            const Entry &e = entries.at(i);
            q.addBindValue(e.recordId);
            q.addBindValue(bodyText(e.receiptCode, e.payload));
            const QString p = personalText(e.personal);
            q.addBindValue(p.isNull() ? QStringLiteral("") : p);
        }
        if (!q.exec()) {
            qCWarning(lcHubStore) << "cannot write records' search text:" << q.lastError().text();
            return false;
        }
    }
    return true;
}

bool RecordSearch::forgetErased(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE record_search SET personal = '' WHERE personal <> '' AND record_id IN"
                               " (SELECT id FROM records WHERE personal_erased_at IS NOT NULL)"))) {
        qCWarning(lcHubStore) << "cannot forget erased search text:" << q.lastError().text();
        return false;
    }
    return true;
}

bool RecordSearch::reindex(const QString &recordId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT receipt_code, payload, personal FROM records WHERE id = ?"));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return false;
    const QString code = q.value(0).toString();
    const QJsonObject payload = StoreFormats::parseObject(q.value(1).toString());
    const QJsonObject personal = StoreFormats::parseObject(q.value(2).toString());
    q.finish();
    return write(m_db.connection(), recordId, code, payload, personal);
}

int RecordSearch::backfill()
{
    int written = 0;
    for (;;) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT r.id, r.receipt_code, r.payload, r.personal FROM records r"
                                   " WHERE NOT EXISTS (SELECT 1 FROM record_search s WHERE s.record_id = r.id)"
                                   " LIMIT 1000"))) {
            qCWarning(lcHubStore) << "cannot read records to index:" << q.lastError().text();
            return -1;
        }
        struct Row { QString id, code, payload, personal; };
        QList<Row> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        q.finish();
        if (rows.isEmpty())
            break;
        HubTransaction transaction(m_db);
        if (!transaction.begun())
            return -1;
        for (const Row &r : std::as_const(rows)) {
            if (!write(m_db.connection(), r.id, r.code, StoreFormats::parseObject(r.payload),
                       StoreFormats::parseObject(r.personal))) {
                transaction.rollback();
                return -1;
            }
        }
        if (!transaction.commit()) {
            transaction.rollback();
            return -1;
        }
        written += int(rows.size());
    }
    if (written > 0)
        qCInfo(lcHubStore) << "search text written for" << written << "earlier records";
    return written;
}
