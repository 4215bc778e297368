// SPDX-License-Identifier: GPL-3.0-or-later
// /staff/accounts (admins): every back-office account, adding one, and per account its roles,
// its password, disabling and enabling. The store (store/staffaccounts.h) audits each change
// and ends the account's sessions; this file checks the forms and keeps an admin from locking
// themselves out.
#include "staff/adminpages.h"

#include "hublogging.h"
#include "hubstore.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "store/storeformats.h"
#include "text/formatting.h"
#include "text/textfold.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrl>

#include <variant>

using Status = QHttpServerResponse::StatusCode;
using HtmlTemplates::Data;
using HtmlTemplates::text;

namespace {

constexpr int GrantWindowDays = 30;

/** What an add or roles form asked for, as typed (passwords apart). */
struct AccountForm
{
    QString login;
    QString name;
    StaffRole::Roles roles;
    QString ward;
    QString password;
    QString password2;
};

AccountForm readForm(const StaffContext &ctx)
{
    AccountForm f;
    f.login = ctx.field(QStringLiteral("login")).trimmed().toLower().left(StaffRules::MaxLoginLength + 1);
    f.name = TextFold::clean(ctx.field(QStringLiteral("name")).left(StaffRules::MaxDisplayNameLength * 4));
    for (const QString &word : ctx.form.value(QStringLiteral("role"))) {
        StaffRole::Role r;
        if (StaffRole::parse(word, &r))
            f.roles |= r;
    }
    // A ward belongs to a ward officer only: the field left filled after unticking is ignored.
    if (f.roles.testFlag(StaffRole::Ward))
        f.ward = ctx.field(QStringLiteral("ward")).trimmed().toUpper().left(40);
    f.password = ctx.field(QStringLiteral("password"));
    f.password2 = ctx.field(QStringLiteral("password2"));
    return f;
}

/** The word key of what is wrong with the roles and ward; empty when they are fine. */
QString checkRoles(StaffSite &site, const AccountForm &f)
{
    if (!f.roles)
        return QStringLiteral("accounts_err_roles");
    if (f.roles.testFlag(StaffRole::Ward) && f.ward.isEmpty())
        return QStringLiteral("accounts_err_ward_missing");
    if (!f.ward.isEmpty()) {
        QString error;
        if (!site.store().content().ensureContent(&error) || !site.store().content().wardExists(f.ward))
            return QStringLiteral("accounts_err_ward_unknown");
    }
    return {};
}

QString checkPassword(const AccountForm &f)
{
    if (f.password.size() < StaffRules::MinPasswordLength)
        return QStringLiteral("accounts_err_password_short");
    if (f.password.size() > StaffRules::MaxPasswordLength)
        return QStringLiteral("accounts_err_password_long");
    if (f.password != f.password2)
        return QStringLiteral("accounts_err_password_differ");
    return {};
}

QString checkNew(StaffSite &site, const AccountForm &f)
{
    if (!StaffRules::isValidLogin(f.login))
        return QStringLiteral("accounts_err_login");
    if (f.name.isEmpty() || f.name.size() > StaffRules::MaxDisplayNameLength)
        return QStringLiteral("accounts_err_name");
    if (QString roles = checkRoles(site, f); !roles.isEmpty())
        return roles;
    if (QString password = checkPassword(f); !password.isEmpty())
        return password;
    if (site.store().accounts().byLogin(f.login))
        return QStringLiteral("accounts_err_exists");
    return {};
}

QString rolesText(const StaffAccount &a, const QString &lang)
{
    QStringList out;
    if (a.isCityOfficer())
        out.append(StaffPages::word(lang, QStringLiteral("role_city")));
    if (a.roles.testFlag(StaffRole::Ward))
        out.append(StaffPages::word(lang, QStringLiteral("role_ward")));
    if (a.isAdmin())
        out.append(StaffPages::word(lang, QStringLiteral("role_admin")));
    return out.join(QStringLiteral(", "));
}

QString dateOrDash(const QString &iso, const QString &lang)
{
    return iso.isEmpty() ? QStringLiteral("—") : StaffPages::dateTime(iso, lang);
}

Data roleBoxes(StaffRole::Roles roles)
{
    Data d;
    d.set("city", roles.testFlag(StaffRole::City));
    d.set("ward", roles.testFlag(StaffRole::Ward));
    d.set("admin", roles.testFlag(StaffRole::Admin));
    return d;
}

QString accountHref(const QString &login)
{
    return QStringLiteral("/staff/accounts/") + QString::fromLatin1(QUrl::toPercentEncoding(login));
}

/** A ward's name ("Phường Lê Chân"), or its code when the content does not know it. */
QString wardWords(StaffSite &site, const QString &code, const QString &lang)
{
    if (code.isEmpty())
        return QStringLiteral("—");
    const LocalizedText name = site.store().content().names(code, {}).ward;
    return name.isEmpty() ? code : name.in(lang);
}



QHttpServerResponse listPage(StaffSite &site, StaffContext &ctx, const AccountForm &typed = {},
                             const QString &errorKey = {}, Status status = Status::Ok)
{
    if (!ctx.account().isAdmin())
        return StaffPages::notFound(ctx);
    const auto accounts = site.store().accounts().list();
    const auto grants = AdminPages::recentGrants(site, ctx.lang);
    if (!accounts || !grants)
        return StaffPages::storageDown(ctx);
    Data rows{Data::type::list};
    for (const StaffAccount &a : *accounts) {
        Data r;
        r.set("login", text(a.login));
        r.set("href", text(accountHref(a.login)));
        r.set("name", text(a.displayName));
        r.set("roles", text(rolesText(a, ctx.lang)));
        r.set("ward", text(wardWords(site, a.ward, ctx.lang)));
        r.set("created", text(dateOrDash(a.createdAt, ctx.lang)));
        r.set("disabled", text(a.isActive() ? StaffPages::word(ctx.lang, QStringLiteral("accounts_active"))
                                            : StaffPages::word(ctx.lang, QStringLiteral("accounts_disabled_on"),
                                                               {{QStringLiteral("date"), dateOrDash(a.disabledAt, ctx.lang)}})));
        r.set("inactive", !a.isActive());
        r.set("sessions", text(Formatting::number(site.store().sessions().openCount(a.id), ctx.lang)));
        rows.push_back(r);
    }
    Data d;
    d.set("rows", rows);
    d.set("grants", *grants);
    d.set("hasGrants", !grants->is_empty_list());
    Data form;
    form.set("login", text(typed.login));
    form.set("name", text(typed.name));
    form.set("ward", text(typed.ward));
    form.set("roles", roleBoxes(typed.roles));
    d.set("form", form);
    if (!errorKey.isEmpty())
        d.set("error", text(StaffPages::word(ctx.lang, errorKey, {{QStringLiteral("min"), QString::number(StaffRules::MinPasswordLength)}})));
    if (ctx.param(QStringLiteral("failed")) == u"1")
        d.set("error", text(StaffPages::word(ctx.lang, QStringLiteral("accounts_err_store"))));
    d.set("minPassword", text(QString::number(StaffRules::MinPasswordLength)));
    return StaffPages::page(ctx, QStringLiteral("staff-accounts"), StaffPages::word(ctx.lang, QStringLiteral("accounts_title")),
                            QStringLiteral("accounts"), d, status);
}

QHttpServerResponse onePage(StaffSite &site, StaffContext &ctx, const QString &login, const QString &errorKey = {},
                            Status status = Status::Ok)
{
    if (!ctx.account().isAdmin())
        return StaffPages::notFound(ctx);
    const auto found = site.store().accounts().byLogin(login);
    if (!found)
        return StaffPages::notFound(ctx);
    const StaffAccount &a = found->account;
    Data me;
    me.set("login", text(a.login));
    me.set("name", text(a.displayName));
    me.set("roles", text(rolesText(a, ctx.lang)));
    me.set("ward", text(wardWords(site, a.ward, ctx.lang)));
    me.set("wardValue", text(a.ward));
    me.set("created", text(dateOrDash(a.createdAt, ctx.lang)));
    me.set("disabled", text(dateOrDash(a.disabledAt, ctx.lang)));
    me.set("active", a.isActive());
    me.set("sessions", text(Formatting::number(site.store().sessions().openCount(a.id), ctx.lang)));
    me.set("boxes", roleBoxes(a.roles));
    me.set("base", text(accountHref(a.login)));
    Data d;
    d.set("me", me);
    d.set("self", a.id == ctx.account().id);
    d.set("minPassword", text(QString::number(StaffRules::MinPasswordLength)));
    if (!errorKey.isEmpty())
        d.set("error", text(StaffPages::word(ctx.lang, errorKey, {{QStringLiteral("min"), QString::number(StaffRules::MinPasswordLength)}})));
    if (ctx.param(QStringLiteral("failed")) == u"1")
        d.set("error", text(StaffPages::word(ctx.lang, QStringLiteral("accounts_err_store"))));
    const QString done = ctx.param(QStringLiteral("done"));
    for (const char *key : {"added", "roles", "password", "disabled", "enabled"}) {
        if (done == QLatin1String(key))
            d.set("notice", text(StaffPages::word(ctx.lang, QStringLiteral("accounts_done_") + QLatin1String(key))));
    }
    return StaffPages::page(ctx, QStringLiteral("staff-accounts-one"),
                            StaffPages::word(ctx.lang, QStringLiteral("accounts_one_title"), {{QStringLiteral("login"), a.login}}),
                            QStringLiteral("accounts"), d, status);
}

AuditActor actorOf(const StaffContext &ctx)
{
    return {ctx.account().id, ctx.account().login};
}

QHttpServerResponse afterChange(StaffSite &site, StaffContext &ctx, const QString &login, StaffAccounts::Outcome outcome,
                                const char *done)
{
    switch (outcome) {
    case StaffAccounts::Outcome::Done:
        // Changing one's own account ended one's own sessions too.
        if (login == ctx.account().login && !site.store().sessions().find(StaffHttp::cookie(ctx.request, "staff_session")))
            return StaffHttp::redirect(QStringLiteral("/staff/login?ended=1"));
        return StaffHttp::redirect(accountHref(login) + QStringLiteral("?done=") + QLatin1String(done));
    case StaffAccounts::Outcome::NotFound:
        return StaffPages::notFound(ctx);
    case StaffAccounts::Outcome::Exists:
    case StaffAccounts::Outcome::Invalid:
        return onePage(site, ctx, login, QStringLiteral("accounts_err_invalid"), Status::BadRequest);
    case StaffAccounts::Outcome::StorageError:
        break;
    }
    return StaffPages::storageDown(ctx);
}

QHttpServerResponse changeRoles(StaffSite &site, StaffContext &ctx, const QString &login)
{
    if (!ctx.account().isAdmin() || !site.store().accounts().byLogin(login))
        return StaffPages::notFound(ctx);
    const AccountForm f = readForm(ctx);
    if (QString error = checkRoles(site, f); !error.isEmpty())
        return onePage(site, ctx, login, error, Status::BadRequest);
    // The city must never be left without an admin who can let people back in.
    if (login == ctx.account().login && !f.roles.testFlag(StaffRole::Admin))
        return onePage(site, ctx, login, QStringLiteral("accounts_err_self_admin"), Status::Conflict);
    QString error;
    return afterChange(site, ctx, login, site.store().accounts().setRoles(actorOf(ctx), login, f.roles, f.ward, &error), "roles");
}

QHttpServerResponse disable(StaffSite &site, StaffContext &ctx, const QString &login)
{
    if (!ctx.account().isAdmin() || !site.store().accounts().byLogin(login))
        return StaffPages::notFound(ctx);
    if (login == ctx.account().login)
        return onePage(site, ctx, login, QStringLiteral("accounts_err_self_disable"), Status::Conflict);
    return afterChange(site, ctx, login, site.store().accounts().disable(actorOf(ctx), login), "disabled");
}

QHttpServerResponse enable(StaffSite &site, StaffContext &ctx, const QString &login)
{
    if (!ctx.account().isAdmin() || !site.store().accounts().byLogin(login))
        return StaffPages::notFound(ctx);
    return afterChange(site, ctx, login, site.store().accounts().enable(actorOf(ctx), login), "enabled");
}

/** StaffSite::page()'s checks, for the two forms whose password is hashed off the HTTP thread
    (a page() handler must answer at once): a session, a urlencoded form carrying the session's
    CSRF token, an admin. Either the refusal or the request's context. */
std::variant<QHttpServerResponse, StaffContext> adminForm(StaffSite &site, const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        QHttpServerResponse r = StaffHttp::html("<!DOCTYPE html><title>405</title><p>Method not allowed.</p>",
                                                Status::MethodNotAllowed);
        r.setHeader("Allow", "POST");
        return r;
    }
    const auto session = site.store().sessions().find(StaffHttp::cookie(request, "staff_session"));
    if (!session)
        return StaffHttp::redirect(QStringLiteral("/staff/login?ended=1"));
    StaffContext ctx{request, *session, StaffSite::language(request), request.query(), {},
                     StaffHttp::clientAddress(request, site.options().trustedProxy)};
    std::optional<StaffHttp::Form> form = StaffHttp::form(request);
    if (!form)
        return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"),
                                   StaffPages::word(ctx.lang, QStringLiteral("bad_form")));
    if (!StaffHttp::sameSecret(form->value(QStringLiteral("csrf")).value(0), session->csrf)) {
        qCInfo(lcHubHttp) << "staff form refused: CSRF token missing or wrong";
        return StaffPages::message(ctx, Status::Forbidden, QStringLiteral("forbidden_title"),
                                   StaffPages::word(ctx.lang, QStringLiteral("form_expired")));
    }
    ctx.form = std::move(*form);
    if (!ctx.account().isAdmin())
        return StaffPages::notFound(ctx);
    return ctx;
}

