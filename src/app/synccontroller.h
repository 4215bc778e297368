// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "sync/syncworker.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

/** Sync with the city hub, for QML: runs SyncWorker in its own thread (the UI never waits
    for the network or for the worker's database writes) and mirrors its status. Residents
    may ignore the small line it feeds; staff read it. */
class SyncController : public QObject, public QmlSingleton<SyncController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY statusChanged)
    Q_PROPERTY(bool online READ online NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(bool unauthorized READ unauthorized NOTIFY statusChanged)
    Q_PROPERTY(int pending READ pending NOTIFY statusChanged)
    Q_PROPERTY(int held READ held NOTIFY statusChanged)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY statusChanged)

public:
    /** Starts the worker thread; with start = false (tests without a hub) nothing runs. */
    SyncController(const QString &dataDir, bool start, QObject *parent = nullptr);
    ~SyncController() override;

    bool enrolled() const { return m_status.enrolled; }
    bool online() const { return m_status.online; }
    bool busy() const { return m_status.busy; }
    bool unauthorized() const { return m_status.unauthorized; }
    int pending() const { return int(m_status.pending); }
    int held() const { return int(m_status.held); }
    QString lastSuccess() const { return m_status.lastSuccess; }
    const SyncStatus &status() const { return m_status; }

    Q_INVOKABLE void syncNow();
    /** A record was stored: the worker delivers it at once when it can. */
    void recordStored();

Q_SIGNALS:
    void statusChanged();
    /** The worker imported new content from the hub. */
    void contentImported();
    /** The worker stored a new movement board. */
    void boardUpdated();

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncStatus m_status;
};
