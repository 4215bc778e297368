// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "staff/worksinput.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        QString text() const { return QString::fromUtf8(body); }
    };
    struct Browser
    {
        QString session;
        QString csrf;
    };
    Reply http(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply get(const Browser &b, const QString &path) { return http("GET", path, {}, {{"Cookie", "staff_session=" + b.session.toLatin1()}}); }
    Reply post(const Browser &b, const QString &path, QList<std::pair<QString, QString>> fields, bool withCsrf = true);
    bool addUser(const QString &login, const QString &role, const QString &ward = {});
    Browser signIn(const QString &login);
    HubKiosk enrol(const QString &ward, QString *token);
    bool startServer();
    QString sqlValue(const QString &sql);

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
};

static const QString Password = QStringLiteral("correct horse battery staple");

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
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_StaffWorks::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "moneyDatesAndQuantities")
        return;
    QFETCH_GLOBAL(QString, dialect);
    m_location = std::make_unique<HubTestLocation>(dialect);
    if (!m_location->isAvailable())
        QSKIP("no PostgreSQL test server: set CIVIC_TEST_PG_URL (or run through ctest's postgres fixture)");
    QVERIFY(startServer());
    QVERIFY(addUser(QStringLiteral("ward.lc"), QStringLiteral("ward"), QStringLiteral("LE-CHAN")));
    QVERIFY(addUser(QStringLiteral("ward.hb"), QStringLiteral("ward"), QStringLiteral("HONG-BANG")));
    QVERIFY(addUser(QStringLiteral("city.a"), QStringLiteral("city")));
    QVERIFY(addUser(QStringLiteral("city.b"), QStringLiteral("city")));
    QVERIFY(addUser(QStringLiteral("admin"), QStringLiteral("admin")));
}

void tst_StaffWorks::cleanup()
{
    if (m_server) {
        m_server->terminate();
        if (!m_server->waitForFinished(5000))
            m_server->kill();
        m_server.reset();
    }
    m_location.reset();
}

