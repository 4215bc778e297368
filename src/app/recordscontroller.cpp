// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordscontroller.h"

#include "content/projectcatalog.h"
#include "records/consenttext.h"
#include "records/flow.h"
#include "records/phone.h"
#include "records/recordsummary.h"
#include "records/validation.h"
#include "store/database.h"
#include "text/formatting.h"

#include <QBuffer>
#include <QDateTime>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecordsUi, "kiosk.records.ui", QtInfoMsg)

RecordsController::RecordsController(Database &db, const ProjectCatalog &catalog, const LocalizedText &wardName,
                                     const QString &publicUrl, QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_catalog(catalog), m_wardName(wardName), m_publicUrl(publicUrl),
      m_identity(KioskIdentity::load(db))
{
}

void RecordsController::setEnteredBy(const QString &enteredBy)
{
    const QString who = enteredBy == u"staff" ? QStringLiteral("staff") : QStringLiteral("resident");
    if (who == m_enteredBy)
        return;
    m_enteredBy = who;
    emit enteredByChanged();
}

void RecordsController::reloadIdentity()
{
    m_identity = KioskIdentity::load(m_db);
    emit identityChanged();
}

QString RecordsController::consentVersion() const
{
    return ConsentText::version();
}

QString RecordsController::consentText(const QString &language) const
{
    return ConsentText::text(language, m_wardName);
}

QStringList RecordsController::vocabularyKeys(const QString &group) const
{
    if (group == u"skill")
        return RecordVocabulary::skills();
    if (group == u"item")
        return RecordVocabulary::materialItems();
    if (group == u"unit")
        return RecordVocabulary::materialUnits();
    if (group == u"category")
        return RecordVocabulary::wasteCategories();
    return {};
}

QVariantList RecordsController::vocabulary(const QString &group, const QString &language) const
{
    QVariantList list;
    const QStringList keys = vocabularyKeys(group);
    for (const QString &key : keys)
        list.append(QVariantMap{{QStringLiteral("key"), key},
                                {QStringLiteral("label"), RecordVocabulary::label(group, key).in(language)}});
    return list;
}

bool RecordsController::cameraAvailable() const
{
    if (m_camera < 0)
        m_camera = QMediaDevices::videoInputs().isEmpty() ? 0 : 1;
    return m_camera == 1;
}

QString RecordsController::encodePhoto(const QImage &image) const
{
    if (image.isNull())
        return {};
    constexpr int maxSide = 1600;
    constexpr qsizetype maxBytes = 1'400'000; // below the core's 1.5 MiB limit
    const QImage scaled = (image.width() > maxSide || image.height() > maxSide)
            ? image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    // Saving pixels anew writes no EXIF block, whatever the camera attached.
    const QImage rgb = scaled.convertToFormat(QImage::Format_RGB32);
    for (int quality : {82, 70, 55, 40}) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        if (!rgb.save(&buffer, "JPEG", quality))
            return {};
        if (jpeg.size() <= maxBytes)
            return QString::fromLatin1(jpeg.toBase64());
    }
    return {};
}

QString RecordsController::normalizePhone(const QString &typed) const
{
    const QString normalized = Phone::normalize(typed);
    return normalized.isEmpty() ? typed : normalized;
}

SubmitContext RecordsController::context() const
{
    SubmitContext c;
    c.kioskId = m_identity.kioskId;
    c.kioskPrefix = m_identity.receiptPrefix;
    c.ward = m_identity.wardCode;
    c.enteredBy = m_enteredBy;
    c.validation.allowAnonymousPledges = m_identity.allowAnonymousPledges;
    const ProjectCatalog *catalog = &m_catalog;
    c.validation.projectExists = [catalog](const QString &code) { return catalog->find(code) != nullptr; };
    return c;
}

RecordDraft RecordsController::draftFrom(const QVariantMap &draft, QList<FieldProblem> *problems) const
{
    return RecordDraft::fromJson(QJsonObject::fromVariantMap(draft), problems);
}

Flow::Situation RecordsController::situation(const QVariantMap &draft) const
{
    Flow::Situation situation;
    situation.kind = RecordKinds::fromKey(draft.value(QStringLiteral("kind")).toString());
    const QVariant anonymous = draft.value(QStringLiteral("anonymous"));
    situation.anonymous = anonymous.typeId() == QMetaType::Bool && anonymous.toBool();
    situation.allowAnonymousPledges = m_identity.allowAnonymousPledges;
    // Asking for the camera costs time: only a waste report needs to know.
    situation.camera = situation.kind == RecordKind::ReportWaste && cameraAvailable();
    return situation;
}

QStringList RecordsController::steps(const QVariantMap &draft) const
{
    return Flow::steps(situation(draft));
}

QVariantMap RecordsController::check(const QVariantMap &draft, const QStringList &fields) const
{
    QList<FieldProblem> problems;
    const RecordDraft d = draftFrom(draft, &problems);
    problems += Validation::check(d, context().validation);
    QVariantMap out;
    for (const FieldProblem &p : std::as_const(problems)) {
        if (Flow::covers(fields, p.field) && !out.contains(p.field))
            out.insert(p.field, p.message.in(m_language));
    }
    return out;
}

QString RecordsController::submit(const QVariantMap &draft)
{
    QList<FieldProblem> problems;
    const RecordDraft d = draftFrom(draft, &problems);
    SubmitResult result;
    if (problems.isEmpty()) {
        // Enrolment (kioskctl, staff) can change the kiosk's id, ward and receipt prefix while
        // the kiosk runs: read them for every record.
        m_identity = KioskIdentity::load(m_db);
        result = m_store.submit(d, context());
    } else {
        result.problems = problems;
    }
    if (result.ok) {
        emit recordStored();
        return result.receiptCode; // the store has logged it
    }
    m_lastProblems.clear();
    for (const FieldProblem &p : std::as_const(result.problems))
        m_lastProblems.insert(p.field.isEmpty() ? QStringLiteral("record") : p.field, p.message.in(m_language));
    m_lastError = result.error.in(m_language);
    if (m_lastError.isEmpty() && !result.problems.isEmpty())
        m_lastError = result.problems.constFirst().message.in(m_language);
    emit submitFailed();
    return {};
}

bool RecordsController::receiptExists(const QString &code) const
{
    return m_store.find(code).has_value();
}

QVariantMap RecordsController::receipt(const QString &code, const QString &language) const
{
    const std::optional<StoredReceipt> r = m_store.find(code);
    if (!r)
        return {};
    const QJsonObject p = r->payload;
    QStringList lines;
    const QString projectCode = p.value(QStringLiteral("projectCode")).toString();
    if (const Project *project = projectCode.isEmpty() ? nullptr : m_catalog.find(projectCode))
        lines << project->name.in(language);
    lines << RecordSummary::brief(r->kind, p, language);
    const QDateTime created = QDateTime::fromString(r->createdAt, Qt::ISODate);
    return {
        {QStringLiteral("code"), r->receiptCode},
        {QStringLiteral("kind"), RecordKinds::key(r->kind)},
        {QStringLiteral("kindName"), RecordKinds::name(r->kind).in(language)},
        {QStringLiteral("summary"), lines.join(u'\n')},
        {QStringLiteral("createdAt"), Formatting::date(created.date(), language) + QStringLiteral(" ")
                                              + created.time().toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("url"), m_publicUrl + QStringLiteral("/r/") + r->receiptCode},
    };
}

void RecordsController::setContent(const LocalizedText &wardName, const QString &publicUrl)
{
    m_wardName = wardName;
    m_publicUrl = publicUrl;
}
