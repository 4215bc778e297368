// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffsite.h"

#include "hublogging.h"
#include "hubstore.h"
#include "staff/inbox.h"
#include "staff/adminpages.h"
#include "staff/staffcontext.h"
#include "staff/staffhandover.h"
#include "staff/staffhttp.h"
#include "staff/staffboard.h"
#include "staff/staffkiosks.h"
#include "staff/staffworks.h"
#include "staff/staffpages.h"
#include "staff/staffrecord.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QUrl>

using Status = QHttpServerResponse::StatusCode;

bool StaffContext::isPost() const
{
    return request.method() == QHttpServerRequest::Method::Post;
}

StaffSite::StaffSite(HubStore &store, BoardCache &board, const Options &options, QObject *parent)
    : QObject(parent), m_store(store), m_board(board), m_options(options), m_hasher(options.hashConcurrency)
{
    m_store.sessions().setLimits(options.sessions);
}

QString StaffSite::language(const QHttpServerRequest &request)
{
    return StaffHttp::cookie(request, "staff_lang") == u"en" ? QStringLiteral("en") : QStringLiteral("vi");
}

namespace {

QHttpServerResponse methodNotAllowed(bool get, bool post)
{
    QHttpServerResponse r = StaffHttp::html("<!DOCTYPE html><title>405</title><p>Method not allowed.</p>",
                                            Status::MethodNotAllowed);
    r.setHeader("Allow", get && post ? "GET, POST" : get ? "GET" : "POST");
    return r;
}

}

QHttpServerResponse StaffSite::dispatch(const QHttpServerRequest &request, const Handler &get, const Handler &post)
{
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if ((isGet && !get) || (isPost && !post) || (!isGet && !isPost))
        return methodNotAllowed(bool(get), bool(post));
    const QString lang = language(request);
    const std::optional<StaffSessions::Session> session
            = m_store.sessions().find(StaffHttp::cookie(request, "staff_session"));
    if (!session) {
        if (isGet) {
            const QString here = request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
            // A session cookie that no longer opens a session: say it ended (idle, lifetime,
            // signed out elsewhere) rather than show a bare sign-in form.
            const bool ended = !StaffHttp::cookie(request, "staff_session").isEmpty();
            return StaffHttp::redirect(QStringLiteral("/staff/login?") + (ended ? QStringLiteral("ended=1&") : QString())
                                       + QStringLiteral("next=") + QString::fromLatin1(QUrl::toPercentEncoding(here)));
        }
        return StaffHttp::redirect(QStringLiteral("/staff/login?ended=1"));
    }
    StaffContext ctx{request, *session, lang, request.query(), {},
                     StaffHttp::clientAddress(request, m_options.trustedProxy)};
    if (isPost) {
        std::optional<StaffHttp::Form> form = StaffHttp::form(request);
        if (!form)
            return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"),
                                       StaffPages::word(lang, QStringLiteral("bad_form")));
        // Every state change proves it came from a page this session was shown.
        if (!StaffHttp::sameSecret(form->value(QStringLiteral("csrf")).value(0), session->csrf)) {
            qCInfo(lcHubHttp) << "staff form refused: CSRF token missing or wrong";
            return StaffPages::message(ctx, Status::Forbidden, QStringLiteral("forbidden_title"),
                                       StaffPages::word(lang, QStringLiteral("form_expired")));
        }
        ctx.form = std::move(*form);
        return post(ctx);
    }
    return get(ctx);
}

QHttpServerResponse StaffSite::notFoundPage(const QHttpServerRequest &request)
{
    const QString lang = language(request);
    HtmlTemplates::Data d;
    d.set("message", HtmlTemplates::text(StaffPages::word(lang, QStringLiteral("not_found_text"))));
    return StaffPages::bare(lang, QStringLiteral("staff-message"), StaffPages::word(lang, QStringLiteral("not_found_title")),
                            d, Status::NotFound);
}

void StaffSite::page(QHttpServer &http, const QString &path, Handler get, Handler post)
{
    http.route(path, [this, get, post](const QHttpServerRequest &request) { return dispatch(request, get, post); });
}

void StaffSite::page(QHttpServer &http, const QString &path, ArgHandler get, ArgHandler post)
{
    http.route(path, [this, get, post](const QString &arg, const QHttpServerRequest &request) {
        const QString a = arg.left(200);
        Handler g = get ? Handler([&get, a](StaffContext &c) { return get(c, a); }) : Handler();
        Handler p = post ? Handler([&post, a](StaffContext &c) { return post(c, a); }) : Handler();
        return dispatch(request, g, p);
    });
}

void StaffSite::install(QHttpServer &http)
{
    http.route(QStringLiteral("/staff/static/staff.css"), [](const QHttpServerRequest &) {
        QHttpServerResponse r("text/css; charset=utf-8", StaffPages::css());
        r.setHeader("Cache-Control", "no-cache");
        r.setHeader("X-Content-Type-Options", "nosniff");
        return r;
    });
    http.route(QStringLiteral("/staff/lang"), [](const QHttpServerRequest &request) {
        const QString to = request.query().queryItemValue(QStringLiteral("to")) == u"en" ? QStringLiteral("en")
                                                                                         : QStringLiteral("vi");
        const QString next = request.query().queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded);
        QHttpServerResponse r = StaffHttp::redirect(StaffHttp::isSafeNext(next) ? next : QStringLiteral("/staff/"));
        r.addHeader("Set-Cookie", StaffHttp::setCookie("staff_lang", to, 365 * 24 * 3600));
        return r;
    });
    installSignIn(http);
    // The areas of the back-office add their pages here, most specific paths first.
    StaffInbox::install(*this, http);
    AdminPages::install(*this, http);
    StaffHandover::install(*this, http);
    StaffKiosks::install(*this, http);
    StaffWorks::install(*this, http);
    StaffRecord::install(*this, http);
    StaffRecord::installTemplates(*this, http);
    StaffBoard::install(*this, http);
}
