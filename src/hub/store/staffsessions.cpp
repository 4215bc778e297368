// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/staffsessions.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "store/storeformats.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using StoreFormats::nowUtc;
using StoreFormats::sha256Hex;

namespace {

QString randomHex()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A request within this many seconds of the last noted one does not write last_seen again:
// pages would otherwise cost a write each, and idle expiry has minutes to spare.
constexpr int TouchGranularitySeconds = 15;

}

StaffSessions::StaffSessions(HubDatabase &db) : m_db(db)
{
}

std::optional<StaffSessions::Opened> StaffSessions::open(qint64 accountId)
{
    Opened o{randomHex(), randomHex()};
    const QString now = nowUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff_sessions (token_hash, account_id, csrf, created_at, last_seen)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sha256Hex(o.token.toLatin1()));
    q.addBindValue(accountId);
    q.addBindValue(o.csrf);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot open a staff session:" << q.lastError().text();
        return std::nullopt;
    }
    return o;
}

std::optional<StaffSessions::Session> StaffSessions::find(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    if (!shape.match(token).hasMatch())
        return std::nullopt;
    const QString hash = sha256Hex(token.toLatin1());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.csrf, s.created_at, s.last_seen, a.id, a.login, a.display_name, a.roles, a.ward,"
                             " a.created_at, a.disabled_at FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id"
                             " WHERE s.token_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Session s;
    s.tokenHash = hash;
    s.csrf = q.value(0).toString();
    s.createdAt = q.value(1).toString();
    const QDateTime created = QDateTime::fromString(s.createdAt, Qt::ISODateWithMs);
    const QDateTime lastSeen = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    s.account.id = q.value(3).toLongLong();
    s.account.login = q.value(4).toString();
    s.account.displayName = q.value(5).toString();
    s.account.roles = StaffRole::fromText(q.value(6).toString());
    s.account.ward = q.value(7).toString();
    s.account.createdAt = q.value(8).toString();
    s.account.disabledAt = q.value(9).toString();
    q.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!created.isValid() || !lastSeen.isValid() || created.secsTo(now) >= m_limits.lifetimeSeconds
        || lastSeen.secsTo(now) >= m_limits.idleSeconds || !s.account.isActive()) {
        end(hash);
        return std::nullopt;
    }
    if (lastSeen.secsTo(now) >= TouchGranularitySeconds || m_limits.idleSeconds < 4 * TouchGranularitySeconds) {
        QSqlQuery touch(m_db.connection());
        touch.prepare(QStringLiteral("UPDATE staff_sessions SET last_seen = ? WHERE token_hash = ?"));
        touch.addBindValue(isoUtc(now));
        touch.addBindValue(hash);
        if (!touch.exec())
            qCWarning(lcHubStore) << "cannot note a staff session's last request:" << touch.lastError().text();
    }
    return s;
}

bool StaffSessions::end(const QString &tokenHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM staff_sessions WHERE token_hash = ?"));
    q.addBindValue(tokenHash);
    return q.exec();
}

bool StaffSessions::endAll(qint64 accountId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM staff_sessions WHERE account_id = ?"));
    q.addBindValue(accountId);
    return q.exec();
}

qint64 StaffSessions::openCount(qint64 accountId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM staff_sessions WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
