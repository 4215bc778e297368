// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QThreadPool>

/** Staff passwords as Argon2id hashes (libsodium's crypto_pwhash_str: the salt and the cost
    travel inside the stored text, so raising the cost later needs no migration). Hashing
    takes ~64 MiB and tens of milliseconds on purpose, so the HTTP thread never does it: the
    work runs on a pool of at most `concurrency` threads, and a burst of logins queues there
    instead of stalling the kiosk API or exhausting memory. */
class PasswordHasher
{
public:
    explicit PasswordHasher(int concurrency = 2);
    ~PasswordHasher();

    /** False when libsodium cannot start (no entropy source): the back-office stays shut. */
    static bool available();

    /** The stored form of a password, "$argon2id$v=19$m=…"; empty on failure. Blocking:
        for the command line and tests. */
    static QByteArray hash(const QString &password);
    /** Whether the password matches the stored hash (constant-time inside libsodium). */
    static bool verify(const QByteArray &stored, const QString &password);
    /** A hash of a random password: checking a login for an unknown account against it
        costs as much as for a real one, so timing does not tell which logins exist. */
    static const QByteArray &decoy();

    /** verify() on the pool; the future finishes with the answer. */
    QFuture<bool> verifyAsync(const QByteArray &stored, const QString &password);
    /** hash() on the pool. */
    QFuture<QByteArray> hashAsync(const QString &password);

private:
    QThreadPool m_pool;
};
