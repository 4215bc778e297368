// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311.h"
#include "open311schema.h"
#include "records/receiptcode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

/** The Open311 GeoReport v2 facade against a fake store: services, definitions, filing a
    report with a kiosk's token, reading reports back with every filter, and the spec's error
    list for every refusal, in JSON and XML alike; every answer checked field by field against
    the GeoReport v2 schemas (open311schema.h). */
class tst_Open311 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void services();
    void serviceDefinition();
    void xmlCarriesTheSameContent_data();
    void xmlCarriesTheSameContent();
    void postStoresAnAnonymousReport();
    void postLocations_data();
    void postLocations();
    void projectAttribute();
    void apiKey_data();
    void apiKey();
    void postRefusals_data();
    void postRefusals();
    void storeFailure();
    void getOneRequest();
    void statusAndNotes();
    void filters_data();
    void filters();
    void badFilters_data();
    void badFilters();
    void routing_data();
    void routing();
    void schemaChecksCatchDefects_data();
    void schemaChecksCatchDefects();
    void everyAnswerMatchesTheSchemas_data();
    void everyAnswerMatchesTheSchemas();
    void fieldsWithoutValueAreLeftOut();
    void datetimesCarryTheirZone();
    void longDescriptionIsCut();
};

namespace {

const QString GoodToken = QStringLiteral("9f0c0000000000000000000000000000000000000000000000000000000000aa");
const QString RevokedToken = QStringLiteral("9f0c0000000000000000000000000000000000000000000000000000000000bb");

/** The store, in memory, filtering honestly so the facade's filters show in what comes back. */
class FakeBackend : public Open311Backend
{
public:
    QList<HubRecordView> records;
    QList<std::pair<HubKiosk, RecordDraft>> stored;
    QList<HubRequestFilter> filters;
    bool failStore = false;
    quint32 sequence = 100;

    std::optional<HubKiosk> kioskForToken(const QString &token) override
    {
        if (token == GoodToken)
            return HubKiosk{QStringLiteral("K0007"), QStringLiteral("HONG-BANG"), QStringLiteral("HC")};
        return std::nullopt; // unknown, and RevokedToken (a kiosk that was revoked)
    }

    std::optional<QString> storeOpen311Report(const HubKiosk &kiosk, const RecordDraft &draft, QString *error) override
    {
        if (failStore) {
            *error = QStringLiteral("database is down");
            return std::nullopt;
        }
        stored.append({kiosk, draft});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        HubRecordView r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.receiptCode = ReceiptCode::make(u"TP", sequence++);
        r.kind = QStringLiteral("report.waste");
        r.createdAt = now.toString(Qt::ISODateWithMs);
        r.receivedAt = r.createdAt;
        r.ward = kiosk.ward;
        r.kioskId = kiosk.id;
        r.enteredBy = QStringLiteral("open311");
        r.status = QStringLiteral("received");
        r.updatedAt = r.receivedAt;
        r.payload = draft.toPayloadJson();
        r.history = {{QStringLiteral("received"), QString(), r.receivedAt}};
        records.prepend(r);
        return r.receiptCode;
    }

    QList<HubRecordView> wasteReports(const HubRequestFilter &filter) override
    {
        filters.append(filter);
        const QDateTime from = QDateTime::fromString(filter.fromUtc, Qt::ISODateWithMs);
        const QDateTime to = QDateTime::fromString(filter.toUtc, Qt::ISODateWithMs);
        QList<HubRecordView> out;
        for (const HubRecordView &r : std::as_const(records)) {
            const QDateTime requested = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs);
            const bool closed = r.status == u"resolved" || r.status == u"rejected";
            if (!filter.receiptCodes.isEmpty() && !filter.receiptCodes.contains(r.receiptCode))
                continue;
            if (!filter.category.isEmpty() && r.payload.value(QStringLiteral("category")).toString() != filter.category)
                continue;
            if ((filter.onlyOpen && closed) || (filter.onlyClosed && !closed))
                continue;
            if ((from.isValid() && requested < from) || (to.isValid() && requested > to))
                continue;
            out.append(r);
        }
        std::sort(out.begin(), out.end(), [](const HubRecordView &a, const HubRecordView &b) { return a.receivedAt > b.receivedAt; });
        return out.mid(0, filter.limit);
    }

    bool projectExists(const QString &code) override { return code == u"HB-001"; }

    HubNames names(const QString &ward, const QString &projectCode) override
    {
        HubNames n;
        if (ward == u"HONG-BANG")
            n.ward = {QStringLiteral("Phường Hồng Bàng"), QStringLiteral("Hong Bang Ward")};
        if (projectCode == u"HB-001")
            n.project = {QStringLiteral("Cải tạo đường Hoàng Văn Thụ"), QStringLiteral("Hoang Van Thu Street")};
        n.publicUrl = QStringLiteral("https://hub.example");
        return n;
    }

    /** A stored report, requested daysAgo days ago (UTC), with this status history. */
    QString add(const QString &category, double daysAgo, const QStringList &statuses = {QStringLiteral("received")},
                const QString &lastNote = {})
    {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(qint64(-daysAgo * 86400));
        HubRecordView r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.receiptCode = ReceiptCode::make(u"HC", sequence++);
        r.kind = QStringLiteral("report.waste");
        r.createdAt = at.toOffsetFromUtc(7 * 3600).toString(Qt::ISODateWithMs);
        r.receivedAt = at.toString(Qt::ISODateWithMs);
        r.ward = QStringLiteral("HONG-BANG");
        r.kioskId = QStringLiteral("K0007");
        r.enteredBy = QStringLiteral("resident");
        r.payload = {{QStringLiteral("anonymous"), true}, {QStringLiteral("category"), category},
                     {QStringLiteral("place"), QStringLiteral("Phố Hạ Lý")},
                     {QStringLiteral("description"), QStringLiteral("Báo cáo số %1 về lãng phí ở phố.").arg(sequence)},
                     {QStringLiteral("hasPhoto"), false}};
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            const QString when = at.addSecs(3600 * (i + 1)).toString(Qt::ISODateWithMs);
            r.history.append({statuses.at(i), i == statuses.size() - 1 ? lastNote : QStringLiteral("bước %1").arg(i), when});
            r.status = statuses.at(i);
            r.updatedAt = when;
        }
        records.append(r);
        return r.receiptCode;
    }
};

FakeBackend *backend = nullptr;

// Test tables in plain literals; the project forbids implicit conversion from char *.
QString S(const char *text) { return QString::fromUtf8(text); }
QStringList L(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << S(t);
    return out;
}

QUrlQuery query(const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q;
}

/** A form body as browsers and HTTP libraries write it: spaces as '+'. */
QByteArray form(const QList<std::pair<QString, QString>> &items)
{
    QByteArrayList parts;
    for (const auto &[k, v] : items)
        parts << QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v).replace("%20", "+");
    return parts.join('&');
}

HubReply get(const QString &path, const QList<std::pair<QString, QString>> &items = {})
{
    return Open311::handle("GET", path, query(items), {}, {}, *backend);
}

HubReply post(const QString &path, const QList<std::pair<QString, QString>> &items,
              const QByteArray &contentType = "application/x-www-form-urlencoded; charset=utf-8")
{
    return Open311::handle("POST", path, QUrlQuery(), form(items), contentType, *backend);
}

QList<std::pair<QString, QString>> goodReport()
{
    return {{QStringLiteral("api_key"), GoodToken},
            {QStringLiteral("service_code"), QStringLiteral("energy_water_waste")},
            {QStringLiteral("address_string"), QStringLiteral("Nhà văn hoá tổ 5, phố Hạ Lý")},
            {QStringLiteral("description"), QStringLiteral("Đèn hội trường bật suốt đêm, 1+1 quạt chạy không người.")}};
}

