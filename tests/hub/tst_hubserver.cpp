// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlefixture.h"
#include "hubclient.h"
#include "hubtestsupport.h"
#include "open311schema.h"
#include "recordfixture.h"
#include "records/receiptcode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/** The real city-hub process on 127.0.0.1 (port 0, read from its "listening on" line), on
    SQLite and on PostgreSQL: the protocol's routes, its error format, enrolment, ownership,
    revocation, content with ETag, receipts, the phone page and the admin commands. */
class tst_HubServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void enrolOnceOverHttp();
    void refusalsAreJsonAndNeverCrash();
    void tooLargeBodyIs413();
    void recordsExactlyOnceAndRevocation();
    void tokenCannotWriteAsAnotherKiosk();
    void contentEtagAndImages();
    void receiptsOnlyOwnCodesWithStatus();
    void phonePageShowsNoPersonalData();
    void workPagesForPhones();
    void open311AnswersMatchTheSchemas();
    void adminCommands();

private:
    bool serverAlive();

    std::unique_ptr<HubTestLocation> m_location;
    HubClient m_hub;
};

void tst_HubServer::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_HubServer::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_hub.setDatabase(m_location->location());
    QVERIFY(m_hub.start({QStringLiteral("--public-url"), QStringLiteral("https://hub.example")}));
}

void tst_HubServer::cleanup()
{
    // SIGTERM ends the event loop: a clean exit, not a crash.
    const bool clean = m_hub.stop();
    m_location.reset();
    QVERIFY(clean);
}

bool tst_HubServer::serverAlive()
{
    return m_hub.isRunning() && m_hub.request("GET", QStringLiteral("/nowhere")).status == 404;
}

