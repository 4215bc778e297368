// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311.h"

#include "open311/answer.h"
#include "open311/getrequests.h"
#include "open311/params.h"
#include "open311/postrequest.h"
#include "open311/services.h"
#include "open311/words.h"

// The routing of /open311/v2/: which resource, in which format, by which method. What each
// resource answers lives in open311/ (services, getrequests, postrequest); how an answer is
// written, in open311/answer.

namespace Open311 {

namespace {

HubReply wrongMethod(Format format, const Words &w, const QByteArray &method, const QString &allowed)
{
    return error(format, 405, w.t(u"Phương thức %1 không dùng được ở đây; dùng %2.", u"Method %1 is not allowed here; use %2.")
                                      .arg(QString::fromLatin1(method.left(20)), allowed));
}

}

HubReply handle(const QByteArray &method, const QString &pathAfterV2, const QUrlQuery &query, const QByteArray &body,
                const QByteArray &contentType, Open311Backend &backend)
{
    const bool isPost = method == "POST";
    const bool isGet = method == "GET" || method == "HEAD";
    const Params params(query, isPost ? body : QByteArray());
    const Words w(params.value(QStringLiteral("lang")) == u"en");

    QString path = pathAfterV2;
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    const QString extension = dot > slash ? path.mid(dot + 1) : QString();
    const QString resource = dot > slash ? path.left(dot) : path;

    // XML is the format the spec requires, so an unknown one is answered in it.
    Format format = Format::Xml;
    if (extension == u"json")
        format = Format::Json;
    else if (extension != u"xml")
        return error(Format::Xml, 404, w.t(u"Không có tài nguyên “%1”: dùng .json hoặc .xml, ví dụ services.json.",
                                           u"There is no resource “%1”: use .json or .xml, e.g. services.json.")
                                               .arg(path.left(80)));

    const QStringList parts = resource.split(u'/');
    if (parts.constFirst() == u"services" && parts.size() <= 2) {
        if (!isGet)
            return wrongMethod(format, w, method, QStringLiteral("GET"));
        if (parts.size() == 1)
            return reply(format, 200, QStringLiteral("services"), serviceList(w));
        if (!isService(parts.at(1)))
            return error(format, 404, w.t(u"service_code: không có dịch vụ “%1”.", u"service_code: there is no service “%1”.")
                                              .arg(parts.at(1).left(40)));
        return reply(format, 200, QStringLiteral("service_definition"), definition(w, parts.at(1)));
    }
    if (parts.constFirst() == u"requests" && parts.size() <= 2) {
        if (parts.size() == 1) {
            if (isPost)
                return postRequest(format, w, params, contentType, backend);
            if (isGet)
                return getRequests(format, w, params, backend);
            return wrongMethod(format, w, method, QStringLiteral("GET, POST"));
        }
        if (!isGet)
            return wrongMethod(format, w, method, QStringLiteral("GET"));
        return getRequest(format, w, parts.at(1), backend);
    }
    return error(format, 404, w.t(u"Không có tài nguyên “%1”.", u"There is no resource “%1”.").arg(path.left(80)));
}

HubReply tooLarge(const QString &pathAfterV2, qsizetype maxBytes)
{
    return error(pathAfterV2.endsWith(u".xml") ? Format::Xml : Format::Json, 413,
                 QStringLiteral("The body is larger than %1 MiB.").arg(maxBytes / (1024 * 1024)));
}

}