QJsonValue json(const HubReply &reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << reply.body.left(200);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

/** Reads one element back the way the spec maps XML to JSON: list elements become arrays,
    other elements with children objects, leaves their text. */
QJsonValue readElement(QXmlStreamReader &r)
{
    static const QStringList lists{QStringLiteral("services"), QStringLiteral("service_requests"), QStringLiteral("errors"),
                                   QStringLiteral("attributes"), QStringLiteral("values")};
    const QString name = r.name().toString();
    QList<std::pair<QString, QJsonValue>> children;
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            children.append({r.name().toString(), readElement(r)});
        else if (r.isCharacters() && !r.isWhitespace())
            text += r.text();
        else if (r.isEndElement())
            break;
    }
    if (lists.contains(name)) {
        QJsonArray a;
        for (const auto &c : children)
            a.append(c.second);
        return a;
    }
    if (children.isEmpty())
        return text;
    QJsonObject o;
    for (const auto &[k, v] : children)
        o.insert(k, v);
    return o;
}

QJsonValue xml(const HubReply &reply)
{
    QXmlStreamReader r(reply.body);
    while (!r.atEnd() && !r.isStartElement())
        r.readNext();
    const QJsonValue v = readElement(r);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError())
        qWarning() << "not XML:" << r.errorString() << reply.body.left(200);
    return v;
}

/** JSON with every scalar as the text XML would carry: null → "", true → "true", numbers in
    their shortest form. */
QJsonValue asText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Array: {
        QJsonArray a;
        for (const QJsonValue &item : v.toArray())
            a.append(asText(item));
        return a;
    }
    case QJsonValue::Object: {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            o.insert(it.key(), asText(it.value()));
        return o;
    }
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: return v.toString();
    default: return QString();
    }
}

/** XML read back without its empty elements: those are the fields JSON leaves out. */
QJsonValue withoutEmptyElements(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &item : v.toArray())
            a.append(withoutEmptyElements(item));
        return a;
    }
    if (!v.isObject())
        return v;
    QJsonObject o;
    const QJsonObject in = v.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it)
        if (!(it.value().isString() && it.value().toString().isEmpty()))
            o.insert(it.key(), withoutEmptyElements(it.value()));
    return o;
}

QByteArray show(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson();
}

/** Checks an error reply in the spec's form; returns its descriptions. */
QStringList errorDescriptions(const HubReply &reply, bool asXml)
{
    const QJsonValue v = asXml ? xml(reply) : json(reply);
    QStringList out;
    if (!v.isArray() || v.toArray().isEmpty()) {
        qWarning() << "not an error list:" << reply.body;
        return out;
    }
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        if (asText(o.value(QStringLiteral("code"))).toString() != QString::number(reply.status) || o.size() != 2)
            qWarning() << "error code does not match the status" << reply.status << reply.body;
        else
            out << o.value(QStringLiteral("description")).toString();
    }
    return out;
}

QStringList codesOf(const HubReply &reply)
{
    QStringList out;
    for (const QJsonValue &v : json(reply).toArray())
        out << v.toObject().value(QStringLiteral("service_request_id")).toString();
    return out;
}

}

void tst_Open311::init()
{
    delete backend;
    backend = new FakeBackend;
}

void tst_Open311::services()
{
    const HubReply reply = get(QStringLiteral("services.json"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("application/json; charset=utf-8"));
    const QJsonArray list = json(reply).toArray();
    QStringList codes;
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        codes << s.value(QStringLiteral("service_code")).toString();
        QCOMPARE(s.value(QStringLiteral("type")).toString(), QStringLiteral("realtime"));
        QCOMPARE(s.value(QStringLiteral("metadata")), QJsonValue(true));
        QVERIFY(!s.value(QStringLiteral("description")).toString().isEmpty());
        QVERIFY(!s.value(QStringLiteral("keywords")).toString().isEmpty());
        QCOMPARE(s.value(QStringLiteral("group")).toString(), QStringLiteral("Lãng phí"));
        QCOMPARE(s.value(QStringLiteral("service_name")).toString(),
                 RecordVocabulary::label(u"category", codes.constLast()).vi);
    }
    QCOMPARE(codes, RecordVocabulary::wasteCategories());

    const QJsonArray en = json(get(QStringLiteral("services.json"), {{QStringLiteral("lang"), QStringLiteral("en")}})).toArray();
    QCOMPARE(en.at(0).toObject().value(QStringLiteral("service_name")).toString(), QStringLiteral("Abandoned or idle works"));
    QCOMPARE(en.at(0).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("Waste"));

    const HubReply x = get(QStringLiteral("services.xml"));
    QCOMPARE(x.status, 200);
    QCOMPARE(x.contentType, QByteArray("text/xml; charset=utf-8"));
    QVERIFY(x.body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(x.body.contains("<services>\n    <service>\n        <service_code>idle_works</service_code>"));
}

void tst_Open311::serviceDefinition()
{
    const HubReply reply = get(QStringLiteral("services/delay.json"));
    QCOMPARE(reply.status, 200);
    const QJsonObject d = json(reply).toObject();
    QCOMPARE(d.value(QStringLiteral("service_code")).toString(), QStringLiteral("delay"));
    const QJsonArray attributes = d.value(QStringLiteral("attributes")).toArray();
    QCOMPARE(attributes.size(), 1);
    const QJsonObject a = attributes.at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("code")).toString(), QStringLiteral("project_code"));
    QCOMPARE(a.value(QStringLiteral("required")), QJsonValue(false));
    QCOMPARE(a.value(QStringLiteral("datatype")).toString(), QStringLiteral("string"));
    QCOMPARE(a.value(QStringLiteral("order")).toInt(), 1);
    QVERIFY(get(QStringLiteral("services/delay.xml")).body.contains("<service_definition>"));

    for (const QString &ext : {QStringLiteral("json"), QStringLiteral("xml")}) {
        const HubReply missing = get(QStringLiteral("services/potholes.") + ext);
        QCOMPARE(missing.status, 404);
        const QStringList errors = errorDescriptions(missing, ext == u"xml");
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).startsWith(u"service_code:") && errors.at(0).contains(u"potholes"), qPrintable(errors.at(0)));
    }
}

void tst_Open311::xmlCarriesTheSameContent_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("lang");
    QTest::newRow("services") << S("GET") << S("services") << S("");
    QTest::newRow("services en") << S("GET") << S("services") << S("en");
    QTest::newRow("definition") << S("GET") << S("services/overspending") << S("");
    QTest::newRow("requests") << S("GET") << S("requests") << S("");
    QTest::newRow("requests en") << S("GET") << S("requests") << S("en");
    QTest::newRow("one request") << S("GET") << S("requests/<first>") << S("");
    QTest::newRow("created") << S("POST") << S("requests") << S("");
    QTest::newRow("error 404") << S("GET") << S("requests/TP-2345K-M") << S("");
    QTest::newRow("error 400") << S("GET") << S("requests") << S("bad-date");
    QTest::newRow("error 403") << S("POST") << S("requests") << S("no-key");
}

