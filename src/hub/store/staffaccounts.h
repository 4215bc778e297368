// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "staff/staffaccount.h"

#include <QByteArray>
#include <QList>
#include <QVariantList>

#include <optional>

class AuditLog;
class HubDatabase;
struct AuditActor;

/** The back-office's accounts (store/README.md): city officers, ward officers, city admins.
    Only an Argon2id hash of a password is kept (staff/passwordhasher.h makes it). Every
    change is audited in its own transaction, and disabling an account, setting its password
    or changing its roles ends all of its sessions at once. Giving an officer role is audited
    as "account.officer-granted" so the dashboard can flag it. */
class StaffAccounts
{
public:
    StaffAccounts(HubDatabase &db, AuditLog &audit);

    struct WithHash
    {
        StaffAccount account;
        QByteArray passwordHash;
    };

    enum class Outcome { Done, Exists, NotFound, Invalid, StorageError };

    /** Creates an account. Invalid (with *error) for a malformed login or name, no role, a
        ward officer without a ward or a ward given to an account that is not a ward officer. */
    Outcome add(const AuditActor &actor, const QString &login, const QString &displayName,
                StaffRole::Roles roles, const QString &ward, const QByteArray &passwordHash, QString *error);
    Outcome disable(const AuditActor &actor, const QString &login);
    Outcome enable(const AuditActor &actor, const QString &login);
    Outcome setPassword(const AuditActor &actor, const QString &login, const QByteArray &passwordHash);
    Outcome setRoles(const AuditActor &actor, const QString &login, StaffRole::Roles roles, const QString &ward,
                     QString *error);

    std::optional<WithHash> byLogin(const QString &login);
    std::optional<StaffAccount> byId(qint64 id);
    /** Every account by login; nullopt when reading fails. */
    std::optional<QList<StaffAccount>> list();

    static QString checkShape(const QString &login, const QString &displayName, StaffRole::Roles roles,
                              const QString &ward);

private:
    Outcome endSessionsAndAudit(const AuditActor &actor, const QString &login, const QString &set,
                                const QVariantList &values, const QString &action, const QString &detail,
                                bool officerGranted = false);

    HubDatabase &m_db;
    AuditLog &m_audit;
};
