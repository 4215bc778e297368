// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class Database;
class HubConnection;

/** The pledges made to one work, asked from the hub when its page opens
    (GET /api/v1/works/pledges) and said with WorkWords::pledges. Offline or not enrolled,
    `text` stays empty and the page leaves the line out. */
class WorkPledgesClient : public QObject, public QmlSingleton<WorkPledgesClient>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(WorkPledges)
    QML_SINGLETON
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)

public:
    WorkPledgesClient(Database &db, const QString &dataDir, QObject *parent = nullptr);

    QString code() const { return m_code; }
    QString text() const;

    /** Forgets the figures of the work before and asks for this one's. */
    Q_INVOKABLE void load(const QString &code);
    void setLanguage(const QString &language);

Q_SIGNALS:
    void changed();

private:
    Database &m_db;
    QString m_dataDir;
    HubConnection *m_hub = nullptr;
    QString m_language = QStringLiteral("vi");
    QString m_code;
    bool m_known = false;
    qint64 m_pledges = 0;
    double m_land = 0;
    double m_labour = 0;
    qint64 m_materials = 0;
    quint64 m_serial = 0;
};
