// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "records/flow.h"
#include "records/recordstore.h"

#include <QImage>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class Database;
class ProjectCatalog;

/** Pledges and waste reports for QML: the checks of a form's fields (the core rules,
    messages in the resident's language), submitting, and what a receipt shows. The form
    being filled is a RecordForm; every rule lives in src/core. */
class RecordsController : public QObject, public QmlSingleton<RecordsController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Records)
    QML_SINGLETON
    Q_PROPERTY(bool allowAnonymousPledges READ allowAnonymousPledges NOTIFY identityChanged)
    Q_PROPERTY(QString enteredBy READ enteredBy NOTIFY enteredByChanged)
    Q_PROPERTY(QString consentVersion READ consentVersion CONSTANT)
    Q_PROPERTY(QVariantMap lastProblems READ lastProblems NOTIFY submitFailed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY submitFailed)

public:
    RecordsController(Database &db, const ProjectCatalog &catalog, const LocalizedText &wardName,
                      const QString &publicUrl, QObject *parent = nullptr);

    bool allowAnonymousPledges() const { return m_identity.allowAnonymousPledges; }
    QString consentVersion() const;
    /** Who the records submitted now are entered by: "resident", or "staff" while staff key in
        a paper pledge (set by the staff mode only, from C++; QML can read it, not set it). */
    QString enteredBy() const { return m_enteredBy; }
    void setEnteredBy(const QString &enteredBy);
    /** Reads the kiosk's identity and policy (ward, anonymous pledges) again after staff changed them. */
    void reloadIdentity();
    void setLanguage(const QString &language) { m_language = language; }
    /** The resident's language, "vi" or "en": problems and the review speak it. */
    QString language() const { return m_language; }
    const ProjectCatalog &catalog() const { return m_catalog; }

    /** The step ids a flow asks, in order, for what the draft holds so far (kind, anonymous),
        the kiosk's camera and the ward's policy: Flow::steps with this kiosk's situation. */
    Q_INVOKABLE QStringList steps(const QVariantMap &draft) const;
    /** What decides a flow's steps, for what the draft holds so far and this kiosk. */
    Flow::Situation situation(const QVariantMap &draft) const;
    /** Problems with the given fields (dotted paths; a prefix such as "person" covers its
        children), as {field: message} in the current language. Empty: the step is fine. */
    Q_INVOKABLE QVariantMap check(const QVariantMap &draft, const QStringList &fields) const;
    /** Validates and stores: the receipt code, or an empty string with lastProblems
        ({field: message}) and lastError saying why, in the current language. */
    /** New content from the hub: the ward's name (consent text) and the public address (receipt QR). */
    void setContent(const LocalizedText &wardName, const QString &publicUrl);
    Q_INVOKABLE QString submit(const QVariantMap &draft);
    QVariantMap lastProblems() const { return m_lastProblems; }
    QString lastError() const { return m_lastError; }
    /** What the receipt screen shows for a stored record, in `language`; empty if unknown. */
    Q_INVOKABLE QVariantMap receipt(const QString &code, const QString &language) const;
    Q_INVOKABLE bool receiptExists(const QString &code) const;
    /** The core's pick-list for a group ("skill", "item", "unit", "category") as
        [{key, label}] in `language`: the flows show exactly the keys the rules accept. */
    Q_INVOKABLE QVariantList vocabulary(const QString &group, const QString &language) const;
    /** Just the keys of that pick-list, in order. */
    Q_INVOKABLE QStringList vocabularyKeys(const QString &group) const;
    /** The consent wording for the ward, in `language`. */
    Q_INVOKABLE QString consentText(const QString &language) const;
    /** A camera picture made fit to keep: at most 1,600 px on its longer side, re-encoded
        as JPEG from its pixels (so no EXIF: no place, time or device data), under the
        core's 1.5 MiB cap; base64, as the draft's "photo" takes it. Empty if it cannot be made. */
    Q_INVOKABLE QString encodePhoto(const QImage &image) const;
    /** Whether a camera is connected; asked once, when a flow first needs to know. */
    bool cameraAvailable() const;
    void setCameraAvailableForTesting(bool available) { m_camera = available ? 1 : 0; }

    /** "0912345678" for anything Phone::normalize accepts, else the text as typed. */
    Q_INVOKABLE QString normalizePhone(const QString &typed) const;

    RecordStore &store() { return m_store; }

Q_SIGNALS:
    void submitFailed();
    /** A record was stored (committed): the sync worker may deliver it now. */
    void recordStored();
    void enteredByChanged();
    void identityChanged();

private:
    RecordDraft draftFrom(const QVariantMap &draft, QList<FieldProblem> *problems) const;
    SubmitContext context() const;

    Database &m_db;
    RecordStore m_store;
    const ProjectCatalog &m_catalog;
    LocalizedText m_wardName;
    QString m_publicUrl;
    KioskIdentity m_identity;
    QString m_language = QStringLiteral("vi");
    QString m_enteredBy = QStringLiteral("resident");
    mutable int m_camera = -1; // -1: not asked yet
    QVariantMap m_lastProblems;
    QString m_lastError;
};