void tst_HubServer::enrolOnceOverHttp()
{
    const HubClient::Run code = m_hub.cli({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")});
    QCOMPARE(code.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}\\n$")).match(QString::fromLatin1(code.out)).hasMatch(),
             code.out.constData());
    const QJsonObject body{{QStringLiteral("code"), QString::fromLatin1(code.out.trimmed())},
                           {QStringLiteral("name"), QStringLiteral("UBND phường Hồng Bàng, sảnh 1")}};
    const HttpReply first = m_hub.postJson(QStringLiteral("/api/v1/enrol"), body);
    QCOMPARE(first.status, 200);
    const QJsonObject o = first.json();
    QVERIFY(QRegularExpression(QStringLiteral("^K\\d{4}$")).match(o.value(QStringLiteral("kioskId")).toString()).hasMatch());
    QCOMPARE(o.value(QStringLiteral("ward")).toString(), QStringLiteral("HONG-BANG"));
    QVERIFY(ReceiptCode::isValidPrefix(o.value(QStringLiteral("receiptPrefix")).toString()));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(o.value(QStringLiteral("token")).toString()).hasMatch());
    QCOMPARE(o.value(QStringLiteral("publicUrl")).toString(), QStringLiteral("https://hub.example"));

    const HttpReply again = m_hub.postJson(QStringLiteral("/api/v1/enrol"), body);
    QCOMPARE(again.status, 403);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("enrolment-refused"));
    const HttpReply unknown = m_hub.postJson(QStringLiteral("/api/v1/enrol"), {{QStringLiteral("code"), QStringLiteral("ABCD-EFGH-JKMN")}});
    QCOMPARE(unknown.status, 403);
    const HttpReply wrongType = m_hub.postJson(QStringLiteral("/api/v1/enrol"), {{QStringLiteral("code"), 12}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad-request"));
}

void tst_HubServer::refusalsAreJsonAndNeverCrash()
{
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    QVERIFY(!k.token.isEmpty());
    const QByteArray auth = "Bearer " + k.token.toLatin1();
    struct Case
    {
        const char *name;
        QByteArray method;
        QString path;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int status;
        const char *error;
    };
    const QByteArray json = "application/json";
    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(QJsonObject{});
    const QList<Case> cases{
            {"unknown path", "GET", QStringLiteral("/nowhere/at/all"), {}, {}, 404, "not-found"},
            {"unknown api path", "GET", QStringLiteral("/api/v1/kiosks"), {}, {}, 404, "not-found"},
            {"wrong method", "GET", QStringLiteral("/api/v1/records"), {}, {{"Authorization", auth}}, 405, "method-not-allowed"},
            {"no token", "POST", QStringLiteral("/api/v1/records"), "{\"records\":[]}", {{"Content-Type", json}}, 401, "unauthorized"},
            {"unknown token", "POST", QStringLiteral("/api/v1/records"), "{\"records\":[]}",
             {{"Content-Type", json}, {"Authorization", "Bearer " + QByteArray(64, 'a')}}, 401, "unauthorized"},
            {"text body", "POST", QStringLiteral("/api/v1/records"), "records", {{"Content-Type", "text/plain"}, {"Authorization", auth}},
             415, "unsupported-media-type"},
            {"latin-1 charset", "POST", QStringLiteral("/api/v1/enrol"), "{}", {{"Content-Type", "application/json; charset=latin1"}},
             415, "unsupported-media-type"},
            {"truncated json", "POST", QStringLiteral("/api/v1/records"), "{\"records\": [", {{"Content-Type", json}, {"Authorization", auth}},
             400, "bad-json"},
            {"bad utf-8", "POST", QStringLiteral("/api/v1/enrol"), "{\"code\": \"\xff\xfe\xc3\"}", {{"Content-Type", json}}, 400, "bad-json"},
            {"not an object", "POST", QStringLiteral("/api/v1/records"), "[1,2]", {{"Content-Type", json}, {"Authorization", auth}},
             400, "bad-json"},
            {"records not a list", "POST", QStringLiteral("/api/v1/records"), "{\"records\": {}}",
             {{"Content-Type", json}, {"Authorization", auth}}, 400, "bad-request"},
            {"deep nesting", "POST", QStringLiteral("/api/v1/records"), QByteArray(100000, '['),
             {{"Content-Type", json}, {"Authorization", auth}}, 400, "bad-json"},
            {"batch of 501", "POST", QStringLiteral("/api/v1/records"),
             QJsonDocument(QJsonObject{{QStringLiteral("records"), tooMany}}).toJson(), {{"Content-Type", json}, {"Authorization", auth}},
             400, "batch-too-large"},
            {"receipts without codes", "GET", QStringLiteral("/api/v1/receipts"), {}, {{"Authorization", auth}}, 400, "bad-parameter"},
            {"content without token", "GET", QStringLiteral("/api/v1/content"), {}, {}, 401, "unauthorized"},
    };
    for (const Case &c : cases) {
        const HttpReply r = m_hub.request(c.method, c.path, c.body, c.headers);
        QVERIFY2(r.status == c.status, qPrintable(QStringLiteral("%1: status %2, body %3")
                                                          .arg(QLatin1String(c.name)).arg(r.status).arg(QString::fromUtf8(r.body))));
        QVERIFY2(r.headers.value("content-type").startsWith("application/json"), c.name);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString() == QLatin1String(c.error), c.name);
        QVERIFY2(!r.json().value(QStringLiteral("message")).toString().isEmpty(), c.name);
    }
    QVERIFY(serverAlive());
}

void tst_HubServer::tooLargeBodyIs413()
{
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    QByteArray big = "{\"records\": [\"";
    big += QByteArray(16 * 1024 * 1024, 'x');
    big += "\"]}";
    const HttpReply r = m_hub.request("POST", QStringLiteral("/api/v1/records"), big,
                                      {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + k.token.toLatin1()}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("too-large"));
    QVERIFY(serverAlive());
}

void tst_HubServer::recordsExactlyOnceAndRevocation()
{
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    QVERIFY(!k.token.isEmpty());
    QJsonArray batch;
    for (int i = 0; i < 4; ++i)
        batch.append(HubTestRecords::record(k.kiosk, RecordFixture::kinds().at(i), i, quint32(i + 1)));
    QJsonObject invalid = HubTestRecords::record(k.kiosk, QStringLiteral("pledge.land"), 9, 9);
    QJsonObject payload = invalid.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("areaM2"), -3);
    invalid.insert(QStringLiteral("payload"), payload);
    batch.append(invalid);
    const QJsonObject body{{QStringLiteral("records"), batch}};
    const HttpReply first = m_hub.postJson(QStringLiteral("/api/v1/records"), body, k.token);
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(results.at(i).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("accepted"));
        QCOMPARE(results.at(i).toObject().value(QStringLiteral("id")), batch.at(i).toObject().value(QStringLiteral("id")));
    }
    QCOMPARE(results.at(4).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
    QVERIFY(results.at(4).toObject().value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("areaM2: ")));

    const HttpReply again = m_hub.postJson(QStringLiteral("/api/v1/records"), body, k.token);
    QCOMPARE(again.status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(again.json().value(QStringLiteral("results")).toArray().at(i).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("duplicate"));

    QCOMPARE(m_hub.cli({QStringLiteral("revoke"), k.kiosk.id}).exitCode, 0);
    const HttpReply revoked = m_hub.postJson(QStringLiteral("/api/v1/records"), body, k.token);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, {{"Authorization", "Bearer " + k.token.toLatin1()}}).status, 401);
}

