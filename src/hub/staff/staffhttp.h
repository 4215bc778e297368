// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QString>
#include <QStringList>

class QHttpServerRequest;

/** The HTTP pieces every back-office page uses: form bodies, cookies, the client's address
    behind nginx, and the headers a staff page always carries. Pure functions over a request. */
namespace StaffHttp {

/** Form fields may repeat (a bulk change's ticked records): every value by name. */
using Form = QHash<QString, QStringList>;

constexpr qsizetype MaxFormBytes = 1024 * 1024;

/** The fields of an application/x-www-form-urlencoded body ('+' is a space), or nullopt when
    the body is of another type, too large, or not UTF-8. */
std::optional<Form> form(const QHttpServerRequest &request);
/** Parses urlencoded text; exposed for tests. */
Form parseForm(const QByteArray &body);

QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
/** A cookie's value, empty when absent. */
QString cookie(const QHttpServerRequest &request, const QByteArray &name);

/** Who is asking: the socket's peer, or X-Real-IP when the peer is the configured proxy. The
    header is ignored from anyone else, so a client cannot pick an address to dodge the
    login delay. */
QString clientAddress(const QHttpServerRequest &request, const QHostAddress &trustedProxy);

/** The headers of every staff answer: no-store, a CSP without inline script, no framing,
    nosniff, no referrer. */
void secure(QHttpServerResponse &response);
QHttpServerResponse html(const QByteArray &body, QHttpServerResponse::StatusCode status);
/** 303 See Other to a path of this site. */
QHttpServerResponse redirect(const QString &path);

/** Set-Cookie for the staff cookies: Path=/staff, HttpOnly, Secure, SameSite=Strict; a
    negative maxAge ends with the browser session, 0 deletes. */
QByteArray setCookie(const QByteArray &name, const QString &value, int maxAge = -1);

/** Compares two secrets in time that does not depend on where they differ. */
bool sameSecret(const QString &a, const QString &b);

/** Whether a "next" path after sign-in stays in the back-office (no open redirect). */
bool isSafeNext(const QString &path);

}
