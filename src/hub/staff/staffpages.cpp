// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffpages.h"

#include "hublogging.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "text/formatting.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace StaffPages {

namespace {

using HtmlTemplates::Data;
using HtmlTemplates::text;

const QHash<QString, QString> &table(const QString &lang)
{
    static const QHash<QString, QHash<QString, QString>> all = [] {
        QHash<QString, QHash<QString, QString>> out;
        // Each area of pages keeps its words in text/<area>-<lang>.json; keys are unique
        // across areas (tst_staffpages checks, and that both languages have the same keys).
        const QDir dir(QStringLiteral(":/hub/staff/text"));
        for (const QString &l : {QStringLiteral("vi"), QStringLiteral("en")}) {
            QHash<QString, QString> words;
            const QStringList files = dir.entryList({QStringLiteral("*-%1.json").arg(l)}, QDir::Files, QDir::Name);
            for (const QString &file : files) {
                QFile f(dir.filePath(file));
                if (!f.open(QIODevice::ReadOnly))
                    qCWarning(lcHubHttp) << "cannot read the back-office's words" << file;
                const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
                for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                    if (words.contains(it.key()))
                        qCWarning(lcHubHttp) << "the back-office word" << it.key() << "is defined twice";
                    words.insert(it.key(), it.value().toString());
                }
            }
            out.insert(l, words);
        }
        return out;
    }();
    // A reference into the table itself (a const QHash's operator[] returns a copy).
    return *all.constFind(lang == u"en" ? QStringLiteral("en") : QStringLiteral("vi"));
}

struct NavItem
{
    const char *key;
    const char *href;
    bool (*allowed)(const StaffAccount &);
};

const NavItem navItems[] = {
    {"inbox", "/staff/inbox", [](const StaffAccount &a) { return a.isOfficer(); }},
    {"works", "/staff/works", [](const StaffAccount &a) { return a.isOfficer(); }},
    {"dashboard", "/staff/dashboard", [](const StaffAccount &a) { return a.isOfficer(); }},
    {"board", "/staff/board", [](const StaffAccount &a) { return a.isOfficer(); }},
    {"kiosks", "/staff/kiosks", [](const StaffAccount &a) { return a.isAdmin(); }},
    {"accounts", "/staff/accounts", [](const StaffAccount &a) { return a.isAdmin(); }},
    {"templates", "/staff/templates", [](const StaffAccount &a) { return a.isAdmin(); }},
    {"audit", "/staff/audit", [](const StaffAccount &a) { return a.isAdmin(); }},
};

QString rolesText(const StaffAccount &a, const QString &lang)
{
    QStringList out;
    if (a.isCityOfficer())
        out.append(word(lang, QStringLiteral("role_city")));
    if (a.roles.testFlag(StaffRole::Ward))
        out.append(word(lang, QStringLiteral("role_ward")) + (a.ward.isEmpty() ? QString() : QStringLiteral(" · ") + a.ward));
    if (a.isAdmin())
        out.append(word(lang, QStringLiteral("role_admin")));
    return out.join(QStringLiteral(", "));
}

Data frame(const QString &lang, const QString &title, Data data)
{
    data.set("lang", text(lang));
    data.set("title", text(title));
    data.set("t", words(lang));
    return data;
}

QHttpServerResponse rendered(const QString &templateName, Data data, QHttpServerResponse::StatusCode status)
{
    const QByteArray html = HtmlTemplates::render(templateName, std::move(data));
    if (html.isEmpty())
        return StaffHttp::html("<!DOCTYPE html><title>500</title>", QHttpServerResponse::StatusCode::InternalServerError);
    return StaffHttp::html(html, status);
}

}

Data words(const QString &lang)
{
    Data t{Data::type::object};
    const QHash<QString, QString> &w = table(lang);
    for (auto it = w.constBegin(); it != w.constEnd(); ++it)
        t.set(it.key().toStdString(), text(it.value()));
    return t;
}

