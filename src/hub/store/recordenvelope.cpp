// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordenvelope.h"

#include "records/receiptcode.h"
#include "records/validation.h"
#include "store/storeformats.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace {

/** check() in steps: each returns false once the record is refused. */
class Checker
{
public:
    Checker(const QJsonValue &value, const EnvelopeContext &context) : m_value(value), m_context(context)
    {
        m_record = value.toObject();
        const QJsonValue id = m_record.value(QStringLiteral("id"));
        m_result.givenId = id.isString() ? id.toString().left(64) : QString();
    }

    EnvelopeCheck run()
    {
        RecordEnvelope envelope;
        if (!readShape(&envelope) || !checkOwnership(envelope))
            return m_result;
        envelope.contentHash = RecordEnvelope::hashOf(m_record);
        m_result.envelope = envelope;
        checkRules(envelope);
        return m_result;
    }

private:
    bool refuse(EnvelopeProblem problem, const QString &reason)
    {
        m_result.problem = problem;
        m_result.reason = reason;
        return false;
    }

    /** Types and shapes of the envelope's fields. */
    bool readShape(RecordEnvelope *envelope)
    {
        if (!m_value.isObject())
            return refuse(EnvelopeProblem::NotAnObject, QStringLiteral("record: must be an object { … }"));
        const QStringList &fields = RecordEnvelope::fields();
        for (auto it = m_record.constBegin(); it != m_record.constEnd(); ++it)
            if (!fields.contains(it.key()))
                return refuse(EnvelopeProblem::UnknownField, it.key().left(40) + QStringLiteral(": is not a field of a record"));
        const QJsonValue idValue = m_record.value(QStringLiteral("id"));
        const QUuid uuid = QUuid::fromString(m_result.givenId);
        if (!idValue.isString() || m_result.givenId.size() != 36 || uuid.isNull())
            return refuse(EnvelopeProblem::Id, QStringLiteral("id: must be a UUID such as 0b9c5e1e-2f2d-4b53-9a7e-3f6f0e5d8a11"));
        envelope->id = uuid.toString(QUuid::WithoutBraces);
        const QJsonValue kindValue = m_record.value(QStringLiteral("kind"));
        const std::optional<RecordKind> kind = RecordKinds::fromKey(kindValue.toString());
        if (!kindValue.isString() || !kind)
            return refuse(EnvelopeProblem::Kind,
                          QStringLiteral("kind: must be pledge.land, pledge.labour, pledge.materials or report.waste"));
        envelope->kind = *kind;
        if (m_record.value(QStringLiteral("schema")).toDouble(-1) != RecordDraft::SchemaVersion)
            return refuse(EnvelopeProblem::Schema, QStringLiteral("schema: must be %1").arg(RecordDraft::SchemaVersion));
        const QString createdAt = m_record.value(QStringLiteral("createdAt")).toString();
        const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
        if (createdAt.size() > 40 || !created.isValid()
            || (created.timeSpec() != Qt::OffsetFromUTC && created.timeSpec() != Qt::UTC))
            return refuse(EnvelopeProblem::CreatedAt,
                          QStringLiteral("createdAt: must be an ISO 8601 date and time with its offset"));
        envelope->createdAt = createdAt;
        m_createdOn = created.date();
        if (!m_record.value(QStringLiteral("kioskId")).isString())
            return refuse(EnvelopeProblem::KioskIdType, QStringLiteral("kioskId: must be text"));
        if (!m_record.value(QStringLiteral("ward")).isString())
            return refuse(EnvelopeProblem::WardType, QStringLiteral("ward: must be text"));
        if (!m_record.value(QStringLiteral("receiptCode")).isString())
            return refuse(EnvelopeProblem::ReceiptCodeType, QStringLiteral("receiptCode: must be text"));
        const QString enteredBy = m_record.value(QStringLiteral("enteredBy")).toString();
        if (enteredBy != u"resident" && enteredBy != u"staff")
            return refuse(EnvelopeProblem::EnteredBy, QStringLiteral("enteredBy: must be resident or staff"));
        envelope->enteredBy = enteredBy;
        if (!m_record.value(QStringLiteral("payload")).isObject())
            return refuse(EnvelopeProblem::Payload, QStringLiteral("payload: must be an object { … }"));
        const QJsonValue personal = m_record.value(QStringLiteral("personal"));
        if (!personal.isObject() && !personal.isNull() && !personal.isUndefined())
            return refuse(EnvelopeProblem::Personal, QStringLiteral("personal: must be an object { … } or null"));
        const QJsonValue photo = m_record.value(QStringLiteral("photo"));
        if (!photo.isString() && !photo.isNull() && !photo.isUndefined())
            return refuse(EnvelopeProblem::Photo, QStringLiteral("photo: must be base64 text or null"));
        return true;
    }

