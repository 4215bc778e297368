// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpledgesclient.h"

#include "content/project.h"
#include "content/workwords.h"
#include "sync/hubconnection.h"
#include "sync/syncidentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

#include <algorithm>

WorkPledgesClient::WorkPledgesClient(Database &db, const QString &dataDir, QObject *parent)
    : QObject(parent), m_db(db), m_dataDir(dataDir)
{
}

QString WorkPledgesClient::text() const
{
    return m_known ? WorkWords::pledges(m_pledges, m_land, m_labour, m_materials, m_language) : QString();
}

void WorkPledgesClient::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit changed();
}

void WorkPledgesClient::load(const QString &code)
{
    const quint64 serial = ++m_serial;
    m_code = code;
    m_known = false;
    emit changed();
    if (!ContentEnums::isCode(code))
        return;
    const SyncIdentity id = SyncIdentity::load(m_db, m_dataDir);
    if (!id.isEnrolled())
        return;
    if (!m_hub)
        m_hub = new HubConnection(this);
    m_hub->setHub(id.hubUrl, id.token);
    m_hub->setTimeoutMs(8000);
    m_hub->get(m_hub->request(QStringLiteral("/api/v1/works/pledges?code=") + code), [this, serial, code](const HubReply &reply) {
        if (serial != m_serial || reply.status != 200)
            return;
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        if (o.value(QStringLiteral("code")).toString() != code)
            return;
        m_pledges = std::max<qint64>(0, o.value(QStringLiteral("pledges")).toInteger());
        m_land = std::max(0.0, o.value(QStringLiteral("landM2")).toDouble());
        m_labour = std::max(0.0, o.value(QStringLiteral("labourDays")).toDouble());
        m_materials = std::max<qint64>(0, o.value(QStringLiteral("materialDeliveries")).toInteger());
        m_known = true;
        emit changed();
    });
}