void tst_Open311::xmlCarriesTheSameContent()
{
    QFETCH(QString, method);
    QFETCH(QString, resource);
    QFETCH(QString, lang);
    backend->add(QStringLiteral("delay"), 1, {QStringLiteral("received"), QStringLiteral("verified")}, QStringLiteral("Đã kiểm tra <tại chỗ> & ghi nhận"));
    backend->add(QStringLiteral("idle_works"), 2, {QStringLiteral("received"), QStringLiteral("resolved")});
    backend->records.last().payload.insert(QStringLiteral("place"), QStringLiteral("Ngõ 5 (20.8449, 106.6881)"));
    resource.replace(QStringLiteral("<first>"), backend->records.first().receiptCode);

    QList<std::pair<QString, QString>> items;
    if (lang == u"en")
        items << std::pair{QStringLiteral("lang"), QStringLiteral("en")};
    if (lang == u"bad-date")
        items << std::pair{QStringLiteral("start_date"), QStringLiteral("yesterday")};
    HubReply asJson;
    HubReply asXml;
    if (method == u"POST") {
        items = goodReport();
        if (lang == u"no-key")
            items.removeFirst();
        asJson = post(resource + QStringLiteral(".json"), items);
        asXml = post(resource + QStringLiteral(".xml"), items);
        // Two reports were filed; the second has the next code. Compare all but the code.
        if (asJson.status == 200)
            asXml.body.replace(backend->records.first().receiptCode.toUtf8(), backend->records.at(1).receiptCode.toUtf8());
    } else {
        asJson = get(resource + QStringLiteral(".json"), items);
        asXml = get(resource + QStringLiteral(".xml"), items);
    }
    QCOMPARE(asJson.status, asXml.status);
    QCOMPARE(asJson.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(asXml.contentType, QByteArray("text/xml; charset=utf-8"));
    const QJsonValue fromJson = asText(json(asJson));
    const QJsonValue fromXml = withoutEmptyElements(xml(asXml));
    QVERIFY2(fromJson == fromXml, show(fromJson) + "\n---\n" + show(fromXml));
    QVERIFY(fromJson.isArray() ? !fromJson.toArray().isEmpty() : !fromJson.toObject().isEmpty());
}

void tst_Open311::postStoresAnAnonymousReport()
{
    QList<std::pair<QString, QString>> items = goodReport();
    // Personal details an Open311 client may send: none of them is kept.
    items << std::pair{QStringLiteral("first_name"), QStringLiteral("Nguyễn")} << std::pair{QStringLiteral("last_name"), QStringLiteral("Văn Bí Mật")}
          << std::pair{QStringLiteral("email"), QStringLiteral("bimat@example.vn")} << std::pair{QStringLiteral("phone"), QStringLiteral("0912345678")}
          << std::pair{QStringLiteral("account_id"), QStringLiteral("acc-77")} << std::pair{QStringLiteral("device_id"), QStringLiteral("dev-99")}
          << std::pair{QStringLiteral("media_url"), QStringLiteral("https://example.vn/p.jpg")};
    const HubReply reply = post(QStringLiteral("requests.json"), items);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("application/json; charset=utf-8"));
    const QJsonArray answer = json(reply).toArray();
    QCOMPARE(answer.size(), 1);
    const QJsonObject created = answer.at(0).toObject();
    const QString code = created.value(QStringLiteral("service_request_id")).toString();
    QVERIFY2(code.startsWith(u"TP-") && ReceiptCode::isValid(code), qPrintable(code));
    // No account behind an anonymous report: no account_id in JSON, <account_id/> in XML.
    QVERIFY(!created.contains(QStringLiteral("account_id")));
    QVERIFY2(created.value(QStringLiteral("service_notice")).toString().contains(QStringLiteral("https://hub.example/r/") + code),
             qPrintable(created.value(QStringLiteral("service_notice")).toString()));

    // What reached the store: the kiosk of the token, an anonymous waste report, nothing personal.
    QCOMPARE(backend->stored.size(), 1);
    const auto &[kiosk, draft] = backend->stored.at(0);
    QCOMPARE(kiosk.id, QStringLiteral("K0007"));
    QCOMPARE(draft.kind, RecordKind::ReportWaste);
    QVERIFY(draft.anonymous);
    QVERIFY(draft.person.isEmpty());
    QVERIFY(draft.consent.isEmpty());
    QVERIFY(draft.photoJpeg.isEmpty());
    QCOMPARE(draft.category, QStringLiteral("energy_water_waste"));
    QCOMPARE(draft.place, QStringLiteral("Nhà văn hoá tổ 5, phố Hạ Lý"));
    // '+' meant space in the form, %2B a real plus.
    QCOMPARE(draft.description, QStringLiteral("Đèn hội trường bật suốt đêm, 1+1 quạt chạy không người."));
    QVERIFY(draft.projectCode.isEmpty());
    const QByteArray everything = QJsonDocument(draft.toJson()).toJson();
    for (const char *secret : {"Nguy\xe1\xbb\x85n", "bimat", "0912345678", "acc-77", "dev-99", "p.jpg"})
        QVERIFY2(!everything.contains(secret), secret);

    // And it reads back, in both formats.
    const QJsonArray back = json(get(QStringLiteral("requests/%1.json").arg(code))).toArray();
    QCOMPARE(back.size(), 1);
    const QJsonObject r = back.at(0).toObject();
    QCOMPARE(r.value(QStringLiteral("service_request_id")).toString(), code);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(r.value(QStringLiteral("service_code")).toString(), QStringLiteral("energy_water_waste"));
    QCOMPARE(r.value(QStringLiteral("service_name")).toString(), QStringLiteral("Lãng phí điện, nước"));
    QCOMPARE(r.value(QStringLiteral("description")).toString(), draft.description);
    QCOMPARE(r.value(QStringLiteral("address")).toString(), QStringLiteral("Nhà văn hoá tổ 5, phố Hạ Lý"));
    QCOMPARE(r.value(QStringLiteral("agency_responsible")).toString(), QStringLiteral("UBND Phường Hồng Bàng"));
    // Only fields with a value: no coordinates, no note yet, no expected time, no photo.
    const QStringList present{QStringLiteral("service_request_id"), QStringLiteral("status"), QStringLiteral("service_name"),
                              QStringLiteral("service_code"), QStringLiteral("description"), QStringLiteral("agency_responsible"),
                              QStringLiteral("service_notice"), QStringLiteral("requested_datetime"),
                              QStringLiteral("updated_datetime"), QStringLiteral("address")};
    QStringList sortedPresent = present;
    sortedPresent.sort();
    QCOMPARE(r.keys(), sortedPresent);
    const QStringList keys{QStringLiteral("service_request_id"), QStringLiteral("status"), QStringLiteral("status_notes"),
                           QStringLiteral("service_name"), QStringLiteral("service_code"), QStringLiteral("description"),
                           QStringLiteral("agency_responsible"), QStringLiteral("service_notice"), QStringLiteral("requested_datetime"),
                           QStringLiteral("updated_datetime"), QStringLiteral("expected_datetime"), QStringLiteral("address"),
                           QStringLiteral("address_id"), QStringLiteral("zipcode"), QStringLiteral("lat"), QStringLiteral("long"),
                           QStringLiteral("media_url")};
    QVERIFY(Open311Schema::isDateTime(r.value(QStringLiteral("requested_datetime")).toString()));
    // The XML lists every field in the spec's order, those without a value as empty elements.
    const QByteArray x = get(QStringLiteral("requests/%1.xml").arg(code)).body;
    qsizetype last = -1;
    for (const QString &k : keys) {
        const qsizetype at = x.indexOf("<" + k.toUtf8());
        QVERIFY2(at > last, qPrintable(k));
        last = at;
        if (!present.contains(k))
            QVERIFY2(x.contains("<" + k.toUtf8() + "/>"), qPrintable(k));
    }
    QVERIFY2(post(QStringLiteral("requests.xml"), goodReport()).body.contains("<account_id/>"), "XML keeps the empty element");
}

void tst_Open311::postLocations_data()
{
    QTest::addColumn<QStringList>("given");  // key=value pairs
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("lat");
    QTest::addColumn<QString>("lon");
    QTest::newRow("coordinates") << L({"lat=20.8449", "long=106.68810"}) << S("20.8449, 106.6881") << S("") << S("20.8449") << S("106.6881");
    QTest::newRow("negative") << L({"lat=-33.5", "long=-70"}) << S("-33.5, -70") << S("") << S("-33.5") << S("-70");
    QTest::newRow("both") << L({"address_string=Ngõ 5 Hạ Lý", "lat=20.8449", "long=106.6881"})
                          << S("Ngõ 5 Hạ Lý (20.8449, 106.6881)") << S("Ngõ 5 Hạ Lý") << S("20.8449") << S("106.6881");
    QTest::newRow("address id") << L({"address_id=HP-31190-0042"}) << S("HP-31190-0042") << S("HP-31190-0042") << S("") << S("");
}

void tst_Open311::postLocations()
{
    QFETCH(QStringList, given);
    QFETCH(QString, place);
    QFETCH(QString, address);
    QFETCH(QString, lat);
    QFETCH(QString, lon);
    QList<std::pair<QString, QString>> items = goodReport();
    items.removeAt(2); // address_string
    for (const QString &g : given)
        items << std::pair{g.section(u'=', 0, 0), g.section(u'=', 1)};
    const HubReply reply = post(QStringLiteral("requests.xml"), items);
    QCOMPARE(reply.status, 200);
    QCOMPARE(backend->stored.constLast().second.place, place);
    const QJsonObject r = asText(json(get(QStringLiteral("requests/%1.json").arg(backend->records.first().receiptCode))))
                                  .toArray().at(0).toObject();
    QCOMPARE(r.value(QStringLiteral("address")).toString(), address);
    QCOMPARE(r.value(QStringLiteral("lat")).toString(), lat);
    QCOMPARE(r.value(QStringLiteral("long")).toString(), lon);
}

