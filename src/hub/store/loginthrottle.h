// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

class HubDatabase;

/** Slows down password guessing without ever locking an officer out (store/README.md).
    Failed sign-ins are counted per key; each key's wait doubles with each failure past a free
    allowance, up to a ceiling. The keys of one attempt:
    - the account with the client address: 3 free, then 1 s, 2 s … up to 15 minutes;
    - the client address alone: 10 free (an office shares one address), then up to 15 minutes;
    - the account alone: 5 free, then at most 60 s, so someone guessing from many addresses is
      slowed, yet the officer waits a minute at worst.
    Keys are stored as SHA-256 digests (no logins or addresses in clear); a key forgets its
    failures after a day without one, and a successful sign-in clears the account's keys. */
class LoginThrottle
{
public:
    explicit LoginThrottle(HubDatabase &db);

    struct Keys
    {
        QString pair;
        QString address;
        QString account;
    };
    static Keys keysFor(const QString &login, const QString &clientAddress);

    /** Seconds to wait before this attempt may be checked; 0 when it may go ahead. */
    int waitSeconds(const Keys &keys);
    void recordFailure(const Keys &keys);
    void recordSuccess(const Keys &keys);

    /** The wait after `failures` failures for a key with `free` free attempts and a ceiling. */
    static int delayFor(qint64 failures, int free, int ceilingSeconds);

private:
    int waitFor(const QString &key, int free, int ceiling);
    void bump(const QString &key);
    void clear(const QString &key);

    HubDatabase &m_db;
};
