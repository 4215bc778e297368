// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "staff/worksinput.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/** The back-office's works, kiosks and pledge handovers on the real city-hub (127.0.0.1,
    port 0), on SQLite and PostgreSQL: a handover verified by a second city officer and the
    board's totals; no one verifies their own; a work's figures published as a new content
    version kiosks pull and /p/ shows; the versions kiosks report; an enrolment code whose QR
    decodes to it; revocation; another ward's pages are 404; CSRF; hostile input. */
class tst_StaffWorks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moneyDatesAndQuantities_data();
    void moneyDatesAndQuantities();

    void initTestCase_data();
    void init();
    void cleanup();
    void handoverVerifiedBySecondOfficer();
    void materialsHandoverInWords();
    void workFiguresPublishedToKiosks();
    void kioskVersionsEnrolCodeAndRevoke();

private:
    QString sqlValue(const QString &sql) const { return m_location->scalar(sql).toString(); }

    std::unique_ptr<HubTestLocation> m_location;
    HubClient m_hub;
};

void tst_StaffWorks::moneyDatesAndQuantities_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("money");  // -1: refused
    QTest::newRow("grouped vi") << "1.250.000" << qint64(1250000);
    QTest::newRow("plain") << "1250000" << qint64(1250000);
    QTest::newRow("spaces and đ") << "1 250 000 đ" << qint64(1250000);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("decimal") << "12,5" << qint64(-1);
    QTest::newRow("mixed separators") << "1.250,000" << qint64(-1);
    QTest::newRow("bad grouping") << "1.25.000" << qint64(-1);
    QTest::newRow("sql") << "1; DROP TABLE records" << qint64(-1);
}

void tst_StaffWorks::moneyDatesAndQuantities()
{
    QFETCH(QString, typed);
    QFETCH(qint64, money);
    const std::optional<qint64> v = WorksInput::money(typed);
    QCOMPARE(v.value_or(-1), money);
    if (QTest::currentDataTag() == QByteArray("plain")) {
        QCOMPARE(WorksInput::date(QStringLiteral("05/03/2026")).value(), QDate(2026, 3, 5));
        QCOMPARE(WorksInput::date(QStringLiteral("2026-03-05")).value(), QDate(2026, 3, 5));
        QVERIFY(!WorksInput::date(QStringLiteral("31/02/2026")));
        QVERIFY(!WorksInput::date(QStringLiteral("2026/03/05")));
        QVERIFY(!WorksInput::date(QString()).value().isValid());
        QCOMPARE(WorksInput::quantity(QStringLiteral("12,5")).value(), 12.5);
        QCOMPARE(WorksInput::quantity(QStringLiteral("1.200")).value(), 1200.0);
        QCOMPARE(WorksInput::quantity(QStringLiteral("12.5")).value(), 12.5);
        QVERIFY(!WorksInput::quantity(QStringLiteral("0")));
        QVERIFY(!WorksInput::quantity(QStringLiteral("abc")));
        QCOMPARE(WorksInput::moneyField(86500000000), QStringLiteral("86.500.000.000"));
    }
}

void tst_StaffWorks::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_StaffWorks::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "moneyDatesAndQuantities")
        return;
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_hub.setDatabase(m_location->location());
    QVERIFY(m_hub.start({QStringLiteral("--public-url"), QStringLiteral("https://hub.example")}));
    auto addUser = [this](const QString &login, const QString &role, const QString &ward = {}) {
        return m_hub.addAccount(login, role, ward, QStringLiteral("Cán bộ ") + login);
    };
    QVERIFY(addUser(QStringLiteral("ward.lc"), QStringLiteral("ward"), QStringLiteral("LE-CHAN")));
    QVERIFY(addUser(QStringLiteral("ward.hb"), QStringLiteral("ward"), QStringLiteral("HONG-BANG")));
    QVERIFY(addUser(QStringLiteral("city.a"), QStringLiteral("city")));
    QVERIFY(addUser(QStringLiteral("city.b"), QStringLiteral("city")));
    QVERIFY(addUser(QStringLiteral("admin"), QStringLiteral("admin")));
}

void tst_StaffWorks::cleanup()
{
    m_hub.stop();
    m_location.reset();
}

