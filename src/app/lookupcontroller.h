// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "localizedtext.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class Database;
class HubConnection;
class ProjectCatalog;
struct HubReply;

/** "Tra cứu biên nhận": the keypad's typed code (ReceiptEntry), then what the city says about
    it through GET /api/v1/receipts/lookup — any kiosk's code — or, when the hub cannot be
    reached, what this kiosk's own records say, marked as offline. */
class LookupController : public QObject, public QmlSingleton<LookupController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Lookup)
    QML_SINGLETON
    Q_PROPERTY(QString keys READ keys CONSTANT)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
    Q_PROPERTY(QString typed READ typed NOTIFY typedChanged)
    Q_PROPERTY(QString shown READ shown NOTIFY typedChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY typedChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY typedChanged)
    Q_PROPERTY(QString state READ state NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap result READ result NOTIFY resultChanged)
    Q_PROPERTY(QString offlineReason READ offlineReason NOTIFY resultChanged)

public:
    LookupController(Database &db, const QString &dataDir, const ProjectCatalog &catalog, QObject *parent = nullptr);
    ~LookupController() override;

    QString keys() const;
    int maxLength() const;
    QString typed() const { return m_typed; }
    QString shown() const;
    bool isComplete() const;
    QString problem() const { return m_problem.in(m_language); }
    /** "" (nothing asked yet), "busy", "found", "notFound", "offline" (with or without what
        this kiosk knows: result is empty when it knows nothing). */
    QString state() const { return m_state; }
    QVariantMap result() const;
    QString offlineReason() const { return m_offlineReason.in(m_language); }

    /** Starts afresh with these characters (a route's code, or nothing); a whole valid code
        is looked up at once. */
    Q_INVOKABLE void begin(const QString &typed);
    /** Adds one key; false (and nothing changes) when it is not a code character or the
        code is already at its longest. */
    Q_INVOKABLE bool press(const QString &key);
    Q_INVOKABLE void erase();
    Q_INVOKABLE void clear();
    /** The resident asked: a wrong code sets problem and returns false; else the lookup starts. */
    Q_INVOKABLE bool lookUp();

    void setLanguage(const QString &language);
    /** How long the hub has to answer, in ms. */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void typedChanged();
    void resultChanged();

private:
    void setTyped(const QString &typed);
    void answered(const QString &code, const HubReply &reply);
    void showLocal(const QString &code, const LocalizedText &reason);
    void setState(const QString &state);

    Database &m_db;
    QString m_dataDir;
    const ProjectCatalog &m_catalog;
    HubConnection *m_hub = nullptr;
    QString m_language = QStringLiteral("vi");
    QString m_typed;
    LocalizedText m_problem;
    QString m_state;
    QJsonObject m_found;  // the hub's answer, or this kiosk's record in the same shape
    LocalizedText m_offlineReason;
    quint64 m_serial = 0;
    int m_timeoutMs = 8000;
};
