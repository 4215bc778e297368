// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kioskregistry.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "hubtransaction.h"
#include "records/receiptcode.h"
#include "store/auditlog.h"
#include "store/contentrepository.h"
#include "store/hubcounters.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using StoreFormats::nowUtc;
using StoreFormats::sha256Hex;

namespace {

bool isTokenShape(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(token).hasMatch();
}

// Enrolment codes: 12 characters of the receipt alphabet, shown in groups of four.
constexpr int EnrolCodeLength = 12;

QString canonicalEnrolCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == u'-' || c == u' ')
            continue;
        const QChar u = c.toUpper();
        if (!QStringView(ReceiptCode::Alphabet).contains(u))
            return {};
        code.append(u);
    }
    return code.size() == EnrolCodeLength ? code : QString();
}

// Receipt prefixes are handed out letters first ("AA", "AB" … then digits), two characters
// until those run out, then three and four. HP (not yet enrolled) and TP (the hub's own) never.
QString prefixAt(qint64 index)
{
    static const QString order = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    for (int length = 2; length <= 4; ++length) {
        qint64 count = 1;
        for (int i = 0; i < length; ++i)
            count *= order.size();
        if (index < count) {
            QString p(length, u'A');
            for (int i = length - 1; i >= 0; --i) {
                p[i] = order.at(int(index % order.size()));
                index /= order.size();
            }
            return p;
        }
        index -= count;
    }
    return {};
}

}

KioskRegistry::KioskRegistry(HubDatabase &db, ContentRepository &content, HubCounters &counters)
    : m_db(db), m_content(content), m_counters(counters)
{
}