bool tst_StaffWorks::startServer()
{
    m_server = std::make_unique<QProcess>();
    m_server->setProgram(QStringLiteral(CITY_HUB));
    m_server->setArguments({QStringLiteral("--db"), m_location->location(), QStringLiteral("--public-url"),
                            QStringLiteral("https://hub.example"), QStringLiteral("serve"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0")});
    m_server->start();
    if (!m_server->waitForStarted(5000))
        return false;
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 20000 && m_server->state() == QProcess::Running) {
        m_server->waitForReadyRead(200);
        out += m_server->readAllStandardOutput();
    }
    const auto m = QRegularExpression(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)\\n")).match(QString::fromUtf8(out));
    if (!m.hasMatch())
        return false;
    m_port = quint16(m.captured(1).toUInt());
    return true;
}

bool tst_StaffWorks::addUser(const QString &login, const QString &role, const QString &ward)
{
    QProcess p;
    QStringList args{QStringLiteral("--db"), m_location->location(), QStringLiteral("user"), QStringLiteral("add"), login,
                     QStringLiteral("--role"), role, QStringLiteral("--name"), QStringLiteral("Cán bộ ") + login};
    if (!ward.isEmpty())
        args << QStringLiteral("--ward") << ward;
    p.start(QStringLiteral(CITY_HUB), args);
    p.write((Password + u'\n' + Password + u'\n').toUtf8());
    p.closeWriteChannel();
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

tst_StaffWorks::Reply tst_StaffWorks::http(const QByteArray &method, const QString &path, const QByteArray &body,
                                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    reply->deleteLater();
    return r;
}

tst_StaffWorks::Reply tst_StaffWorks::post(const Browser &b, const QString &path, QList<std::pair<QString, QString>> fields,
                                           bool withCsrf)
{
    if (withCsrf)
        fields.append({QStringLiteral("csrf"), b.csrf});
    QByteArray body;
    for (const auto &[k, v] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    return http("POST", path, body,
                {{"Cookie", "staff_session=" + b.session.toLatin1()}, {"Content-Type", "application/x-www-form-urlencoded"}});
}

tst_StaffWorks::Browser tst_StaffWorks::signIn(const QString &login)
{
    m_nam.setCookieJar(new QNetworkCookieJar);  // each officer their own browser
    const Reply form = http("GET", QStringLiteral("/staff/login"));
    const QString pre = QRegularExpression(QStringLiteral("staff_pre=([0-9a-f]+)")).match(QString::fromLatin1(form.headers.value("set-cookie"))).captured(1);
    const QByteArray body = "csrf=" + pre.toLatin1() + "&login=" + login.toLatin1() + "&password="
            + QUrl::toPercentEncoding(Password);
    const Reply r = http("POST", QStringLiteral("/staff/login"), body,
                         {{"Cookie", "staff_pre=" + pre.toLatin1()}, {"Content-Type", "application/x-www-form-urlencoded"}});
    Browser b;
    b.session = QRegularExpression(QStringLiteral("staff_session=([0-9a-f]+)")).match(QString::fromLatin1(r.headers.value("set-cookie"))).captured(1);
    const Reply page = get(b, QStringLiteral("/staff/account"));
    b.csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\"")).match(page.text()).captured(1);
    return b;
}

HubKiosk tst_StaffWorks::enrol(const QString &ward, QString *token)
{
    QProcess p;
    p.start(QStringLiteral(CITY_HUB), {QStringLiteral("--db"), m_location->location(), QStringLiteral("enrol-code"),
                                        QStringLiteral("--ward"), ward});
    p.waitForFinished(30000);
    const QByteArray code = p.readAllStandardOutput().trimmed();
    const Reply r = http("POST", QStringLiteral("/api/v1/enrol"),
                         QJsonDocument(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                   {QStringLiteral("name"), QStringLiteral("Sảnh 1")}})
                                 .toJson(QJsonDocument::Compact),
                         {{"Content-Type", "application/json"}});
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    *token = o.value(QStringLiteral("token")).toString();
    return {o.value(QStringLiteral("kioskId")).toString(), o.value(QStringLiteral("ward")).toString(),
            o.value(QStringLiteral("receiptPrefix")).toString()};
}

QString tst_StaffWorks::sqlValue(const QString &sql)
{
    HubDatabase db;
    if (!db.open(m_location->location()))
        return QStringLiteral("<cannot open>");
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

void tst_StaffWorks::handoverVerifiedBySecondOfficer()
{
    QString token;
    const HubKiosk kiosk = enrol(QStringLiteral("LE-CHAN"), &token);
    QVERIFY(!token.isEmpty());
    const QJsonObject record = HubTestRecords::record(kiosk, QStringLiteral("pledge.land"), 0, 1);
    const QString code = record.value(QStringLiteral("receiptCode")).toString();
    QCOMPARE(http("POST", QStringLiteral("/api/v1/records"),
                  QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{record}}}).toJson(),
                  {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token.toLatin1()}})
                     .status,
             200);
    const QString page = QStringLiteral("/staff/records/%1/handover").arg(code);

    const Browser other = signIn(QStringLiteral("ward.hb"));
    QVERIFY(!other.csrf.isEmpty());
    QCOMPARE(get(other, page).status, 404);  // another ward's record, by URL
    QCOMPARE(post(other, page, {{QStringLiteral("step"), QStringLiteral("contact")}}).status, 404);

    const Browser ward = signIn(QStringLiteral("ward.lc"));
    Reply r = get(ward, page);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(code));
    QCOMPARE(post(ward, page, {{QStringLiteral("step"), QStringLiteral("contact")}}, false).status, 403);  // no CSRF
    QCOMPARE(post(ward, page, {{QStringLiteral("step"), QStringLiteral("contact")}}).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("contacted"));

    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    // Hostile text is kept as text and shown escaped; a 10,000-character note is a 400.
    const QString hostile = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>\u202E' OR 1=1; --");
    r = post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("12,5")},
                          {QStringLiteral("date"), today}, {QStringLiteral("document"), hostile},
                          {QStringLiteral("note"), QString(10000, u'x')}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    r = post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("-3")},
                          {QStringLiteral("date"), QStringLiteral("99/99/2026")}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("Số lượng phải là số dương")));
    QCOMPARE(post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("12,5")},
                               {QStringLiteral("date"), today}, {QStringLiteral("document"), hostile}})
                     .status,
             303);
    r = get(ward, page);
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(!r.text().contains(QStringLiteral("<img src=x")));
    QVERIFY(r.text().contains(QStringLiteral("&lt;script&gt;")));
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("handed_over"));
    // A ward officer is not the second pair of eyes.
    QCOMPARE(post(ward, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 403);

    const Browser cityA = signIn(QStringLiteral("city.a"));
    QCOMPARE(post(cityA, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("7")},
                                {QStringLiteral("date"), today}, {QStringLiteral("document"), QStringLiteral("BB-02")}})
                     .status,
             303);
    // City officer A verifies the ward's handover, never their own.
    QCOMPARE(post(cityA, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 303);
    QCOMPARE(post(cityA, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 403);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by IS NULL")), QStringLiteral("1"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("handed_over"));

    const Browser cityB = signIn(QStringLiteral("city.b"));
    QCOMPARE(post(cityB, page, {{QStringLiteral("step"), QStringLiteral("verify")}}).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by IS NULL")), QStringLiteral("0"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by = entered_by")), QStringLiteral("0"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("verified"));
    QCOMPARE(post(ward, page, {{QStringLiteral("step"), QStringLiteral("thank")}}).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM records WHERE receipt_code = '%1'").arg(code)), QStringLiteral("thanked"));
    QCOMPARE(post(ward, page, {{QStringLiteral("step"), QStringLiteral("thank")}}).status, 409);
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
    QString token;
    const HubKiosk kiosk = enrol(QStringLiteral("LE-CHAN"), &token);
    const QJsonObject record = HubTestRecords::record(kiosk, QStringLiteral("pledge.materials"), 1, 1);
    const QString code = record.value(QStringLiteral("receiptCode")).toString();
    QCOMPARE(http("POST", QStringLiteral("/api/v1/records"),
                  QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{record}}}).toJson(),
                  {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token.toLatin1()}})
                     .status,
             200);
    const QString page = QStringLiteral("/staff/records/%1/handover").arg(code);
    const Browser ward = signIn(QStringLiteral("ward.lc"));
    Reply r = get(ward, page);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.text().contains(QStringLiteral("Xi măng 2 bao")), qPrintable(r.text()));
    QVERIFY(r.text().contains(QStringLiteral("Cát 1,5 m³")));
    QVERIFY(r.text().contains(QStringLiteral("<option value=\"cement\" selected>Xi măng</option>")));
    QVERIFY(r.text().contains(QStringLiteral("<option value=\"bao\" selected>bao</option>")));
    QVERIFY(!r.text().contains(QStringLiteral(">cement")));
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    // Words typed instead of a choice are refused, so the board's sums stay by key.
    r = post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("2")},
                          {QStringLiteral("item"), QStringLiteral("Xi măng")}, {QStringLiteral("unit"), QStringLiteral("bao")},
                          {QStringLiteral("date"), today}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("Hãy chọn vật liệu và đơn vị trong danh sách.")));
    QCOMPARE(post(ward, page, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("2")},
                               {QStringLiteral("item"), QStringLiteral("cement")}, {QStringLiteral("unit"), QStringLiteral("bao")},
                               {QStringLiteral("date"), today}, {QStringLiteral("document"), QStringLiteral("BB-07")}})
                     .status,
             303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT item || '|' || unit FROM handovers")), QStringLiteral("cement|bao"));
    r = get(ward, page);
    QVERIFY(r.text().contains(QStringLiteral("Xi măng 2 bao · Đã bàn giao 2 / 2 bao (đủ)")));
    QVERIFY(!r.text().contains(QStringLiteral(">cement")));
    // In English: the same vocabulary's words.
    r = http("GET", page, {}, {{"Cookie", "staff_session=" + ward.session.toLatin1() + "; staff_lang=en"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("Cement 2 bags · Handed over 2 of 2 bags (in full)")));
    QVERIFY(r.text().contains(QStringLiteral("Sand 1.5 m³")));
    QVERIFY(r.text().contains(QStringLiteral("<td data-label=\"Material\">Cement</td>")));
    QVERIFY(!r.text().contains(QStringLiteral(">cement")));
}

