// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/passwordhasher.h"

#include <QtConcurrent/QtConcurrentRun>

#include <sodium.h>

namespace {

// libsodium's "interactive" limits: 2 passes over 64 MiB, the Argon2 RFC's recommendation
// for a login on a server that also answers other requests.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

}

PasswordHasher::PasswordHasher(int concurrency)
{
    m_pool.setMaxThreadCount(std::max(1, concurrency));
}

PasswordHasher::~PasswordHasher()
{
    m_pool.waitForDone();
}

bool PasswordHasher::available()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray PasswordHasher::hash(const QString &password)
{
    if (!available())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), OpsLimit, MemLimit) != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &stored, const QString &password)
{
    if (!available() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

const QByteArray &PasswordHasher::decoy()
{
    static const QByteArray d = [] {
        unsigned char random[24];
        randombytes_buf(random, sizeof random);
        return hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64()));
    }();
    return d;
}

QFuture<bool> PasswordHasher::verifyAsync(const QByteArray &stored, const QString &password)
{
    return QtConcurrent::run(&m_pool, [stored, password] { return verify(stored, password); });
}

QFuture<QByteArray> PasswordHasher::hashAsync(const QString &password)
{
    return QtConcurrent::run(&m_pool, [password] { return hash(password); });
}