/** Hashes the password on the hasher's pool, then runs `store` back on this thread (the
    database connection lives here) and writes its answer. */
void hashThen(StaffSite &site, const QString &path, const QString &password, QHttpServerResponder &&responder,
              std::function<QHttpServerResponse(const QByteArray &)> store)
{
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto *watcher = new QFutureWatcher<QByteArray>(&site);
    QObject::connect(watcher, &QFutureWatcher<QByteArray>::finished, &site, [watcher, pending, store, path]() {
        QHttpServerResponse r = store(watcher->result());
        qCInfo(lcHubHttp).noquote() << "POST" << path << int(r.statusCode());
        r.write(std::move(*pending));
        watcher->deleteLater();
    });
    watcher->setFuture(site.hasher().hashAsync(password));
}

void answer(QHttpServerResponse &&r, const QString &path, QHttpServerResponder &&responder)
{
    qCInfo(lcHubHttp).noquote() << "POST" << path << int(r.statusCode());
    r.write(std::move(responder));
}

}

QString AdminPages::rolesInWords(StaffSite &site, const QString &detail, const QString &lang)
{
    const QStringList parts = detail.split(u' ', Qt::SkipEmptyParts);
    StaffAccount given;
    given.roles = StaffRole::fromText(parts.value(0));
    QStringList out;
    if (given.roles)
        out.append(rolesText(given, lang));
    for (const QString &part : parts)
        if (part.startsWith(QStringLiteral("ward=")))
            out.append(wardWords(site, part.mid(5), lang));
    return out.isEmpty() ? detail : out.join(QStringLiteral(" · "));
}

