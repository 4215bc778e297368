// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"
#include "hubtestsupport.h"
#include "receiptlookup.h"
#include "records/receiptcode.h"

#include <QJsonArray>
#include <QTest>

/** GET /api/v1/receipts/lookup on the real city-hub (SQLite and PostgreSQL): any kiosk's code
    answers its status and public history, never personal data; a bad check character is a
    400 in words, an unknown code a 404, a kiosk over its allowance a 429, a database that
    cannot answer a 503 (never a 404: the kiosk must not tell a resident the code is wrong). */
class tst_ReceiptLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void anyKiosksCodeWithHistory();
    void refusals();
    void brokenDatabaseIsNotNotFound();
    void ratePerKiosk();
    void allowanceIsPerMinute();
    void workPledgesOverHttp();

private:
    HttpReply lookup(const QString &token, const QString &code);

    std::unique_ptr<HubTestLocation> m_location;
    HubClient m_hub;
};

void tst_ReceiptLookup::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_ReceiptLookup::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_hub.setDatabase(m_location->location());
    QVERIFY(m_hub.start({QStringLiteral("--public-url"), QStringLiteral("https://hub.example")}));
}

void tst_ReceiptLookup::cleanup()
{
    const bool clean = m_hub.stop();
    m_location.reset();
    QVERIFY(clean);
}

HttpReply tst_ReceiptLookup::lookup(const QString &token, const QString &code)
{
    return m_hub.request("GET", QStringLiteral("/api/v1/receipts/lookup?code=") + QString::fromLatin1(QUrl::toPercentEncoding(code)),
                         {}, token.isEmpty() ? HttpHeaders{} : HttpHeaders{{"Authorization", "Bearer " + token.toLatin1()}});
}

void tst_ReceiptLookup::anyKiosksCodeWithHistory()
{
    const HubClient::Kiosk a = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const HubClient::Kiosk b = m_hub.enrol(QStringLiteral("LE-CHAN"), QStringLiteral("Sảnh 2"));
    QVERIFY(!a.token.isEmpty() && !b.token.isEmpty());
    const QJsonObject r = HubTestRecords::record(a.kiosk, QStringLiteral("pledge.land"), 3, 7);
    QCOMPARE(m_hub.deliver(a.token, {r}).status, 200);
    const QString code = r.value(QStringLiteral("receiptCode")).toString();
    const HubClient::Run set = m_hub.cli({QStringLiteral("set-status"), code, QStringLiteral("verified"), QStringLiteral("--note"),
                                          QStringLiteral("Cán bộ đã đo đạc, đúng 13,5 m²")});
    QVERIFY2(set.exitCode == 0, set.err.constData());

    // Kiosk B, another ward, looks up kiosk A's code, typed in lower case without dashes.
    QString typed = code;
    typed.remove(u'-');
    const HttpReply reply = lookup(b.token, typed.toLower());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
    const QJsonObject o = reply.json();
    QCOMPARE(o.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("pledge.land"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(o.value(QStringLiteral("work")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("HB-001"));
    const QJsonArray history = o.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("reply")).toString(), QStringLiteral("Cán bộ đã đo đạc, đúng 13,5 m²"));
    QVERIFY(history.at(1).toObject().value(QStringLiteral("at")).toString().endsWith(u'Z'));

    // Nothing personal, nothing the resident wrote: not the name, phone, group, address, plot.
    const QString text = reply.text();
    const QJsonObject personal = r.value(QStringLiteral("personal")).toObject();
    QVERIFY(!personal.isEmpty());
    for (auto it = personal.constBegin(); it != personal.constEnd(); ++it)
        if (it.value().isString() && it.value().toString().size() > 3)
            QVERIFY2(!text.contains(it.value().toString()), qPrintable(it.key()));
    QVERIFY(!text.contains(QStringLiteral("Hạ Lý")));
    QVERIFY(!text.contains(QStringLiteral("plotNo")));
    QVERIFY(!text.contains(QStringLiteral("address")));
}

void tst_ReceiptLookup::refusals()
{
    const HubClient::Kiosk a = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const QString unknown = ReceiptCode::make(QStringLiteral("ZZ"), 12345);
    struct Case { const char *name; QString token; QString code; int status; const char *error; };
    QString wrongCheck = unknown;
    wrongCheck[wrongCheck.size() - 1] = wrongCheck.back() == u'2' ? u'3' : u'2';
    const QList<Case> cases{
            {"no token", {}, unknown, 401, "unauthorized"},
            {"unknown code", a.token, unknown, 404, "not-found"},
            {"wrong check character", a.token, wrongCheck, 400, "bad-parameter"},
            {"a zero", a.token, QStringLiteral("HB-0K7PQ-M"), 400, "bad-parameter"},
            {"hostile text", a.token, QStringLiteral("<script>alert(1)</script>"), 400, "bad-parameter"},
    };
    for (const Case &c : cases) {
        const HttpReply r = lookup(c.token, c.code);
        QVERIFY2(r.status == c.status, qPrintable(QStringLiteral("%1: %2 %3").arg(QLatin1String(c.name)).arg(r.status).arg(r.text())));
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QLatin1String(c.error));
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!r.text().contains(QStringLiteral("<script>")));
    }
    const HttpReply missing = m_hub.request("GET", QStringLiteral("/api/v1/receipts/lookup"), {},
                                            {{"Authorization", "Bearer " + a.token.toLatin1()}});
    QCOMPARE(missing.status, 400);
    const HttpReply post = m_hub.request("POST", QStringLiteral("/api/v1/receipts/lookup?code=") + unknown, {},
                                         {{"Authorization", "Bearer " + a.token.toLatin1()}});
    QCOMPARE(post.status, 405);
}