void tst_Open311::projectAttribute()
{
    QList<std::pair<QString, QString>> items = goodReport();
    items << std::pair{QStringLiteral("attribute[project_code]"), QStringLiteral("hb-001")};
    QCOMPARE(post(QStringLiteral("requests.json"), items).status, 200);
    QCOMPARE(backend->stored.constLast().second.projectCode, QStringLiteral("HB-001"));

    items.last().second = QStringLiteral("HB-999");
    const HubReply refused = post(QStringLiteral("requests.json"), items);
    QCOMPARE(refused.status, 400);
    const QStringList errors = errorDescriptions(refused, false);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).startsWith(u"attribute[project_code]: ") && errors.at(0).contains(u"HB-999"), qPrintable(errors.at(0)));
    QCOMPARE(backend->stored.size(), 1);
}

void tst_Open311::apiKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("inUrl");
    QTest::addColumn<int>("status");
    QTest::newRow("good") << GoodToken << false << 200;
    QTest::newRow("good, in the URL") << GoodToken << true << 200;
    QTest::newRow("missing") << QString() << false << 403;
    QTest::newRow("unknown") << QStringLiteral("not-a-token") << false << 403;
    QTest::newRow("revoked") << RevokedToken << false << 403;
    QTest::newRow("revoked, in the URL") << RevokedToken << true << 403;
}

void tst_Open311::apiKey()
{
    QFETCH(QString, key);
    QFETCH(bool, inUrl);
    QFETCH(int, status);
    QList<std::pair<QString, QString>> items = goodReport();
    items.removeFirst();
    QUrlQuery q;
    if (!key.isEmpty() && inUrl)
        q.addQueryItem(QStringLiteral("api_key"), key);
    else if (!key.isEmpty())
        items << std::pair{QStringLiteral("api_key"), key};
    for (const bool asXml : {false, true}) {
        const HubReply reply = Open311::handle("POST", asXml ? QStringLiteral("requests.xml") : QStringLiteral("requests.json"), q,
                                               form(items), "application/x-www-form-urlencoded", *backend);
        QCOMPARE(reply.status, status);
        if (status == 403) {
            const QStringList errors = errorDescriptions(reply, asXml);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.at(0).startsWith(u"api_key: "), qPrintable(errors.at(0)));
        }
    }
    QCOMPARE(backend->stored.size(), status == 200 ? 2 : 0);
    // Reading needs no key.
    QCOMPARE(get(QStringLiteral("requests.json")).status, 200);
}

void tst_Open311::postRefusals_data()
{
    QTest::addColumn<QStringList>("change");  // key=value sets it, key= removes it
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("fields");  // what each error description starts with
    const QByteArray formType("application/x-www-form-urlencoded");
    QTest::newRow("no service_code") << L({"service_code="}) << formType << 400 << L({"service_code"});
    QTest::newRow("unknown service_code") << L({"service_code=potholes"}) << formType << 404 << L({"service_code"});
    QTest::newRow("no location") << L({"address_string="}) << formType << 400
                                 << L({"lat, long, address_string, address_id"});
    QTest::newRow("lat only") << L({"address_string=", "lat=20.8"}) << formType << 400 << L({"long"});
    QTest::newRow("long only") << L({"address_string=", "long=106.6"}) << formType << 400 << L({"lat"});
    QTest::newRow("lat not a number") << L({"lat=north", "long=106.6"}) << formType << 400 << L({"lat"});
    QTest::newRow("lat out of range") << L({"lat=91", "long=106.6"}) << formType << 400 << L({"lat"});
    QTest::newRow("long out of range") << L({"lat=20", "long=-181"}) << formType << 400 << L({"long"});
    QTest::newRow("no description") << L({"description="}) << formType << 400 << L({"description"});
    QTest::newRow("short description") << L({"description=Lãng phí"}) << formType << 400 << L({"description"});
    QTest::newRow("long place") << QStringList{S("address_string=") + QString(301, u'x')} << formType << 400 << L({"address_string"});
    QTest::newRow("long place from lat") << QStringList{S("address_string="), S("lat=20"), S("long=106"), S("description=") + QString(5001, u'x')}
                                         << formType << 400 << L({"description"});
    QTest::newRow("two problems") << QStringList{S("address_string=") + QString(301, u'x'), S("description=ngắn")} << formType << 400
                                  << L({"address_string", "description"});
    QTest::newRow("JSON body") << QStringList{} << QByteArray("application/json") << 400 << L({""});
}

void tst_Open311::postRefusals()
{
    QFETCH(QStringList, change);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QStringList, fields);
    QList<std::pair<QString, QString>> items = goodReport();
    for (const QString &c : change) {
        const QString key = c.section(u'=', 0, 0);
        const QString value = c.section(u'=', 1);
        items.removeIf([&key](const auto &item) { return item.first == key; });
        if (!value.isEmpty())
            items << std::pair{key, value};
    }
    for (const bool asXml : {false, true}) {
        const HubReply reply = post(asXml ? QStringLiteral("requests.xml") : QStringLiteral("requests.json"), items, contentType);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.contentType, asXml ? QByteArray("text/xml; charset=utf-8") : QByteArray("application/json; charset=utf-8"));
        const QStringList errors = errorDescriptions(reply, asXml);
        QCOMPARE(errors.size(), fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QVERIFY2(errors.at(i).startsWith(fields.at(i).isEmpty() ? QString() : fields.at(i) + u':'), qPrintable(errors.at(i)));
            QVERIFY(errors.at(i).size() > fields.at(i).size() + 10);
        }
    }
    QVERIFY(backend->stored.isEmpty());

    // The messages come in English on request.
    const QString en = errorDescriptions(Open311::handle("POST", QStringLiteral("requests.json"),
                                                         query({{QStringLiteral("lang"), QStringLiteral("en")}}), form(items),
                                                         contentType, *backend), false).value(0);
    const QString vi = errorDescriptions(post(QStringLiteral("requests.json"), items, contentType), false).value(0);
    QVERIFY2(en != vi, qPrintable(en));
}

void tst_Open311::storeFailure()
{
    backend->failStore = true;
    const HubReply reply = post(QStringLiteral("requests.json"), goodReport());
    QCOMPARE(reply.status, 400);
    const QStringList errors = errorDescriptions(reply, false);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).contains(u"database is down"));
}

void tst_Open311::getOneRequest()
{
    const QString code = backend->add(QStringLiteral("delay"), 3);
    backend->add(QStringLiteral("delay"), 4);
    // Typed loosely: lower case, no dashes.
    QString loose = code.toLower();
    loose.remove(u'-');
    const QStringList found = codesOf(get(QStringLiteral("requests/%1.json").arg(loose)));
    QCOMPARE(found, QStringList{code});
    // Not there, or not even a code: 404 in the spec's form.
    for (const QString &id : {ReceiptCode::make(u"HC", 5), QStringLiteral("nonsense")}) {
        for (const bool asXml : {false, true}) {
            const HubReply reply = get(QStringLiteral("requests/%1.%2").arg(id, asXml ? QStringLiteral("xml") : QStringLiteral("json")));
            QCOMPARE(reply.status, 404);
            const QStringList errors = errorDescriptions(reply, asXml);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.at(0).startsWith(u"service_request_id: ") && errors.at(0).contains(id), qPrintable(errors.at(0)));
        }
    }
}

