// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "sync/syncclient.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class Database;
class StaffSession;
class SyncController;
class RecordsController;

/** The staff screens' link to the city: enrolment with a one-time code, unlinking, the hub
    this kiosk syncs to, the last success and error in words, and "sync now". */
class StaffSync : public QObject, public QmlSingleton<StaffSync>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(StaffSync)
    QML_SINGLETON
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY changed)
    Q_PROPERTY(QString kioskId READ kioskId NOTIFY changed)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY changed)
    Q_PROPERTY(QString syncError READ syncError NOTIFY changed)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrollingChanged)

public:
    /** reloadContent shows the content now in the store (the new ward's, after enrolment). */
    StaffSync(Database &db, const QString &dataDir, StaffSession *session, SyncController *sync,
              RecordsController *records, std::function<void()> reloadContent, QObject *parent = nullptr);

    QString hubUrl() const;
    QString kioskId() const;
    QString lastSuccessText() const;
    QString syncError() const;
    bool enrolling() const { return m_enrolClient != nullptr; }

    /** Enrols with the hub at url (https:// when no scheme is typed) using the city's code. */
    Q_INVOKABLE void enrol(const QString &url, const QString &code);
    /** Forgets the hub: token and enrolment settings; records not yet sent are kept. */
    Q_INVOKABLE bool unenrol();
    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    /** The link, the last success or the last error changed (or their language). */
    void changed();
    void enrollingChanged();
    /** The kiosk was linked to or unlinked from the city (its ward may have changed). */
    void linkChanged();

private:
    Database &m_db;
    QString m_dataDir;
    StaffSession *m_session;
    SyncController *m_sync;
    RecordsController *m_records;
    std::function<void()> m_reloadContent;
    QPointer<SyncClient> m_enrolClient;
};
