// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QByteArray>
#include <QNetworkReply>

#include <optional>

/** Why a request to the city hub did not get a whole answer, in words staff can act on: what
    happened (refused, reset, timed out, name not found, TLS, cut off …) and what to do; and,
    for a whole answer, the words for an error status the hub chose (404, 500 …) or an answer
    that does not follow the protocol. The one place where the hub's replies become errors. */
namespace NetworkProblem {

/** The problem with a finished reply, or nullopt when a whole answer arrived. body is what
    was read; a body shorter or longer than the announced Content-Length, or a length that is
    not a number, is an answer cut off or garbled on the way, whatever the status said.
    timeoutMs is the transfer timeout the request had, to say how long the kiosk waited. */
std::optional<LocalizedText> of(const QNetworkReply &reply, const QByteArray &body, int timeoutMs);

/** The words for one error code; host is "name:port" of the hub. */
LocalizedText describe(QNetworkReply::NetworkError error, const QString &host, int timeoutMs);

/** An answer that stopped early: arrived of expected bytes. */
LocalizedText cutOff(qint64 arrived, qint64 expected);

/** A whole answer with an error status (neither 2xx nor 304): the status and the hub's own
    `message`, else the first bytes of the body. nullopt for a status that is not an error. */
std::optional<LocalizedText> refused(int status, const QByteArray &body);

/** A whole answer that does not follow the protocol; what names the part. */
LocalizedText badAnswer(const QString &what);

}