void tst_Open311::statusAndNotes()
{
    struct Case { QStringList history; QString note; QString status; };
    const QList<Case> cases{
            {{QStringLiteral("received")}, QString(), QStringLiteral("open")},
            {{QStringLiteral("received"), QStringLiteral("verified"), QStringLiteral("scheduled")}, QStringLiteral("Tuần sau sửa"), QStringLiteral("open")},
            {{QStringLiteral("received"), QStringLiteral("resolved")}, QStringLiteral("Đã tắt đèn"), QStringLiteral("closed")},
            {{QStringLiteral("received"), QStringLiteral("rejected")}, QStringLiteral("Trùng phản ánh"), QStringLiteral("closed")},
            {{QStringLiteral("received"), QStringLiteral("resolved"), QStringLiteral("verified")}, QString(), QStringLiteral("open")}};
    for (const Case &c : cases) {
        const QString code = backend->add(QStringLiteral("other"), 1, c.history, c.note);
        const QJsonObject r = json(get(QStringLiteral("requests/%1.json").arg(code))).toArray().at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), c.status);
        // status_notes is the note of the latest status (empty when it had none).
        QCOMPARE(r.value(QStringLiteral("status_notes")).toString(), c.note);
        QCOMPARE(r.value(QStringLiteral("updated_datetime")).toString(), backend->records.constLast().updatedAt);
        QCOMPARE(r.value(QStringLiteral("requested_datetime")).toString(), backend->records.constLast().createdAt);
    }
}

void tst_Open311::filters_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QList<int>>("expected");  // indexes into the seeded reports, newest first
    // Seeded: 0 delay open 1 day ago, 1 idle_works resolved 2 days, 2 delay rejected 10 days,
    // 3 other open 40 days, 4 delay open 120 days (outside the default 90).
    QTest::newRow("default: last 90 days") << QStringList{} << QList<int>{0, 1, 2, 3};
    QTest::newRow("open") << L({"status=open"}) << QList<int>{0, 3};
    QTest::newRow("closed") << L({"status=closed"}) << QList<int>{1, 2};
    QTest::newRow("open,closed") << L({"status=open,closed"}) << QList<int>{0, 1, 2, 3};
    QTest::newRow("one service") << L({"service_code=delay"}) << QList<int>{0, 2};
    QTest::newRow("two services") << L({"service_code=delay,idle_works"}) << QList<int>{0, 1, 2};
    QTest::newRow("service and status") << L({"service_code=delay", "status=closed"}) << QList<int>{2};
    QTest::newRow("start only") << L({"start_date=<-15>"}) << QList<int>{0, 1, 2};
    QTest::newRow("range") << L({"start_date=<-15>", "end_date=<-1.5>"}) << QList<int>{1, 2};
    QTest::newRow("end only: 90 days before") << L({"end_date=<-5>"}) << QList<int>{2, 3};
    QTest::newRow("old range") << L({"start_date=<-130>", "end_date=<-100>"}) << QList<int>{4};
    QTest::newRow("offset written with +") << L({"start_date=<-15+07>"}) << QList<int>{0, 1, 2};
    QTest::newRow("offset whose + became a space") << L({"start_date=<-15 07>"}) << QList<int>{0, 1, 2};
    QTest::newRow("ids override the rest") << L({"service_request_id=<4>,<1>", "status=open", "service_code=other"})
                                            << QList<int>{1, 4};
    QTest::newRow("ids typed loosely") << L({"service_request_id=<0:loose>"}) << QList<int>{0};
    QTest::newRow("a bad id matches nothing") << L({"service_request_id=nonsense"}) << QList<int>{};
}

void tst_Open311::filters()
{
    QFETCH(QStringList, params);
    QFETCH(QList<int>, expected);
    QStringList codes{backend->add(QStringLiteral("delay"), 1),
                      backend->add(QStringLiteral("idle_works"), 2, {QStringLiteral("received"), QStringLiteral("resolved")}),
                      backend->add(QStringLiteral("delay"), 10, {QStringLiteral("received"), QStringLiteral("rejected")}),
                      backend->add(QStringLiteral("other"), 40), backend->add(QStringLiteral("delay"), 120)};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> items;
    for (QString p : params) {
        // <-N> is N days ago in UTC, <-N+07> / <-N 07> the same instant written at +07:00,
        // <i> the code of report i, <i:loose> it in lower case without dashes.
        static const QRegularExpression marker(QStringLiteral("<(-?[\\d.]+)(:loose|\\+07| 07)?>"));
        QRegularExpressionMatch m;
        while ((m = marker.match(p)).hasMatch()) {
            QString replacement;
            if (m.captured(1).startsWith(u'-')) {
                const QDateTime at = now.addSecs(qint64(m.captured(1).toDouble() * 86400));
                if (m.captured(2).isEmpty())
                    replacement = at.toString(Qt::ISODate);
                else
                    replacement = at.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate).replace(u'+', m.captured(2).at(0));
            } else {
                replacement = codes.at(m.captured(1).toInt());
                if (m.captured(2) == u":loose")
                    replacement = replacement.toLower().remove(u'-');
            }
            p.replace(m.capturedStart(), m.capturedLength(), replacement);
        }
        items << std::pair{p.section(u'=', 0, 0), p.section(u'=', 1)};
    }
    QStringList want;
    for (const int i : expected)
        want << codes.at(i);
    // The '+' of an offset must reach the facade encoded or as a space; QUrlQuery-built
    // queries here encode it, the "space" case sends a literal space.
    for (const QString &ext : {QStringLiteral("json"), QStringLiteral("xml")}) {
        const HubReply reply = get(QStringLiteral("requests.") + ext, items);
        QCOMPARE(reply.status, 200);
        QStringList got;
        for (const QJsonValue &v : (ext == u"xml" ? xml(reply) : json(reply)).toArray())
            got << v.toObject().value(QStringLiteral("service_request_id")).toString();
        QCOMPARE(got, want);
    }
    for (const HubRequestFilter &f : std::as_const(backend->filters))
        QVERIFY(f.limit > 0 && f.limit <= 1000);
}

void tst_Open311::badFilters_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("start_date not a date") << L({"start_date=yesterday"}) << L({"start_date"});
    QTest::newRow("end_date without zone") << L({"end_date=2026-11-27T10:00:00"}) << L({"end_date"});
    QTest::newRow("impossible date") << L({"start_date=2026-02-30"}) << L({"start_date"});
    QTest::newRow("end before start") << L({"start_date=2026-11-27T00:00:00Z", "end_date=2026-11-01T00:00:00Z"})
                                      << L({"end_date"});
    QTest::newRow("over 90 days") << L({"start_date=2026-01-01", "end_date=2026-06-01"}) << L({"start_date, end_date"});
    QTest::newRow("status") << L({"status=pending"}) << L({"status"});
    QTest::newRow("service_code") << L({"service_code=delay,potholes"}) << L({"service_code"});
    QTest::newRow("three at once") << L({"service_code=x", "status=y", "end_date=z"})
                                   << L({"service_code", "status", "end_date"});
}

void tst_Open311::badFilters()
{
    QFETCH(QStringList, params);
    QFETCH(QStringList, fields);
    QList<std::pair<QString, QString>> items;
    for (const QString &p : params)
        items << std::pair{p.section(u'=', 0, 0), p.section(u'=', 1)};
    for (const bool asXml : {false, true}) {
        const HubReply reply = get(asXml ? QStringLiteral("requests.xml") : QStringLiteral("requests.json"), items);
        QCOMPARE(reply.status, 400);
        const QStringList errors = errorDescriptions(reply, asXml);
        QCOMPARE(errors.size(), fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i)
            QVERIFY2(errors.at(i).startsWith(fields.at(i) + u':'), qPrintable(errors.at(i)));
    }
    QVERIFY(backend->filters.isEmpty());
}

void tst_Open311::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("xmlError");
    QTest::newRow("unknown format") << QByteArray("GET") << S("services.yaml") << 404 << true;
    QTest::newRow("no format") << QByteArray("GET") << S("services") << 404 << true;
    QTest::newRow("unknown resource") << QByteArray("GET") << S("tokens/abc.json") << 404 << false;
    QTest::newRow("unknown resource, xml") << QByteArray("GET") << S("discovery.xml") << 404 << true;
    QTest::newRow("too deep") << QByteArray("GET") << S("requests/TP-2345K-M/photo.json") << 404 << false;
    QTest::newRow("empty") << QByteArray("GET") << S("") << 404 << true;
    QTest::newRow("POST services") << QByteArray("POST") << S("services.json") << 405 << false;
    QTest::newRow("DELETE requests") << QByteArray("DELETE") << S("requests.json") << 405 << false;
    QTest::newRow("PUT one request") << QByteArray("PUT") << S("requests/TP-2345K-M.xml") << 405 << true;
    QTest::newRow("POST definition") << QByteArray("POST") << S("services/delay.xml") << 405 << true;
    QTest::newRow("leading slash") << QByteArray("GET") << S("/services.json") << 200 << false;
    QTest::newRow("HEAD") << QByteArray("HEAD") << S("services.xml") << 200 << true;
}

