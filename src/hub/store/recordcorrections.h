// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/auditlog.h"

#include <QString>
#include <QStringList>

class HubDatabase;
class StatusChanges;

/** What a change an officer asked for on one record came to: done, or why not (the page
    says it in the officer's language). */
struct CaseChange
{
    enum class Problem {
        None,
        NotFound,        // no such record (or, for a ward officer, not theirs)
        Storage,         // the database failed
        UnknownField,    // not a correctable field of this kind
        Empty,           // a required text is empty
        TooLong,
        BadPhone,        // not a Vietnamese mobile number
        NoPersonal,      // anonymous, or already erased
        WrongKind,       // e.g. publishing a pledge
        NotResolved,     // only resolved waste reports are published
        SameAsResident,  // a public summary must be the officer's own words
        SameRecord,      // a record cannot duplicate itself
        OriginalNotFound,
        BadStatus,       // a status of another kind of record
    };
    Problem problem = Problem::None;
    bool ok() const { return problem == Problem::None; }
};

/** Corrections officers make to a record, each with its audit line in the same transaction:
    a free-text field of the payload or a contact field (audit `record.correct` with the
    field's name; neither the old nor the new value is logged), and marking it a duplicate
    of another record (duplicate_of, status `duplicate` with a public reply naming the
    original). The content hash stays as the kiosk sent it, so a late re-delivery of the
    record is still recognised as a duplicate. */
class RecordCorrections
{
public:
    explicit RecordCorrections(HubDatabase &db, StatusChanges &statuses);

    /** The fields correct() takes for a kind ("report.waste": place, description, …);
        contact fields are listed by personalFields(). */
    static QStringList payloadFields(const QString &kind);
    static QStringList personalFields();

    CaseChange correct(const AuditActor &actor, const QString &code, const QString &field, const QString &value);
    /** `requiredWard`: when not empty, the original must be of this ward (a ward officer's). */
    CaseChange markDuplicate(const AuditActor &actor, const QString &code, const QString &original,
                             const QString &publicReply, const QString &internalNote, const QString &requiredWard);

private:
    HubDatabase &m_db;
    StatusChanges &m_statuses;
};