void tst_StaffWorks::handoverVerifiedBySecondOfficer()
{
    const HubClient::Kiosk kiosk = m_hub.enrol(QStringLiteral("LE-CHAN"));
    QVERIFY(!kiosk.token.isEmpty());
    const QJsonObject record = HubTestRecords::record(kiosk.kiosk, QStringLiteral("pledge.land"), 0, 1);
    const QString code = record.value(QStringLiteral("receiptCode")).toString();
    QCOMPARE(m_hub.deliver(kiosk.token, {record}).status, 200);
    const QString page = QStringLiteral("/staff/records/%1/handover").arg(code);

    const StaffSession other = m_hub.signIn(QStringLiteral("ward.hb"));
    QVERIFY(!other.csrf.isEmpty());
    QCOMPARE(m_hub.get(other, page).status, 404);  // another ward's record, by URL
    QCOMPARE(m_hub.post(other, page, {{QStringLiteral("step"), QStringLiteral("contact")}}).status, 404);

    const StaffSession ward = m_hub.signIn(QStringLiteral("ward.lc"));
    HttpReply r = m_hub.get(ward, page);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(code));
    QCOMPARE(m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("contact")}}, false).status, 403);  // no CSRF
    QCOMPARE(m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("contact")}}).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("contacted"));

    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    // Hostile text is kept as text and shown escaped; a 10,000-character note is a 400.
    const QString hostile = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>\u202E' OR 1=1; --");
    r = m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("12,5")},
                                {QStringLiteral("date"), today}, {QStringLiteral("document"), hostile},
                                {QStringLiteral("note"), QString(10000, u'x')}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    r = m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("-3")},
                                {QStringLiteral("date"), QStringLiteral("99/99/2026")}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("Số lượng phải là số dương")));
    QCOMPARE(m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("12,5")},
                                     {QStringLiteral("date"), today}, {QStringLiteral("document"), hostile}})
                           .status,
             303);
    r = m_hub.get(ward, page);
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(!r.text().contains(QStringLiteral("<img src=x")));
    QVERIFY(r.text().contains(QStringLiteral("&lt;script&gt;")));
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("handed_over"));
    // A ward officer is not the second pair of eyes.
    QCOMPARE(m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 403);

    const StaffSession cityA = m_hub.signIn(QStringLiteral("city.a"));
    QCOMPARE(m_hub.post(cityA, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("7")},
                                      {QStringLiteral("date"), today}, {QStringLiteral("document"), QStringLiteral("BB-02")}})
                           .status,
             303);
    // City officer A verifies the ward's handover, never their own.
    QCOMPARE(m_hub.post(cityA, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 303);
    QCOMPARE(m_hub.post(cityA, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 403);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by IS NULL")), QStringLiteral("1"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("handed_over"));

    const StaffSession cityB = m_hub.signIn(QStringLiteral("city.b"));
    QCOMPARE(m_hub.post(cityB, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by IS NULL")), QStringLiteral("0"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by = entered_by")), QStringLiteral("0"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("verified"));
    QCOMPARE(m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("thank")}}).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("thanked"));
    QCOMPARE(m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("thank")}}).status, 409);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'handover.add' AND target = '%1'").arg(code)),
             QStringLiteral("2"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'handover.verify'")), QStringLiteral("2"));
    // The audit log names fields, never what was typed.
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%script%' OR fields LIKE '%script%'")),
             QStringLiteral("0"));

    // The board's totals: verified handovers only, per ward and month.
    HubDatabase db;
    QVERIFY(db.open(m_location->location()));
    HubStore store(db);
    const auto totals = store.handovers().verifiedTotals(QStringLiteral("LE-CHAN"));
    QVERIFY(totals);
    QCOMPARE(totals->size(), 1);
    QCOMPARE(totals->first().month, QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
    QCOMPARE(totals->first().landM2, 19.5);
    QCOMPARE(totals->first().labourDays, 0.0);
    QCOMPARE(totals->first().pledgesHandedOver, 1);
    QVERIFY(store.handovers().verifiedTotals(QStringLiteral("HONG-BANG"))->isEmpty());
}

