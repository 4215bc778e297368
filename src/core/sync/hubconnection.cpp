// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubconnection.h"

#include "logging.h"
#include "networkproblem.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

HubConnection::HubConnection(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
}

void HubConnection::setHub(const QString &baseUrl, const QString &token)
{
    m_baseUrl = baseUrl;
    m_token = token.toLatin1();
}

void HubConnection::setReportedVersions(const QString &appVersion, const QString &contentVersion)
{
    m_appVersion = appVersion.toLatin1();
    m_contentVersion = contentVersion.toLatin1();
    // The content's ETag is stored quoted, as the hub sent it; the header carries the bare value.
    if (m_contentVersion.size() >= 2 && m_contentVersion.startsWith('"') && m_contentVersion.endsWith('"'))
        m_contentVersion = m_contentVersion.mid(1, m_contentVersion.size() - 2);
}

QNetworkRequest HubConnection::request(const QString &path) const
{
    QNetworkRequest r(QUrl(m_baseUrl + path));
    r.setTransferTimeout(m_timeoutMs);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("User-Agent", "civic-kiosk/1");
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_appVersion.isEmpty())
        r.setRawHeader("X-Kiosk-App-Version", m_appVersion);
    if (!m_contentVersion.isEmpty())
        r.setRawHeader("X-Kiosk-Content-Version", m_contentVersion);
    return r;
}

void HubConnection::get(const QNetworkRequest &request, Handler handler)
{
    send(m_nam->get(request), std::move(handler));
}

void HubConnection::post(QNetworkRequest request, const QByteArray &json, Handler handler)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    send(m_nam->post(request, json), std::move(handler));
}

void HubConnection::send(QNetworkReply *reply, Handler handler)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
        reply->deleteLater();
        HubReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        emit answered(r.status != 0);
        r.body = reply->readAll();
        r.etag = reply->rawHeader("ETag");
        if (const auto problem = NetworkProblem::of(*reply, r.body, m_timeoutMs)) {
            // No whole answer, whatever the status line said: a failed attempt, nothing used.
            qCInfo(lcSync) << "request" << reply->url().path() << "failed:" << reply->error() << "status" << r.status
                           << "bytes" << r.body.size();
            r.status = 0;
            r.body.clear();
            r.etag.clear();
            r.error = *problem;
        } else if (const auto refused = NetworkProblem::refused(r.status, r.body)) {
            r.error = *refused;
        }
        handler(r);
    });
}
