// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardcache.h"
#include "staff/passwordhasher.h"
#include "store/staffsessions.h"

#include <QHostAddress>
#include <QHttpServerResponse>
#include <QObject>

#include <functional>

class HubStore;
class QHttpServer;
class QHttpServerRequest;
struct StaffContext;

/** The city's back-office under /staff (staff/README.md): server-rendered HTML that works
    without JavaScript. This class owns what every page shares: sign-in and sessions, the
    CSRF check on every POST, the page language, the security headers, and the table of
    routes. Each area of pages (inbox, a record, works, kiosks, accounts, dashboard, audit)
    adds its routes through page(), so none of them can forget the session or the CSRF check. */
class StaffSite : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /** Only this peer's X-Real-IP is believed (nginx in front); null: none. */
        QHostAddress trustedProxy;
        StaffSessions::Limits sessions;
        /** Password checks running at once; more wait their turn. */
        int hashConcurrency = 2;
    };

    using Handler = std::function<QHttpServerResponse(StaffContext &)>;
    using ArgHandler = std::function<QHttpServerResponse(StaffContext &, const QString &)>;

    /** board: the movement board as the public pages keep it, shared with /staff/board. */
    StaffSite(HubStore &store, BoardCache &board, const Options &options, QObject *parent = nullptr);

    /** Adds every /staff route to the server. */
    void install(QHttpServer &http);

    /** A signed-in page at `path`: GET runs `get`, POST (form, CSRF-checked) runs `post`;
        a missing handler or another method answers 405. Without a session a GET goes to the
        sign-in page and comes back after; a POST is refused. */
    void page(QHttpServer &http, const QString &path, Handler get, Handler post = {});
    /** The same for a path with one <arg> (a receipt code, a work's code, an account). */
    void page(QHttpServer &http, const QString &path, ArgHandler get, ArgHandler post = {});

    HubStore &store() { return m_store; }
    BoardCache &board() { return m_board; }
    PasswordHasher &hasher() { return m_hasher; }
    const Options &options() const { return m_options; }

    /** The 404 of a path no route knows, in the back-office's look (no account details:
        the missing handler does not look up the session). */
    static QHttpServerResponse notFoundPage(const QHttpServerRequest &request);

    /** The page language: the staff_lang cookie, else Vietnamese. */
    static QString language(const QHttpServerRequest &request);

private:
    QHttpServerResponse dispatch(const QHttpServerRequest &request, const Handler &get, const Handler &post);
    void installSignIn(QHttpServer &http);

    HubStore &m_store;
    BoardCache &m_board;
    Options m_options;
    PasswordHasher m_hasher;
};