// A materials pledge is worded as the receipt and the phone page word it ("Xi măng 2 bao"),
// never by its keys; a handover picks the material and unit from lists and keeps the keys.
void tst_StaffWorks::materialsHandoverInWords()
{
    const HubClient::Kiosk kiosk = m_hub.enrol(QStringLiteral("LE-CHAN"));
    const QJsonObject record = HubTestRecords::record(kiosk.kiosk, QStringLiteral("pledge.materials"), 1, 1);
    const QString code = record.value(QStringLiteral("receiptCode")).toString();
    QCOMPARE(m_hub.deliver(kiosk.token, {record}).status, 200);
    const QString page = QStringLiteral("/staff/records/%1/handover").arg(code);
    const StaffSession ward = m_hub.signIn(QStringLiteral("ward.lc"));
    HttpReply r = m_hub.get(ward, page);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.text().contains(QStringLiteral("Xi măng 2 bao")), qPrintable(r.text()));
    QVERIFY(r.text().contains(QStringLiteral("Cát 1,5 m³")));
    QVERIFY(r.text().contains(QStringLiteral("<option value=\"cement\" selected>Xi măng</option>")));
    QVERIFY(r.text().contains(QStringLiteral("<option value=\"bao\" selected>bao</option>")));
    QVERIFY(!r.text().contains(QStringLiteral(">cement")));
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    // Words typed instead of a choice are refused, so the board's sums stay by key.
    r = m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("2")},
                          {QStringLiteral("item"), QStringLiteral("Xi măng")}, {QStringLiteral("unit"), QStringLiteral("bao")},
                          {QStringLiteral("date"), today}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("Hãy chọn vật liệu và đơn vị trong danh sách.")));
    QCOMPARE(m_hub.post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("2")},
                               {QStringLiteral("item"), QStringLiteral("cement")}, {QStringLiteral("unit"), QStringLiteral("bao")},
                               {QStringLiteral("date"), today}, {QStringLiteral("document"), QStringLiteral("BB-07")}})
                     .status,
             303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT item || '|' || unit FROM handovers")), QStringLiteral("cement|bao"));
    r = m_hub.get(ward, page);
    QVERIFY(r.text().contains(QStringLiteral("Xi măng 2 bao · Đã bàn giao 2 / 2 bao (đủ)")));
    QVERIFY(!r.text().contains(QStringLiteral(">cement")));
    // In English: the same vocabulary's words.
    r = m_hub.get(ward.inLanguage(QStringLiteral("en")), page);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("Cement 2 bags · Handed over 2 of 2 bags (in full)")));
    QVERIFY(r.text().contains(QStringLiteral("Sand 1.5 m³")));
    QVERIFY(r.text().contains(QStringLiteral("<td data-label=\"Material\">Cement</td>")));
    QVERIFY(!r.text().contains(QStringLiteral(">cement")));
}

