// SPDX-License-Identifier: GPL-3.0-or-later
// The movement board over HTTP on the real city-hub (127.0.0.1, port 0), SQLite and
// PostgreSQL: /api/v1/board for kiosks only, with its own ETag (a status change renews it, not
// the content's); /thi-dua for phones in both languages, nothing typed echoed; /staff/board for
// officers only; `city-hub board` prints the month.
#include "hubclient.h"
#include "hubtestsupport.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

class tst_BoardHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { HubTestLocation::addDialectRows(); }
    void init();
    void cleanup();
    void apiForKiosksWithItsOwnEtag();
    void publicPageInBothLanguages();
    void staffPageForOfficersOnly();
    void commandPrintsTheMonth();

private:
    std::unique_ptr<HubTestLocation> m_location;
    HubClient m_hub;
};

void tst_BoardHttp::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_hub.setDatabase(m_location->location());
    QVERIFY(m_hub.start());
    QVERIFY(m_hub.addAccount(QStringLiteral("city.a"), QStringLiteral("city"), {}, QStringLiteral("Cán bộ A")));
    QVERIFY(m_hub.addAccount(QStringLiteral("admin"), QStringLiteral("admin")));
}

void tst_BoardHttp::cleanup()
{
    m_hub.stop();
    m_location.reset();
}

void tst_BoardHttp::apiForKiosksWithItsOwnEtag()
{
    const HubClient::Kiosk kiosk = m_hub.enrol(QStringLiteral("LE-CHAN"));
    QVERIFY(!kiosk.token.isEmpty());
    const HttpHeaders auth{{"Authorization", "Bearer " + kiosk.token.toLatin1()}};
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/board")).status, 401);
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/board"), {}, {{"Authorization", "Bearer nope"}}).status, 401);
    QCOMPARE(m_hub.request("POST", QStringLiteral("/api/v1/board"), "{}", auth).status, 405);

    const QJsonObject report = HubTestRecords::record(kiosk.kiosk, QStringLiteral("report.waste"), 0, 1);
    QCOMPARE(m_hub.deliver(kiosk.token, {report}).status, 200);
    const HttpReply first = m_hub.request("GET", QStringLiteral("/api/v1/board"), {}, auth);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && !etag.startsWith("W/"));
    const QJsonObject body = first.json();
    QCOMPARE(body.value(QStringLiteral("ward")).toString(), QStringLiteral("LE-CHAN"));
    const QJsonArray months = body.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 13);
    QCOMPARE(months.last().toObject().value(QStringLiteral("month")).toString(),
             body.value(QStringLiteral("currentMonth")).toString());
    QVERIFY(months.last().toObject().value(QStringLiteral("provisional")).toBool());
    QCOMPARE(body.value(QStringLiteral("waste")).toObject().value(QStringLiteral("byStatus")).toObject()
                     .value(QStringLiteral("received")).toInt(), 1);

    HttpHeaders again = auth;
    again.append({"If-None-Match", etag});
    const HttpReply same = m_hub.request("GET", QStringLiteral("/api/v1/board"), {}, again);
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.headers.value("etag"), etag);

    const HttpReply content = m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth);
    QCOMPARE(content.status, 200);
    const QByteArray contentEtag = content.headers.value("etag");
    QVERIFY(contentEtag != etag);

    // A status change: a new board, the same content.
    const QString code = report.value(QStringLiteral("receiptCode")).toString();
    QCOMPARE(m_hub.cli({QStringLiteral("set-status"), code, QStringLiteral("resolved"), QStringLiteral("--note"),
                        QStringLiteral("Đã xử lý")}).exitCode, 0);
    const HttpReply changed = m_hub.request("GET", QStringLiteral("/api/v1/board"), {}, again);
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.headers.value("etag") != etag);
    QCOMPARE(changed.json().value(QStringLiteral("waste")).toObject().value(QStringLiteral("resolved")).toInt(), 1);
    HttpHeaders contentAgain = auth;
    contentAgain.append({"If-None-Match", contentEtag});
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, contentAgain).status, 304);
}

