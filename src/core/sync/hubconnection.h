// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

/** What came back for one request to the hub. */
struct HubReply
{
    int status = 0;       // HTTP status, 0 when there was no whole answer
    QByteArray body;
    QByteArray etag;
    LocalizedText error;  // empty when status is 2xx or 304
};

/** The sync client's door to city-hub: requests with the kiosk's token and transfer timeout,
    and each reply read whole and judged by NetworkProblem before its handler sees it. Create
    it in the thread that uses it. */
class HubConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HubReply &)>;

    explicit HubConnection(QObject *parent = nullptr);

    /** The hub's base URL (no trailing slash) and the device token, empty before enrolment. */
    void setHub(const QString &baseUrl, const QString &token);
    /** What every request reports (X-Kiosk-App-Version, X-Kiosk-Content-Version: the app's
        version and the ETag of the content it holds, unquoted), so the city sees which kiosks
        lag (deploy/SYNC-PROTOCOL.md). Empty values are not sent. */
    void setReportedVersions(const QString &appVersion, const QString &contentVersion);
    /** Per-request transfer timeout. */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /** A request for path under the hub's URL, JSON accepted, the token attached. */
    QNetworkRequest request(const QString &path) const;
    void get(const QNetworkRequest &request, Handler handler);
    /** Posts a JSON body. */
    void post(QNetworkRequest request, const QByteArray &json, Handler handler);

signals:
    /** A request ended; reached says whether the hub answered at all. */
    void answered(bool reached);

private:
    void send(QNetworkReply *reply, Handler handler);

    QNetworkAccessManager *m_nam;
    QString m_baseUrl;
    QByteArray m_token;
    QByteArray m_appVersion;
    QByteArray m_contentVersion;
    int m_timeoutMs = 20'000;
};
