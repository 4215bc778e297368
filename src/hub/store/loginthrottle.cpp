// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/loginthrottle.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "store/storeformats.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr int ForgetAfterSeconds = 24 * 3600;
struct Rule
{
    int free;
    int ceiling;
};
constexpr Rule PairRule{3, 15 * 60};
constexpr Rule AddressRule{10, 15 * 60};
constexpr Rule AccountRule{5, 60};
}

LoginThrottle::LoginThrottle(HubDatabase &db) : m_db(db)
{
}

LoginThrottle::Keys LoginThrottle::keysFor(const QString &login, const QString &clientAddress)
{
    using StoreFormats::sha256Hex;
    const QString l = login.trimmed().toLower();
    return {QStringLiteral("p:") + sha256Hex((l + u'\n' + clientAddress).toUtf8()),
            QStringLiteral("c:") + sha256Hex(clientAddress.toUtf8()),
            QStringLiteral("a:") + sha256Hex(l.toUtf8())};
}

int LoginThrottle::delayFor(qint64 failures, int free, int ceilingSeconds)
{
    if (failures <= free)
        return 0;
    const qint64 over = failures - free - 1;
    if (over >= 20)
        return ceilingSeconds;
    return int(std::min<qint64>(qint64(1) << over, ceilingSeconds));
}

int LoginThrottle::waitFor(const QString &key, int free, int ceiling)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT failures, last_at FROM login_failures WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return 0;
    const QDateTime last = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    const qint64 since = last.isValid() ? last.secsTo(QDateTime::currentDateTimeUtc()) : ForgetAfterSeconds;
    if (since >= ForgetAfterSeconds)
        return 0;
    const int delay = delayFor(q.value(0).toLongLong(), free, ceiling);
    return int(std::max<qint64>(0, delay - since));
}

int LoginThrottle::waitSeconds(const Keys &keys)
{
    return std::max({waitFor(keys.pair, PairRule.free, PairRule.ceiling),
                     waitFor(keys.address, AddressRule.free, AddressRule.ceiling),
                     waitFor(keys.account, AccountRule.free, AccountRule.ceiling)});
}

void LoginThrottle::bump(const QString &key)
{
    const QString now = StoreFormats::nowUtc();
    const QString forgotten = QDateTime::currentDateTimeUtc().addSecs(-ForgetAfterSeconds).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db.connection());
    // One statement in both dialects: a stale count starts again at 1.
    q.prepare(QStringLiteral("INSERT INTO login_failures (key, failures, last_at) VALUES (?, 1, ?)"
                             " ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN login_failures.last_at < ? THEN 1"
                             " ELSE login_failures.failures + 1 END, last_at = excluded.last_at"));
    q.addBindValue(key);
    q.addBindValue(now);
    q.addBindValue(forgotten);
    if (!q.exec())
        qCWarning(lcHubStore) << "cannot count a failed sign-in:" << q.lastError().text();
}

void LoginThrottle::clear(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM login_failures WHERE key = ?"));
    q.addBindValue(key);
    q.exec();
}

void LoginThrottle::recordFailure(const Keys &keys)
{
    bump(keys.pair);
    bump(keys.address);
    bump(keys.account);
}

void LoginThrottle::recordSuccess(const Keys &keys)
{
    clear(keys.pair);
    clear(keys.account);
}