void tst_Open311::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(bool, xmlError);
    const HubReply reply = Open311::handle(method, path, QUrlQuery(), {}, {}, *backend);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.contentType, xmlError ? QByteArray("text/xml; charset=utf-8") : QByteArray("application/json; charset=utf-8"));
    if (status >= 400) {
        const QStringList errors = errorDescriptions(reply, xmlError);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.at(0).isEmpty());
    }
    QVERIFY(backend->stored.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// The GeoReport v2 schemas, field by field (tests/hub/open311schema.h)

namespace {

using Open311Schema::Resource;

/** Reports of every shape the facade has to write: notes and none, open and closed, a place
    with, without and only coordinates, a photo, a time without zone, no status yet, a
    description over the spec's 4,000 characters. Returns their codes in that order. */
QStringList addVariedReports()
{
    QStringList codes;
    codes << backend->add(QStringLiteral("delay"), 1, {QStringLiteral("received"), QStringLiteral("verified")},
                          QStringLiteral("Đã kiểm tra <tại chỗ> & ghi nhận"));
    codes << backend->add(QStringLiteral("idle_works"), 2, {QStringLiteral("received"), QStringLiteral("resolved")},
                          QStringLiteral("Đã đưa vào sử dụng"));
    backend->records.last().payload.insert(QStringLiteral("place"), QStringLiteral("Ngõ 5 (20.8449, 106.6881)"));
    codes << backend->add(QStringLiteral("energy_water_waste"), 3);
    backend->records.last().payload.insert(QStringLiteral("place"), QStringLiteral("20.8449, 106.6881"));
    codes << backend->add(QStringLiteral("materials_wasted"), 4);
    backend->records.last().payload.insert(QStringLiteral("hasPhoto"), true);
    codes << backend->add(QStringLiteral("overspending"), 5, {QStringLiteral("received"), QStringLiteral("rejected")});
    codes << backend->add(QStringLiteral("other"), 6);
    // A time written without its zone: not the spec's format, so the hub's own time is used.
    backend->records.last().createdAt = backend->records.last().createdAt.left(19);
    codes << backend->add(QStringLiteral("public_land_misused"), 7, {});
    codes << backend->add(QStringLiteral("delay"), 8);
    backend->records.last().payload.insert(QStringLiteral("description"), QString(4500, u'ữ'));
    return codes;
}

QString objectJson(const QString &base, const QString &change)
{
    return change.isEmpty() ? base : base.left(base.size() - 1) + u',' + change + u'}';
}

}

void tst_Open311::schemaChecksCatchDefects_data()
{
    QTest::addColumn<int>("resource");
    QTest::addColumn<bool>("asXml");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("problem");  // a part of the expected problem; empty: none

    const QString request = S(R"({"service_request_id":"HC-2345K-M","status":"open","service_code":"delay",)"
                              R"("requested_datetime":"2026-11-29T10:15:00+07:00"})");
    const auto req = [&](const char *name, const char *change, const char *problem) {
        QTest::newRow(name) << int(Resource::Requests) << false << u'[' + objectJson(request, S(change)) + u']' << S(problem);
    };
    req("minimal request", "", "");
    req("every field", R"("status_notes":"x","service_name":"x","description":"x","agency_responsible":"x",)"
                       R"("service_notice":"x","updated_datetime":"2026-11-29T03:15:00.004Z","expected_datetime":"2026-12-01T00:00:00-05:00",)"
                       R"("address":"x","address_id":"7","zipcode":"180000","lat":20.8449,"long":-106.6881,)"
                       R"("media_url":"https://hub.example/media/1.jpg?size=large")", "");
    req("empty expected_datetime", R"("expected_datetime":"")", "expected_datetime: is empty");
    req("empty media_url", R"("media_url":"")", "media_url: is empty");
    req("relative media_url", R"("media_url":"/r/HC-2345K-M/photo.jpg")", "not an absolute http(s) URL");
    req("ftp media_url", R"("media_url":"ftp://hub.example/1.jpg")", "not an absolute http(s) URL");
    req("datetime without zone", R"("updated_datetime":"2026-11-29T10:15:00")", "not a W3C date-time");
    req("datetime with a space", R"("updated_datetime":"2026-11-29 10:15:00+07:00")", "not a W3C date-time");
    req("datetime without seconds", R"("updated_datetime":"2026-11-29T10:15+07:00")", "not a W3C date-time");
    req("offset without colon", R"("updated_datetime":"2026-11-29T10:15:00+0700")", "not a W3C date-time");
    req("impossible day", R"("updated_datetime":"2026-11-31T10:15:00Z")", "not a W3C date-time");
    req("bare date", R"("expected_datetime":"2026-11-29")", "not a W3C date-time");
    req("null field", R"("status_notes":null)", "status_notes: null");
    req("lat as text", R"("lat":"20.8449")", "lat: is not a number");
    req("lat out of range", R"("lat":120.5)", "outside");
    req("unknown field", R"("photo":"abc")", "unknown field “photo”");
    req("description over 4000", qPrintable(QStringLiteral(R"("description":"%1")").arg(QString(4001, u'ữ'))), "more than 4000");
    QTest::newRow("status received") << int(Resource::Requests) << false
                                     << S(R"([{"service_request_id":"a","status":"received","service_code":"delay","requested_datetime":"2026-11-29T10:15:00Z"}])")
                                     << S("status: “received” is not one of open, closed");
    QTest::newRow("no requested_datetime") << int(Resource::Requests) << false
                                           << S(R"([{"service_request_id":"a","status":"open","service_code":"delay"}])")
                                           << S("requested_datetime: required, missing");
    QTest::newRow("one object, not a list") << int(Resource::Requests) << false << request << S("not an array");

    QTest::newRow("service ok") << int(Resource::Services) << false
                                << S(R"([{"service_code":"a","service_name":"A","metadata":false,"type":"batch"}])") << S("");
    QTest::newRow("metadata as text") << int(Resource::Services) << false
                                      << S(R"([{"service_code":"a","service_name":"A","metadata":"true","type":"realtime"}])")
                                      << S("metadata: is not a boolean");
    QTest::newRow("empty keywords") << int(Resource::Services) << false
                                    << S(R"([{"service_code":"a","service_name":"A","metadata":true,"type":"realtime","keywords":""}])")
                                    << S("keywords: is empty");
    QTest::newRow("unknown type") << int(Resource::Services) << false
                                  << S(R"([{"service_code":"a","service_name":"A","metadata":true,"type":"instant"}])")
                                  << S("type: “instant” is not one of");
    const QString attribute = S(R"({"service_code":"a","attributes":[{"variable":true,"code":"c","datatype":"string","required":false%1}]})");
    QTest::newRow("definition ok") << int(Resource::ServiceDefinition) << false
                                   << attribute.arg(S(R"(,"order":1,"values":[{"key":"k","name":"n"}])")) << S("");
    QTest::newRow("order 0") << int(Resource::ServiceDefinition) << false << attribute.arg(S(R"(,"order":0)")) << S("order: 0 is outside");
    QTest::newRow("order 1.5") << int(Resource::ServiceDefinition) << false << attribute.arg(S(R"(,"order":1.5)"))
                               << S("order: is not an integer");
    QTest::newRow("value without name") << int(Resource::ServiceDefinition) << false
                                        << attribute.arg(S(R"(,"values":[{"key":"k"}])")) << S("name: required, missing");
    QTest::newRow("created ok") << int(Resource::Created) << false << S(R"([{"service_request_id":"TP-2345K-M"}])") << S("");
    QTest::newRow("account_id null") << int(Resource::Created) << false
                                     << S(R"([{"service_request_id":"TP-2345K-M","account_id":null}])") << S("account_id: null");
    QTest::newRow("error ok") << int(Resource::Errors) << false << S(R"([{"code":400,"description":"x"}])") << S("");
    QTest::newRow("error code as text") << int(Resource::Errors) << false << S(R"([{"code":"400","description":"x"}])")
                                        << S("code: is not a number");
    QTest::newRow("error code not the status") << int(Resource::Errors) << false << S(R"([{"code":500,"description":"x"}])")
                                               << S("not the HTTP status 400");
    QTest::newRow("no error listed") << int(Resource::Errors) << false << S("[]") << S("lists no error");

    const QString decl = S(R"(<?xml version="1.0" encoding="UTF-8"?>)");
    const QString xmlRequest = decl + S("<service_requests><request><service_request_id>HC-2345K-M</service_request_id>"
                                        "<status>%1</status><service_code>delay</service_code>"
                                        "<requested_datetime>%2</requested_datetime>%3</request></service_requests>");
    const auto xreq = [&](const char *name, const char *status, const char *when, const char *more, const char *problem) {
        QTest::newRow(name) << int(Resource::Requests) << true << xmlRequest.arg(S(status), S(when), S(more)) << S(problem);
    };
    xreq("xml ok", "open", "2026-11-29T10:15:00+07:00",
         "<status_notes/><expected_datetime/><lat>20.8449</lat><long>106.6881</long><media_url/>", "");
    xreq("xml status received", "received", "2026-11-29T10:15:00+07:00", "", "“received” is not one of");
    xreq("xml datetime without zone", "open", "2026-11-29T10:15:00", "", "not a W3C date-time");
    xreq("xml required empty", "open", "", "", "requested_datetime: required, empty");
    xreq("xml expected tomorrow", "open", "2026-11-29T10:15:00Z", "<expected_datetime>tomorrow</expected_datetime>",
         "not a W3C date-time");
    xreq("xml relative media_url", "open", "2026-11-29T10:15:00Z", "<media_url>photos/1.jpg</media_url>", "not an absolute");
    xreq("xml lat as words", "open", "2026-11-29T10:15:00Z", "<lat>north</lat>", "is not a number");
    xreq("xml unknown element", "open", "2026-11-29T10:15:00Z", "<photo>abc</photo>", "unknown element");
    xreq("xml attribute", "open", "2026-11-29T10:15:00Z", "<address lang=\"vi\">x</address>", "attributes");
    xreq("xml twice", "open", "2026-11-29T10:15:00Z", "<status>open</status>", "twice");
    xreq("xml not well-formed", "open", "2026-11-29T10:15:00Z", "<address>x</adress>", "not well-formed");
    QTest::newRow("xml without declaration") << int(Resource::Requests) << true
                                             << xmlRequest.arg(S("open"), S("2026-11-29T10:15:00Z"), QString()).mid(decl.size())
                                             << S("no XML declaration");
    QTest::newRow("xml wrong root") << int(Resource::Services) << true << decl + S("<service_list/>") << S("root <service_list>");
    QTest::newRow("xml wrong item") << int(Resource::Errors) << true
                                    << decl + S("<errors><problem><code>400</code><description>x</description></problem></errors>")
                                    << S("expected <error>");
    QTest::newRow("xml error code") << int(Resource::Errors) << true
                                    << decl + S("<errors><error><code>500</code><description>x</description></error></errors>")
                                    << S("not the HTTP status 400");
}

/** The checks themselves: they pass what the schemas allow and name what they do not, so a
    facade that sent "" or a time without zone could not slip through the tests below. */
void tst_Open311::schemaChecksCatchDefects()
{
    QFETCH(int, resource);
    QFETCH(bool, asXml);
    QFETCH(QString, body);
    QFETCH(QString, problem);
    const QByteArray bytes = body.toUtf8();
    const QStringList problems = asXml ? Open311Schema::checkXml(Resource(resource), bytes, 400)
                                       : Open311Schema::checkJsonBody(Resource(resource), bytes, 400);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QVERIFY2(!problems.isEmpty() && problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }
}

void tst_Open311::everyAnswerMatchesTheSchemas_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("resource");  // without .json / .xml; <each> stands for every report's code
    QTest::addColumn<QStringList>("params");  // GET: the query; POST: changes to goodReport(), "-key" drops one
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");

    const int services = int(Resource::Services);
    const int definition = int(Resource::ServiceDefinition);
    const int requests = int(Resource::Requests);
    const int created = int(Resource::Created);
    const int errors = int(Resource::Errors);
    QTest::newRow("services") << QByteArray("GET") << S("services") << QStringList() << 200 << services;
    QTest::newRow("services en") << QByteArray("GET") << S("services") << L({"lang=en"}) << 200 << services;
    const QStringList codes = RecordVocabulary::wasteCategories();
    for (const QString &code : codes)
        QTest::newRow(qPrintable(QStringLiteral("definition ") + code)) << QByteArray("GET") << S("services/") + code
                                                                        << QStringList() << 200 << definition;
    QTest::newRow("definition en") << QByteArray("GET") << S("services/delay") << L({"lang=en"}) << 200 << definition;
    QTest::newRow("requests") << QByteArray("GET") << S("requests") << QStringList() << 200 << requests;
    QTest::newRow("requests en") << QByteArray("GET") << S("requests") << L({"lang=en"}) << 200 << requests;
    QTest::newRow("requests closed") << QByteArray("GET") << S("requests") << L({"status=closed"}) << 200 << requests;
    QTest::newRow("requests of two services") << QByteArray("GET") << S("requests") << L({"service_code=delay,other"}) << 200 << requests;
    QTest::newRow("requests none") << QByteArray("GET") << S("requests") << L({"service_request_id=ZZ-22222-2"}) << 200 << requests;
    QTest::newRow("each request") << QByteArray("GET") << S("requests/<each>") << QStringList() << 200 << requests;
    QTest::newRow("each request en") << QByteArray("GET") << S("requests/<each>") << L({"lang=en"}) << 200 << requests;
    QTest::newRow("created") << QByteArray("POST") << S("requests") << QStringList() << 200 << created;
    QTest::newRow("created at coordinates") << QByteArray("POST") << S("requests")
                                            << L({"-address_string", "lat=20.8449", "long=106.6881"}) << 200 << created;
    QTest::newRow("created for a work, en") << QByteArray("POST") << S("requests")
                                            << L({"attribute[project_code]=HB-001", "lang=en"}) << 200 << created;
    QTest::newRow("404 request") << QByteArray("GET") << S("requests/TP-2345K-M") << QStringList() << 404 << errors;
    QTest::newRow("404 service") << QByteArray("GET") << S("services/potholes") << QStringList() << 404 << errors;
    QTest::newRow("404 resource") << QByteArray("GET") << S("discovery") << QStringList() << 404 << errors;
    QTest::newRow("400 filters") << QByteArray("GET") << S("requests") << L({"start_date=yesterday", "status=pending"}) << 400 << errors;
    QTest::newRow("400 location") << QByteArray("POST") << S("requests") << L({"-address_string", "lat=20.8"}) << 400 << errors;
    QTest::newRow("400 no service") << QByteArray("POST") << S("requests") << L({"-service_code"}) << 400 << errors;
    QTest::newRow("403 no key") << QByteArray("POST") << S("requests") << L({"-api_key"}) << 403 << errors;
    QTest::newRow("403 revoked key") << QByteArray("POST") << S("requests") << QStringList{S("api_key=") + RevokedToken} << 403 << errors;
    QTest::newRow("405") << QByteArray("DELETE") << S("requests") << QStringList() << 405 << errors;
    QTest::newRow("413") << QByteArray("TOO-LARGE") << S("requests") << QStringList() << 413 << errors;
}

/** Every resource, in JSON and in XML, checked field by field against the GeoReport v2 schemas. */
void tst_Open311::everyAnswerMatchesTheSchemas()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, resource);
    QFETCH(QStringList, params);
    QFETCH(int, status);
    QFETCH(int, kind);
    const QStringList codes = addVariedReports();
    QStringList resources{resource};
    if (resource.contains(u"<each>")) {
        resources.clear();
        for (const QString &code : codes)
            resources << QString(resource).replace(QStringLiteral("<each>"), code);
    }
    for (const QString &path : std::as_const(resources)) {
        for (const bool asXml : {false, true}) {
            const QString file = path + (asXml ? QStringLiteral(".xml") : QStringLiteral(".json"));
            QList<std::pair<QString, QString>> items = method == "POST" ? goodReport() : QList<std::pair<QString, QString>>();
            for (const QString &p : params) {
                const QString key = p.startsWith(u'-') ? p.mid(1) : p.section(u'=', 0, 0);
                items.removeIf([&key](const auto &item) { return item.first == key; });
                if (!p.startsWith(u'-'))
                    items << std::pair{key, p.section(u'=', 1)};
            }
            HubReply reply;
            if (method == "TOO-LARGE")
                reply = Open311::tooLarge(file, 1024 * 1024);
            else if (method == "POST")
                reply = post(file, items);
            else
                reply = Open311::handle(method, file, query(items), {}, {}, *backend);
            QCOMPARE(reply.status, status);
            const QStringList problems = asXml ? Open311Schema::checkXml(Resource(kind), reply.body, status)
                                               : Open311Schema::checkJsonBody(Resource(kind), reply.body, status);
            QVERIFY2(problems.isEmpty(), qPrintable(file + u'\n' + problems.join(u'\n') + u'\n' + QString::fromUtf8(reply.body.left(3000))));
            if (!asXml && kind != int(Resource::ServiceDefinition) && !QByteArray(QTest::currentDataTag()).endsWith("none"))
                QVERIFY2(!json(reply).toArray().isEmpty(), qPrintable(file));
        }
    }
}