void tst_HubServer::tokenCannotWriteAsAnotherKiosk()
{
    const HubClient::Kiosk a = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const HubClient::Kiosk b = m_hub.enrol(QStringLiteral("LE-CHAN"));
    QVERIFY(!a.token.isEmpty() && !b.token.isEmpty());
    QJsonObject wrongWard = HubTestRecords::record(a.kiosk, QStringLiteral("pledge.materials"), 2, 2);
    wrongWard.insert(QStringLiteral("ward"), b.kiosk.ward);
    const QJsonArray batch{HubTestRecords::record(b.kiosk, QStringLiteral("pledge.materials"), 1, 1), wrongWard,
                           HubTestRecords::record(a.kiosk, QStringLiteral("pledge.materials"), 3, 3, b.kiosk.receiptPrefix)};
    const HttpReply r = m_hub.postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), batch}}, a.token);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("kiosk-mismatch"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("ward-mismatch"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("prefix-mismatch"));
    for (const QJsonValue &v : results)
        QCOMPARE(v.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
}

void tst_HubServer::contentEtagAndImages()
{
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const QByteArray auth = "Bearer " + k.token.toLatin1();
    const HttpReply full = m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, {{"Authorization", auth}});
    QCOMPARE(full.status, 200);
    const QByteArray etag = full.headers.value("etag");
    QVERIFY2(QRegularExpression(QStringLiteral("^\"[0-9a-f]{64}\"$")).match(QString::fromLatin1(etag)).hasMatch(), etag.constData());
    const QJsonObject bundle = full.json();
    QCOMPARE(bundle.value(QStringLiteral("format")).toString(), QStringLiteral("civic-kiosk-content"));
    QCOMPARE(bundle.value(QStringLiteral("city")).toObject().value(QStringLiteral("publicUrl")).toString(),
             QStringLiteral("https://hub.example"));

    const HttpReply same = m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, {{"Authorization", auth}, {"If-None-Match", etag}});
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    const HttpReply other = m_hub.request("GET", QStringLiteral("/api/v1/content"), {},
                                          {{"Authorization", auth}, {"If-None-Match", "\"0000\""}});
    QCOMPARE(other.status, 200);
    QCOMPARE(other.headers.value("etag"), etag);

    // Every image the bundle names is served; nothing else is.
    const QString firstImage = bundle.value(QStringLiteral("projects")).toArray().at(0).toObject()
                                       .value(QStringLiteral("images")).toArray().at(0).toString();
    QVERIFY(firstImage.startsWith(QStringLiteral("images/")));
    const HttpReply image = m_hub.request("GET", QStringLiteral("/api/v1/content/") + firstImage);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.headers.value("content-type"), QByteArray("image/svg+xml"));
    for (const char *path : {"/api/v1/content/images/nope.svg", "/api/v1/content/images/..%2Fbundle.json",
                             "/api/v1/content/images/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/api/v1/content/images/",
                             "/api/v1/content/images/a/b.svg", "/api/v1/content/bundle.json"}) {
        const HttpReply r = m_hub.request("GET", QString::fromLatin1(path));
        QVERIFY2(r.status == 404, path);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString() == u"not-found", path);
    }

    // Publishing another bundle changes the ETag the kiosk sees.
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    const HubClient::Run published = m_hub.cli({QStringLiteral("publish"), dir.path()});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    const HttpReply changed = m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, {{"Authorization", auth}, {"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.headers.value("etag") != etag);
}

void tst_HubServer::receiptsOnlyOwnCodesWithStatus()
{
    const HubClient::Kiosk a = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const HubClient::Kiosk b = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const QJsonObject ra = HubTestRecords::record(a.kiosk, QStringLiteral("report.waste"), 1, 1);
    const QJsonObject rb = HubTestRecords::record(b.kiosk, QStringLiteral("report.waste"), 2, 1);
    QCOMPARE(m_hub.postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), QJsonArray{ra}}}, a.token).status, 200);
    QCOMPARE(m_hub.postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), QJsonArray{rb}}}, b.token).status, 200);
    const QString codeA = ra.value(QStringLiteral("receiptCode")).toString();
    const QString codeB = rb.value(QStringLiteral("receiptCode")).toString();
    const HubClient::Run set = m_hub.cli({QStringLiteral("set-status"), codeA, QStringLiteral("verified"), QStringLiteral("--note"),
                                          QStringLiteral("Đã kiểm tra tại chỗ")});
    QVERIFY2(set.exitCode == 0, set.err.constData());

    const HttpReply r = m_hub.request("GET", QStringLiteral("/api/v1/receipts?codes=%1,%2,ZZ-22222-2").arg(codeA, codeB), {},
                                      {{"Authorization", "Bearer " + a.token.toLatin1()}});
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json().value(QStringLiteral("receipts")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject s = list.first().toObject();
    QCOMPARE(s.value(QStringLiteral("code")).toString(), codeA);
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(s.value(QStringLiteral("note")).toString(), QStringLiteral("Đã kiểm tra tại chỗ"));
    QVERIFY(s.value(QStringLiteral("updatedAt")).toString().endsWith(u'Z'));

    QStringList many;
    for (quint32 i = 1; i <= 201; ++i)
        many.append(ReceiptCode::make(a.kiosk.receiptPrefix, i));
    const HttpReply tooMany = m_hub.request("GET", QStringLiteral("/api/v1/receipts?codes=") + many.join(u','), {},
                                            {{"Authorization", "Bearer " + a.token.toLatin1()}});
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad-parameter"));
}

