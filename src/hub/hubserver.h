// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "receiptlookup.h"
#include "staff/staffsite.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>

class HubStore;
class PublishedWorks;

/** city-hub's HTTP face (deploy/SYNC-PROTOCOL.md): /api/v1 for kiosks, /r/<code> (a receipt),
    /p/<code> (a work) and /p/ (every work) for residents' phones, /open311/v2 for waste reports,
    /staff for the city's officers (StaffSite). Every refusal is a 4xx with the JSON error
    body; only a database that cannot store gives a 5xx. Qt HttpServer 6.4 reads a whole
    request before routing it and has no size limits of its own, so this caps bodies at
    16 MiB after reading; nginx in front refuses earlier (deploy/nginx/). */
class HubServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

    explicit HubServer(HubStore &store, const StaffSite::Options &staffOptions = {}, QObject *parent = nullptr);

    /** Listens on address:port (0 picks a free port). Returns the port, 0 on failure. */
    quint16 listen(const QHostAddress &address, quint16 port);

    /** The JSON error body of the protocol: {"error": code, "message": message}. */
    static QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString &code,
                                     const QString &message);

private:
    /** The handler's answer, given the kiosk whose device token the request carries; else
        405 for another method, 401 without a valid token. */
    template <typename Handler>
    QHttpServerResponse forKiosk(QHttpServerRequest::Method method, const QHttpServerRequest &request, Handler handler);
    /** The handler's answer for a GET, given the published works; else 405, or 503 when the
        database cannot give them. */
    template <typename Handler>
    QHttpServerResponse forWorks(const QHttpServerRequest &request, Handler handler);

    QHttpServerResponse enrol(const QHttpServerRequest &request);
    QHttpServerResponse records(const HubKiosk &kiosk, const QHttpServerRequest &request);
    QHttpServerResponse content(const QHttpServerRequest &request);
    QHttpServerResponse contentFile(const QString &path);
    QHttpServerResponse receipts(const HubKiosk &kiosk, const QHttpServerRequest &request);
    QHttpServerResponse receiptLookup(const HubKiosk &kiosk, const QHttpServerRequest &request);
    QHttpServerResponse workPledges(const QHttpServerRequest &request);
    QHttpServerResponse board(const HubKiosk &kiosk, const QHttpServerRequest &request);
    QHttpServerResponse boardPage(const QHttpServerRequest &request);
    QHttpServerResponse phonePage(const QString &code, const QHttpServerRequest &request);
    QHttpServerResponse workPage(const PublishedWorks &works, const QString &code, const QHttpServerRequest &request);
    QHttpServerResponse workList(const PublishedWorks &works, const QHttpServerRequest &request);
    bool isSampleContent();
    QHttpServerResponse open311(const QHttpServerRequest &request);

    HubStore &m_store;
    QHttpServer m_http;
    BoardCache m_board;
    StaffSite m_staff;
    ReceiptLookup m_lookup;
};