void tst_StaffWorks::workFiguresPublishedToKiosks()
{
    const QString token = m_hub.enrol(QStringLiteral("LE-CHAN")).token;
    const HttpHeaders auth{{"Authorization", "Bearer " + token.toLatin1()}};
    const HttpReply before = m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth);
    QCOMPARE(before.status, 200);
    const QByteArray etag = before.headers.value("etag");
    QVERIFY(!etag.isEmpty());

    const StaffSession other = m_hub.signIn(QStringLiteral("ward.hb"));
    QCOMPARE(m_hub.get(other, QStringLiteral("/staff/works/LC-001")).status, 404);
    QCOMPARE(m_hub.get(other, QStringLiteral("/staff/works?ward=LE-CHAN")).status, 404);
    HttpReply r = m_hub.get(other, QStringLiteral("/staff/works"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("HB-001")));
    QVERIFY(!r.text().contains(QStringLiteral("LC-001")));

    const StaffSession ward = m_hub.signIn(QStringLiteral("ward.lc"));
    QCOMPARE(m_hub.get(ward, QStringLiteral("/staff/works/LC-001")).status, 200);
    const FormFields figures{
            {QStringLiteral("on_date"), QStringLiteral("01/11/2026")}, {QStringLiteral("stage"), QStringLiteral("in_progress")},
            {QStringLiteral("progress"), QStringLiteral("77")},          {QStringLiteral("disbursed"), QStringLiteral("1.250.000")},
            {QStringLiteral("budget"), QStringLiteral("99000000000")},    {QStringLiteral("start"), QStringLiteral("2025-09-15")},
            {QStringLiteral("planned_end"), QStringLiteral("31/03/2027")}, {QStringLiteral("actual_end"), QString()}};
    QCOMPARE(m_hub.post(ward, QStringLiteral("/staff/works/LC-001"), figures).status, 403);  // city officers only

    const StaffSession city = m_hub.signIn(QStringLiteral("city.a"));
    auto with = [&figures](const QString &key, const QString &value) {
        auto f = figures;
        for (auto &[k, v] : f)
            if (k == key)
                v = value;
        return f;
    };
    r = m_hub.post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("progress"), QStringLiteral("101")));
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("Tiến độ phải là số nguyên từ 0 đến 100.")));
    r = m_hub.post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("actual_end"), QStringLiteral("01/01/2020")));
    QCOMPARE(r.status, 400);
    r = m_hub.post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("disbursed"), QStringLiteral("\"><script>alert(1)</script>")));
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(r.text().contains(QStringLiteral("&lt;script&gt;")));
    r = m_hub.post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("stage"), QString(10000, u'x')));
    QCOMPARE(r.status, 400);
    QCOMPARE(m_hub.post(city, QStringLiteral("/staff/works/LC-001"), figures, false).status, 403);  // no CSRF
    QCOMPARE(m_hub.post(city, QStringLiteral("/staff/works/LC-001"), figures).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM work_history WHERE published_at IS NULL")), QStringLiteral("1"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT disbursed FROM work_history")).toDouble(), 1250000.0);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'work.figures' AND target = 'work:LC-001'")),
             QStringLiteral("1"));
    // Not yet published: kiosks still get the old version.
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth + HttpHeaders{{"If-None-Match", etag}}).status, 304);

    QCOMPARE(m_hub.post(ward, QStringLiteral("/staff/works/publish"), {}).status, 403);
    r = m_hub.post(city, QStringLiteral("/staff/works/publish"), {});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/works?published=1"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM work_history WHERE published_at IS NULL")), QStringLiteral("0"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'content.publish-works'")), QStringLiteral("1"));

    const HttpReply after = m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth + HttpHeaders{{"If-None-Match", etag}});
    QCOMPARE(after.status, 200);
    QVERIFY(after.headers.value("etag") != etag);
    QJsonObject work;
    for (const QJsonValue &p : QJsonDocument::fromJson(after.body).object().value(QStringLiteral("projects")).toArray())
        if (p.toObject().value(QStringLiteral("code")).toString() == u"LC-001")
            work = p.toObject();
    QCOMPARE(work.value(QStringLiteral("progress")).toInt(), 77);
    QCOMPARE(work.value(QStringLiteral("budgetDisbursed")).toDouble(), 1250000.0);
    // Content format 2: the approved budget stays, the adjusted one is beside it, and the
    // figures join the work's dated history (in date order, the bundle's own points kept).
    QCOMPARE(work.value(QStringLiteral("budgetAdjusted")).toDouble(), 99000000000.0);
    QCOMPARE(work.value(QStringLiteral("budgetOriginal")).toDouble(), 124000000000.0);
    QVERIFY(!work.contains(QStringLiteral("budgetTotal")));
    const QJsonArray history = work.value(QStringLiteral("history")).toArray();
    QVERIFY(history.size() > 2);
    QJsonObject point;
    QString previous;
    for (const QJsonValue &h : history) {
        const QString date = h.toObject().value(QStringLiteral("date")).toString();
        QVERIFY2(date > previous, qPrintable(date));
        previous = date;
        if (date == u"2026-11-01")
            point = h.toObject();
    }
    QCOMPARE(point.value(QStringLiteral("progress")).toInt(), 77);
    QCOMPARE(point.value(QStringLiteral("disbursed")).toDouble(), 1250000.0);
    QCOMPARE(point.value(QStringLiteral("budget")).toDouble(), 99000000000.0);
    QCOMPARE(point.value(QStringLiteral("stage")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(work.value(QStringLiteral("plannedEnd")).toString(), QStringLiteral("2027-03-31"));
    QVERIFY(!work.contains(QStringLiteral("actualEnd")));
    // The public page shows the new figures.
    r = m_hub.request("GET", QStringLiteral("/p/LC-001"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("77")));
    // Nothing new: publishing again changes nothing.
    r = m_hub.post(city, QStringLiteral("/staff/works/publish"), {});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/works?published=0"));
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth).headers.value("etag"), after.headers.value("etag"));
    r = m_hub.get(city, QStringLiteral("/staff/works/LC-001"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("01/11/2026")));
}

