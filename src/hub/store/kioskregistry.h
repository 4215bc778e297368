// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class AuditLog;
class ContentRepository;
struct AuditActor;
class HubCounters;
class HubDatabase;

/** What a successful enrolment hands the kiosk (POST /api/v1/enrol). */
struct HubEnrolment
{
    QString kioskId;
    QString ward;
    QString receiptPrefix;
    QString token;  // 64 hex characters; the hub keeps only its SHA-256
};

/** One line of `city-hub kiosks`. */
struct HubKioskRow
{
    QString id;
    QString name;
    QString ward;
    QString receiptPrefix;
    QString createdAt;
    QString lastSeen;    // empty: never called since enrolment
    QString revokedAt;   // empty: active
    qint64 recordsReceived = 0;
    qint64 pendingHint = 0;  // outbox size the kiosk last reported (X-Outbox-Pending)
    QString appVersion;      // what the kiosk last reported (X-Kiosk-App-Version); empty: never
    QString contentVersion;  // the content ETag it holds (X-Kiosk-Content-Version), unquoted
};

/** The kiosks the city knows: one-time enrolment codes, enrolment (kiosk id, receipt prefix,
    device token), who a token proves, which kiosks a kiosk replaced, the list and revocation.
    The hub keeps only hashes of codes and tokens. */
class KioskRegistry
{
public:
    static constexpr int MaxKioskNameLength = 120;
    static constexpr int EnrolCodeValidHours = 24;

    KioskRegistry(HubDatabase &db, ContentRepository &content, HubCounters &counters);

    /** A one-time enrolment code for the ward, shown "ABCD-EFGH-JKMN", valid 24 h. nullopt
        with *error when the ward is not in the published content or storing failed. */
    std::optional<QString> createEnrolCode(const QString &ward, QString *error);
    enum class EnrolOutcome { Enrolled, Refused, StorageError };
    /** Uses the code up and creates the kiosk, in one transaction: a kiosk id, a receipt
        prefix unique across the city (never HP or TP) and a fresh device token. Refused for
        an unknown, used or expired code. previousToken: the token the kiosk held before, if
        any; when it belongs to a kiosk of the same ward, the new kiosk replaces that one (which
        is revoked) and may still deliver records with its receipt prefix. */
    EnrolOutcome enrol(const QString &code, const QString &name, HubEnrolment *out, const QString &previousToken = {});
    /** Receipt prefixes of the kiosks this kiosk replaced, nearest first. */
    QStringList formerPrefixes(const QString &kioskId);
    /** The kiosk whose token this is and notes when it was last seen; nullopt for an unknown
        token or a revoked kiosk. */
    std::optional<HubKiosk> authenticate(const QString &token);
    /** Records the outbox size the kiosk reported (optional header X-Outbox-Pending). */
    void notePending(const HubKiosk &kiosk, qint64 pending);
    /** Records the app and content versions the kiosk reported (X-Kiosk-App-Version,
        X-Kiosk-Content-Version); a value that is not a plain version word (letters, digits,
        . _ + -, at most 80) is ignored, and nothing is written when nothing changed. */
    void noteVersions(const HubKiosk &kiosk, const QString &appVersion, const QString &contentVersion);
    static bool isVersionWord(const QString &value);

    /** Every kiosk, by id, with how many records it delivered; nullopt when reading fails. */
    std::optional<QList<HubKioskRow>> list();
    /** Revokes a kiosk's token at once (Unchanged when it was already revoked). */
    HubChangeOutcome revoke(const QString &kioskId);
    /** The same from the back-office: the revocation and its audit line "kiosk.revoke" in one
        transaction. */
    HubChangeOutcome revoke(const QString &kioskId, AuditLog &audit, const AuditActor &actor);

private:
    HubDatabase &m_db;
    ContentRepository &m_content;
    HubCounters &m_counters;
};
