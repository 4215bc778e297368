// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "records/record.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct EnvelopeCheck;

/** What a record is checked against: who delivers it and what the city has published. */
struct EnvelopeContext
{
    HubKiosk kiosk;              // the kiosk its device token proves
    QStringList formerPrefixes;  // receipt prefixes of the kiosks it replaced
    /** True for a work of the published content; unset, every work code is unknown. */
    std::function<bool(const QString &code)> projectExists;
};

/** One record of POST /api/v1/records whose envelope (fields, types, ownership) is sound: what
    the hub stores it under. Made by check(), pure code with no database, so every rejection
    reason is tested without one (tests/hub/tst_recordenvelope.cpp). */
struct RecordEnvelope
{
    QString id;           // the UUID, lower case without braces
    RecordKind kind = RecordKind::PledgeLand;
    QString createdAt;    // as the kiosk wrote it, with its offset
    QString receiptCode;  // of this kiosk, or one it replaced, or HP (made before enrolment)
    QString enteredBy;    // resident or staff
    QString contentHash;  // hashOf() the record as sent: same id and hash = a duplicate

    /** Checks one record in this order, naming the first problem: the envelope's shape and
        types, then ownership, then the record itself with the kiosk's own rules
        (Validation::checkJson, the date rules as of the day it was made). */
    static EnvelopeCheck check(const QJsonValue &record, const EnvelopeContext &context);

    /** SHA-256 of a record's fields in their canonical JSON form (absent fields as null). */
    static QString hashOf(const QJsonObject &record);
    /** The fields a record may have. */
    static const QStringList &fields();
};

/** Why a record is refused; each has its own reason text in the protocol's answer. */
enum class EnvelopeProblem {
    None,
    NotAnObject,      // record: must be an object
    UnknownField,     // <field>: is not a field of a record
    Id,               // not a UUID
    Kind,
    Schema,
    CreatedAt,        // not ISO 8601 with an offset
    KioskIdType,
    WardType,
    ReceiptCodeType,
    EnteredBy,        // neither resident nor staff
    Payload,          // not an object
    Personal,         // neither an object nor null
    Photo,            // neither text nor null
    KioskMismatch,    // written as another kiosk
    WardMismatch,     // written for another ward
    ReceiptCode,      // not a valid receipt code
    PrefixMismatch,   // a receipt prefix this kiosk never had
    MisplacedField,   // personal data inside the payload, or an unknown field of personal
    HasPhoto,         // payload.hasPhoto not a boolean
    Rules,            // the kiosk's own rules: the first problem's field and message
};

/** The result of RecordEnvelope::check. A record whose envelope is sound but whose content
    breaks a rule keeps its envelope: when the same id and content is already stored it is a
    duplicate, whatever the rules (or the published works) say today. */
struct EnvelopeCheck
{
    QString givenId;                          // the id as sent (at most 64 characters), echoed back
    std::optional<RecordEnvelope> envelope;   // set unless the envelope itself was refused
    EnvelopeProblem problem = EnvelopeProblem::None;
    QString reason;                           // the protocol's reason text; empty when accepted
    RecordDraft draft;                        // the record, normalized; only when accepted()

    bool accepted() const { return problem == EnvelopeProblem::None; }
};
