// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311/requestview.h"

#include "open311/location.h"
#include "records/recordstatus.h"

#include <QDateTime>

namespace Open311 {

namespace {

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/** A stored time in the spec's W3C profile of ISO 8601 (seconds, milliseconds and the zone:
    Z or ±hh:mm), keeping the offset it was written with; empty, so left out, when the text
    carries no zone or is no time at all. */
QString w3cText(const QString &stored)
{
    const QDateTime dt = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return {};
    return dt.toString(Qt::ISODateWithMs);
}

/** The spec limits a request's description to 4,000 characters; the kiosk allows more, so a
    longer one is cut at a character boundary and ends in an ellipsis. */
QString specDescription(const QString &text)
{
    constexpr qsizetype Max = 4000;
    if (text.size() <= Max)
        return text;
    const QList<uint> chars = text.toUcs4();
    if (chars.size() <= Max)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), Max - 1).trimmed() + u'…';
}

}

QString trackingNotice(const Words &w, const QString &code, const QString &publicUrl)
{
    if (publicUrl.isEmpty())
        return w.t(u"Mã biên nhận %1.", u"Receipt code %1.").arg(code);
    return w.t(u"Theo dõi phản ánh tại %1/r/%2", u"Follow the report at %1/r/%2?lang=en").arg(publicUrl, code);
}

Node request(const Words &w, const HubRecordView &r, Open311Backend &backend)
{
    const QJsonObject p = r.payload;
    const QString category = p.value(QStringLiteral("category")).toString();
    const HubNames names = backend.names(r.ward, p.value(QStringLiteral("projectCode")).toString());
    const Location where = locationOf(p.value(QStringLiteral("place")).toString());
    const QString status = r.status.isEmpty() && !r.history.isEmpty() ? r.history.constLast().status : r.status;
    const QString requested = w3cText(r.createdAt);
    const QString agency = names.ward.isEmpty() ? w.t(u"UBND thành phố Hải Phòng", u"Hai Phong City People's Committee")
                                                : w.t(u"UBND %1", u"People's Committee of %1").arg(w.t(names.ward));
    return Node::object()
            .add(QStringLiteral("service_request_id"), r.receiptCode)
            .add(QStringLiteral("status"), RecordStatus::isClosed(status) ? QStringLiteral("closed") : QStringLiteral("open"))
            .add(QStringLiteral("status_notes"), r.history.isEmpty() ? QString() : r.history.constLast().note)
            .add(QStringLiteral("service_name"), w.t(RecordVocabulary::label(u"category", category)))
            .add(QStringLiteral("service_code"), category)
            .add(QStringLiteral("description"), specDescription(p.value(QStringLiteral("description")).toString()))
            .add(QStringLiteral("agency_responsible"), agency)
            .add(QStringLiteral("service_notice"), trackingNotice(w, r.receiptCode, names.publicUrl))
            // Required by the spec: the kiosk's time, or the hub's if that has no zone.
            .add(QStringLiteral("requested_datetime"), requested.isEmpty() ? w3cText(r.receivedAt) : requested)
            .add(QStringLiteral("updated_datetime"), w3cText(r.updatedAt.isEmpty() ? r.receivedAt : r.updatedAt))
            // No service level is promised, so there is no expected time.
            .add(QStringLiteral("expected_datetime"), QString())
            .add(QStringLiteral("address"), where.address)
            .add(QStringLiteral("address_id"), QString())
            .add(QStringLiteral("zipcode"), QString())
            .add(QStringLiteral("lat"), numberOrNull(where.lat))
            .add(QStringLiteral("long"), numberOrNull(where.lon))
            // Photos of waste reports may show people, and the hub publishes none (the phone
            // page shows no photo either): there is no URL that would serve one.
            .add(QStringLiteral("media_url"), QString());
}

Node requestList(const Words &w, const QList<HubRecordView> &records, Open311Backend &backend)
{
    Node list = Node::list(QStringLiteral("request"));
    for (const HubRecordView &r : records)
        list.append(request(w, r, backend));
    return list;
}

}
