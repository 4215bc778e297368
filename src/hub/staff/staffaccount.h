// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFlags>
#include <QString>
#include <QStringList>

/** Who may do what in the back-office (/staff). Pure: no database, no HTTP, so every rule is
    unit-tested (tests/hub/tst_staffaccess.cpp) and every page asks here, never decides itself. */
namespace StaffRole {
Q_NAMESPACE
enum Role {
    City = 0x1,   // city officer: every ward
    Ward = 0x2,   // ward officer: one ward
    Admin = 0x4,  // city admin: accounts, kiosks, content; no personal data as admin
};
Q_DECLARE_FLAGS(Roles, Role)
Q_FLAG_NS(Roles)

/** "admin,city,ward" (sorted, the column's form) ⇄ roles; unknown words are dropped. */
QString toText(Roles roles);
Roles fromText(const QString &text);
/** Each word of a --role argument or a form ("city", "ward", "admin"); false for another. */
bool parse(const QString &word, Role *role);
}
Q_DECLARE_OPERATORS_FOR_FLAGS(StaffRole::Roles)

/** A back-office account as the pages see it: no password hash. */
struct StaffAccount
{
    qint64 id = 0;
    QString login;        // what they type to sign in: lower-case letters, digits, . _ -
    QString displayName;  // shown on pages and in the audit log
    StaffRole::Roles roles;
    QString ward;         // the ward of a ward officer; empty otherwise
    QString createdAt;
    QString disabledAt;   // empty: active

    bool isActive() const { return disabledAt.isEmpty(); }
    bool isCityOfficer() const { return roles.testFlag(StaffRole::City); }
    bool isWardOfficer() const { return roles.testFlag(StaffRole::Ward) && !ward.isEmpty(); }
    bool isOfficer() const { return isCityOfficer() || isWardOfficer(); }
    bool isAdmin() const { return roles.testFlag(StaffRole::Admin); }

    /** May work records, works and exports of this ward: a city officer any, a ward officer
        their own. Anything else is answered as if it did not exist (404). */
    bool canWorkWard(const QString &wardCode) const;
    /** May see a resident's name and phone on a record of this ward: its ward officers (they
        call the resident) and city officers; never an admin as admin. */
    bool canSeePersonal(const QString &recordWard) const { return canWorkWard(recordWard); }
    /** The second pair of eyes on a handover, a waste report made public, a work's figures. */
    bool canVerify() const { return isCityOfficer(); }
    /** Null when every ward is in reach; else the one ward this account sees. */
    QString wardScope() const { return isCityOfficer() ? QString() : ward; }
};

/** What an account name must look like, and a password's minimum length. */
namespace StaffRules {
constexpr int MinPasswordLength = 12;
constexpr int MaxPasswordLength = 256;
constexpr int MaxLoginLength = 64;
constexpr int MaxDisplayNameLength = 120;
bool isValidLogin(const QString &login);
}