void tst_StaffWorks::workFiguresPublishedToKiosks()
{
    QString token;
    enrol(QStringLiteral("LE-CHAN"), &token);
    const QList<std::pair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + token.toLatin1()}};
    const Reply before = http("GET", QStringLiteral("/api/v1/content"), {}, auth);
    QCOMPARE(before.status, 200);
    const QByteArray etag = before.headers.value("etag");
    QVERIFY(!etag.isEmpty());

    const Browser other = signIn(QStringLiteral("ward.hb"));
    QCOMPARE(get(other, QStringLiteral("/staff/works/LC-001")).status, 404);
    QCOMPARE(get(other, QStringLiteral("/staff/works?ward=LE-CHAN")).status, 404);
    Reply r = get(other, QStringLiteral("/staff/works"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("HB-001")));
    QVERIFY(!r.text().contains(QStringLiteral("LC-001")));

    const Browser ward = signIn(QStringLiteral("ward.lc"));
    QCOMPARE(get(ward, QStringLiteral("/staff/works/LC-001")).status, 200);
    const QList<std::pair<QString, QString>> figures{
            {QStringLiteral("on_date"), QStringLiteral("01/11/2026")}, {QStringLiteral("stage"), QStringLiteral("in_progress")},
            {QStringLiteral("progress"), QStringLiteral("77")},          {QStringLiteral("disbursed"), QStringLiteral("1.250.000")},
            {QStringLiteral("budget"), QStringLiteral("99000000000")},    {QStringLiteral("start"), QStringLiteral("2025-09-15")},
            {QStringLiteral("planned_end"), QStringLiteral("31/03/2027")}, {QStringLiteral("actual_end"), QString()}};
    QCOMPARE(post(ward, QStringLiteral("/staff/works/LC-001"), figures).status, 403);  // city officers only

    const Browser city = signIn(QStringLiteral("city.a"));
    auto with = [&figures](const QString &key, const QString &value) {
        auto f = figures;
        for (auto &[k, v] : f)
            if (k == key)
                v = value;
        return f;
    };
    r = post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("progress"), QStringLiteral("101")));
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("Tiến độ phải là số nguyên từ 0 đến 100.")));
    r = post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("actual_end"), QStringLiteral("01/01/2020")));
    QCOMPARE(r.status, 400);
    r = post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("disbursed"), QStringLiteral("\"><script>alert(1)</script>")));
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(r.text().contains(QStringLiteral("&lt;script&gt;")));
    r = post(city, QStringLiteral("/staff/works/LC-001"), with(QStringLiteral("stage"), QString(10000, u'x')));
    QCOMPARE(r.status, 400);
    QCOMPARE(post(city, QStringLiteral("/staff/works/LC-001"), figures, false).status, 403);  // no CSRF
    QCOMPARE(post(city, QStringLiteral("/staff/works/LC-001"), figures).status, 303);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM work_history WHERE published_at IS NULL")), QStringLiteral("1"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT disbursed FROM work_history")).toDouble(), 1250000.0);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'work.figures' AND target = 'work:LC-001'")),
             QStringLiteral("1"));
    // Not yet published: kiosks still get the old version.
    QCOMPARE(http("GET", QStringLiteral("/api/v1/content"), {}, auth + QList<std::pair<QByteArray, QByteArray>>{{"If-None-Match", etag}}).status, 304);

    QCOMPARE(post(ward, QStringLiteral("/staff/works/publish"), {}).status, 403);
    r = post(city, QStringLiteral("/staff/works/publish"), {});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/works?published=1"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM work_history WHERE published_at IS NULL")), QStringLiteral("0"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'content.publish-works'")), QStringLiteral("1"));

    const Reply after = http("GET", QStringLiteral("/api/v1/content"), {}, auth + QList<std::pair<QByteArray, QByteArray>>{{"If-None-Match", etag}});
    QCOMPARE(after.status, 200);
    QVERIFY(after.headers.value("etag") != etag);
    QJsonObject work;
    for (const QJsonValue &p : QJsonDocument::fromJson(after.body).object().value(QStringLiteral("projects")).toArray())
        if (p.toObject().value(QStringLiteral("code")).toString() == u"LC-001")
            work = p.toObject();
    QCOMPARE(work.value(QStringLiteral("progress")).toInt(), 77);
    QCOMPARE(work.value(QStringLiteral("budgetDisbursed")).toDouble(), 1250000.0);
    QCOMPARE(work.value(QStringLiteral("budgetTotal")).toDouble(), 99000000000.0);
    QCOMPARE(work.value(QStringLiteral("plannedEnd")).toString(), QStringLiteral("2027-03-31"));
    QVERIFY(!work.contains(QStringLiteral("actualEnd")));
    // The public page shows the new figures.
    r = http("GET", QStringLiteral("/p/LC-001"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("77")));
    // Nothing new: publishing again changes nothing.
    r = post(city, QStringLiteral("/staff/works/publish"), {});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/works?published=0"));
    QCOMPARE(http("GET", QStringLiteral("/api/v1/content"), {}, auth).headers.value("etag"), after.headers.value("etag"));
    r = get(city, QStringLiteral("/staff/works/LC-001"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("01/11/2026")));
}