void tst_BoardHttp::publicPageInBothLanguages()
{
    const HttpReply vi = m_hub.request("GET", QStringLiteral("/thi-dua"));
    QCOMPARE(vi.status, 200);
    QVERIFY(vi.headers.value("content-type").startsWith("text/html"));
    QVERIFY(vi.headers.value("content-security-policy").contains("default-src 'none'"));
    const QString v = vi.text();
    QVERIFY(v.contains(QStringLiteral("<html lang=\"vi\">")));
    QVERIFY(v.contains(QStringLiteral("Bảng thi đua")));
    QVERIFY(v.contains(QStringLiteral("Cách tính")));
    QVERIFY(v.contains(QStringLiteral("Tạm tính")));
    QVERIFY(v.contains(QStringLiteral("Phường")));
    QVERIFY(v.contains(QStringLiteral("dựa trên 0 hồ sơ")));
    QVERIFY(v.contains(QStringLiteral("Chưa xếp hạng")));
    QVERIFY(v.contains(QStringLiteral("lang=en")));

    const HttpReply en = m_hub.request("GET", QStringLiteral("/thi-dua?lang=en"));
    QCOMPARE(en.status, 200);
    const QString e = en.text();
    QVERIFY(e.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(e.contains(QStringLiteral("Movement board")));
    QVERIFY(e.contains(QStringLiteral("How it is computed")));
    QVERIFY(e.contains(QStringLiteral("per 1,000 residents")));
    QVERIFY(e.contains(QStringLiteral("Tiếng Việt")));

    // Whatever is typed for the month is never shown: a month that is not one is this month.
    const HttpReply hostile = m_hub.request("GET", QStringLiteral("/thi-dua?month=%3Cscript%3Ealert(1)%3C/script%3E&lang=%22%3E%3Cb%3E"));
    QCOMPARE(hostile.status, 200);
    QVERIFY(!hostile.text().contains(QStringLiteral("<script>")));
    QVERIFY(!hostile.text().contains(QStringLiteral("alert(1)")));
    QVERIFY(!hostile.text().contains(QStringLiteral("\"><b>")));
    QVERIFY(hostile.text().contains(QStringLiteral("Tạm tính")));
    const HttpReply future = m_hub.request("GET", QStringLiteral("/thi-dua?month=2999-12"));
    QCOMPARE(future.status, 200);
    QVERIFY(!future.text().contains(QStringLiteral("12/2999")));
    const HttpReply old = m_hub.request("GET", QStringLiteral("/thi-dua?month=2025-01"));
    QVERIFY(old.text().contains(QStringLiteral("Tháng 1/2025")));
    QVERIFY(old.text().contains(QStringLiteral("Tháng sau")));
}

void tst_BoardHttp::staffPageForOfficersOnly()
{
    const HttpReply anonymous = m_hub.request("GET", QStringLiteral("/staff/board"));
    QCOMPARE(anonymous.status, 303);
    QVERIFY(anonymous.headers.value("location").startsWith("/staff/login"));
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"));
    QVERIFY(admin.isValid());
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/board")).status, 403);
    QVERIFY(!m_hub.get(admin, QStringLiteral("/staff/inbox")).text().contains(QStringLiteral("href=\"/staff/board\"")));
    const StaffSession city = m_hub.signIn(QStringLiteral("city.a"));
    QVERIFY(city.isValid());
    const HttpReply page = m_hub.get(city, QStringLiteral("/staff/board"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QStringLiteral("href=\"/staff/board\"")));  // the nav entry
    QVERIFY(page.text().contains(QStringLiteral("Bảng thi đua")));
    QVERIFY(page.text().contains(QStringLiteral("Đất đã bàn giao")));
    const HttpReply bad = m_hub.get(city, QStringLiteral("/staff/board?month=%3Cb%3Ex"));
    QCOMPARE(bad.status, 200);
    QVERIFY(bad.text().contains(QStringLiteral("Tháng không hợp lệ")));
    QVERIFY(!bad.text().contains(QStringLiteral("<b>x")));
    const HttpReply en = m_hub.get(city.inLanguage(QStringLiteral("en")), QStringLiteral("/staff/board"));
    QVERIFY(en.text().contains(QStringLiteral("Movement board")));
    QVERIFY(en.text().contains(QStringLiteral("Land handed over")));
}

void tst_BoardHttp::commandPrintsTheMonth()
{
    const HubClient::Run run = m_hub.cli({QStringLiteral("board"), QStringLiteral("--month"), QStringLiteral("2026-02"),
                                          QStringLiteral("--ward"), QStringLiteral("LE-CHAN")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.startsWith(QStringLiteral("board 2026-02: ")));
    QVERIFY(out.contains(QStringLiteral("phuong · Land handed over (m² per 1,000 residents)")));
    QVERIFY(out.contains(QStringLiteral("LE-CHAN")));
    QVERIFY(!out.contains(QStringLiteral("HONG-BANG")));
    // The demo content gives every ward its population; with no records yet, none is placed.
    QVERIFY(out.contains(QStringLiteral("not placed: few-records")));
    QVERIFY(!out.contains(QStringLiteral("no-population")));
    QCOMPARE(m_hub.cli({QStringLiteral("board"), QStringLiteral("--month"), QStringLiteral("2026-2")}).exitCode, 1);
    QCOMPARE(m_hub.cli({QStringLiteral("board"), QStringLiteral("--ward"), QStringLiteral("NOWHERE")}).exitCode, 3);
}

QTEST_GUILESS_MAIN(tst_BoardHttp)
#include "tst_boardhttp.moc"
