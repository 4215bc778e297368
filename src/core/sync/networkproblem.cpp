// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkproblem.h"

#include "text/formatting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrl>

namespace NetworkProblem {

namespace {

/** Errors Qt derives from the HTTP status itself (4xx, 5xx): the hub answered in full. */
bool isHttpStatusError(QNetworkReply::NetworkError e, int status)
{
    if (status == 0)
        return false;
    const int code = int(e);
    return (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError)
            || (code >= QNetworkReply::InternalServerError && code <= QNetworkReply::UnknownServerError)
            || (e == QNetworkReply::ProtocolInvalidOperationError && status == 400);
}

/** The `message` of the hub's JSON error, else the first bytes of the body. */
QString errorDetail(const QByteArray &body)
{
    const QString message = QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    return QString::fromUtf8(body.left(200)).simplified();
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

}

LocalizedText describe(QNetworkReply::NetworkError error, const QString &host, int timeoutMs)
{
    const double seconds = timeoutMs / 1000.0;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {QStringLiteral("Máy chủ thành phố %1 từ chối kết nối: dịch vụ ở đó chưa chạy, hoặc địa chỉ hay cổng bị sai. "
                               "Kiểm tra địa chỉ máy chủ; nếu đúng, báo bộ phận CNTT của thành phố.").arg(host),
                QStringLiteral("The city hub %1 refused the connection: its service is not running there, or the address "
                               "or port is wrong. Check the hub address; if it is right, tell the city's IT staff.").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return {QStringLiteral("Kết nối tới máy chủ thành phố %1 bị ngắt giữa chừng, trước khi có câu trả lời đầy đủ. "
                               "Ki-ốt sẽ tự thử lại; nếu lặp lại nhiều lần, kiểm tra mạng của phường.").arg(host),
                QStringLiteral("The connection to the city hub %1 was closed or reset before a whole answer arrived. "
                               "The kiosk tries again by itself; if it keeps happening, check the ward's network.").arg(host)};
    case QNetworkReply::HostNotFoundError:
        return {QStringLiteral("Không tìm thấy tên máy chủ “%1”. Kiểm tra lại chính tả địa chỉ máy chủ và xem mạng của "
                               "phường có kết nối Internet không.").arg(host),
                QStringLiteral("The hub's name “%1” cannot be found. Check the spelling of the hub address and that the "
                               "ward's network is connected to the Internet.").arg(host)};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {QStringLiteral("Máy chủ thành phố %1 không trả lời trong %2 giây. Mạng có thể chậm hoặc bị mất; ki-ốt sẽ "
                               "tự thử lại. Nếu kéo dài, kiểm tra mạng của phường.")
                        .arg(host, Formatting::decimal(seconds, u"vi")),
                QStringLiteral("The city hub %1 did not answer within %2 seconds. The network may be slow or down; the "
                               "kiosk tries again by itself. If it lasts, check the ward's network.")
                        .arg(host, Formatting::decimal(seconds, u"en"))};
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return {QStringLiteral("Kết nối bảo mật (HTTPS) tới máy chủ thành phố %1 không thành công: chứng chỉ không được tin "
                               "cậy, đã hết hạn hoặc cấp cho tên khác. Kiểm tra địa chỉ máy chủ và ngày giờ của ki-ốt, rồi "
                               "báo bộ phận CNTT của thành phố.").arg(host),
                QStringLiteral("The secure (HTTPS) connection to the city hub %1 failed: its certificate is not trusted, "
                               "has expired or names another host. Check the hub address and the kiosk's date and time, "
                               "then tell the city's IT staff.").arg(host)};
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return {QStringLiteral("Ki-ốt đang không có mạng. Kiểm tra dây mạng hoặc Wi-Fi của ki-ốt; ki-ốt sẽ tự thử lại khi có "
                               "mạng."),
                QStringLiteral("The kiosk has no network at the moment. Check its network cable or Wi-Fi; it tries again "
                               "by itself when the network is back.")};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return {QStringLiteral("Máy chủ trung gian (proxy) của mạng phường không chuyển được yêu cầu tới %1. Kiểm tra cài đặt "
                               "proxy của ki-ốt hoặc hỏi người quản trị mạng.").arg(host),
                QStringLiteral("The ward network's proxy could not pass the request on to %1. Check the kiosk's proxy "
                               "settings or ask the network administrator.").arg(host)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::TooManyRedirectsError:
        return {QStringLiteral("%1 trả lời không đúng giao thức HTTP: địa chỉ này có thể không phải máy chủ thành phố. "
                               "Kiểm tra địa chỉ máy chủ.").arg(host),
                QStringLiteral("%1 did not answer in proper HTTP: the address may not be the city hub. Check the hub "
                               "address.").arg(host)};
    default:
        return {QStringLiteral("Không kết nối được với máy chủ thành phố %1 (lỗi mạng số %2). Ki-ốt sẽ tự thử lại; nếu kéo dài, "
                               "kiểm tra mạng của phường.").arg(host).arg(int(error)),
                QStringLiteral("Cannot reach the city hub %1 (network error %2). The kiosk tries again by itself; if it "
                               "lasts, check the ward's network.").arg(host).arg(int(error))};
    }
}

LocalizedText cutOff(qint64 arrived, qint64 expected)
{
    const QString vi = expected >= 0
            ? QStringLiteral("Câu trả lời của máy chủ thành phố bị cắt ngang (nhận %1 trên %2 byte). ")
                      .arg(Formatting::decimal(double(arrived), u"vi"), Formatting::decimal(double(expected), u"vi"))
            : QStringLiteral("Câu trả lời của máy chủ thành phố có độ dài không hợp lệ. ");
    const QString en = expected >= 0
            ? QStringLiteral("The city hub's answer was cut off (%1 of %2 bytes arrived). ")
                      .arg(Formatting::decimal(double(arrived), u"en"), Formatting::decimal(double(expected), u"en"))
            : QStringLiteral("The city hub's answer announced a length that is not a number. ");
    return {vi + QStringLiteral("Không dùng phần đã nhận; ki-ốt sẽ tự thử lại. Nếu lặp lại nhiều lần, kiểm tra mạng của phường."),
            en + QStringLiteral("Nothing of it was used; the kiosk tries again by itself. If it keeps happening, check the "
                                "ward's network.")};
}

std::optional<LocalizedText> of(const QNetworkReply &reply, const QByteArray &body, int timeoutMs)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply.error();
    if (error != QNetworkReply::NoError && !isHttpStatusError(error, status)) {
        // A connection cut mid-body shows as "closed": say it was cut off, with the count.
        const QByteArray length = reply.rawHeader("Content-Length").trimmed();
        bool known = false;
        const qint64 expected = length.toLongLong(&known);
        if (error == QNetworkReply::RemoteHostClosedError && status != 0 && known && body.size() < expected)
            return cutOff(body.size(), expected);
        return describe(error, hostOf(reply.url()), timeoutMs);
    }
    if (status == 0)
        return describe(QNetworkReply::UnknownNetworkError, hostOf(reply.url()), timeoutMs);
    if (status == 204 || status == 304)
        return std::nullopt;  // no body, whatever length the header names
    // Qt unpacks gzip by itself: then the body is not what Content-Length counted.
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed().toLower();
    if (!reply.hasRawHeader("Content-Length") || (!encoding.isEmpty() && encoding != "identity"))
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const QByteArray length = reply.rawHeader("Content-Length").trimmed();
    if (!digits.match(QString::fromLatin1(length)).hasMatch())
        return cutOff(body.size(), -1);
    if (length.toLongLong() != body.size())
        return cutOff(body.size(), length.toLongLong());
    return std::nullopt;
}

std::optional<LocalizedText> refused(int status, const QByteArray &body)
{
    if (status == 304 || (status >= 200 && status <= 299))
        return std::nullopt;
    const QString detail = errorDetail(body);
    return LocalizedText{QStringLiteral("Máy chủ thành phố trả lời lỗi %1: %2").arg(status).arg(detail),
                         QStringLiteral("The city hub answered %1: %2").arg(status).arg(detail)};
}

LocalizedText badAnswer(const QString &what)
{
    return {QStringLiteral("Máy chủ thành phố trả lời không đúng giao thức (%1).").arg(what),
            QStringLiteral("The city hub's answer does not follow the protocol (%1).").arg(what)};
}

}
