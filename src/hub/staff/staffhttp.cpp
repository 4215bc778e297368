// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffhttp.h"

#include <QHttpServerRequest>
#include <QStringDecoder>
#include <QUrl>

namespace StaffHttp {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Form parseForm(const QByteArray &body)
{
    Form out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out[QString::fromUtf8(QByteArray::fromPercentEncoding(key))].append(
                QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

std::optional<Form> form(const QHttpServerRequest &request)
{
    const QByteArray type = header(request, "Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/x-www-form-urlencoded")
        return std::nullopt;
    const QByteArray body = request.body();
    if (body.size() > MaxFormBytes)
        return std::nullopt;
    // Percent-decoded bytes must be UTF-8: a form page is served as UTF-8, so anything else
    // was not sent by it.
    QStringDecoder decoder(QStringDecoder::Utf8);
    for (const QByteArray &pair : body.split('&')) {
        (void)decoder.decode(QByteArray::fromPercentEncoding(QByteArray(pair).replace('+', ' ')));
        if (decoder.hasError())
            return std::nullopt;
    }
    return parseForm(body);
}

QString cookie(const QHttpServerRequest &request, const QByteArray &name)
{
    const QByteArray all = header(request, "Cookie");
    for (const QByteArray &part : all.split(';')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith(name + '='))
            return QString::fromLatin1(p.mid(name.size() + 1));
    }
    return {};
}

QString clientAddress(const QHttpServerRequest &request, const QHostAddress &trustedProxy)
{
    const QHostAddress peer = request.remoteAddress();
    if (!trustedProxy.isNull() && peer.isEqual(trustedProxy, QHostAddress::TolerantConversion)) {
        const QHostAddress real(QString::fromLatin1(header(request, "X-Real-IP").trimmed()));
        if (!real.isNull())
            return real.toString();
    }
    return peer.toString();
}

void secure(QHttpServerResponse &r)
{
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                "frame-ancestors 'none'; base-uri 'none'");
    r.setHeader("X-Frame-Options", "DENY");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Referrer-Policy", "no-referrer");
}

QHttpServerResponse html(const QByteArray &body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse r("text/html; charset=utf-8", body, status);
    secure(r);
    return r;
}

QHttpServerResponse redirect(const QString &path)
{
    QHttpServerResponse r(QHttpServerResponse::StatusCode::SeeOther);
    r.setHeader("Location", QUrl(path).toEncoded());
    secure(r);
    return r;
}

QByteArray setCookie(const QByteArray &name, const QString &value, int maxAge)
{
    QByteArray c = name + '=' + value.toLatin1() + "; Path=/staff; HttpOnly; Secure; SameSite=Strict";
    if (maxAge >= 0)
        c += "; Max-Age=" + QByteArray::number(maxAge);
    return c;
}

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size() || x.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return diff == 0;
}

bool isSafeNext(const QString &path)
{
    return path.startsWith(QStringLiteral("/staff/")) && !path.startsWith(QStringLiteral("/staff//"))
            && !path.contains(u'\\') && path.size() < 500 && !path.contains(QStringLiteral("/.."));
}

}
