// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

SyncController::SyncController(const QString &dataDir, bool start, QObject *parent) : QObject(parent)
{
    if (!start)
        return;
    m_worker = new SyncWorker(dataDir);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("sync"));
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        emit statusChanged();
    });
    connect(m_worker, &SyncWorker::contentImported, this, &SyncController::contentImported);
    connect(m_worker, &SyncWorker::boardUpdated, this, &SyncController::boardUpdated);
    m_thread.start(QThread::LowPriority);
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncController::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncController::recordStored()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::recordStored, Qt::QueuedConnection);
}