void tst_ReceiptLookup::brokenDatabaseIsNotNotFound()
{
    const HubClient::Kiosk a = m_hub.enrol(QStringLiteral("HONG-BANG"));
    QVERIFY(!a.token.isEmpty());
    const QJsonObject r = HubTestRecords::record(a.kiosk, QStringLiteral("pledge.land"), 1, 3);
    QCOMPARE(m_hub.deliver(a.token, {r}).status, 200);
    const QString code = r.value(QStringLiteral("receiptCode")).toString();
    QCOMPARE(lookup(a.token, code).status, 200);

    // The records' table out of reach while the hub runs (kiosks and tokens still answer).
    QVERIFY(m_location->exec(QStringLiteral("ALTER TABLE records RENAME TO records_away")));
    for (const QString &asked : {code, ReceiptCode::make(QStringLiteral("ZZ"), 12345)}) {
        const HttpReply down = lookup(a.token, asked);
        QVERIFY2(down.status == 503, qPrintable(QStringLiteral("%1 %2").arg(down.status).arg(down.text())));
        QCOMPARE(down.json().value(QStringLiteral("error")).toString(), QStringLiteral("storage-unavailable"));
        QVERIFY(!down.json().value(QStringLiteral("message")).toString().isEmpty());
    }
    QVERIFY(m_location->exec(QStringLiteral("ALTER TABLE records_away RENAME TO records")));
    QCOMPARE(lookup(a.token, code).status, 200);
    QCOMPARE(lookup(a.token, ReceiptCode::make(QStringLiteral("ZZ"), 12345)).status, 404);
}

void tst_ReceiptLookup::ratePerKiosk()
{
    const HubClient::Kiosk a = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const HubClient::Kiosk b = m_hub.enrol(QStringLiteral("HONG-BANG"), QStringLiteral("Sảnh 2"));
    const QString unknown = ReceiptCode::make(QStringLiteral("ZZ"), 1);
    // A minute boundary in the middle would reset the count and spoil the figures: start fresh.
    while (QTime::currentTime().second() > 50)
        QTest::qWait(1000);
    int notFound = 0;
    for (int i = 0; i < ReceiptLookup::MaxPerMinute; ++i)
        notFound += lookup(a.token, unknown).status == 404;
    QCOMPARE(notFound, ReceiptLookup::MaxPerMinute);
    const HttpReply over = lookup(a.token, unknown);
    QCOMPARE(over.status, 429);
    QCOMPARE(over.json().value(QStringLiteral("error")).toString(), QStringLiteral("too-many-requests"));
    QCOMPARE(lookup(b.token, unknown).status, 404);  // another kiosk has its own allowance
}

void tst_ReceiptLookup::allowanceIsPerMinute()
{
    ReceiptLookup limiter;
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00Z"), Qt::ISODate);
    for (int i = 0; i < ReceiptLookup::MaxPerMinute; ++i)
        QVERIFY(limiter.allow(QStringLiteral("K0001"), t0.addSecs(i)));
    QVERIFY(!limiter.allow(QStringLiteral("K0001"), t0.addSecs(59)));
    QVERIFY(limiter.allow(QStringLiteral("K0002"), t0.addSecs(59)));
    QVERIFY(limiter.allow(QStringLiteral("K0001"), t0.addSecs(60)));
}

void tst_ReceiptLookup::workPledgesOverHttp()
{
    const HubClient::Kiosk a = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const QJsonObject land = HubTestRecords::record(a.kiosk, QStringLiteral("pledge.land"), 0, 1);
    const QJsonObject cement = HubTestRecords::record(a.kiosk, QStringLiteral("pledge.materials"), 1, 2);
    QCOMPARE(m_hub.deliver(a.token, {land, cement}).status, 200);
    const HttpHeaders auth{{"Authorization", "Bearer " + a.token.toLatin1()}};
    const HttpReply r = m_hub.request("GET", QStringLiteral("/api/v1/works/pledges?code=hb-001"), {}, auth);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("HB-001"));
    QCOMPARE(o.value(QStringLiteral("pledges")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("landM2")).toDouble(), 0.0);  // nothing verified yet
    QCOMPARE(o.value(QStringLiteral("materialDeliveries")).toInt(), 0);
    QVERIFY(!r.text().contains(land.value(QStringLiteral("receiptCode")).toString()));
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/works/pledges?code=ZZ-999"), {}, auth).status, 404);
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/works/pledges?code=%3Cb%3E"), {}, auth).status, 400);
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/works/pledges?code=HB-001")).status, 401);
}

QTEST_GUILESS_MAIN(tst_ReceiptLookup)
#include "tst_receiptlookup.moc"
