// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "store/auditlog.h"

#include <QString>
#include <QStringList>

class HubDatabase;
struct StaffAccount;
class QSqlDatabase;

/** The statuses the city sets on records and who works them: each change updates the record
    and appends to its history and to the audit log in one transaction, so the kiosk, the
    phone page and Open311 all see the same latest status and how it got there. The one place
    a status changes: `city-hub set-status`, the inbox's bulk change and the record page all
    call change(). */
class StatusChanges
{
public:
    static constexpr int MaxPublicReplyLength = 1000;
    static constexpr int MaxInternalNoteLength = 2000;
    /** Kept for callers of the older name. */
    static constexpr int MaxStatusNoteLength = MaxPublicReplyLength;

    /** Why a change was refused; the page picks its words from this, the command line prints
        message (English). */
    enum class Refusal {
        None,
        UnknownStatus,   // not one of statuses()
        WrongKind,       // a pledge's status on a report or the other way round
        TooLong,         // public reply or internal note over its maximum
        NotFound,        // no such receipt code, or outside wardScope
        NotAnOfficer,    // assign: the assignee may not work the record's ward, or is disabled
        Storage,
    };

    struct Result
    {
        HubChangeOutcome outcome = HubChangeOutcome::Unchanged;
        Refusal refusal = Refusal::None;
        QString message;  // English, for the command line and the log; no personal data
        bool done() const { return outcome == HubChangeOutcome::Done; }
    };

    explicit StatusChanges(HubDatabase &db, AuditLog &audit);

    /** received, contacted, handed_over, verified, in_progress, scheduled, thanked, resolved,
        rejected, duplicate. */
    static QStringList statuses();
    /** Whether a status may be set on a record of this kind ("pledge.land", "report.waste"). */
    static bool appliesTo(const QString &status, const QString &kind);

    /** Sets the status of the record with this receipt code (any typing ReceiptCode accepts).
        publicReply is shown to the resident (/r/<code>, Open311 status_notes, the kiosk's
        receipts) and becomes the record's status note; internalNote stays with the staff.
        Both are cleaned (TextFold::clean, line breaks kept). wardScope as
        StaffAccount::wardScope(): null for every ward, else a record of another ward is
        NotFound, as if it did not exist. Sets first_reply_at when a public reply is first
        given, closed_at when the status closes the matter (cleared if it reopens). The same
        status again with neither reply nor note changes nothing: Unchanged, refusal None.
        Writes the audit line "record.status" (detail: the status; fields: which texts were
        given) in the same transaction. */
    Result change(const AuditActor &actor, const QString &receiptCode, const QString &status,
                  const QString &publicReply, const QString &internalNote, const QString &wardScope = QString());

    /** Makes `assignee` the officer working the record (nullptr: nobody). The assignee must be
        active and able to work the record's ward (NotAnOfficer otherwise). Audit
        "record.assign" with the assignee's login as detail. Unchanged when already so. */
    Result assign(const AuditActor &actor, const QString &receiptCode, const StaffAccount *assignee,
                  const QString &wardScope = QString());

    /** The command line's older form: change() by the command line, no internal note. */
    HubChangeOutcome setStatus(const QString &code, const QString &status, const QString &note, QString *error);

    /** change() inside the caller's open transaction (a duplicate marks its original in the
        same one); rolls nothing back itself. */
    Result apply(const AuditActor &actor, const QString &receiptCode, const QString &status,
                 const QString &publicReply, const QString &internalNote, const QString &wardScope = QString());

private:
    HubDatabase &m_db;
    AuditLog &m_audit;
};