std::optional<Data> AdminPages::recentGrants(StaffSite &site, const QString &lang)
{
    AuditLog::Filter filter;
    filter.action = QStringLiteral("account.officer-granted");
    filter.from = QDateTime::currentDateTimeUtc().addDays(-GrantWindowDays).toString(Qt::ISODateWithMs);
    filter.limit = 50;
    const auto entries = site.store().audit().list(filter);
    if (!entries)
        return std::nullopt;
    Data list{Data::type::list};
    for (const AuditEntry &e : *entries) {
        Data g;
        g.set("at", text(StaffPages::dateTime(e.at, lang)));
        // The shell's `city-hub user …` writes as the actor "city-hub".
        g.set("actor", text(e.actor == AuditActor::commandLine().name ? StaffPages::word(lang, QStringLiteral("accounts_by_shell"))
                                                                       : e.actor));
        const QString login = e.target.startsWith(QStringLiteral("account:")) ? e.target.mid(8) : e.target;
        g.set("login", text(login));
        g.set("href", text(accountHref(login)));
        g.set("detail", text(AdminPages::rolesInWords(site, e.detail, lang)));
        list.push_back(g);
    }
    return list;
}

void AdminPages::installAccounts(StaffSite &site, QHttpServer &http)
{
    site.page(http, QStringLiteral("/staff/accounts"), [&site](StaffContext &ctx) { return listPage(site, ctx); });

    http.route(QStringLiteral("/staff/new-account"), [&site](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = QStringLiteral("/staff/new-account");
        auto checked = adminForm(site, request);
        if (auto *refusal = std::get_if<QHttpServerResponse>(&checked))
            return answer(std::move(*refusal), path, std::move(responder));
        StaffContext &ctx = std::get<StaffContext>(checked);
        AccountForm f = readForm(ctx);
        if (QString error = checkNew(site, f); !error.isEmpty()) {
            f.password.clear();
            return answer(listPage(site, ctx, f, error, Status::BadRequest), path, std::move(responder));
        }
        const AuditActor actor = actorOf(ctx);
        hashThen(site, path, f.password, std::move(responder), [&site, actor, f](const QByteArray &hash) {
            QString error;
            const StaffAccounts::Outcome o = site.store().accounts().add(actor, f.login, f.name, f.roles, f.ward, hash, &error);
            if (o != StaffAccounts::Outcome::Done)
                return StaffHttp::redirect(QStringLiteral("/staff/accounts?failed=1"));
            return StaffHttp::redirect(accountHref(f.login) + QStringLiteral("?done=added"));
        });
    });

    http.route(QStringLiteral("/staff/accounts/<arg>/password"),
               [&site](const QString &arg, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString login = arg.left(200);
        const QString path = QStringLiteral("/staff/accounts/…/password");
        auto checked = adminForm(site, request);
        if (auto *refusal = std::get_if<QHttpServerResponse>(&checked))
            return answer(std::move(*refusal), path, std::move(responder));
        StaffContext &ctx = std::get<StaffContext>(checked);
        if (!site.store().accounts().byLogin(login))
            return answer(StaffPages::notFound(ctx), path, std::move(responder));
        const AccountForm f = readForm(ctx);
        if (QString error = checkPassword(f); !error.isEmpty())
            return answer(onePage(site, ctx, login, error, Status::BadRequest), path, std::move(responder));
        const AuditActor actor = actorOf(ctx);
        const bool self = login == ctx.account().login;
        hashThen(site, path, f.password, std::move(responder), [&site, actor, login, self](const QByteArray &hash) {
            switch (site.store().accounts().setPassword(actor, login, hash)) {
            case StaffAccounts::Outcome::Done:
                // A new password ends every session of the account, this one too when it is one's own.
                return StaffHttp::redirect(self ? QStringLiteral("/staff/login?ended=1")
                                                : accountHref(login) + QStringLiteral("?done=password"));
            default:
                return StaffHttp::redirect(accountHref(login) + QStringLiteral("?failed=1"));
            }
        });
    });
    site.page(http, QStringLiteral("/staff/accounts/<arg>/roles"), StaffSite::ArgHandler(),
              [&site](StaffContext &ctx, const QString &login) { return changeRoles(site, ctx, login); });
    site.page(http, QStringLiteral("/staff/accounts/<arg>/disable"), StaffSite::ArgHandler(),
              [&site](StaffContext &ctx, const QString &login) { return disable(site, ctx, login); });
    site.page(http, QStringLiteral("/staff/accounts/<arg>/enable"), StaffSite::ArgHandler(),
              [&site](StaffContext &ctx, const QString &login) { return enable(site, ctx, login); });
    site.page(http, QStringLiteral("/staff/accounts/<arg>"),
              StaffSite::ArgHandler([&site](StaffContext &ctx, const QString &login) { return onePage(site, ctx, login); }));
}