QString word(const QString &lang, const QString &key, const QList<QPair<QString, QString>> &args)
{
    // "1 record", not "1 records": with a {count} (or {changed}) of 1 a word takes its
    // "<key>_one" form where the language has one.
    QString w;
    for (const auto &[name, value] : args)
        if ((name == u"count" || name == u"changed") && value == u"1")
            w = table(lang).value(key + QStringLiteral("_one"));
    if (w.isEmpty())
        w = table(lang).value(key);
    if (w.isEmpty()) {
        qCWarning(lcHubHttp) << "the back-office has no word" << key << "in" << lang;
        return key;
    }
    for (const auto &[name, value] : args)
        w.replace(u'{' + name + u'}', value);
    return w;
}

QStringList keys(const QString &lang)
{
    QStringList k = table(lang).keys();
    k.sort();
    return k;
}

QHttpServerResponse page(const StaffContext &ctx, const QString &templateName, const QString &title,
                         const QString &nav, Data data, QHttpServerResponse::StatusCode status)
{
    const StaffAccount &a = ctx.account();
    Data items{Data::type::list};
    for (const NavItem &item : navItems) {
        if (!item.allowed(a))
            continue;
        Data i;
        i.set("href", text(QString::fromLatin1(item.href)));
        i.set("label", text(word(ctx.lang, QStringLiteral("nav_") + QLatin1String(item.key))));
        i.set("active", nav == QLatin1String(item.key));
        items.push_back(i);
    }
    data.set("nav", items);
    Data account;
    account.set("name", text(a.displayName));
    account.set("roles", text(rolesText(a, ctx.lang)));
    data.set("account", account);
    data.set("csrf", text(ctx.session.csrf));
    // The other language keeps the reader on this page.
    const QString here = ctx.request.url().path(QUrl::FullyEncoded);
    data.set("otherHref", text(QStringLiteral("/staff/lang?to=%1&next=%2")
                                       .arg(ctx.lang == u"en" ? QStringLiteral("vi") : QStringLiteral("en"),
                                            QString::fromLatin1(QUrl::toPercentEncoding(here)))));
    data.set("otherLang", text(ctx.lang == u"en" ? QStringLiteral("vi") : QStringLiteral("en")));
    return rendered(templateName, frame(ctx.lang, title, std::move(data)), status);
}

QHttpServerResponse bare(const QString &lang, const QString &templateName, const QString &title, Data data,
                         QHttpServerResponse::StatusCode status)
{
    data.set("otherHref", text(QStringLiteral("/staff/lang?to=%1&next=%2")
                                       .arg(lang == u"en" ? QStringLiteral("vi") : QStringLiteral("en"),
                                            QStringLiteral("%2Fstaff%2Flogin"))));
    data.set("otherLang", text(lang == u"en" ? QStringLiteral("vi") : QStringLiteral("en")));
    return rendered(templateName, frame(lang, title, std::move(data)), status);
}

QHttpServerResponse message(const StaffContext &ctx, QHttpServerResponse::StatusCode status, const QString &titleKey,
                            const QString &message)
{
    Data d;
    d.set("message", text(message));
    return page(ctx, QStringLiteral("staff-message"), word(ctx.lang, titleKey), {}, d, status);
}

QHttpServerResponse notFound(const StaffContext &ctx)
{
    return message(ctx, QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not_found_title"),
                   word(ctx.lang, QStringLiteral("not_found_text")));
}

QHttpServerResponse forbidden(const StaffContext &ctx)
{
    return message(ctx, QHttpServerResponse::StatusCode::Forbidden, QStringLiteral("forbidden_title"),
                   word(ctx.lang, QStringLiteral("forbidden_text")));
}

QHttpServerResponse storageDown(const StaffContext &ctx)
{
    return message(ctx, QHttpServerResponse::StatusCode::ServiceUnavailable, QStringLiteral("storage_title"),
                   word(ctx.lang, QStringLiteral("storage_down")));
}

QByteArray css()
{
    static const QByteArray sheet = [] {
        QFile f(QStringLiteral(":/hub/templates/staff.css"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return sheet;
}

QString dateTime(const QString &isoUtc, const QString &lang)
{
    QDateTime dt = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    dt = dt.toOffsetFromUtc(7 * 3600);
    return Formatting::date(dt.date(), lang) + (lang == u"en" ? QStringLiteral(", ") : QStringLiteral(" "))
            + dt.time().toString(QStringLiteral("HH:mm"));
}

}