void tst_StaffWorks::kioskVersionsEnrolCodeAndRevoke()
{
    const HubClient::Kiosk enrolled = m_hub.enrol(QStringLiteral("LE-CHAN"));
    const HubKiosk kiosk = enrolled.kiosk;
    const QString token = enrolled.token;
    HttpHeaders auth{{"Authorization", "Bearer " + token.toLatin1()}};
    const HttpReply content = m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth);
    QByteArray etag = content.headers.value("etag");
    etag.replace('"', "");
    auth.append(std::pair<QByteArray, QByteArray>("X-Kiosk-App-Version", "1.4.2"));
    auth.append(std::pair<QByteArray, QByteArray>("X-Kiosk-Content-Version", etag));
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth).status, 200);
    QCOMPARE(sqlValue(QStringLiteral("SELECT app_version FROM kiosks WHERE id = '%1'").arg(kiosk.id)), QStringLiteral("1.4.2"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT content_version FROM kiosks WHERE id = '%1'").arg(kiosk.id)), QString::fromLatin1(etag));
    // A value that is not a version word is ignored, never stored.
    m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, {{"Authorization", "Bearer " + token.toLatin1()}, {"X-Kiosk-App-Version", "<script>"}});
    QCOMPARE(sqlValue(QStringLiteral("SELECT app_version FROM kiosks WHERE id = '%1'").arg(kiosk.id)), QStringLiteral("1.4.2"));

    const StaffSession city = m_hub.signIn(QStringLiteral("city.a"));
    QCOMPARE(m_hub.get(city, QStringLiteral("/staff/kiosks")).status, 403);
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"));
    HttpReply r = m_hub.get(admin, QStringLiteral("/staff/kiosks"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(kiosk.id));
    QVERIFY(r.text().contains(QStringLiteral("1.4.2")));
    QVERIFY(r.text().contains(QStringLiteral("mới nhất")));

    // An enrolment code as text and as a QR image that decodes to the same code.
    QCOMPARE(m_hub.post(admin, QStringLiteral("/staff/kiosks/enrol"), {{QStringLiteral("ward"), QStringLiteral("NOWHERE")}}).status, 400);
    QCOMPARE(m_hub.post(admin, QStringLiteral("/staff/kiosks/enrol"), {{QStringLiteral("ward"), QStringLiteral("LE-CHAN")}}, false).status, 403);
    r = m_hub.post(admin, QStringLiteral("/staff/kiosks/enrol"), {{QStringLiteral("ward"), QStringLiteral("LE-CHAN")}});
    QCOMPARE(r.status, 200);
    const QString code = QRegularExpression(QStringLiteral("id=\"enrol-code\">([A-Z0-9-]+)<")).match(r.text()).captured(1);
    QVERIFY(!code.isEmpty());
    const QString svg64 = QRegularExpression(QStringLiteral("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=&#;x]+)\"")).match(r.text()).captured(1);
    QByteArray b64 = svg64.toLatin1();
    b64.replace("&#x2F;", "/").replace("&#x3D;", "=").replace("&#x2B;", "+").replace("&#47;", "/").replace("&#61;", "=");
    const QString svg = QString::fromUtf8(QByteArray::fromBase64(b64));
    const auto side = QRegularExpression(QStringLiteral("viewBox=\"0 0 (\\d+) \\d+\"")).match(svg).captured(1).toInt();
    QVERIFY(side > 20);
    const int scale = 6;
    QImage image(side * scale, side * scale, QImage::Format_Grayscale8);
    image.fill(255);
    auto it = QRegularExpression(QStringLiteral("M(\\d+) (\\d+)h1v1h-1z")).globalMatch(svg);
    int modules = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        const int x = m.captured(1).toInt(), y = m.captured(2).toInt();
        for (int dy = 0; dy < scale; ++dy)
            for (int dx = 0; dx < scale; ++dx)
                image.setPixel(x * scale + dx, y * scale + dy, qRgb(0, 0, 0));
        ++modules;
    }
    QVERIFY(modules > 50);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("code.png"));
    QVERIFY(image.save(png));
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        QFAIL("zbarimg (package zbar-tools) is needed to read the QR code back");
    QProcess zbar;
    zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), code);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kiosk.enrol-code'")), QStringLiteral("1"));

    // Revoke: a confirmation page, then the POST; the kiosk's token stops working.
    const QString revoke = QStringLiteral("/staff/kiosks/%1/revoke").arg(kiosk.id);
    QCOMPARE(m_hub.get(admin, revoke).status, 200);
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/kiosks/K9999/revoke")).status, 404);
    QCOMPARE(m_hub.post(city, revoke, {}).status, 403);
    QCOMPARE(m_hub.post(admin, revoke, {}, false).status, 403);
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth).status, 200);
    r = m_hub.post(admin, revoke, {});
    QCOMPARE(r.status, 303);
    QCOMPARE(m_hub.request("GET", QStringLiteral("/api/v1/content"), {}, auth).status, 401);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kiosk.revoke' AND target = 'kiosk:%1'").arg(kiosk.id)),
             QStringLiteral("1"));
    QCOMPARE(m_hub.post(admin, revoke, {}).headers.value("location"),
             QStringLiteral("/staff/kiosks?revoked=%1&already=1").arg(kiosk.id).toLatin1());
}

QTEST_GUILESS_MAIN(tst_StaffWorks)
#include "tst_staffworks.moc"
