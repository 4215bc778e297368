// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QDateTime>
#include <QString>

class Database;

/** The ward staff's PIN: stored only as a salted PBKDF2-SHA256 hash in the kiosk's settings,
    checked with a lockout: 5 wrong tries lock the PIN pad for 5 minutes, each further lockout
    doubles (10, 20 … at most 24 hours). The count and the lock survive a restart. A right PIN
    clears both. Every entry and every failure is logged, never the PIN. */
class StaffPin
{
public:
    static constexpr int MinLength = 6;
    static constexpr int MaxLength = 12;
    static constexpr int MaxTries = 5;
    static constexpr int FirstLockSeconds = 5 * 60;
    static constexpr int MaxLockSeconds = 24 * 60 * 60;
    static constexpr int Iterations = 120'000;

    enum class Outcome { Accepted, Wrong, Locked, NotSet };
    struct Attempt
    {
        Outcome outcome = Outcome::NotSet;
        int triesLeft = 0;          // before the next lock, after a wrong PIN
        qint64 lockedSeconds = 0;   // when Locked (also right after the try that locked it)
    };

    explicit StaffPin(Database &db);

    bool isSet() const;
    /** Why a new PIN is not acceptable (too short, not digits, all one digit, a run such as
        123456), or empty when it is. */
    static LocalizedText problem(const QString &pin);
    /** Stores the hash of a new PIN and clears any lock. False with *error when refused. */
    bool set(const QString &pin, LocalizedText *error);
    /** Checks a typed PIN at `now` (UTC). */
    Attempt verify(const QString &pin, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /** Seconds the pad stays locked from `now`; 0 when it is not locked. */
    qint64 lockedSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /** The stored form, "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), for a PIN and salt. */
    static QString hash(const QString &pin, const QByteArray &salt, int iterations = Iterations);

private:
    Database &m_db;
};
