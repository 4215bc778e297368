// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311.h"

#include "records/receiptcode.h"
#include "records/recordstatus.h"
#include "records/record.h"
#include "records/validation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMultiHash>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace Open311 {

namespace {

// ---------------------------------------------------------------------------------------------
// One ordered tree, written as JSON or as XML, so both formats always carry the same content.

/** An element: a scalar (string, number, bool or null), an object with ordered fields, or a
    list whose items are written in XML as elements named itemTag. */
class Node
{
public:
    static Node scalar(const QJsonValue &value)
    {
        Node n;
        n.m_value = value;
        return n;
    }
    static Node object()
    {
        Node n;
        n.m_kind = Object;
        return n;
    }
    static Node list(const QString &itemTag)
    {
        Node n;
        n.m_kind = List;
        n.m_itemTag = itemTag;
        return n;
    }

    Node &add(const QString &key, const QJsonValue &value) { return add(key, scalar(value)); }
    Node &add(const QString &key, const Node &child)
    {
        m_children.append({key, child});
        return *this;
    }
    Node &append(const Node &item)
    {
        m_children.append({m_itemTag, item});
        return *this;
    }
    bool isEmpty() const { return m_children.isEmpty(); }
    /** A scalar without a value (null or ""): an empty element in XML, as in the spec's
        examples, and no field at all in JSON. */
    bool isBlank() const
    {
        return m_kind == Scalar
               && (m_value.isNull() || m_value.isUndefined() || (m_value.isString() && m_value.toString().isEmpty()));
    }

    QJsonValue toJson() const
    {
        switch (m_kind) {
        case Scalar:
            return m_value;
        case Object: {
            // A field without a value is left out of JSON: the Open311 schemas type optional
            // fields as a string in its format (date-time, uri) or a number, so "" fails them,
            // and leaving out rather than null keeps every field that is present of one type.
            QJsonObject o;
            for (const auto &[key, child] : m_children)
                if (!child.isBlank())
                    o.insert(key, child.toJson());
            return o;
        }
        case List: {
            QJsonArray a;
            for (const auto &child : m_children)
                a.append(child.second.toJson());
            return a;
        }
        }
        return {};
    }

    void writeXml(QXmlStreamWriter &w, const QString &tag) const
    {
        if (m_kind == Scalar) {
            const QString text = scalarText(m_value);
            if (text.isEmpty())
                w.writeEmptyElement(tag);
            else
                w.writeTextElement(tag, text);
            return;
        }
        w.writeStartElement(tag);
        for (const auto &[key, child] : m_children)
            child.writeXml(w, key);
        w.writeEndElement();
    }

    /** How a scalar reads as XML text: numbers in their shortest exact form, as in JSON. */
    static QString scalarText(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        case QJsonValue::String: return v.toString();
        default: return {};
        }
    }

private:
    enum Kind { Scalar, Object, List };
    Kind m_kind = Scalar;
    QJsonValue m_value;
    QString m_itemTag;
    QList<std::pair<QString, Node>> m_children;
};

enum class Format { Json, Xml };

const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray XmlType = QByteArrayLiteral("text/xml; charset=utf-8");