void tst_StaffWorks::kioskVersionsEnrolCodeAndRevoke()
{
    QString token;
    const HubKiosk kiosk = enrol(QStringLiteral("LE-CHAN"), &token);
    QList<std::pair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + token.toLatin1()}};
    const Reply content = http("GET", QStringLiteral("/api/v1/content"), {}, auth);
    QByteArray etag = content.headers.value("etag");
    etag.replace('"', "");
    auth.append(std::pair<QByteArray, QByteArray>("X-Kiosk-App-Version", "1.4.2"));
    auth.append(std::pair<QByteArray, QByteArray>("X-Kiosk-Content-Version", etag));
    QCOMPARE(http("GET", QStringLiteral("/api/v1/content"), {}, auth).status, 200);
    QCOMPARE(sqlValue(QStringLiteral("SELECT app_version FROM kiosks WHERE id = '%1'").arg(kiosk.id)), QStringLiteral("1.4.2"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT content_version FROM kiosks WHERE id = '%1'").arg(kiosk.id)), QString::fromLatin1(etag));
    // A value that is not a version word is ignored, never stored.
    http("GET", QStringLiteral("/api/v1/content"), {}, {{"Authorization", "Bearer " + token.toLatin1()}, {"X-Kiosk-App-Version", "<script>"}});
    QCOMPARE(sqlValue(QStringLiteral("SELECT app_version FROM kiosks WHERE id = '%1'").arg(kiosk.id)), QStringLiteral("1.4.2"));

    const Browser city = signIn(QStringLiteral("city.a"));
    QCOMPARE(get(city, QStringLiteral("/staff/kiosks")).status, 403);
    const Browser admin = signIn(QStringLiteral("admin"));
    Reply r = get(admin, QStringLiteral("/staff/kiosks"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(kiosk.id));
    QVERIFY(r.text().contains(QStringLiteral("1.4.2")));
    QVERIFY(r.text().contains(QStringLiteral("mới nhất")));

    // An enrolment code as text and as a QR image that decodes to the same code.
    QCOMPARE(post(admin, QStringLiteral("/staff/kiosks/enrol"), {{QStringLiteral("ward"), QStringLiteral("NOWHERE")}}).status, 400);
    QCOMPARE(post(admin, QStringLiteral("/staff/kiosks/enrol"), {{QStringLiteral("ward"), QStringLiteral("LE-CHAN")}}, false).status, 403);
    r = post(admin, QStringLiteral("/staff/kiosks/enrol"), {{QStringLiteral("ward"), QStringLiteral("LE-CHAN")}});
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
    QCOMPARE(get(admin, revoke).status, 200);
    QCOMPARE(get(admin, QStringLiteral("/staff/kiosks/K9999/revoke")).status, 404);
    QCOMPARE(post(city, revoke, {}).status, 403);
    QCOMPARE(post(admin, revoke, {}, false).status, 403);
    QCOMPARE(http("GET", QStringLiteral("/api/v1/content"), {}, auth).status, 200);
    r = post(admin, revoke, {});
    QCOMPARE(r.status, 303);
    QCOMPARE(http("GET", QStringLiteral("/api/v1/content"), {}, auth).status, 401);
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kiosk.revoke' AND target = 'kiosk:%1'").arg(kiosk.id)),
             QStringLiteral("1"));
    QCOMPARE(post(admin, revoke, {}).headers.value("location"),
             QStringLiteral("/staff/kiosks?revoked=%1&already=1").arg(kiosk.id).toLatin1());
}

QTEST_GUILESS_MAIN(tst_StaffWorks)
#include "tst_staffworks.moc"
