// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardstore.h"

#include "logging.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool isMonth(const QJsonValue &v)
{
    static const QRegularExpression month(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    return v.isString() && month.match(v.toString()).hasMatch();
}

std::optional<QJsonObject> refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

}

std::optional<QJsonObject> BoardStore::check(const QByteArray &body, QString *why)
{
    if (body.size() > MaxBytes)
        return refuse(why, QStringLiteral("board of %1 bytes is too large").arg(body.size()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(why, QStringLiteral("board is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (!isMonth(root.value(QStringLiteral("currentMonth"))))
        return refuse(why, QStringLiteral("board without a current month"));
    const QString ward = root.value(QStringLiteral("ward")).toString();
    if (ward.isEmpty() || ward.size() > 40)
        return refuse(why, QStringLiteral("board without the kiosk's ward"));
    const QJsonArray months = root.value(QStringLiteral("months")).toArray();
    if (months.isEmpty())
        return refuse(why, QStringLiteral("board without months"));
    for (const QJsonValue &m : months) {
        const QJsonObject month = m.toObject();
        if (!isMonth(month.value(QStringLiteral("month"))) || !month.value(QStringLiteral("tables")).isArray()
            || !month.value(QStringLiteral("wards")).isArray())
            return refuse(why, QStringLiteral("board month without its month, wards or tables"));
    }
    if (months.last().toObject().value(QStringLiteral("month")) != root.value(QStringLiteral("currentMonth")))
        return refuse(why, QStringLiteral("board's last month is not its current month"));
    if (root.contains(QStringLiteral("waste")) && !root.value(QStringLiteral("waste")).isObject())
        return refuse(why, QStringLiteral("board's waste is not an object"));
    return root;
}

std::optional<BoardStore::Stored> BoardStore::load() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT etag, json, fetched_at FROM board WHERE id = 1")) || !q.next())
        return std::nullopt;
    // Stored only after check(); checked again so a hand-edited row cannot break the page.
    QString why;
    const std::optional<QJsonObject> board = check(q.value(1).toString().toUtf8(), &why);
    if (!board) {
        qCWarning(lcStore) << "stored board not shown:" << why;
        return std::nullopt;
    }
    return Stored{q.value(0).toString().toLatin1(), *board, q.value(2).toString()};
}

StoreResult<> BoardStore::save(const QByteArray &etag, const QByteArray &body)
{
    QString why;
    if (!check(body, &why))
        return StoreError::failed(why);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO board (id, etag, json, fetched_at) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET etag = excluded.etag, json = excluded.json, "
                             "fetched_at = excluded.fetched_at"));
    q.addBindValue(QString::fromLatin1(etag));
    q.addBindValue(QString::fromUtf8(body));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StoreError::from(q.lastError());
    return {};
}