HubReply reply(Format format, int status, const QString &rootTag, const Node &root)
{
    if (format == Format::Json) {
        const QJsonValue v = root.toJson();
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        return {status, JsonType, doc.toJson(QJsonDocument::Compact)};
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    root.writeXml(w, rootTag);
    w.writeEndDocument();
    return {status, XmlType, out};
}

/** The spec's error list; the HTTP status is the code of the first error. */
HubReply errors(Format format, int status, const QStringList &descriptions)
{
    Node list = Node::list(QStringLiteral("error"));
    for (const QString &d : descriptions)
        list.append(Node::object().add(QStringLiteral("code"), status).add(QStringLiteral("description"), d));
    return reply(format, status, QStringLiteral("errors"), list);
}

HubReply error(Format format, int status, const QString &description)
{
    return errors(format, status, {description});
}

// ---------------------------------------------------------------------------------------------
// Words

/** Picks the request's language: Vietnamese unless lang=en. */
class Words
{
public:
    explicit Words(bool english) : m_en(english) {}
    QString lang() const { return m_en ? QStringLiteral("en") : QStringLiteral("vi"); }
    QString t(const char16_t *vi, const char16_t *en) const { return QString::fromUtf16(m_en ? en : vi); }
    QString t(const LocalizedText &text) const { return text.in(lang()); }

private:
    bool m_en;
};

struct ServiceText
{
    const char16_t *code;
    const char16_t *descriptionVi;
    const char16_t *descriptionEn;
    const char16_t *keywordsVi;
    const char16_t *keywordsEn;
};

// The names come from the core vocabulary the kiosk shows; these add what Open311 asks for.
const ServiceText serviceTexts[] = {
    {u"idle_works", u"Công trình công cộng đã xây xong nhưng bỏ không, không dùng đến hoặc xuống cấp.",
     u"Public works that are finished but stand empty, unused or falling apart.",
     u"bỏ hoang, không sử dụng, xuống cấp, công trình", u"abandoned, idle, unused, derelict, works"},
    {u"delay", u"Công trình chậm tiến độ kéo dài so với kế hoạch đã công bố.",
     u"Works running far behind their published schedule.", u"chậm tiến độ, kéo dài, dở dang",
     u"delay, behind schedule, unfinished"},
    {u"materials_wasted", u"Vật liệu, thiết bị để ngoài trời hư hỏng hoặc bị bỏ phí.",
     u"Materials or equipment left out to spoil or go to waste.", u"vật liệu, thiết bị, hư hỏng, bỏ phí",
     u"materials, equipment, spoiled, wasted"},
    {u"public_land_misused", u"Đất công, nhà, xe hoặc tài sản công khác dùng sai mục đích hoặc bỏ không.",
     u"Public land, buildings, vehicles or other public property used for the wrong purpose or left idle.",
     u"đất công, tài sản công, lấn chiếm, sai mục đích", u"public land, public property, encroachment, misuse"},
    {u"energy_water_waste", u"Đèn, điều hoà, máy bơm chạy khi không cần; nước rò rỉ, chảy tràn.",
     u"Lights, air conditioning or pumps running for nobody; water leaking or overflowing.",
     u"điện, nước, đèn, rò rỉ", u"electricity, water, lights, leak"},
    {u"overspending", u"Mua sắm, lễ hội, chi tiêu tốn kém hơn mức cần thiết.",
     u"Purchases, events or spending beyond what is needed.", u"chi tiêu, mua sắm, tốn kém, lễ hội",
     u"spending, purchases, expensive, events"},
    {u"other", u"Lãng phí khác trong việc dùng tiền, đất đai, tài sản công.",
     u"Other waste of public money, land or property.", u"lãng phí, khác", u"waste, other"},
};

const ServiceText *serviceText(const QString &code)
{
    for (const ServiceText &s : serviceTexts)
        if (code == s.code)
            return &s;
    return nullptr;
}

bool isService(const QString &code)
{
    return RecordVocabulary::wasteCategories().contains(code);
}

Node service(const Words &w, const QString &code)
{
    const ServiceText *text = serviceText(code);
    return Node::object()
            .add(QStringLiteral("service_code"), code)
            .add(QStringLiteral("service_name"), w.t(RecordVocabulary::label(u"category", code)))
            .add(QStringLiteral("description"), text ? w.t(text->descriptionVi, text->descriptionEn) : QString())
            // true: the definition names the optional project_code attribute.
            .add(QStringLiteral("metadata"), true)
            .add(QStringLiteral("type"), QStringLiteral("realtime"))
            .add(QStringLiteral("keywords"), text ? w.t(text->keywordsVi, text->keywordsEn) : QString())
            .add(QStringLiteral("group"), w.t(u"Lãng phí", u"Waste"));
}

Node definition(const Words &w, const QString &code)
{
    Node attribute = Node::object()
                             .add(QStringLiteral("variable"), true)
                             .add(QStringLiteral("code"), QString::fromUtf16(ProjectAttribute))
                             .add(QStringLiteral("datatype"), QStringLiteral("string"))
                             .add(QStringLiteral("required"), false)
                             .add(QStringLiteral("datatype_description"),
                                  w.t(u"Mã công trình trong nội dung đã công bố, ví dụ HB-001",
                                      u"The code of a work in the published content, e.g. HB-001"))
                             .add(QStringLiteral("order"), 1)
                             .add(QStringLiteral("description"),
                                  w.t(u"Công trình mà phản ánh nói đến, nếu có.", u"The work the report is about, if any."));
    return Node::object()
            .add(QStringLiteral("service_code"), code)
            .add(QStringLiteral("attributes"), Node::list(QStringLiteral("attribute")).append(attribute));
}

// ---------------------------------------------------------------------------------------------
// Locations: what a POST gave is kept in the report's place, where GET finds it again.

/** Degrees with at most 7 decimals (about 1 cm), trailing zeros dropped. */
QString degrees(double v)
{
    QString s = QString::number(v, 'f', 7);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

struct Location
{
    QString address;  // the place without coordinates
    std::optional<double> lat;
    std::optional<double> lon;
};

/** "20.8449, 106.6881" or "Ngõ 5 Hạ Lý (20.8449, 106.6881)": coordinates come back as lat and
    long, the rest as the address. Any other place is all address. */
Location locationOf(const QString &place)
{
    static const QRegularExpression coords(
            QStringLiteral("^(?:(.*\\S)\\s*\\()?(-?\\d{1,2}(?:\\.\\d+)?), (-?\\d{1,3}(?:\\.\\d+)?)(\\)?)$"));
    const QRegularExpressionMatch m = coords.match(place);
    const bool open = !m.captured(1).isEmpty();
    if (!m.hasMatch() || open != (m.captured(4) == u")"))
        return {place, {}, {}};
    const double lat = m.captured(2).toDouble();
    const double lon = m.captured(3).toDouble();
    if (std::abs(lat) > 90 || std::abs(lon) > 180)
        return {place, {}, {}};
    return {m.captured(1), lat, lon};
}

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// ---------------------------------------------------------------------------------------------
// Requests

bool isClosed(const QString &status)
{
    return RecordStatus::isClosed(status);
}

QString trackingNotice(const Words &w, const QString &code, const QString &publicUrl)
{
    if (publicUrl.isEmpty())
        return w.t(u"Mã biên nhận %1.", u"Receipt code %1.").arg(code);
    return w.t(u"Theo dõi phản ánh tại %1/r/%2", u"Follow the report at %1/r/%2?lang=en").arg(publicUrl, code);
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
            .add(QStringLiteral("status"), isClosed(status) ? QStringLiteral("closed") : QStringLiteral("open"))
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

/** Parameters from the URL and, for POST, the form body; the body wins. Form encoding writes
    a space as '+', which QUrlQuery leaves alone, so it is turned back first. */
class Params
{
public:
    Params(const QUrlQuery &query, const QByteArray &formBody)
    {
        read(query);
        if (!formBody.isEmpty()) {
            QByteArray b = formBody;
            b.replace('+', "%20");
            read(QUrlQuery(QString::fromUtf8(b)));
        }
    }

    QString value(const QString &key) const { return m_values.value(key).trimmed(); }
    bool has(const QString &key) const { return !value(key).isEmpty(); }

private:
    void read(const QUrlQuery &q)
    {
        const auto items = q.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            m_values.insert(key, value);
    }

    QHash<QString, QString> m_values;
};

QStringList commaList(const QString &value)
{
    QStringList out;
    const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

/** A W3C datetime with Z or an offset, or a bare date (its first or last instant, UTC).
    A '+' that arrived as a space (an unencoded offset) is put back. */
std::optional<QDateTime> w3cDateTime(QString text, bool endOfDay)
{
    text = text.trimmed().replace(u' ', u'+');
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return endOfDay ? QDateTime(d, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toUTC();
}

QString utcText(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

HubReply getRequests(Format format, const Words &w, const Params &params, Open311Backend &backend)
{
    HubRequestFilter filter;
    const QStringList ids = commaList(params.value(QStringLiteral("service_request_id")));
    if (!ids.isEmpty()) {
        // The spec: service_request_id overrides every other argument. A code that is not
        // well formed is still passed on as typed, so it matches nothing rather than
        // leaving the list empty, which would mean "every report".
        for (const QString &id : ids) {
            const QString code = ReceiptCode::normalize(id);
            filter.receiptCodes.append(code.isEmpty() ? id.left(40) : code);
        }
        filter.limit = int(std::min<qsizetype>(filter.receiptCodes.size(), 1000));
        filter.receiptCodes = filter.receiptCodes.mid(0, filter.limit);
        return reply(format, 200, QStringLiteral("service_requests"), requestList(w, backend.wasteReports(filter), backend));
    }

    QStringList problems;
    const QStringList codes = commaList(params.value(QStringLiteral("service_code")));
    for (const QString &code : codes)
        if (!isService(code))
            problems << w.t(u"service_code: không có dịch vụ “%1”.", u"service_code: there is no service “%1”.").arg(code.left(40));

    const QStringList statuses = commaList(params.value(QStringLiteral("status")));
    bool open = false;
    bool closed = false;
    for (const QString &s : statuses) {
        if (s == u"open")
            open = true;
        else if (s == u"closed")
            closed = true;
        else
            problems << w.t(u"status: chỉ nhận open hoặc closed, không nhận “%1”.", u"status: only open or closed, not “%1”.")
                                .arg(s.left(40));
    }
    filter.onlyOpen = open && !closed;
    filter.onlyClosed = closed && !open;

    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    for (const bool end : {false, true}) {
        const QString key = end ? QStringLiteral("end_date") : QStringLiteral("start_date");
        if (!params.has(key))
            continue;
        const std::optional<QDateTime> dt = w3cDateTime(params.value(key), end);
        if (!dt)
            problems << w.t(u"%1: cần ngày giờ dạng W3C có múi giờ, ví dụ 2026-11-27T00:00:00Z hoặc 2026-11-27T07:00:00+07:00.",
                            u"%1: needs a W3C datetime with its time zone, e.g. 2026-11-27T00:00:00Z or 2026-11-27T07:00:00+07:00.")
                                .arg(key);
        (end ? to : from) = dt;
    }
    if (problems.isEmpty()) {
        // The spec's window: at most 90 days; without dates the most recent 90.
        if (!from && !to)
            from = QDateTime::currentDateTimeUtc().addDays(-MaxRangeDays);
        else if (!from)
            from = to->addDays(-MaxRangeDays);
        else if (!to)
            to = from->addDays(MaxRangeDays);
        else if (*to < *from)
            problems << w.t(u"end_date: phải sau start_date.", u"end_date: must be after start_date.");
        else if (from->addDays(MaxRangeDays) < *to)
            problems << w.t(u"start_date, end_date: khoảng thời gian tối đa là %1 ngày.",
                            u"start_date, end_date: the range may not span more than %1 days.").arg(MaxRangeDays);
    }
    if (!problems.isEmpty())
        return errors(format, 400, problems);

    filter.fromUtc = utcText(*from);
    if (to)
        filter.toUtc = utcText(*to);

    QList<HubRecordView> found;
    if (codes.isEmpty()) {
        found = backend.wasteReports(filter);
    } else {
        // The filter takes one category; several are asked one by one and merged.
        QStringList asked;
        for (const QString &code : codes) {
            if (asked.contains(code))
                continue;
            asked << code;
            filter.category = code;
            found += backend.wasteReports(filter);
        }
        std::stable_sort(found.begin(), found.end(), [](const HubRecordView &a, const HubRecordView &b) {
            return a.receivedAt > b.receivedAt;
        });
        found = found.mid(0, filter.limit);
    }
    return reply(format, 200, QStringLiteral("service_requests"), requestList(w, found, backend));
}

HubReply getRequest(Format format, const Words &w, const QString &id, Open311Backend &backend)
{
    const QString code = ReceiptCode::normalize(id);
    if (!code.isEmpty()) {
        HubRequestFilter filter;
        filter.receiptCodes = {code};
        filter.limit = 1;
        const QList<HubRecordView> found = backend.wasteReports(filter);
        if (!found.isEmpty())
            return reply(format, 200, QStringLiteral("service_requests"), requestList(w, found.mid(0, 1), backend));
    }
    return error(format, 404, w.t(u"service_request_id: không có phản ánh mã “%1”.", u"service_request_id: there is no report “%1”.")
                                      .arg(id.left(40)));
}

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
            coordinates = QStringLiteral("%1, %2").arg(degrees(lat), degrees(lon));
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
        if (parts.size() == 1) {
            Node list = Node::list(QStringLiteral("service"));
            const QStringList codes = RecordVocabulary::wasteCategories();
            for (const QString &code : codes)
                list.append(service(w, code));
            return reply(format, 200, QStringLiteral("services"), list);
        }
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
