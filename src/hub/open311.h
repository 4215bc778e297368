// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

/** The Open311 GeoReport v2 facade for waste reports (`/open311/v2/…`), as pure code: the
    server hands it the request and sends back what it returns.

    Services are the waste categories; a service request is a waste report, its
    service_request_id the receipt code. POST takes a kiosk's device token as api_key and files
    an anonymous report: names, e-mail and phone sent along are read by nobody and stored
    nowhere. Every resource answers in `.json` or `.xml` with the same content, errors in the
    spec's list form; a field without a value is an empty element in XML and left out of JSON
    (deploy/SYNC-PROTOCOL.md lists the formats). Texts are Vietnamese, or English with `lang=en`. */
namespace Open311 {

/** Answers one request. method is the HTTP method ("GET", "POST" …); pathAfterV2 what follows
    `/open311/v2/`, e.g. "services.json" or "requests/TP-2345K-M.xml"; query the URL's query;
    body and contentType the request body (form-encoded for POST). */
HubReply handle(const QByteArray &method, const QString &pathAfterV2, const QUrlQuery &query, const QByteArray &body,
                const QByteArray &contentType, Open311Backend &backend);

/** The answer to a body over maxBytes, in the spec's error list and the format the path asks
    for (XML for `.xml`, else JSON): the server refuses such bodies before handle(). */
HubReply tooLarge(const QString &pathAfterV2, qsizetype maxBytes);

/** The optional attribute of every service: the code of the work a report is about. */
inline constexpr char16_t ProjectAttribute[] = u"project_code";

/** GET requests without dates covers this many days back; a given range may not be longer. */
inline constexpr int MaxRangeDays = 90;

}