void tst_HubServer::phonePageShowsNoPersonalData()
{
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const QJsonObject r = HubTestRecords::record(k.kiosk, QStringLiteral("pledge.land"), 0, 1);
    QCOMPARE(m_hub.postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), QJsonArray{r}}}, k.token).status, 200);
    const QString code = r.value(QStringLiteral("receiptCode")).toString();
    for (const QString &lang : {QString(), QStringLiteral("?lang=en")}) {
        const HttpReply page = m_hub.request("GET", QStringLiteral("/r/") + code + lang);
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(code));
        QVERIFY(!html.contains(QStringLiteral("Nguyễn Thị Hoa")));
        QVERIFY(!html.contains(QStringLiteral("0912345678")));
        QVERIFY(!html.contains(QStringLiteral("Tổ dân phố số 1")));
    }
    const HttpReply missing = m_hub.request("GET", QStringLiteral("/r/ZZ-22222-2"));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.headers.value("content-type").startsWith("text/html"));
    // Open311 is wired to the facade: its service list answers.
    const HttpReply services = m_hub.request("GET", QStringLiteral("/open311/v2/services.json"));
    QCOMPARE(services.status, 200);
    QVERIFY(QJsonDocument::fromJson(services.body).isArray());
}

void tst_HubServer::workPagesForPhones()
{
    // Pledges for HB-001: land and materials count, a rejected one does not, a report does not.
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    QJsonObject waste = HubTestRecords::record(k.kiosk, QStringLiteral("report.waste"), 4, 4);
    QJsonObject payload = waste.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("projectCode"), QStringLiteral("HB-001"));
    waste.insert(QStringLiteral("payload"), payload);
    const QJsonArray records{HubTestRecords::record(k.kiosk, QStringLiteral("pledge.land"), 1, 1),
                             HubTestRecords::record(k.kiosk, QStringLiteral("pledge.materials"), 2, 2),
                             HubTestRecords::record(k.kiosk, QStringLiteral("pledge.land"), 3, 3), waste};
    const HttpReply stored = m_hub.postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), records}}, k.token);
    QCOMPARE(stored.status, 200);
    for (const QJsonValue &r : stored.json().value(QStringLiteral("results")).toArray())
        QCOMPARE(r.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("accepted"));
    const HubClient::Run rejected = m_hub.cli({QStringLiteral("set-status"), records.at(2).toObject().value(QStringLiteral("receiptCode")).toString(),
                                               QStringLiteral("rejected")});
    QVERIFY2(rejected.exitCode == 0, rejected.err.constData());

    const HttpReply page = m_hub.request("GET", QStringLiteral("/p/HB-001"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(page.headers.value("content-security-policy").contains("img-src 'self'"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("<h1 class=\"title\">Cải tạo, nâng cấp đường Hoàng Văn Thụ</h1>")));
    QVERIFY2(html.contains(QStringLiteral("<strong>2 đăng ký đóng góp đã được thành phố tiếp nhận</strong>")), page.body.constData());
    QVERIFY(html.contains(QStringLiteral("Dữ liệu mẫu")));
    const HttpReply english = m_hub.request("GET", QStringLiteral("/p/hb-001?lang=en"));
    QCOMPARE(english.status, 200);
    QVERIFY(english.body.contains("<html lang=\"en\">"));
    QVERIFY(english.body.contains("2 pledges accepted by the city"));

    // Every picture on the page loads, without a token, as a phone would fetch it.
    const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
    int images = 0;
    for (auto it = img.globalMatch(html); it.hasNext(); ++images) {
        const HttpReply picture = m_hub.request("GET", it.next().captured(1));
        QCOMPARE(picture.status, 200);
        QVERIFY(picture.headers.value("content-type").startsWith("image/"));
    }
    QVERIFY(images >= 1);

    // Unknown works: a friendly page, never the hostile text unescaped.
    for (const char *path : {"/p/ZZ-999", "/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/p/HB-001%22%3E"}) {
        const HttpReply missing = m_hub.request("GET", QString::fromLatin1(path));
        QVERIFY2(missing.status == 404, path);
        QVERIFY2(missing.headers.value("content-type").startsWith("text/html"), path);
        QVERIFY2(!missing.body.contains("<script"), path);
        QVERIFY2(QString::fromUtf8(missing.body).contains(QStringLiteral("Không tìm thấy công trình này")), path);
    }
    QCOMPARE(m_hub.request("POST", QStringLiteral("/p/HB-001")).status, 405);

    // The list: 57 demo works, 50 a page, ward by ward; bad page numbers are brought in range.
    const HttpReply first = m_hub.request("GET", QStringLiteral("/p/"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.count("<li><a href=\"/p/"), 50);
    QVERIFY(first.body.contains("href=\"/p/?page=2\" rel=\"next\""));
    QVERIFY(first.body.contains("<h2>Phường Hồng Bàng</h2>"));
    const HttpReply second = m_hub.request("GET", QStringLiteral("/p/?page=2"));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body.count("<li><a href=\"/p/"), 7);
    QVERIFY(second.body.contains("Trang 2/2"));
    for (const char *query : {"?page=0", "?page=-1", "?page=abc", "?page=99999999999999999999", "?page=%3Cscript%3E",
                              "?page=3&lang=en"}) {
        const HttpReply clamped = m_hub.request("GET", QStringLiteral("/p/") + QString::fromLatin1(query));
        QVERIFY2(clamped.status == 200, query);
        QVERIFY2(!clamped.body.contains("<script"), query);
    }
    const HttpReply ward = m_hub.request("GET", QStringLiteral("/p/?ward=LE-CHAN"));
    QCOMPARE(ward.status, 200);
    QVERIFY(ward.body.contains("href=\"/p/LC-001\""));
    QVERIFY(!ward.body.contains("href=\"/p/HB-001\""));
    const HttpReply noWard = m_hub.request("GET", QStringLiteral("/p/?ward=%3Cb%3ENOWHERE"));
    QCOMPARE(noWard.status, 404);
    QVERIFY(noWard.headers.value("content-type").startsWith("text/html"));
    QVERIFY(!noWard.body.contains("<B>"));
    QCOMPARE(m_hub.request("GET", QStringLiteral("/p")).status, 200);
}

void tst_HubServer::open311AnswersMatchTheSchemas()
{
    using Open311Schema::Resource;
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    // From the kiosk: a report with a photo, and one the city resolved with a public note.
    const QJsonObject withPhoto = HubTestRecords::record(k.kiosk, QStringLiteral("report.waste"), 1, 1);
    const QJsonObject resolved = HubTestRecords::record(k.kiosk, QStringLiteral("report.waste"), 2, 2);
    QVERIFY(withPhoto.value(QStringLiteral("photo")).isString());
    QCOMPARE(m_hub.postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), QJsonArray{withPhoto, resolved}}}, k.token).status,
             200);
    const QString photoCode = withPhoto.value(QStringLiteral("receiptCode")).toString();
    const QString resolvedCode = resolved.value(QStringLiteral("receiptCode")).toString();
    const HubClient::Run set = m_hub.cli({QStringLiteral("set-status"), resolvedCode, QStringLiteral("resolved"), QStringLiteral("--note"),
                                          QStringLiteral("Đã thu dọn")});
    QVERIFY2(set.exitCode == 0, set.err.constData());

    // Through Open311: one at coordinates, in each format.
    const QByteArray form = "api_key=" + k.token.toLatin1() + "&service_code=delay&lat=20.8449&long=106.6881&description="
                            + QUrl::toPercentEncoding(QStringLiteral("Công trình dừng thi công đã sáu tháng nay"));
    const QList<std::pair<QByteArray, QByteArray>> formType{{"Content-Type", "application/x-www-form-urlencoded"}};
    QString openCode;
    for (const QString &ext : {QStringLiteral("json"), QStringLiteral("xml")}) {
        const HttpReply created = m_hub.request("POST", QStringLiteral("/open311/v2/requests.") + ext, form, formType);
        QCOMPARE(created.status, 200);
        const QStringList problems = ext == u"json" ? Open311Schema::checkJsonBody(Resource::Created, created.body)
                                                    : Open311Schema::checkXml(Resource::Created, created.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(created.body)));
        if (ext == u"json")
            openCode = QJsonDocument::fromJson(created.body).array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    }

    struct Case
    {
        QByteArray method;
        QString path;  // after /open311/v2/, without the format
        QByteArray body;
        int status;
        Resource kind;
    };
    const QList<Case> cases{
            {"GET", QStringLiteral("services"), {}, 200, Resource::Services},
            {"GET", QStringLiteral("services/delay"), {}, 200, Resource::ServiceDefinition},
            {"GET", QStringLiteral("requests"), {}, 200, Resource::Requests},
            {"GET", QStringLiteral("requests?status=closed&lang=en"), {}, 200, Resource::Requests},
            {"GET", QStringLiteral("requests/") + photoCode, {}, 200, Resource::Requests},
            {"GET", QStringLiteral("requests/") + resolvedCode, {}, 200, Resource::Requests},
            {"GET", QStringLiteral("requests/") + openCode, {}, 200, Resource::Requests},
            {"GET", QStringLiteral("requests/ZZ-22222-2"), {}, 404, Resource::Errors},
            {"GET", QStringLiteral("requests?start_date=yesterday"), {}, 400, Resource::Errors},
            {"POST", QStringLiteral("requests"), "api_key=00&service_code=delay&address_string=x", 403, Resource::Errors},
    };
    for (const Case &c : cases) {
        for (const QString &ext : {QStringLiteral("json"), QStringLiteral("xml")}) {
            QString path = QStringLiteral("/open311/v2/") + c.path;
            const qsizetype q = path.indexOf(u'?');
            path.insert(q < 0 ? path.size() : q, u'.' + ext);
            const HttpReply r = m_hub.request(c.method, path, c.body, c.method == "POST" ? formType : QList<std::pair<QByteArray, QByteArray>>());
            QCOMPARE(r.status, c.status);
            const QStringList problems = ext == u"json" ? Open311Schema::checkJsonBody(c.kind, r.body, c.status)
                                                        : Open311Schema::checkXml(c.kind, r.body, c.status);
            QVERIFY2(problems.isEmpty(), qPrintable(path + u'\n' + problems.join(u'\n') + u'\n' + QString::fromUtf8(r.body.left(3000))));
        }
    }

    const auto one = [this](const QString &code) {
        return QJsonDocument::fromJson(m_hub.request("GET", QStringLiteral("/open311/v2/requests/%1.json").arg(code)).body).array().at(0).toObject();
    };
    // The hub publishes no photo, so no media_url; the kiosk's time comes back as it wrote it.
    const QJsonObject photo = one(photoCode);
    QVERIFY(!photo.contains(QStringLiteral("media_url")));
    QVERIFY(!photo.contains(QStringLiteral("expected_datetime")));
    QCOMPARE(photo.value(QStringLiteral("requested_datetime")).toString(), withPhoto.value(QStringLiteral("createdAt")).toString());
    const QJsonObject closed = one(resolvedCode);
    QCOMPARE(closed.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(closed.value(QStringLiteral("status_notes")).toString(), QStringLiteral("Đã thu dọn"));
    QVERIFY(closed.value(QStringLiteral("updated_datetime")).toString().endsWith(u'Z'));
    const QJsonObject atPoint = one(openCode);
    QCOMPARE(atPoint.value(QStringLiteral("lat")), QJsonValue(20.8449));
    QCOMPARE(atPoint.value(QStringLiteral("long")), QJsonValue(106.6881));
    QVERIFY(!atPoint.contains(QStringLiteral("address")));
    QVERIFY(m_hub.request("GET", QStringLiteral("/open311/v2/requests/%1.xml").arg(openCode)).body.contains("<address/>"));
}

