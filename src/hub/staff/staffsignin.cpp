// SPDX-License-Identifier: GPL-3.0-or-later
// The back-office's sign-in, sign-out and "my account" pages (StaffSite::installSignIn).
#include "staff/staffsite.h"

#include "hublogging.h"
#include "hubstore.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QFutureWatcher>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QUrl>

using Status = QHttpServerResponse::StatusCode;
using HtmlTemplates::Data;
using HtmlTemplates::text;

namespace {

QString randomHex()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

struct LoginForm
{
    QString lang;
    QString login;
    QString next;
    QString error;
    QString notice;
    QString preToken;  // the pre-session cookie's value the form must send back
};

/** The sign-in page; it (re)sets the pre-session cookie its CSRF field pairs with. */
QHttpServerResponse loginPage(const LoginForm &f, Status status = Status::Ok)
{
    Data d;
    d.set("loginCsrf", text(f.preToken));
    d.set("login", text(f.login));
    d.set("next", text(StaffHttp::isSafeNext(f.next) ? f.next : QString()));
    if (!f.error.isEmpty())
        d.set("error", text(f.error));
    if (!f.notice.isEmpty())
        d.set("notice", text(f.notice));
    QHttpServerResponse r = StaffPages::bare(f.lang, QStringLiteral("staff-login"),
                                             StaffPages::word(f.lang, QStringLiteral("login_title")), d, status);
    r.addHeader("Set-Cookie", StaffHttp::setCookie("staff_pre", f.preToken));
    return r;
}

QString landingFor(const StaffAccount &a)
{
    return a.isOfficer() ? QStringLiteral("/staff/inbox") : a.isAdmin() ? QStringLiteral("/staff/accounts")
                                                                        : QStringLiteral("/staff/account");
}

}