    /** A token writes only as its own kiosk, for its ward, with its receipt prefixes. */
    bool checkOwnership(RecordEnvelope &envelope)
    {
        const HubKiosk &kiosk = m_context.kiosk;
        if (m_record.value(QStringLiteral("kioskId")).toString() != kiosk.id)
            return refuse(EnvelopeProblem::KioskMismatch, QStringLiteral("kiosk-mismatch"));
        if (m_record.value(QStringLiteral("ward")).toString() != kiosk.ward)
            return refuse(EnvelopeProblem::WardMismatch, QStringLiteral("ward-mismatch"));
        envelope.receiptCode = m_record.value(QStringLiteral("receiptCode")).toString();
        if (!ReceiptCode::isValid(envelope.receiptCode))
            return refuse(EnvelopeProblem::ReceiptCode, QStringLiteral("receiptCode: is not a valid receipt code"));
        const QString prefix = envelope.receiptCode.section(u'-', 0, 0);
        if (prefix != kiosk.receiptPrefix && prefix != u"HP" && !m_context.formerPrefixes.contains(prefix))
            return refuse(EnvelopeProblem::PrefixMismatch, QStringLiteral("prefix-mismatch"));
        return true;
    }

    /** The kiosk's rules, on the record as the resident made it. */
    bool checkRules(const RecordEnvelope &envelope)
    {
        QJsonObject form = m_record.value(QStringLiteral("payload")).toObject();
        const QJsonObject personal = m_record.value(QStringLiteral("personal")).toObject();
        // The last misplaced field is named, personal's after the payload's.
        QString misplaced;
        for (const char *key : {"kind", "person", "consent", "photo"})
            if (form.contains(QLatin1String(key)))
                misplaced = QStringLiteral("payload.%1: belongs outside the payload").arg(QLatin1String(key));
        for (auto it = personal.constBegin(); it != personal.constEnd(); ++it)
            if (it.key() != u"person" && it.key() != u"consent")
                misplaced = QStringLiteral("personal.%1: is not a field of personal").arg(it.key().left(40));
        if (!misplaced.isEmpty())
            return refuse(EnvelopeProblem::MisplacedField, misplaced);
        if (envelope.kind == RecordKind::ReportWaste && !form.value(QStringLiteral("hasPhoto")).isBool()
            && form.contains(QStringLiteral("hasPhoto")))
            return refuse(EnvelopeProblem::HasPhoto, QStringLiteral("payload.hasPhoto: must be true or false"));
        form.remove(QStringLiteral("hasPhoto"));
        form.insert(QStringLiteral("kind"), m_record.value(QStringLiteral("kind")));
        for (auto it = personal.constBegin(); it != personal.constEnd(); ++it)
            form.insert(it.key(), it.value());
        const QJsonValue photo = m_record.value(QStringLiteral("photo"));
        if (photo.isString())
            form.insert(QStringLiteral("photo"), photo);
        ValidationContext context;
        context.projectExists = m_context.projectExists;
        // The ward's anonymity setting is the kiosk's to enforce; the date rules are checked as
        // of the day the record was made, since a kiosk may deliver it days later.
        context.allowAnonymousPledges = true;
        context.today = m_createdOn;
        RecordDraft draft;
        const QList<FieldProblem> problems = Validation::checkJson(form, context, &draft);
        if (!problems.isEmpty()) {
            const FieldProblem &p = problems.first();
            return refuse(EnvelopeProblem::Rules,
                          (p.field.isEmpty() ? QStringLiteral("record") : p.field) + QStringLiteral(": ") + p.message.en);
        }
        m_result.draft = draft.normalized();
        return true;
    }

    const QJsonValue &m_value;
    const EnvelopeContext &m_context;
    QJsonObject m_record;
    QDate m_createdOn;
    EnvelopeCheck m_result;
};

}

EnvelopeCheck RecordEnvelope::check(const QJsonValue &record, const EnvelopeContext &context)
{
    return Checker(record, context).run();
}

const QStringList &RecordEnvelope::fields()
{
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("schema"),
                                  QStringLiteral("createdAt"), QStringLiteral("ward"), QStringLiteral("kioskId"),
                                  QStringLiteral("receiptCode"), QStringLiteral("enteredBy"), QStringLiteral("payload"),
                                  QStringLiteral("personal"), QStringLiteral("photo")};
    return keys;
}

QString RecordEnvelope::hashOf(const QJsonObject &record)
{
    QJsonObject canonical;
    for (const QString &key : fields())
        canonical.insert(key, record.contains(key) ? record.value(key) : QJsonValue());
    return StoreFormats::sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}