void tst_HubServer::adminCommands()
{
    const HubClient::Kiosk k = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const QJsonObject r = HubTestRecords::record(k.kiosk, QStringLiteral("pledge.land"), 0, 1);
    QCOMPARE(m_hub.postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), QJsonArray{r}}}, k.token).status, 200);

    const HubClient::Run kiosks = m_hub.cli({QStringLiteral("kiosks")});
    QCOMPARE(kiosks.exitCode, 0);
    const QStringList lines = QString::fromUtf8(kiosks.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ID ")));
    const QStringList row = lines.at(1).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(row.at(0), k.kiosk.id);
    QCOMPARE(row.at(1), QStringLiteral("HONG-BANG"));
    QCOMPARE(row.at(2), k.kiosk.receiptPrefix);
    QVERIFY(row.at(3).endsWith(u'Z')); // last seen
    QCOMPARE(row.at(4), QStringLiteral("1"));
    QCOMPARE(row.at(5), QStringLiteral("no"));

    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    const QString personal = dir.filePath(QStringLiteral("personal.csv"));
    QCOMPARE(m_hub.cli({QStringLiteral("export"), QStringLiteral("--csv"), plain}).exitCode, 0);
    QCOMPARE(m_hub.cli({QStringLiteral("export"), QStringLiteral("--csv"), personal, QStringLiteral("--with-personal")}).exitCode, 0);
    QFile p(plain), q(personal);
    QVERIFY(p.open(QIODevice::ReadOnly) && q.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = p.readAll(), personalBytes = q.readAll();
    QVERIFY(plainBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(personalBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(plainBytes.contains(r.value(QStringLiteral("receiptCode")).toString().toLatin1()));
    QVERIFY(!plainBytes.contains("0912345678"));
    QVERIFY(personalBytes.contains("0912345678"));
    QVERIFY(personalBytes.contains(QStringLiteral("Nguyễn Thị Hoa").toUtf8()));

    // Exit codes as --help documents them.
    const HubClient::Run help = m_hub.cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Exit codes:"));
    QCOMPARE(m_hub.cli({QStringLiteral("frobnicate")}).exitCode, 1);
    QCOMPARE(m_hub.cli({QStringLiteral("kiosks"), QStringLiteral("--ward"), QStringLiteral("X")}).exitCode, 1);
    QCOMPARE(m_hub.cli({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}).exitCode, 1);
    QCOMPARE(m_hub.cli({QStringLiteral("serve")}).exitCode, 1);
    QCOMPARE(m_hub.cli({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("NO-SUCH-WARD")}).exitCode, 3);
    QCOMPARE(m_hub.cli({QStringLiteral("revoke"), QStringLiteral("K9999")}).exitCode, 3);
    QCOMPARE(m_hub.cli({QStringLiteral("set-status"), QStringLiteral("ZZ-22222-2"), QStringLiteral("verified")}).exitCode, 3);
    QCOMPARE(m_hub.cli({QStringLiteral("set-status"), r.value(QStringLiteral("receiptCode")).toString(), QStringLiteral("done")}).exitCode, 3);
    QCOMPARE(m_hub.cli({QStringLiteral("publish"), dir.filePath(QStringLiteral("nothing"))}).exitCode, 3);
    QCOMPARE(m_hub.cli({QStringLiteral("export"), QStringLiteral("--csv"), dir.filePath(QStringLiteral("no/dir/x.csv"))}).exitCode, 4);
    QProcess badDb;
    badDb.start(HubClient::program(), {QStringLiteral("--db"), QStringLiteral("mysql://x"), QStringLiteral("kiosks")});
    QVERIFY(badDb.waitForFinished(10000));
    QCOMPARE(badDb.exitCode(), 2);
}

QTEST_GUILESS_MAIN(tst_HubServer)
#include "tst_hubserver.moc"