void StaffSite::installSignIn(QHttpServer &http)
{
    auto home = [this](const QHttpServerRequest &request) {
        const auto session = m_store.sessions().find(StaffHttp::cookie(request, "staff_session"));
        return StaffHttp::redirect(session ? landingFor(session->account) : QStringLiteral("/staff/login"));
    };
    http.route(QStringLiteral("/staff"), home);
    http.route(QStringLiteral("/staff/"), home);

    // A responder handler: the password check finishes later, on another thread, and the
    // answer is written then. (Returning a QFuture instead crashed Qt HttpServer 6.4 when the
    // future finished after the handler returned.)
    http.route(QStringLiteral("/staff/login"), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        auto answer = [&responder, &request](QHttpServerResponse &&r) {
            qCInfo(lcHubHttp).noquote() << (request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET")
                                        << "/staff/login" << int(r.statusCode());
            r.write(std::move(responder));
        };
        LoginForm f;
        f.lang = language(request);
        f.preToken = StaffHttp::cookie(request, "staff_pre");
        if (f.preToken.size() != 32)
            f.preToken = randomHex();
        if (request.method() == QHttpServerRequest::Method::Get) {
            const QUrlQuery q = request.query();
            f.next = q.queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded);
            if (q.hasQueryItem(QStringLiteral("ended")))
                f.error = StaffPages::word(f.lang, QStringLiteral("session_ended"));
            const QString out = q.queryItemValue(QStringLiteral("out"));
            if (out == u"1")
                f.notice = StaffPages::word(f.lang, QStringLiteral("signed_out"));
            else if (out == u"all")
                f.notice = StaffPages::word(f.lang, QStringLiteral("signed_out_everywhere"));
            return answer(loginPage(f));
        }
        if (request.method() != QHttpServerRequest::Method::Post) {
            QHttpServerResponse r = StaffHttp::html("<!DOCTYPE html><title>405</title>", Status::MethodNotAllowed);
            r.setHeader("Allow", "GET, POST");
            return answer(std::move(r));
        }
        const std::optional<StaffHttp::Form> form = StaffHttp::form(request);
        if (!form) {
            f.error = StaffPages::word(f.lang, QStringLiteral("bad_form"));
            return answer(loginPage(f, Status::BadRequest));
        }
        f.login = form->value(QStringLiteral("login")).value(0).trimmed().toLower().left(StaffRules::MaxLoginLength);
        f.next = form->value(QStringLiteral("next")).value(0);
        const QString password = form->value(QStringLiteral("password")).value(0);
        // The login form is a state change too: it must come from our own page.
        if (!StaffHttp::sameSecret(form->value(QStringLiteral("csrf")).value(0), StaffHttp::cookie(request, "staff_pre"))) {
            f.preToken = randomHex();
            f.error = StaffPages::word(f.lang, QStringLiteral("login_expired_form"));
            return answer(loginPage(f, Status::Forbidden));
        }
        if (f.login.isEmpty() || password.isEmpty()) {
            f.error = StaffPages::word(f.lang, QStringLiteral("login_missing"));
            return answer(loginPage(f, Status::BadRequest));
        }
        const QString address = StaffHttp::clientAddress(request, m_options.trustedProxy);
        const LoginThrottle::Keys keys = LoginThrottle::keysFor(f.login, address);
        if (const int wait = m_store.loginThrottle().waitSeconds(keys); wait > 0) {
            f.error = StaffPages::word(f.lang, QStringLiteral("login_wait"), {{QStringLiteral("seconds"), QString::number(wait)}});
            QHttpServerResponse r = loginPage(f, Status::TooManyRequests);
            r.setHeader("Retry-After", QByteArray::number(wait));
            return answer(std::move(r));
        }
        const std::optional<StaffAccounts::WithHash> found = m_store.accounts().byLogin(f.login);
        // An unknown or disabled account costs the same check, against a decoy hash.
        const bool usable = found && found->account.isActive();
        const QByteArray hash = usable ? found->passwordHash : PasswordHasher::decoy();
        const QString oldSession = StaffHttp::cookie(request, "staff_session");
        // The check runs on the hasher's pool; its answer is turned into the response back on
        // this thread (the database connection lives here). A watcher rather than
        // QFuture::then(context, …): chaining a context continuation into Qt HttpServer 6.4's
        // own crashed here.
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        auto *watcher = new QFutureWatcher<bool>(this);
        auto finish = [this, f, keys, usable, found, oldSession](bool matches) mutable -> QHttpServerResponse {
                    if (!matches || !usable) {
                        m_store.loginThrottle().recordFailure(keys);
                        qCInfo(lcHubHttp) << "staff sign-in refused";
                        f.error = StaffPages::word(f.lang, QStringLiteral("login_failed"));
                        return loginPage(f, Status::Unauthorized);
                    }
                    m_store.loginThrottle().recordSuccess(keys);
                    // A new token at every sign-in; whatever session the browser held ends.
                    if (const auto previous = m_store.sessions().find(oldSession))
                        m_store.sessions().end(previous->tokenHash);
                    const std::optional<StaffSessions::Opened> opened = m_store.sessions().open(found->account.id);
                    if (!opened) {
                        f.error = StaffPages::word(f.lang, QStringLiteral("storage_down"));
                        return loginPage(f, Status::ServiceUnavailable);
                    }
                    // One statement: atomic on its own, no transaction needed.
                    m_store.audit().append({found->account.id, found->account.login}, QStringLiteral("session.sign-in"), {});
                    qCInfo(lcHubHttp) << "staff account" << found->account.login << "signed in";
                    QHttpServerResponse r = StaffHttp::redirect(StaffHttp::isSafeNext(f.next) ? f.next : landingFor(found->account));
                    r.addHeader("Set-Cookie", StaffHttp::setCookie("staff_session", opened->token));
                    return r;
        };
        connect(watcher, &QFutureWatcher<bool>::finished, this, [watcher, pending, finish]() mutable {
            QHttpServerResponse r = finish(watcher->result());
            qCInfo(lcHubHttp).noquote() << "POST /staff/login" << int(r.statusCode());
            r.write(std::move(*pending));
            watcher->deleteLater();
        });
        watcher->setFuture(m_hasher.verifyAsync(hash, password.left(StaffRules::MaxPasswordLength)));
    });

    page(http, QStringLiteral("/staff/logout"), Handler(), [this](StaffContext &ctx) {
        m_store.sessions().end(ctx.session.tokenHash);
        QHttpServerResponse r = StaffHttp::redirect(QStringLiteral("/staff/login?out=1"));
        r.addHeader("Set-Cookie", StaffHttp::setCookie("staff_session", QString(), 0));
        return r;
    });
    page(http, QStringLiteral("/staff/logout-everywhere"), Handler(), [this](StaffContext &ctx) {
        if (!m_store.sessions().endAll(ctx.account().id))
            return StaffPages::storageDown(ctx);
        m_store.audit().append({ctx.account().id, ctx.account().login}, QStringLiteral("session.sign-out-everywhere"), {});
        QHttpServerResponse r = StaffHttp::redirect(QStringLiteral("/staff/login?out=all"));
        r.addHeader("Set-Cookie", StaffHttp::setCookie("staff_session", QString(), 0));
        return r;
    });
    page(http, QStringLiteral("/staff/account"), [this](StaffContext &ctx) {
        Data me;
        me.set("name", text(ctx.account().displayName));
        me.set("login", text(ctx.account().login));
        QStringList roles;
        if (ctx.account().isCityOfficer())
            roles.append(StaffPages::word(ctx.lang, QStringLiteral("role_city")));
        if (ctx.account().roles.testFlag(StaffRole::Ward))
            roles.append(StaffPages::word(ctx.lang, QStringLiteral("role_ward")) + QStringLiteral(" · ") + ctx.account().ward);
        if (ctx.account().isAdmin())
            roles.append(StaffPages::word(ctx.lang, QStringLiteral("role_admin")));
        me.set("roles", text(roles.join(QStringLiteral(", "))));
        me.set("since", text(StaffPages::dateTime(ctx.session.createdAt, ctx.lang)));
        me.set("sessions", text(QString::number(m_store.sessions().openCount(ctx.account().id))));
        Data d;
        d.set("me", me);
        return StaffPages::page(ctx, QStringLiteral("staff-account"), StaffPages::word(ctx.lang, QStringLiteral("account_title")),
                                {}, d);
    });
}
