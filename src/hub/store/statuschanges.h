// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "store/auditlog.h"

#include <QString>
#include <QStringList>

class HubDatabase;
class QSqlDatabase;

/** The statuses the city sets on records (`city-hub set-status`): each change updates the
    record and appends to its history in one transaction, so the kiosk, the phone page and
    Open311 all see the same latest status and how it got there. */
class StatusChanges
{
public:
    static constexpr int MaxStatusNoteLength = 1000;

    explicit StatusChanges(HubDatabase &db);

    /** received, verified, scheduled, thanked, resolved, rejected. */
    static QStringList statuses();
    /** Sets a record's status and appends it to its history. NotFound for an unknown code;
        an unknown status or a note over 1,000 characters is refused with *error. */
    HubChangeOutcome setStatus(const QString &code, const QString &status, const QString &note, QString *error);

    /** A status set in the back-office: `publicReply` is shown to the resident (/r/<code>,
        Open311's status_notes, the kiosk's receipts), `internalNote` never leaves the
        back-office. One transaction: the record's status and latest note, a history row with
        both texts and who set it, first_reply_at on the first non-empty reply, closed_at set
        when the status closes the matter (cleared when it reopens), and the audit line
        `record.status`. Only a status of the record's kind (RecordStatus) is taken. */
    HubChangeOutcome change(const AuditActor &actor, const QString &code, const QString &status,
                            const QString &publicReply, const QString &internalNote, QString *error = nullptr);
    /** The same inside the caller's open transaction (a duplicate marks its original first). */
    HubChangeOutcome apply(const AuditActor &actor, const QString &code, const QString &status,
                           const QString &publicReply, const QString &internalNote, QString *error);

private:
    HubDatabase &m_db;
};