/** JSON leaves out what has no value; XML keeps the empty element, as in the spec's examples. */
void tst_Open311::fieldsWithoutValueAreLeftOut()
{
    const QStringList codes = addVariedReports();
    const auto one = [](const QString &code) {
        return json(get(QStringLiteral("requests/%1.json").arg(code))).toArray().at(0).toObject();
    };
    const auto oneXml = [](const QString &code) { return get(QStringLiteral("requests/%1.xml").arg(code)).body; };

    // Never: no promised time, no address register, no post code.
    for (const QString &code : codes) {
        const QJsonObject r = one(code);
        for (const char *never : {"expected_datetime", "address_id", "zipcode", "media_url"})
            QVERIFY2(!r.contains(QLatin1String(never)), never);
        const QByteArray x = oneXml(code);
        for (const char *empty : {"<expected_datetime/>", "<address_id/>", "<zipcode/>", "<media_url/>"})
            QVERIFY2(x.contains(empty), empty);
    }

    // A note and coordinates when there are some.
    const QJsonObject verified = one(codes.at(0));
    QCOMPARE(verified.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(verified.value(QStringLiteral("status_notes")).toString(), QStringLiteral("Đã kiểm tra <tại chỗ> & ghi nhận"));
    QVERIFY(!verified.contains(QStringLiteral("lat")) && !verified.contains(QStringLiteral("long")));
    QVERIFY(oneXml(codes.at(0)).contains("<lat/>"));
    const QJsonObject resolved = one(codes.at(1));
    QCOMPARE(resolved.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(resolved.value(QStringLiteral("lat")), QJsonValue(20.8449));
    QCOMPARE(resolved.value(QStringLiteral("long")), QJsonValue(106.6881));
    QCOMPARE(resolved.value(QStringLiteral("address")).toString(), QStringLiteral("Ngõ 5"));

    // Only coordinates: no address.
    const QJsonObject atPoint = one(codes.at(2));
    QVERIFY(atPoint.value(QStringLiteral("lat")).isDouble());
    QVERIFY(!atPoint.contains(QStringLiteral("address")));
    QVERIFY(oneXml(codes.at(2)).contains("<address/>"));

    // A report with a photo: the hub publishes no photo, so there is no media_url to give.
    QVERIFY(!one(codes.at(3)).contains(QStringLiteral("media_url")));
    QVERIFY(!get(QStringLiteral("requests.json")).body.contains("media_url"));

    // Rejected without a note: closed, no status_notes.
    const QJsonObject rejected = one(codes.at(4));
    QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QVERIFY(!rejected.contains(QStringLiteral("status_notes")));
    QVERIFY(oneXml(codes.at(4)).contains("<status_notes/>"));

    // Nowhere in any answer an empty string or a null.
    for (const bool en : {false, true}) {
        QList<std::pair<QString, QString>> items;
        if (en)
            items << std::pair{QStringLiteral("lang"), QStringLiteral("en")};
        for (const char *path : {"services.json", "services/delay.json", "requests.json"}) {
            const HubReply reply = get(QString::fromLatin1(path), items);
            QCOMPARE(reply.status, 200);
            QVERIFY2(!reply.body.contains("\"\"") && !reply.body.contains("null"), path);
        }
    }
}

void tst_Open311::datetimesCarryTheirZone()
{
    const QStringList codes = addVariedReports();
    const auto one = [](const QString &code) {
        return json(get(QStringLiteral("requests/%1.json").arg(code))).toArray().at(0).toObject();
    };
    const auto record = [](const QString &code) {
        for (const HubRecordView &r : std::as_const(backend->records))
            if (r.receiptCode == code)
                return r;
        return HubRecordView();
    };
    // The kiosk's own offset is kept as it wrote it.
    const QJsonObject r0 = one(codes.at(0));
    QCOMPARE(r0.value(QStringLiteral("requested_datetime")).toString(), record(codes.at(0)).createdAt);
    QVERIFY(r0.value(QStringLiteral("requested_datetime")).toString().endsWith(u"+07:00"));
    QCOMPARE(r0.value(QStringLiteral("updated_datetime")).toString(), record(codes.at(0)).updatedAt);
    // A time without zone is not passed on: the hub's arrival time (UTC) takes its place.
    const QJsonObject r5 = one(codes.at(5));
    QCOMPARE(r5.value(QStringLiteral("requested_datetime")).toString(), record(codes.at(5)).receivedAt);
    QVERIFY(r5.value(QStringLiteral("requested_datetime")).toString().endsWith(u'Z'));
    // No status set yet: updated when it arrived.
    QCOMPARE(one(codes.at(6)).value(QStringLiteral("updated_datetime")).toString(), record(codes.at(6)).receivedAt);
    for (const QString &code : codes) {
        const QJsonObject r = one(code);
        for (const char *key : {"requested_datetime", "updated_datetime"})
            QVERIFY2(Open311Schema::isDateTime(r.value(QLatin1String(key)).toString()),
                     qPrintable(code + u' ' + r.value(QLatin1String(key)).toString()));
    }
    // The formats the spec names are the ones the check accepts, and no others.
    for (const char *good : {"1994-11-05T08:15:30-05:00", "1994-11-05T13:15:30Z", "2026-11-29T10:15:00.004+07:00"})
        QVERIFY2(Open311Schema::isDateTime(QString::fromLatin1(good)), good);
    for (const char *bad : {"1994-11-05", "1994-11-05T08:15-05:00", "1994-11-05T08:15:30", "1994-11-05T25:15:30Z", ""})
        QVERIFY2(!Open311Schema::isDateTime(QString::fromLatin1(bad)), bad);
}

void tst_Open311::longDescriptionIsCut()
{
    const QStringList codes = addVariedReports();
    const QString full = QString(4500, u'ữ');
    for (const QString &ext : {QStringLiteral("json"), QStringLiteral("xml")}) {
        const HubReply reply = get(QStringLiteral("requests/%1.%2").arg(codes.at(7), ext));
        const QJsonObject r = (ext == u"json" ? json(reply) : xml(reply)).toArray().at(0).toObject();
        const QString d = r.value(QStringLiteral("description")).toString();
        QCOMPARE(d.toUcs4().size(), 4000);
        QVERIFY(d.endsWith(u'…'));
        QVERIFY(full.startsWith(d.chopped(1)));
    }
    // Cut between characters, never inside a surrogate pair.
    QString emoji = QString(3990, u'a');
    for (int i = 0; i < 30; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
    backend->records.last().payload.insert(QStringLiteral("description"), emoji);
    const QString d = json(get(QStringLiteral("requests/%1.json").arg(codes.at(7)))).toArray().at(0).toObject()
                              .value(QStringLiteral("description")).toString();
    QVERIFY(d.isValidUtf16());
    QCOMPARE(d.toUcs4().size(), 4000);
}

QTEST_GUILESS_MAIN(tst_Open311)
#include "tst_open311.moc"