std::optional<QString> KioskRegistry::createEnrolCode(const QString &ward, QString *error)
{
    if (!m_content.wardExists(ward)) {
        *error = QStringLiteral("ward “%1” is not in the published content").arg(ward);
        return std::nullopt;
    }
    QString code;
    for (int i = 0; i < EnrolCodeLength; ++i)
        code.append(QChar(ReceiptCode::Alphabet[QRandomGenerator::system()->bounded(ReceiptCode::Base)]));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO enrol_codes (code_hash, ward, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(sha256Hex(code.toLatin1()));
    q.addBindValue(ward);
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(EnrolCodeValidHours * 3600).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = QStringLiteral("cannot store the enrolment code: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    qCInfo(lcHubSync) << "enrolment code issued for ward" << ward;
    return code.left(4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8);
}

KioskRegistry::EnrolOutcome KioskRegistry::enrol(const QString &typedCode, const QString &name, HubEnrolment *out,
                                                 const QString &previousToken)
{
    const QString code = canonicalEnrolCode(typedCode);
    if (code.isEmpty())
        return EnrolOutcome::Refused;
    const QString kioskName = TextFold::clean(name).left(MaxKioskNameLength);

    // A prefix another hub took between our counter and our insert makes the insert fail on
    // UNIQUE (PostgreSQL: the whole transaction): start again with the next counter value.
    for (int attempt = 0; attempt < 5; ++attempt) {
        HubTransaction transaction(m_db);
        if (!transaction.begun())
            return EnrolOutcome::StorageError;
        const QString now = nowUtc();
        QSqlQuery q(m_db.connection());
        // Claims the code: a concurrent enrolment with the same code waits for this row and
        // then finds used_at set, so only one kiosk gets it.
        q.prepare(QStringLiteral("UPDATE enrol_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"
                                 " AND expires_at > ? RETURNING ward"));
        q.addBindValue(now);
        q.addBindValue(sha256Hex(code.toLatin1()));
        q.addBindValue(now);
        if (!q.exec()) {
            qCWarning(lcHubSync) << "cannot claim an enrolment code:" << q.lastError().text();
            return EnrolOutcome::StorageError;
        }
        if (!q.next()) {
            qCInfo(lcHubSync) << "enrolment refused: unknown, used or expired code";
            return EnrolOutcome::Refused;
        }
        const QString ward = q.value(0).toString();
        q.finish();

        const std::optional<qint64> kioskNo = m_counters.next(QStringLiteral("kiosk"));
        std::optional<qint64> prefixNo;
        QString prefix;
        do {
            prefixNo = m_counters.next(QStringLiteral("prefix"));
            if (prefixNo)
                prefix = prefixAt(*prefixNo - 1);
        } while (prefixNo && (prefix == u"HP" || prefix == u"TP"));
        if (!kioskNo || !prefixNo || prefix.isEmpty())
            return EnrolOutcome::StorageError;
        const QString kioskId = QStringLiteral("K%1").arg(*kioskNo, 4, 10, QLatin1Char('0'));
        QByteArray raw(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        const QString token = QString::fromLatin1(raw.toHex());

        q.prepare(QStringLiteral("INSERT INTO kiosks (id, name, ward, receipt_prefix, token_hash, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(kioskId);
        q.addBindValue(kioskName);
        q.addBindValue(ward);
        q.addBindValue(prefix);
        q.addBindValue(sha256Hex(token.toLatin1()));
        q.addBindValue(now);
        if (!q.exec()) {
            qCWarning(lcHubSync) << "cannot create a kiosk:" << q.lastError().text();
            return EnrolOutcome::StorageError;
        }
        if (q.numRowsAffected() != 1) {
            qCInfo(lcHubSync) << "kiosk id or prefix taken meanwhile, trying the next";
            continue;
        }
        // The kiosk proves which kiosk it was by that kiosk's token (revoked or not); only a
        // kiosk of the same ward is replaced, and it is revoked now if it was not yet.
        QString replaced;
        if (isTokenShape(previousToken)) {
            q.prepare(QStringLiteral("SELECT id FROM kiosks WHERE token_hash = ? AND ward = ? AND id != ?"));
            q.addBindValue(sha256Hex(previousToken.toLatin1()));
            q.addBindValue(ward);
            q.addBindValue(kioskId);
            if (q.exec() && q.next())
                replaced = q.value(0).toString();
            q.finish();
        }
        if (!replaced.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE kiosks SET replaces = ? WHERE id = ?"));
            q.addBindValue(replaced);
            q.addBindValue(kioskId);
            bool ok = q.exec();
            q.prepare(QStringLiteral("UPDATE kiosks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
            q.addBindValue(now);
            q.addBindValue(replaced);
            if (!ok || !q.exec())
                return EnrolOutcome::StorageError;
        }
        q.prepare(QStringLiteral("UPDATE enrol_codes SET kiosk_id = ? WHERE code_hash = ?"));
        q.addBindValue(kioskId);
        q.addBindValue(sha256Hex(code.toLatin1()));
        if (!q.exec() || !transaction.commit())
            return EnrolOutcome::StorageError;
        qCInfo(lcHubSync) << "kiosk" << kioskId << "enrolled for ward" << ward << "with prefix" << prefix
                          << (replaced.isEmpty() ? QString() : QStringLiteral("replacing ") + replaced);
        *out = {kioskId, ward, prefix, token};
        return EnrolOutcome::Enrolled;
    }
    return EnrolOutcome::StorageError;
}

QStringList KioskRegistry::formerPrefixes(const QString &kioskId)
{
    QStringList prefixes;
    QString id = kioskId;
    QSqlQuery q(m_db.connection());
    // A short chain: each enrolment replaces at most one kiosk; 20 steps stop any loop.
    for (int step = 0; step < 20 && !id.isEmpty(); ++step) {
        q.prepare(QStringLiteral("SELECT r.id, r.receipt_prefix FROM kiosks k JOIN kiosks r ON r.id = k.replaces"
                                 " WHERE k.id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            break;
        id = q.value(0).toString();
        prefixes.append(q.value(1).toString());
        q.finish();
    }
    return prefixes;
}

std::optional<HubKiosk> KioskRegistry::authenticate(const QString &token)
{
    if (!isTokenShape(token))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, ward, receipt_prefix, revoked_at FROM kiosks WHERE token_hash = ?"));
    q.addBindValue(sha256Hex(token.toLatin1()));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (!q.value(3).isNull()) {
        qCInfo(lcHubSync) << "revoked kiosk" << q.value(0).toString() << "refused";
        return std::nullopt;
    }
    HubKiosk k{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    q.prepare(QStringLiteral("UPDATE kiosks SET last_seen = ? WHERE id = ?"));
    q.addBindValue(nowUtc());
    q.addBindValue(k.id);
    if (!q.exec())
        qCWarning(lcHubStore) << "cannot note when kiosk" << k.id << "was last seen:" << q.lastError().text();
    return k;
}

void KioskRegistry::notePending(const HubKiosk &kiosk, qint64 pending)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE kiosks SET pending_hint = ? WHERE id = ?"));
    q.addBindValue(pending);
    q.addBindValue(kiosk.id);
    if (!q.exec())
        qCWarning(lcHubStore) << "cannot note the outbox size of" << kiosk.id << q.lastError().text();
}

bool KioskRegistry::isVersionWord(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._+-]{1,80}$"));
    return re.match(value).hasMatch();
}

void KioskRegistry::noteVersions(const HubKiosk &kiosk, const QString &appVersion, const QString &contentVersion)
{
    const bool app = isVersionWord(appVersion);
    const bool content = isVersionWord(contentVersion);
    if (!app && !content)
        return;
    QSqlQuery q(m_db.connection());
    // Only when something changed: most syncs report what the row already says.
    q.prepare(QStringLiteral("UPDATE kiosks SET app_version = CASE WHEN ? THEN ? ELSE app_version END,"
                             " content_version = CASE WHEN ? THEN ? ELSE content_version END WHERE id = ?"
                             " AND ((? AND COALESCE(app_version, '') <> ?) OR (? AND COALESCE(content_version, '') <> ?))"));
    q.addBindValue(app);
    q.addBindValue(appVersion);
    q.addBindValue(content);
    q.addBindValue(contentVersion);
    q.addBindValue(kiosk.id);
    q.addBindValue(app);
    q.addBindValue(appVersion);
    q.addBindValue(content);
    q.addBindValue(contentVersion);
    if (!q.exec())
        qCWarning(lcHubStore) << "cannot note the versions of" << kiosk.id << q.lastError().text();
}

std::optional<QList<HubKioskRow>> KioskRegistry::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT k.id, k.name, k.ward, k.receipt_prefix, k.created_at, k.last_seen, k.revoked_at,"
                               " k.pending_hint, (SELECT count(*) FROM records r WHERE r.kiosk_id = k.id),"
                               " k.app_version, k.content_version FROM kiosks k ORDER BY k.id"))) {
        qCWarning(lcHubStore) << "cannot list kiosks:" << q.lastError().text();
        return std::nullopt;
    }
    QList<HubKioskRow> out;
    while (q.next()) {
        HubKioskRow row;
        row.id = q.value(0).toString();
        row.name = q.value(1).toString();
        row.ward = q.value(2).toString();
        row.receiptPrefix = q.value(3).toString();
        row.createdAt = q.value(4).toString();
        row.lastSeen = q.value(5).toString();
        row.revokedAt = q.value(6).toString();
        row.pendingHint = q.value(7).toLongLong();
        row.recordsReceived = q.value(8).toLongLong();
        row.appVersion = q.value(9).toString();
        row.contentVersion = q.value(10).toString();
        out.append(row);
    }
    return out;
}

HubChangeOutcome KioskRegistry::revoke(const QString &kioskId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT revoked_at FROM kiosks WHERE id = ?"));
    q.addBindValue(kioskId);
    if (!q.exec())
        return HubChangeOutcome::StorageError;
    if (!q.next())
        return HubChangeOutcome::NotFound;
    q.finish();
    q.prepare(QStringLiteral("UPDATE kiosks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(nowUtc());
    q.addBindValue(kioskId);
    if (!q.exec())
        return HubChangeOutcome::StorageError;
    if (q.numRowsAffected() == 0)
        return HubChangeOutcome::Unchanged;
    qCInfo(lcHubStore) << "kiosk" << kioskId << "revoked";
    return HubChangeOutcome::Done;
}

HubChangeOutcome KioskRegistry::revoke(const QString &kioskId, AuditLog &audit, const AuditActor &actor)
{
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return HubChangeOutcome::StorageError;
    const HubChangeOutcome outcome = revoke(kioskId);
    if (outcome != HubChangeOutcome::Done) {
        transaction.rollback();
        return outcome;
    }
    if (!audit.append(actor, QStringLiteral("kiosk.revoke"), QStringLiteral("kiosk:") + kioskId) || !transaction.commit()) {
        transaction.rollback();
        return HubChangeOutcome::StorageError;
    }
    return outcome;
}
