// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "store/auditlog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class HubDatabase;

/** One status change as officers see it: the public reply and the internal note, and who. */
struct CaseHistoryEntry
{
    QString status;
    QString publicReply;   // status_history.note: what the resident sees
    QString internalNote;  // never public
    QString at;            // UTC
    QString by;            // the officer's display name; "" for the hub itself or the command line
};

/** A record as the back-office's record page shows it, without its personal fields. */
struct CaseFile
{
    HubRecordView view;  // its history stays empty: see `history`
    QString kioskName;
    QString duplicateOf;
    QString firstReplyAt;
    QString closedAt;
    QString personalErasedAt;
    QString consentWithdrawnAt;
    QString publicSummary;
    QString publishedAt;
    bool hasPersonal = false;     // name, phone, group or consent are stored
    bool hasPhoto = false;
    bool hasPublicPhoto = false;  // the photo goes out with the published summary
    QList<CaseHistoryEntry> history;
};

/** The contact details of a record's resident, for those allowed to see them. */
struct CasePersonal
{
    QString fullName;
    QString phone;
    QString group;
    QString consentVersion;
    bool consentGiven = false;
};

/** The read side of the back-office's record page: a record with its whole history (internal
    notes and who included), its photo, and — only through personal(), which writes the audit
    line `record.personal.view` with the field names — its resident's contact details. */
class RecordCaseFile
{
public:
    explicit RecordCaseFile(HubDatabase &db);

    /** Done with *out filled, NotFound, or StorageError. */
    HubChangeOutcome read(const QString &code, CaseFile *out);
    /** The stored photo; empty when there is none (or it was erased), nullopt on failure. */
    std::optional<QByteArray> photo(const QString &code);
    /** The contact details; audited in the same transaction as the read. NotFound when the
        record has none (anonymous, or erased). */
    HubChangeOutcome personal(const AuditActor &actor, const QString &code, CasePersonal *out);

    /** The personal fields a view shows, as they are named in the audit log. */
    static QStringList personalFieldNames();

private:
    HubDatabase &m_db;
};
