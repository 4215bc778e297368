// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpin.h"

#include "logging.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace {

constexpr Settings::Key hashKey = Settings::Key::StaffPinHash;
constexpr Settings::Key failuresKey = Settings::Key::StaffFailures;
constexpr Settings::Key lockoutsKey = Settings::Key::StaffLockouts;
constexpr Settings::Key lockedUntilKey = Settings::Key::StaffLockedUntil;

/** Compares without stopping at the first difference. */
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

}

StaffPin::StaffPin(Database &db) : m_db(db)
{
}

bool StaffPin::isSet() const
{
    return !Settings(m_db).text(hashKey).isEmpty();
}

LocalizedText StaffPin::problem(const QString &pin)
{
    if (pin.size() < MinLength || pin.size() > MaxLength)
        return {QStringLiteral("Mã PIN cần từ %1 đến %2 chữ số.").arg(MinLength).arg(MaxLength),
                QStringLiteral("The PIN needs %1 to %2 digits.").arg(MinLength).arg(MaxLength)};
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return {QStringLiteral("Mã PIN chỉ gồm chữ số 0–9."), QStringLiteral("The PIN has digits 0–9 only.")};
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same || up || down)
        return {QStringLiteral("Mã PIN này quá dễ đoán (một chữ số lặp lại hoặc dãy liên tiếp). Xin chọn mã khác."),
                QStringLiteral("This PIN is too easy to guess (one digit repeated or a run). Please choose another.")};
    return {};
}

QString StaffPin::hash(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
            .arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool StaffPin::set(const QString &pin, LocalizedText *error)
{
    const LocalizedText why = problem(pin);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    Settings settings(m_db);
    const bool ok = settings.set(hashKey, hash(pin, salt)) && settings.set(failuresKey, 0) && settings.set(lockoutsKey, 0)
                    && settings.clear(lockedUntilKey);
    if (!ok) {
        *error = {QStringLiteral("Không lưu được mã PIN: %1").arg(m_db.lastError()),
                  QStringLiteral("Cannot save the PIN: %1").arg(m_db.lastError())};
        return false;
    }
    qCInfo(lcStaff) << "staff PIN set";
    return true;
}

qint64 StaffPin::lockedSeconds(const QDateTime &now) const
{
    const QDateTime until = QDateTime::fromString(Settings(m_db).text(lockedUntilKey), Qt::ISODateWithMs);
    if (!until.isValid() || until <= now)
        return 0;
    return (now.msecsTo(until) + 999) / 1000;
}

StaffPin::Attempt StaffPin::verify(const QString &pin, const QDateTime &now)
{
    Attempt a;
    Settings settings(m_db);
    const QStringList parts = settings.text(hashKey).split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256") {
        a.outcome = Outcome::NotSet;
        return a;
    }
    if ((a.lockedSeconds = lockedSeconds(now)) > 0) {
        a.outcome = Outcome::Locked;
        qCWarning(lcStaff) << "staff PIN tried while locked," << a.lockedSeconds << "s left";
        return a;
    }
    const int iterations = parts.at(1).toInt();
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray got = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                                              std::max(1, iterations), quint64(expected.size()));
    if (!expected.isEmpty() && sameBytes(got, expected)) {
        (void)settings.set(failuresKey, 0);
        (void)settings.set(lockoutsKey, 0);
        settings.clear(lockedUntilKey);
        a.outcome = Outcome::Accepted;
        qCInfo(lcStaff) << "staff mode entered";
        return a;
    }
    const int failures = settings.number(failuresKey).value_or(0) + 1;
    if (failures >= MaxTries) {
        const int lockouts = settings.number(lockoutsKey).value_or(0);
        const qint64 seconds = std::min<qint64>(MaxLockSeconds, qint64(FirstLockSeconds) << std::min(lockouts, 20));
        (void)settings.set(lockedUntilKey, now.addSecs(seconds).toString(Qt::ISODateWithMs));
        (void)settings.set(lockoutsKey, lockouts + 1);
        (void)settings.set(failuresKey, 0);
        a.outcome = Outcome::Locked;
        a.lockedSeconds = seconds;
        qCWarning(lcStaff) << "wrong staff PIN," << MaxTries << "in a row: locked for" << seconds << "s";
        return a;
    }
    (void)settings.set(failuresKey, failures);
    a.outcome = Outcome::Wrong;
    a.triesLeft = MaxTries - failures;
    qCWarning(lcStaff) << "wrong staff PIN," << a.triesLeft << "tries left before a lock";
    return a;
}
