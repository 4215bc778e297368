// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class QProcess;

/** One answer of the hub as a test reads it. */
struct HttpReply
{
    int status = 0;
    QByteArray body;
    /** Lower-case names; a header sent more than once (Set-Cookie) has its values joined by '\n'. */
    QHash<QByteArray, QByteArray> headers;

    QString text() const { return QString::fromUtf8(body); }
    QJsonObject json() const;
    /** The value this answer sets for a cookie, empty when it sets none. */
    QByteArray cookie(const QByteArray &name) const;
};

// In a namespace of its own: the kiosk has a class StaffSession too (src/app), and a test that
// links both (tests/e2e/tst_movement) must not have two classes of one name.
namespace HubTest {

/** What a browser holds for /staff after signing in: its cookies, and the CSRF token its forms
    carry. Empty when the sign-in failed. */
struct StaffSession
{
    QByteArray cookies;  // the Cookie header, "staff_session=…"
    QString csrf;

    bool isValid() const { return !cookies.isEmpty() && !csrf.isEmpty(); }
    /** The same session with the language cookie ("en", "vi") its pages are drawn in. */
    StaffSession inLanguage(const QString &lang) const;
};

}

using HubTest::StaffSession;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;
using FormFields = QList<std::pair<QString, QString>>;

/** A test's client of city-hub on 127.0.0.1: it starts the real city-hub program on a test
    database (or talks to a HubServer a test runs in its own process), runs its command line,
    and speaks HTTP to it as a kiosk or as an officer in a browser. Cookies and redirects are
    the test's own: a request carries exactly the cookies its session holds, and a 303 is
    answered as a 303 (follow() takes the next step). */
class HubClient
{
public:
    /** The password addAccount() gives and signIn() uses unless told otherwise. */
    static const QString Password;

    HubClient();
    ~HubClient();
    HubClient(const HubClient &) = delete;
    HubClient &operator=(const HubClient &) = delete;

    /** The city-hub program of this build. */
    static QString program();

    /** The database start() and cli() give city-hub (--db). */
    void setDatabase(const QString &location);
    /** Runs `city-hub --db … OPTIONS… serve --listen 127.0.0.1:0` (options such as --public-url
        go before serve) and waits for its "listening on" line. */
    bool start(const QStringList &options = {});
    /** Ends the hub start() ran: SIGTERM, SIGKILL after 5 s. Whether it ended by itself. */
    bool stop();
    bool isRunning() const;
    /** Talk to a hub already listening on 127.0.0.1:port instead. */
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }

    struct Run
    {
        int exitCode = -1;  // -1: crashed or timed out
        QByteArray out;
        QByteArray err;
    };
    /** `city-hub --db … ARGS…` to its end, stdinText on its standard input. */
    Run cli(const QStringList &args, const QByteArray &stdinText = {}) const;
    /** `city-hub user add` with the password typed twice; an empty name leaves --name out. */
    bool addAccount(const QString &login, const QString &roles, const QString &ward = {}, const QString &name = {},
                    const QString &password = Password) const;

    struct Kiosk
    {
        HubKiosk kiosk;
        QString token;
    };
    /** A kiosk of the ward enrolled as a kiosk does it: `city-hub enrol-code`, then POST
        /api/v1/enrol. Empty when either fails. */
    Kiosk enrol(const QString &ward, const QString &name = QStringLiteral("Sảnh 1"));
    /** POST /api/v1/records with the kiosk's token. */
    HttpReply deliver(const QString &token, const QJsonArray &records);

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const HttpHeaders &headers = {});
    /** JSON, with a kiosk's token when one is given. */
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &token = {});
    /** A page as the session's browser asks for it (no session: an anonymous browser). */
    HttpReply get(const StaffSession &session, const QString &path);
    /** A form the session sends, with its CSRF token first unless withCsrf is false. */
    HttpReply post(const StaffSession &session, const QString &path, const FormFields &fields, bool withCsrf = true);
    /** The page a redirect points to, as the session's browser follows it. */
    HttpReply follow(const StaffSession &session, const HttpReply &redirect);
    /** Signs in through the sign-in form, then reads the CSRF token of the session's forms. */
    StaffSession signIn(const QString &login, const QString &password = Password);

    /** fields as application/x-www-form-urlencoded. */
    static QByteArray formBody(const FormFields &fields);
    /** The CSRF token in a page's first form. */
    static QString csrfOf(const HttpReply &page);

private:
    QString m_location;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
};
