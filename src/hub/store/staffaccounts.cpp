// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/staffaccounts.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "store/auditlog.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using StoreFormats::nowUtc;

namespace {

const QString Columns = QStringLiteral("id, login, display_name, roles, ward, created_at, disabled_at");

StaffAccount fromRow(const QSqlQuery &q)
{
    StaffAccount a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.roles = StaffRole::fromText(q.value(3).toString());
    a.ward = q.value(4).toString();
    a.createdAt = q.value(5).toString();
    a.disabledAt = q.value(6).toString();
    return a;
}

bool grantsOfficer(StaffRole::Roles before, StaffRole::Roles after)
{
    const StaffRole::Roles officer = StaffRole::City | StaffRole::Ward;
    return (after & officer) & ~(before & officer);
}

}

StaffAccounts::StaffAccounts(HubDatabase &db, AuditLog &audit) : m_db(db), m_audit(audit)
{
}

QString StaffAccounts::checkShape(const QString &login, const QString &displayName, StaffRole::Roles roles,
                                  const QString &ward)
{
    if (!StaffRules::isValidLogin(login))
        return QStringLiteral("the account name must be 2–64 lower-case letters, digits, '.', '_' or '-', "
                              "starting with a letter or digit");
    if (displayName.isEmpty() || displayName.size() > StaffRules::MaxDisplayNameLength)
        return QStringLiteral("the display name must be 1–%1 characters").arg(StaffRules::MaxDisplayNameLength);
    if (!roles)
        return QStringLiteral("an account needs at least one role: city, ward or admin");
    if (roles.testFlag(StaffRole::Ward) && ward.isEmpty())
        return QStringLiteral("a ward officer needs --ward CODE");
    if (!roles.testFlag(StaffRole::Ward) && !ward.isEmpty())
        return QStringLiteral("only a ward officer has a ward");
    return {};
}

StaffAccounts::Outcome StaffAccounts::add(const AuditActor &actor, const QString &login, const QString &displayName,
                                          StaffRole::Roles roles, const QString &ward, const QByteArray &passwordHash,
                                          QString *error)
{
    const QString name = TextFold::clean(displayName, false);
    *error = checkShape(login, name, roles, ward);
    if (!error->isEmpty())
        return Outcome::Invalid;
    if (passwordHash.isEmpty()) {
        *error = QStringLiteral("the password could not be hashed");
        return Outcome::StorageError;
    }
    if (byLogin(login)) {
        *error = QStringLiteral("there is already an account %1").arg(login);
        return Outcome::Exists;
    }
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return Outcome::StorageError;
    const QString now = nowUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff_accounts (login, display_name, roles, ward, password_hash, created_at,"
                             " password_set_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(name);
    q.addBindValue(StaffRole::toText(roles));
    q.addBindValue(ward.isEmpty() ? HubDatabase::nullText() : QVariant(ward));
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(now);
    q.addBindValue(now);
    const QString target = QStringLiteral("account:") + login;
    const QString detail = StaffRole::toText(roles) + (ward.isEmpty() ? QString() : QStringLiteral(" ward=") + ward);
    if (!q.exec() || !m_audit.append(actor, QStringLiteral("account.add"), target, {}, detail)
        || (grantsOfficer({}, roles) && !m_audit.append(actor, QStringLiteral("account.officer-granted"), target, {}, detail))
        || !transaction.commit()) {
        *error = q.lastError().text();
        transaction.rollback();
        return Outcome::StorageError;
    }
    qCInfo(lcHubStore) << "staff account" << login << "added with roles" << StaffRole::toText(roles);
    return Outcome::Done;
}

StaffAccounts::Outcome StaffAccounts::endSessionsAndAudit(const AuditActor &actor, const QString &login,
                                                          const QString &set, const QVariantList &values,
                                                          const QString &action, const QString &detail,
                                                          bool officerGranted)
{
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return Outcome::StorageError;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff_accounts SET %1 WHERE login = ? RETURNING id").arg(set));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(login);
    if (!q.exec()) {
        transaction.rollback();
        return Outcome::StorageError;
    }
    if (!q.next()) {
        transaction.rollback();
        return Outcome::NotFound;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery end(m_db.connection());
    end.prepare(QStringLiteral("DELETE FROM staff_sessions WHERE account_id = ?"));
    end.addBindValue(id);
    const QString target = QStringLiteral("account:") + login;
    if (!end.exec() || !m_audit.append(actor, action, target, {}, detail)
        || (officerGranted && !m_audit.append(actor, QStringLiteral("account.officer-granted"), target, {}, detail))
        || !transaction.commit()) {
        transaction.rollback();
        return Outcome::StorageError;
    }
    qCInfo(lcHubStore) << "staff account" << login << action;
    return Outcome::Done;
}

StaffAccounts::Outcome StaffAccounts::disable(const AuditActor &actor, const QString &login)
{
    const auto existing = byLogin(login);
    if (!existing)
        return Outcome::NotFound;
    if (!existing->account.isActive())
        return Outcome::Done;
    return endSessionsAndAudit(actor, login, QStringLiteral("disabled_at = ?"), {nowUtc()},
                               QStringLiteral("account.disable"), {});
}

StaffAccounts::Outcome StaffAccounts::enable(const AuditActor &actor, const QString &login)
{
    return endSessionsAndAudit(actor, login, QStringLiteral("disabled_at = ?"), {HubDatabase::nullText()},
                               QStringLiteral("account.enable"), {});
}

StaffAccounts::Outcome StaffAccounts::setPassword(const AuditActor &actor, const QString &login,
                                                  const QByteArray &passwordHash)
{
    if (passwordHash.isEmpty())
        return Outcome::StorageError;
    return endSessionsAndAudit(actor, login, QStringLiteral("password_hash = ?, password_set_at = ?"),
                               {QString::fromLatin1(passwordHash), nowUtc()}, QStringLiteral("account.password"), {});
}

StaffAccounts::Outcome StaffAccounts::setRoles(const AuditActor &actor, const QString &login, StaffRole::Roles roles,
                                               const QString &ward, QString *error)
{
    const auto existing = byLogin(login);
    if (!existing)
        return Outcome::NotFound;
    *error = checkShape(login, existing->account.displayName, roles, ward);
    if (!error->isEmpty())
        return Outcome::Invalid;
    const QString detail = StaffRole::toText(roles) + (ward.isEmpty() ? QString() : QStringLiteral(" ward=") + ward);
    return endSessionsAndAudit(actor, login, QStringLiteral("roles = ?, ward = ?"),
                               {StaffRole::toText(roles), ward.isEmpty() ? HubDatabase::nullText() : QVariant(ward)},
                               QStringLiteral("account.roles"), detail, grantsOfficer(existing->account.roles, roles));
}

std::optional<StaffAccounts::WithHash> StaffAccounts::byLogin(const QString &login)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, password_hash FROM staff_accounts WHERE login = ?").arg(Columns));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return WithHash{fromRow(q), q.value(7).toString().toLatin1()};
}

std::optional<StaffAccount> StaffAccounts::byId(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM staff_accounts WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<QList<StaffAccount>> StaffAccounts::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM staff_accounts ORDER BY login").arg(Columns))) {
        qCWarning(lcHubStore) << "cannot list staff accounts:" << q.lastError().text();
        return std::nullopt;
    }
    QList<StaffAccount> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}
