// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "staff/staffaccount.h"

#include <QString>

#include <optional>

class HubDatabase;

/** Browser sessions of the back-office (store/README.md). The browser holds a random token in
    an HttpOnly cookie; the database holds only its SHA-256, so hubs sharing one PostgreSQL
    share sessions and a copy of the database signs nobody in. A session ends after `idle`
    seconds without a request or `lifetime` seconds after sign-in, whichever comes first;
    each has its own CSRF token for the forms it shows. */
class StaffSessions
{
public:
    struct Limits
    {
        int idleSeconds = 30 * 60;
        int lifetimeSeconds = 12 * 3600;
    };

    struct Opened
    {
        QString token;  // for the cookie; 64 hex characters
        QString csrf;
    };

    struct Session
    {
        QString tokenHash;
        QString csrf;
        QString createdAt;
        StaffAccount account;
    };

    explicit StaffSessions(HubDatabase &db);

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    /** A new session for the account; nullopt when storing fails. */
    std::optional<Opened> open(qint64 accountId);
    /** The live session of a cookie's token, its account active; notes the request time. An
        expired session is deleted and gives nullopt, as does a disabled account. */
    std::optional<Session> find(const QString &token);
    bool end(const QString &tokenHash);
    /** Ends every session of an account ("sign out everywhere"). */
    bool endAll(qint64 accountId);
    /** How many sessions an account has open now. */
    qint64 openCount(qint64 accountId);

private:
    HubDatabase &m_db;
    Limits m_limits;
};
