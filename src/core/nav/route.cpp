// SPDX-License-Identifier: GPL-3.0-or-later
#include "route.h"

#include "content/project.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {
bool fail(LocalizedText *error, const QString &vi, const QString &en)
{
    if (error)
        *error = {vi, en};
    return false;
}
}

bool Route::parse(const QString &text, Route *route, LocalizedText *error)
{
    if (text.size() > 500)
        return fail(error, QStringLiteral("Đường dẫn quá dài"), QStringLiteral("The route is too long"));
    const qsizetype question = text.indexOf(u'?');
    const QString path = question < 0 ? text : text.left(question);
    const QString queryText = question < 0 ? QString() : text.mid(question + 1);
    const QStringList parts = path.split(u'/');

    Route r;
    if (path == u"home" || path.isEmpty()) {
        r.page = QStringLiteral("home");
    } else if (path == u"board" || path == u"waste") {
        // The movement board and the ward's waste page: no parameters.
        if (!queryText.isEmpty())
            return fail(error, QStringLiteral("Trang này không nhận tham số"), QStringLiteral("This page takes no parameters"));
        r.page = path;
    } else if (path == u"loop") {
        // The attract loop (what plays when nobody uses the kiosk), over the home page.
        r.page = QStringLiteral("loop");
    } else if (path == u"admin") {
        // Staff: the PIN pad, and only the pad. The staff screens behind it have no route, so
        // no command line, QR code or link reaches them; the Navigator opens them after the PIN.
        r.page = QStringLiteral("admin");
    } else if (path == u"projects") {
        r.page = QStringLiteral("projects");
        const QUrlQuery query(queryText);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (key == u"q") {
                if (value.size() > 100)
                    return fail(error, QStringLiteral("Từ tìm kiếm quá dài"), QStringLiteral("The search text is too long"));
                r.params.insert(key, value);
            } else if (key == u"category") {
                if (!ContentEnums::categoryFromKey(value))
                    return fail(error, QStringLiteral("Không có loại công trình “%1”").arg(value),
                                QStringLiteral("There is no category “%1”").arg(value));
                r.params.insert(key, value);
            } else if (key == u"status") {
                if (!ContentEnums::statusFromKey(value))
                    return fail(error, QStringLiteral("Không có tình trạng “%1”").arg(value),
                                QStringLiteral("There is no status “%1”").arg(value));
                r.params.insert(key, value);
            } else if (key == u"ward") {
                r.params.insert(key, value);
            } else {
                return fail(error, QStringLiteral("Tham số “%1” không dùng được ở đây").arg(key),
                            QStringLiteral("Parameter “%1” is not known here").arg(key));
            }
        }
    } else if (path == u"pledge" || path == u"report" || (parts.size() == 2 && parts.at(0) == u"pledge")) {
        r.page = parts.at(0);
        if (parts.size() == 2) {
            if (parts.at(1) != u"land" && parts.at(1) != u"labour" && parts.at(1) != u"materials")
                return fail(error, QStringLiteral("Không có loại đóng góp “%1”").arg(parts.at(1).left(40)),
                            QStringLiteral("There is no pledge kind “%1”").arg(parts.at(1).left(40)));
            r.params.insert(QStringLiteral("kind"), parts.at(1));
        }
        // A flow may start with the work it is about: pledge?project=HB-001, report?project=HB-001.
        const auto items = QUrlQuery(queryText).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (key != u"project")
                return fail(error, QStringLiteral("Tham số “%1” không dùng được ở đây").arg(key.left(40)),
                            QStringLiteral("Parameter “%1” is not known here").arg(key.left(40)));
            if (!ContentEnums::isCode(value))
                return fail(error, QStringLiteral("Mã công trình “%1” không hợp lệ").arg(value.left(40)),
                            QStringLiteral("“%1” is not a valid work code").arg(value.left(40)));
            r.params.insert(QStringLiteral("project"), value);
        }
    } else if (parts.size() == 2 && parts.at(0) == u"receipt" && queryText.isEmpty()) {
        static const QRegularExpression receipt(QStringLiteral("^[2-9A-HJKMNP-Z]{2,4}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]$"));
        if (!receipt.match(parts.at(1)).hasMatch())
            return fail(error, QStringLiteral("“%1” không phải là mã tiếp nhận").arg(parts.at(1).left(40)),
                        QStringLiteral("“%1” is not a receipt code").arg(parts.at(1).left(40)));
        r.page = QStringLiteral("receipt");
        r.params.insert(QStringLiteral("code"), parts.at(1));
    } else if (path == u"lookup") {
        // Tra cứu biên nhận: empty, or with the characters already typed (lookup?code=HC2345KM).
        r.page = QStringLiteral("lookup");
        const auto items = QUrlQuery(queryText).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            static const QRegularExpression typed(QStringLiteral("^[2-9A-HJKMNP-Z-]{0,12}$"));
            if (key != u"code" || !typed.match(value).hasMatch())
                return fail(error, QStringLiteral("Tham số “%1” không dùng được ở đây").arg(key.left(40)),
                            QStringLiteral("Parameter “%1” is not known here").arg(key.left(40)));
            r.params.insert(QStringLiteral("code"), value);
        }
    } else if (parts.size() == 2 && parts.at(0) == u"project" && queryText.isEmpty()) {
        if (!ContentEnums::isCode(parts.at(1)))
            return fail(error, QStringLiteral("Mã công trình “%1” không hợp lệ").arg(parts.at(1).left(40)),
                        QStringLiteral("“%1” is not a valid work code").arg(parts.at(1).left(40)));
        r.page = QStringLiteral("project");
        r.params.insert(QStringLiteral("code"), parts.at(1));
    } else {
        return fail(error, QStringLiteral("Không có trang “%1”").arg(text.left(60)),
                    QStringLiteral("There is no page “%1”").arg(text.left(60)));
    }
    if (!queryText.isEmpty() && r.page == u"home")
        return fail(error, QStringLiteral("Trang chủ không nhận tham số"), QStringLiteral("The home page takes no parameters"));
    if (!queryText.isEmpty() && r.page == u"loop")
        return fail(error, QStringLiteral("Trang giới thiệu không nhận tham số"), QStringLiteral("The attract loop takes no parameters"));
    if (!queryText.isEmpty() && r.page == u"admin")
        return fail(error, QStringLiteral("Trang cán bộ không nhận tham số"), QStringLiteral("The staff page takes no parameters"));
    if (route)
        *route = r;
    return true;
}

QString Route::toString() const
{
    if (page == u"lookup")
        return params.contains(QStringLiteral("code")) ? QStringLiteral("lookup?code=") + params.value(QStringLiteral("code")).toString()
                                                       : page;
    if (page == u"project" || page == u"receipt")
        return page + u'/' + params.value(QStringLiteral("code")).toString();
    if (page == u"pledge" || page == u"report") {
        QString text = page;
        if (params.contains(QStringLiteral("kind")))
            text += u'/' + params.value(QStringLiteral("kind")).toString();
        if (params.contains(QStringLiteral("project")))
            text += QStringLiteral("?project=") + params.value(QStringLiteral("project")).toString();
        return text;
    }
    if (page == u"projects" && !params.isEmpty()) {
        QUrlQuery query;
        for (const char *key : {"q", "category", "status", "ward"}) {
            const QString k = QLatin1String(key);
            if (params.contains(k))
                query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(params.value(k).toString())));
        }
        return page + u'?' + query.toString(QUrl::FullyEncoded);
    }
    return page;
}
