// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311/postrequest.h"

#include "open311.h"
#include "open311/location.h"
#include "open311/requestview.h"
#include "open311/services.h"
#include "records/validation.h"

#include <cmath>

namespace Open311 {

namespace {

/** The Open311 parameter a draft field came from, so an error names what the client sent. */
QString parameterFor(const QString &field, const QString &placeFrom)
{
    if (field == u"category")
        return QStringLiteral("service_code");
    if (field == u"place")
        return placeFrom;
    if (field == u"projectCode")
        return QStringLiteral("attribute[%1]").arg(QString::fromUtf16(ProjectAttribute));
    return field;
}

}

HubReply postRequest(Format format, const Words &w, const Params &params, const QByteArray &contentType,
                     Open311Backend &backend)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    if (!mime.isEmpty() && mime != "application/x-www-form-urlencoded")
        return error(format, 400, w.t(u"Gửi yêu cầu dạng form (application/x-www-form-urlencoded).",
                                      u"Send the request form-encoded (application/x-www-form-urlencoded)."));

    const QString apiKey = params.value(QStringLiteral("api_key"));
    const std::optional<HubKiosk> kiosk = apiKey.isEmpty() ? std::nullopt : backend.kioskForToken(apiKey);
    if (!kiosk)
        return error(format, 403, apiKey.isEmpty() ? w.t(u"api_key: thiếu khoá API (mã thiết bị của ki-ốt).",
                                                         u"api_key: the API key (a kiosk's device token) is missing.")
                                                   : w.t(u"api_key: khoá API không đúng hoặc đã bị thu hồi.",
                                                         u"api_key: the API key is not valid or has been revoked."));

    const QString code = params.value(QStringLiteral("service_code"));
    if (code.isEmpty())
        return error(format, 400, w.t(u"service_code: chưa chọn dịch vụ (loại lãng phí).",
                                      u"service_code: no service (kind of waste) was given."));
    if (!isService(code))
        return error(format, 404, w.t(u"service_code: không có dịch vụ “%1”.", u"service_code: there is no service “%1”.")
                                          .arg(code.left(40)));

    // Location: lat & long, or address_string, or address_id (the spec's three ways).
    QStringList problems;
    const QString latText = params.value(QStringLiteral("lat"));
    const QString lonText = params.value(QStringLiteral("long"));
    QString coordinates;
    if (!latText.isEmpty() || !lonText.isEmpty()) {
        bool latOk = false;
        bool lonOk = false;
        const double lat = latText.toDouble(&latOk);
        const double lon = lonText.toDouble(&lonOk);
        if (latText.isEmpty() || lonText.isEmpty())
            problems << w.t(u"%1: cần gửi cả lat và long.", u"%1: lat and long must both be sent.")
                                .arg(latText.isEmpty() ? QStringLiteral("lat") : QStringLiteral("long"));
        else if (!latOk || !(std::abs(lat) <= 90))
            problems << w.t(u"lat: phải là vĩ độ WGS84 từ -90 đến 90.", u"lat: must be a WGS84 latitude from -90 to 90.");
        else if (!lonOk || !(std::abs(lon) <= 180))
            problems << w.t(u"long: phải là kinh độ WGS84 từ -180 đến 180.", u"long: must be a WGS84 longitude from -180 to 180.");
        else
            coordinates = coordinatesText(lat, lon);
    }
    const QString addressString = params.value(QStringLiteral("address_string"));
    const QString addressId = params.value(QStringLiteral("address_id"));
    QString place;
    QString placeFrom;
    if (!addressString.isEmpty()) {
        place = coordinates.isEmpty() ? addressString : QStringLiteral("%1 (%2)").arg(addressString, coordinates);
        placeFrom = QStringLiteral("address_string");
    } else if (!coordinates.isEmpty()) {
        place = coordinates;
        placeFrom = QStringLiteral("lat");
    } else if (!addressId.isEmpty()) {
        place = addressId;
        placeFrom = QStringLiteral("address_id");
    } else if (problems.isEmpty()) {
        problems << w.t(u"lat, long, address_string, address_id: cần nơi xảy ra — lat và long, hoặc address_string, hoặc address_id.",
                        u"lat, long, address_string, address_id: a location is required — lat and long, or address_string, or address_id.");
    }
    if (!problems.isEmpty())
        return errors(format, 400, problems);

    // Anonymous by construction: first_name, last_name, email, phone, account_id and device_id
    // are never read. The kiosk's consent screen is the only way personal data reaches the city.
    RecordDraft draft;
    draft.kind = RecordKind::ReportWaste;
    draft.anonymous = true;
    draft.category = code;
    draft.place = place;
    draft.description = params.value(QStringLiteral("description"));
    draft.projectCode = params.value(QStringLiteral("attribute[%1]").arg(QString::fromUtf16(ProjectAttribute)));

    ValidationContext context;
    context.projectExists = [&backend](const QString &projectCode) { return backend.projectExists(projectCode); };
    const QList<FieldProblem> found = Validation::check(draft, context);
    for (const FieldProblem &p : found)
        problems << QStringLiteral("%1: %2").arg(parameterFor(p.field, placeFrom), w.t(p.message));
    if (!problems.isEmpty())
        return errors(format, 400, problems);

    QString storeError;
    const std::optional<QString> receipt = backend.storeOpen311Report(*kiosk, draft.normalized(), &storeError);
    if (!receipt) {
        // The spec answers a failure to store with 400 "general service error"; the client
        // keeps the report and tries again.
        return error(format, 400, w.t(u"Chưa lưu được phản ánh; xin thử lại sau. (%1)",
                                      u"The report could not be stored; please try again later. (%1)")
                                          .arg(storeError.isEmpty() ? QStringLiteral("store") : storeError.left(200)));
    }
    const HubNames names = backend.names(kiosk->ward, draft.normalized().projectCode);
    Node list = Node::list(QStringLiteral("request"));
    list.append(Node::object()
                        .add(QStringLiteral("service_request_id"), *receipt)
                        .add(QStringLiteral("service_notice"),
                             w.t(u"Đã tiếp nhận. Phường sẽ xem xét phản ánh. ", u"Received. The ward will look into it. ")
                                     + trackingNotice(w, *receipt, names.publicUrl))
                        // Reports are anonymous: no account, so <account_id/> in XML as in the
                        // spec's example, and no field in JSON.
                        .add(QStringLiteral("account_id"), QJsonValue(QJsonValue::Null)));
    return reply(format, 200, QStringLiteral("service_requests"), list);
}

}
