// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffkiosks.h"

#include "hublogging.h"
#include "hubstore.h"
#include "publishedworks.h"
#include "qr/qrencoder.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "text/formatting.h"

#include <QHttpServer>
#include <QRegularExpression>

using Status = QHttpServerResponse::StatusCode;
using HtmlTemplates::Data;
using HtmlTemplates::text;
using StaffPages::word;

QByteArray StaffKiosks::qrSvg(const QString &value, int scale)
{
    const QrMatrix m = QrMatrix::encode(value);
    if (m.isNull())
        return {};
    const int side = m.sizeWithQuietZone();
    QByteArray path;
    for (int y = 0; y < m.size(); ++y)
        for (int x = 0; x < m.size(); ++x)
            if (m.isDark(x, y))
                path += 'M' + QByteArray::number(x + QrMatrix::QuietZone) + ' ' + QByteArray::number(y + QrMatrix::QuietZone)
                        + "h1v1h-1z";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + QByteArray::number(side * scale) + "\" height=\""
            + QByteArray::number(side * scale) + "\" viewBox=\"0 0 " + QByteArray::number(side) + ' '
            + QByteArray::number(side) + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

namespace {

Data wardOptions(StaffSite &site, const QString &lang)
{
    Data wards{Data::type::list};
    const auto works = site.store().content().publishedWorks();
    if (!works)
        return wards;
    for (const Ward &w : works->wards()) {
        Data o;
        o.set("code", text(w.code));
        o.set("name", text(w.name.in(lang)));
        wards.push_back(o);
    }
    return wards;
}

QHttpServerResponse listPage(StaffSite &site, StaffContext &ctx)
{
    if (!ctx.account().isAdmin())
        return StaffPages::forbidden(ctx);
    const std::optional<QList<HubKioskRow>> kiosks = site.store().kiosks().list();
    const std::optional<HubContent> served = site.store().content().served();
    if (!kiosks)
        return StaffPages::storageDown(ctx);
    // The ETag as served ("\"abc…\""), compared with what kiosks report (unquoted).
    QString currentEtag = served ? QString::fromLatin1(served->etag) : QString();
    currentEtag.remove(u'"');
    Data rows{Data::type::list};
    for (const HubKioskRow &k : *kiosks) {
        Data r;
        r.set("id", text(k.id));
        r.set("name", text(k.name));
        r.set("ward", text(site.store().content().names(k.ward, {}).ward.in(ctx.lang)));
        r.set("wardCode", text(k.ward));
        r.set("lastSeen", text(k.lastSeen.isEmpty() ? word(ctx.lang, QStringLiteral("kiosks_never"))
                                                    : StaffPages::dateTime(k.lastSeen, ctx.lang)));
        r.set("app", text(k.appVersion.isEmpty() ? word(ctx.lang, QStringLiteral("kiosks_unknown")) : k.appVersion));
        if (k.contentVersion.isEmpty()) {
            r.set("content", text(word(ctx.lang, QStringLiteral("kiosks_unknown"))));
        } else {
            const bool current = k.contentVersion == currentEtag;
            r.set("content", text(word(ctx.lang, current ? QStringLiteral("kiosks_content_current")
                                                         : QStringLiteral("kiosks_content_behind"))));
            r.set("contentShort", text(k.contentVersion.left(8)));
            r.set("behind", !current);
        }
        r.set("received", text(Formatting::number(k.recordsReceived, ctx.lang)));
        r.set("waiting", text(Formatting::number(k.pendingHint, ctx.lang)));
        r.set("hasWaiting", k.pendingHint > 0);
        r.set("revoked", !k.revokedAt.isEmpty());
        r.set("state", text(k.revokedAt.isEmpty() ? word(ctx.lang, QStringLiteral("kiosks_active"))
                                                  : word(ctx.lang, QStringLiteral("kiosks_revoked"),
                                                         {{QStringLiteral("date"), StaffPages::dateTime(k.revokedAt, ctx.lang)}})));
        r.set("revokeHref", text(QStringLiteral("/staff/kiosks/%1/revoke").arg(k.id)));
        rows.push_back(r);
    }
    Data d;
    d.set("rows", rows);
    d.set("empty", kiosks->isEmpty());
    d.set("wards", wardOptions(site, ctx.lang));
    const QString done = ctx.param(QStringLiteral("revoked"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9-]{1,40}$"));
    if (idPattern.match(done).hasMatch())
        d.set("notice", text(word(ctx.lang, ctx.param(QStringLiteral("already")) == u"1" ? QStringLiteral("kiosks_already_revoked")
                                                                                        : QStringLiteral("kiosks_revoked_done"),
                                  {{QStringLiteral("id"), done}})));
    return StaffPages::page(ctx, QStringLiteral("staff-kiosks"), word(ctx.lang, QStringLiteral("kiosks_title")),
                            QStringLiteral("kiosks"), d);
}

QHttpServerResponse enrol(StaffSite &site, StaffContext &ctx)
{
    if (!ctx.account().isAdmin())
        return StaffPages::forbidden(ctx);
    const QString ward = ctx.field(QStringLiteral("ward")).left(40);
    QString error;
    if (!site.store().content().wardExists(ward))
        return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("kiosks_enrol_title"),
                                   word(ctx.lang, QStringLiteral("kiosks_bad_ward")));
    const std::optional<QString> code = site.store().kiosks().createEnrolCode(ward, &error);
    if (!code) {
        qCWarning(lcHubHttp).noquote() << "cannot issue an enrolment code:" << error;
        return StaffPages::storageDown(ctx);
    }
    site.store().audit().append({ctx.account().id, ctx.account().login}, QStringLiteral("kiosk.enrol-code"),
                                QStringLiteral("ward:") + ward);
    // Shown in the answer to the POST itself, not after a redirect: the code is a secret shown
    // once, and must not travel in a URL or be stored to be shown again.
    Data d;
    d.set("code", text(*code));
    d.set("forWard", text(word(ctx.lang, QStringLiteral("kiosks_code_for"),
                               {{QStringLiteral("ward"), site.store().content().names(ward, {}).ward.in(ctx.lang)}})));
    d.set("qr", text(QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(StaffKiosks::qrSvg(*code).toBase64())));
    return StaffPages::page(ctx, QStringLiteral("staff-kiosk-code"), word(ctx.lang, QStringLiteral("kiosks_code_title")),
                            QStringLiteral("kiosks"), d);
}

std::optional<HubKioskRow> findKiosk(StaffSite &site, const QString &id)
{
    const auto kiosks = site.store().kiosks().list();
    if (kiosks)
        for (const HubKioskRow &k : *kiosks)
            if (k.id == id)
                return k;
    return std::nullopt;
}

QHttpServerResponse confirmRevoke(StaffSite &site, StaffContext &ctx, const QString &id)
{
    if (!ctx.account().isAdmin())
        return StaffPages::forbidden(ctx);
    const std::optional<HubKioskRow> k = findKiosk(site, id);
    if (!k)
        return StaffPages::notFound(ctx);
    Data d;
    d.set("id", text(k->id));
    d.set("name", text(k->name));
    d.set("heading", text(word(ctx.lang, QStringLiteral("kiosks_revoke_title"), {{QStringLiteral("id"), k->id}})));
    d.set("action", text(QStringLiteral("/staff/kiosks/%1/revoke").arg(k->id)));
    d.set("revoked", !k->revokedAt.isEmpty());
    return StaffPages::page(ctx, QStringLiteral("staff-kiosk-revoke"), word(ctx.lang, QStringLiteral("kiosks_revoke")),
                            QStringLiteral("kiosks"), d);
}

QHttpServerResponse revoke(StaffSite &site, StaffContext &ctx, const QString &id)
{
    if (!ctx.account().isAdmin())
        return StaffPages::forbidden(ctx);
    if (!findKiosk(site, id))
        return StaffPages::notFound(ctx);
    switch (site.store().kiosks().revoke(id, site.store().audit(), {ctx.account().id, ctx.account().login})) {
    case HubChangeOutcome::NotFound:
        return StaffPages::notFound(ctx);
    case HubChangeOutcome::StorageError:
        return StaffPages::storageDown(ctx);
    case HubChangeOutcome::Unchanged:
        return StaffHttp::redirect(QStringLiteral("/staff/kiosks?revoked=%1&already=1").arg(id));
    case HubChangeOutcome::Done:
        break;
    }
    return StaffHttp::redirect(QStringLiteral("/staff/kiosks?revoked=%1").arg(id));
}

}

void StaffKiosks::install(StaffSite &site, QHttpServer &http)
{
    site.page(http, QStringLiteral("/staff/kiosks"), [&site](StaffContext &ctx) { return listPage(site, ctx); });
    site.page(http, QStringLiteral("/staff/kiosks/enrol"), StaffSite::Handler(),
              [&site](StaffContext &ctx) { return enrol(site, ctx); });
    site.page(
            http, QStringLiteral("/staff/kiosks/<arg>/revoke"),
            [&site](StaffContext &ctx, const QString &id) { return confirmRevoke(site, ctx, id); },
            [&site](StaffContext &ctx, const QString &id) { return revoke(site, ctx, id); });
}
