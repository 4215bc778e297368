// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdatabase.h"
#include "hubtestsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

/** The back-office inbox (/staff/inbox) on the real city-hub process on 127.0.0.1, on SQLite
    and on PostgreSQL: who sees which records, every filter, the folded search sent by POST
    (names and phones only in reach), bulk status changes and assignment with their history
    and audit lines, CSRF, and hostile input answered 4xx and shown escaped. */
class tst_StaffInbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void scopeAndFilters();
    void searchIsFoldedPostedAndScoped();
    void bulkStatusAndAssignment();
    void refusesWithoutCsrf();
    void hostileInputIsRefusedOrEscaped();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        QString text() const { return QString::fromUtf8(body); }
    };
    struct Session
    {
        QByteArray cookie;
        QString csrf;
    };

    QByteArray cli(const QStringList &args, const QByteArray &stdinText = {}, int *exitCode = nullptr);
    Reply http(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HubKiosk enrol(const QString &ward, QString *token);
    void addUser(const QString &login, const QString &roles, const QString &ward = {});
    Session signIn(const QString &login);
    Reply get(const Session &s, const QString &path);
    Reply post(const Session &s, const QList<std::pair<QString, QString>> &fields, bool withCsrf = true);
    QStringList codesOn(const Reply &page) const;
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    // The records every test starts with: HONG-BANG (HB) and LE-CHAN (LC).
    QString m_hbLand, m_hbLabour, m_hbWaste, m_lcMaterials, m_lcWaste;
    Session m_city, m_ward, m_admin;
};

static const QByteArray Password = "correct horse battery staple\ncorrect horse battery staple\n";

void tst_StaffInbox::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_StaffInbox::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CITY_HUB)));
}

QByteArray tst_StaffInbox::cli(const QStringList &args, const QByteArray &stdinText, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(CITY_HUB), QStringList{QStringLiteral("--db"), m_location->location()} + args);
    p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

tst_StaffInbox::Reply tst_StaffInbox::http(const QByteArray &method, const QString &path, const QByteArray &body,
                                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    request.setTransferTimeout(60000);
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

HubKiosk tst_StaffInbox::enrol(const QString &ward, QString *token)
{
    const QByteArray code = cli({QStringLiteral("enrol-code"), QStringLiteral("--ward"), ward}).trimmed();
    const QJsonObject body{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("name"), QStringLiteral("Sảnh 1")}};
    const Reply r = http("POST", QStringLiteral("/api/v1/enrol"), QJsonDocument(body).toJson(),
                         {{"Content-Type", "application/json"}});
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    *token = o.value(QStringLiteral("token")).toString();
    return {o.value(QStringLiteral("kioskId")).toString(), o.value(QStringLiteral("ward")).toString(),
            o.value(QStringLiteral("receiptPrefix")).toString()};
}

void tst_StaffInbox::addUser(const QString &login, const QString &roles, const QString &ward)
{
    QStringList args{QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"), roles,
                     QStringLiteral("--name"), QStringLiteral("Cán bộ ") + login};
    if (!ward.isEmpty())
        args << QStringLiteral("--ward") << ward;
    int exit = -1;
    cli(args, Password, &exit);
    QCOMPARE(exit, 0);
}

tst_StaffInbox::Session tst_StaffInbox::signIn(const QString &login)
{
    const Reply form = http("GET", QStringLiteral("/staff/login"));
    const QByteArray pre = form.headers.value("set-cookie").split(';').first();  // staff_pre=…
    const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([0-9a-f]+)\"")).match(form.text()).captured(1);
    const QByteArray body = "csrf=" + csrf.toLatin1() + "&login=" + login.toLatin1() + "&password=correct+horse+battery+staple";
    const Reply r = http("POST", QStringLiteral("/staff/login"), body,
                         {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", pre}});
    Session s;
    if (r.status != 303)
        return s;
    s.cookie = r.headers.value("set-cookie").split(';').first();  // staff_session=…
    const Reply page = get(s, QStringLiteral("/staff/account"));
    s.csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\"")).match(page.text()).captured(1);
    return s;
}

tst_StaffInbox::Reply tst_StaffInbox::get(const Session &s, const QString &path)
{
    return http("GET", path, {}, {{"Cookie", s.cookie}});
}

tst_StaffInbox::Reply tst_StaffInbox::post(const Session &s, const QList<std::pair<QString, QString>> &fields, bool withCsrf)
{
    QByteArray body;
    auto add = [&body](const QString &k, const QString &v) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    };
    if (withCsrf)
        add(QStringLiteral("csrf"), s.csrf);
    for (const auto &[k, v] : fields)
        add(k, v);
    return http("POST", QStringLiteral("/staff/inbox"), body,
                {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", s.cookie}});
}

QStringList tst_StaffInbox::codesOn(const Reply &page) const
{
    QStringList codes;
    const QRegularExpression link(QStringLiteral("href=\"/staff/records/([A-Z0-9-]+)\""));
    for (auto it = link.globalMatch(page.text()); it.hasNext();)
        codes.append(it.next().captured(1));
    codes.sort();
    return codes;
}

QVariant tst_StaffInbox::scalar(const QString &sql, const QVariantList &binds)
{
    HubDatabase db;
    if (!db.open(m_location->location()))
        return {};
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void tst_StaffInbox::init()
{
    QFETCH_GLOBAL(QString, dialect);
    m_location = std::make_unique<HubTestLocation>(dialect);
    if (!m_location->isAvailable())
        QSKIP("no PostgreSQL test server: set CIVIC_TEST_PG_URL (or run through ctest's postgres fixture)");
    m_server = std::make_unique<QProcess>();
    m_server->setProgram(QStringLiteral(CITY_HUB));
    m_server->setArguments({QStringLiteral("--db"), m_location->location(), QStringLiteral("serve"),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_server->start();
    QVERIFY(m_server->waitForStarted(5000));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 30000 && m_server->state() == QProcess::Running) {
        m_server->waitForReadyRead(200);
        out += m_server->readAllStandardOutput();
    }
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(out));
    QVERIFY2(m.hasMatch(), out.constData());
    m_port = quint16(m.captured(1).toUInt());

    QString hbToken, lcToken;
    const HubKiosk hb = enrol(QStringLiteral("HONG-BANG"), &hbToken);
    const HubKiosk lc = enrol(QStringLiteral("LE-CHAN"), &lcToken);
    QVERIFY(!hbToken.isEmpty() && !lcToken.isEmpty());
    auto send = [this](const QString &token, const QJsonArray &records) {
        const Reply r = http("POST", QStringLiteral("/api/v1/records"),
                             QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson(),
                             {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token.toLatin1()}});
        return r.status == 200 && !r.text().contains(QStringLiteral("rejected"));
    };
    // Variant 0: Nguyễn Thị Hoa 0912345678; 1: Trần Văn Đức; 2: a waste report with a name;
    // 3: Phạm Quốc Hưng; 5: an anonymous waste report.
    const QJsonObject hbLand = HubTestRecords::record(hb, QStringLiteral("pledge.land"), 0, 1);
    const QJsonObject hbLabour = HubTestRecords::record(hb, QStringLiteral("pledge.labour"), 1, 2);
    const QJsonObject hbWaste = HubTestRecords::record(hb, QStringLiteral("report.waste"), 2, 3);
    const QJsonObject lcMaterials = HubTestRecords::record(lc, QStringLiteral("pledge.materials"), 3, 1);
    const QJsonObject lcWaste = HubTestRecords::record(lc, QStringLiteral("report.waste"), 5, 2);
    QVERIFY(send(hbToken, {hbLand, hbLabour, hbWaste}));
    QVERIFY(send(lcToken, {lcMaterials, lcWaste}));
    auto code = [](const QJsonObject &r) { return r.value(QStringLiteral("receiptCode")).toString(); };
    m_hbLand = code(hbLand);
    m_hbLabour = code(hbLabour);
    m_hbWaste = code(hbWaste);
    m_lcMaterials = code(lcMaterials);
    m_lcWaste = code(lcWaste);

    addUser(QStringLiteral("anna"), QStringLiteral("city"));
    addUser(QStringLiteral("binh"), QStringLiteral("ward"), QStringLiteral("HONG-BANG"));
    addUser(QStringLiteral("chi"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"));
    addUser(QStringLiteral("root"), QStringLiteral("admin"));
    m_city = signIn(QStringLiteral("anna"));
    m_ward = signIn(QStringLiteral("binh"));
    m_admin = signIn(QStringLiteral("root"));
    QVERIFY(!m_city.csrf.isEmpty() && !m_ward.csrf.isEmpty() && !m_admin.csrf.isEmpty());
}

void tst_StaffInbox::cleanup()
{
    if (m_server) {
        m_server->terminate();
        if (!m_server->waitForFinished(5000))
            m_server->kill();
        m_server.reset();
    }
    m_location.reset();
}

void tst_StaffInbox::scopeAndFilters()
{
    const QStringList all = QStringList{m_hbLand, m_hbLabour, m_hbWaste, m_lcMaterials, m_lcWaste};
    QStringList sorted = all;
    sorted.sort();
    const Reply page = get(m_city, QStringLiteral("/staff/inbox"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(codesOn(page), sorted);
    QVERIFY(page.text().contains(QStringLiteral("Hộp tiếp nhận")));
    QVERIFY(page.text().contains(QStringLiteral("5 hồ sơ")));
    // No personal data on the list, ever.
    QVERIFY(!page.text().contains(QStringLiteral("Nguyễn Thị Hoa")));
    QVERIFY(!page.text().contains(QStringLiteral("0912345678")));

    // Newest first by default; oldest reverses it (records of one batch share their time, the
    // receipt code breaks the tie).
    QStringList newest, oldest;
    const QRegularExpression link(QStringLiteral("href=\"/staff/records/([A-Z0-9-]+)\""));
    for (auto it = link.globalMatch(page.text()); it.hasNext();)
        newest.append(it.next().captured(1));
    const Reply oldestPage = get(m_city, QStringLiteral("/staff/inbox?sort=oldest"));
    for (auto it = link.globalMatch(oldestPage.text()); it.hasNext();)
        oldest.append(it.next().captured(1));
    std::reverse(oldest.begin(), oldest.end());
    QCOMPARE(newest, oldest);

    QStringList waste{m_hbWaste, m_lcWaste};
    waste.sort();
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?kind=report.waste"))), waste);
    QStringList lc{m_lcMaterials, m_lcWaste};
    lc.sort();
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?ward=LE-CHAN"))), lc);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?kind=pledge&ward=HONG-BANG"))).size(), 2);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?project=HB-001"))).size(), 2);  // land, materials
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?by=resident"))).size(), 5);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?by=open311"))).size(), 0);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?status=open"))).size(), 5);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?status=closed"))).size(), 0);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?assignee=nobody"))).size(), 5);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?assignee=me"))).size(), 0);
    const QString today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().addDays(1).toString(Qt::ISODate);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?from=%1&to=%1").arg(today))).size(), 5);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?from=%1").arg(tomorrow))).size(), 0);
    // Dates typed day/month/year (the fields' hint) go into the URL as ISO and come back as
    // typed; the line above the folded filters says which are on.
    QVERIFY(page.text().contains(QStringLiteral("Không lọc: mọi hồ sơ bạn được xem")));
    const QDate vnToday = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    const Reply typed = post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("ward"), QStringLiteral("LE-CHAN")},
                                      {QStringLiteral("from"), vnToday.toString(QStringLiteral("d/M/yyyy"))}});
    QCOMPARE(typed.status, 303);
    QVERIFY2(typed.headers.value("location").contains((QStringLiteral("from=") + today).toLatin1()), typed.headers.value("location").constData());
    const Reply filtered = get(m_city, QString::fromLatin1(typed.headers.value("location")));
    QCOMPARE(codesOn(filtered), lc);
    QVERIFY(filtered.text().contains(QStringLiteral("value=\"%1\"").arg(vnToday.toString(QStringLiteral("dd/MM/yyyy")))));
    QVERIFY(filtered.text().contains(QStringLiteral("Phường Lê Chân · từ %1").arg(vnToday.toString(QStringLiteral("dd/MM/yyyy")))));
    QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("from"), QStringLiteral("31/02/2026")}}).status,
             400);
    // English words when the language cookie says so.
    const Reply en = http("GET", QStringLiteral("/staff/inbox"), {}, {{"Cookie", m_city.cookie + "; staff_lang=en"}});
    QVERIFY(en.text().contains(QStringLiteral("5 records")));
    QVERIFY(en.text().contains(QStringLiteral("Waiting longest first")));

    // A ward officer: their ward only, and another ward by URL is a 404.
    QStringList hb{m_hbLand, m_hbLabour, m_hbWaste};
    hb.sort();
    QCOMPARE(codesOn(get(m_ward, QStringLiteral("/staff/inbox"))), hb);
    QCOMPARE(get(m_ward, QStringLiteral("/staff/inbox?ward=LE-CHAN")).status, 404);
    QCOMPARE(codesOn(get(m_ward, QStringLiteral("/staff/inbox?ward=HONG-BANG"))), hb);
    QCOMPARE(post(m_ward, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("ward"), QStringLiteral("LE-CHAN")},
                           {QStringLiteral("q"), QStringLiteral("hung")}}).status, 404);
    // An admin as admin works no records.
    QCOMPARE(get(m_admin, QStringLiteral("/staff/inbox")).status, 404);
    // No session: to the sign-in page and back.
    const Reply anonymous = http("GET", QStringLiteral("/staff/inbox?kind=report.waste"));
    QCOMPARE(anonymous.status, 303);
    QVERIFY(anonymous.headers.value("location").startsWith("/staff/login?next="));
}

void tst_StaffInbox::searchIsFoldedPostedAndScoped()
{
    auto search = [this](const Session &s, const QString &q, const QList<std::pair<QString, QString>> &more = {}) {
        QList<std::pair<QString, QString>> fields{{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), q}};
        return post(s, fields + more);
    };
    // Without accents, any case: the name of variant 0, then her phone typed in groups.
    Reply r = search(m_city, QStringLiteral("NGUYEN thi hoa"));
    QCOMPARE(r.status, 200);
    QCOMPARE(codesOn(r), QStringList{m_hbLand});
    QVERIFY(r.text().contains(QStringLiteral("value=\"NGUYEN thi hoa\"")));
    QCOMPARE(codesOn(search(m_city, QStringLiteral("0912 345 678"))), QStringList{m_hbLand});
    // The record's own text and its receipt code, typed in lower case without dashes.
    QStringList waste{m_hbWaste, m_lcWaste};
    waste.sort();
    QCOMPARE(codesOn(search(m_city, QStringLiteral("cat va gach"))), waste);
    QCOMPARE(codesOn(search(m_city, m_lcMaterials.toLower().replace(u'-', u' '))), QStringList{m_lcMaterials});
    // Combined with a filter.
    QCOMPARE(codesOn(search(m_city, QStringLiteral("cát và gạch"), {{QStringLiteral("ward"), QStringLiteral("LE-CHAN")}})),
             QStringList{m_lcWaste});
    // A search over names wrote an audit line with the fields, never the words.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.personal.search' AND actor = 'anna'"
                                  " AND fields = 'name,phone'")).toInt() >= 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%hoa%' OR target LIKE '%hoa%'")).toInt(), 0);

    // The ward officer of HONG-BANG cannot find LE-CHAN's Phạm Quốc Hưng, but finds their own.
    QCOMPARE(codesOn(search(m_ward, QStringLiteral("pham quoc hung"))), QStringList());
    QCOMPARE(codesOn(search(m_ward, QStringLiteral("tran van duc"))), QStringList{m_hbLabour});

    // The search is never read from a URL: ?q= is ignored.
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?q=nguyen"))).size(), 5);
    // Without search text the form becomes the plain filter URL.
    const Reply plain = search(m_city, QString(), {{QStringLiteral("kind"), QStringLiteral("report.waste")}});
    QCOMPARE(plain.status, 303);
    QCOMPARE(plain.headers.value("location"), QByteArray("/staff/inbox?kind=report.waste"));
}

void tst_StaffInbox::bulkStatusAndAssignment()
{
    const QString reply = QStringLiteral("Đội trật tự đô thị sẽ thu dọn trong tuần này.");
    Reply r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("in_progress")},
                            {QStringLiteral("reply"), reply}, {QStringLiteral("code"), m_hbWaste}, {QStringLiteral("code"), m_lcWaste},
                            {QStringLiteral("code"), m_hbLand}, {QStringLiteral("kind"), QStringLiteral("report.waste")}});
    QCOMPARE(r.status, 303);
    // "in progress" is a report's status: the land pledge is refused, the two reports change.
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?kind=report.waste&changed=2&unchanged=0&refused=1"));
    const Reply after = get(m_city, QString::fromLatin1(r.headers.value("location")));
    QCOMPARE(after.status, 200);
    QVERIFY(after.text().contains(QStringLiteral("Đã thay đổi 2 hồ sơ.")));
    QVERIFY(after.text().contains(QStringLiteral("1 hồ sơ không thể thay đổi")));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString(), QStringLiteral("in_progress"));
    QCOMPARE(scalar(QStringLiteral("SELECT status_note FROM records WHERE receipt_code = ?"), {m_lcWaste}).toString(), reply);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbLand}).toString(), QStringLiteral("received"));
    QVERIFY(!scalar(QStringLiteral("SELECT first_reply_at FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString().isEmpty());
    QVERIFY(scalar(QStringLiteral("SELECT first_reply_at FROM records WHERE receipt_code = ?"), {m_hbLand}).isNull());
    QVERIFY(scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {m_hbWaste}).isNull());
    const qint64 anna = scalar(QStringLiteral("SELECT id FROM staff_accounts WHERE login = 'anna'")).toLongLong();
    QCOMPARE(scalar(QStringLiteral("SELECT h.account_id FROM status_history h JOIN records r ON r.id = h.record_id"
                                   " WHERE r.receipt_code = ? AND h.status = 'in_progress' AND h.note = ?"),
                    {m_hbWaste, reply}).toLongLong(), anna);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.status' AND actor = 'anna'"
                                   " AND detail = 'in_progress' AND fields = 'public_reply'")).toInt(), 2);
    // The resident sees the reply on the phone page.
    QVERIFY(http("GET", QStringLiteral("/r/") + m_hbWaste).text().contains(reply));
    // The same status again without a reply changes nothing.
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("in_progress")},
                      {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=0&unchanged=1&refused=0"));
    // Resolving closes the matter.
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("resolved")},
                      {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=1&unchanged=0&refused=0"));
    QVERIFY(!scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString().isEmpty());
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?status=closed"))), QStringList{m_hbWaste});

    // The ward officer's bulk change cannot reach another ward's record.
    r = post(m_ward, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("contacted")},
                      {QStringLiteral("code"), m_hbLabour}, {QStringLiteral("code"), m_lcMaterials}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=1&unchanged=0&refused=1"));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_lcMaterials}).toString(), QStringLiteral("received"));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbLabour}).toString(), QStringLiteral("contacted"));

    // Assign to binh (HONG-BANG): their ward's records only.
    const QString binh = scalar(QStringLiteral("SELECT id FROM staff_accounts WHERE login = 'binh'")).toString();
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("assign")}, {QStringLiteral("assign_to"), binh},
                      {QStringLiteral("code"), m_hbLand}, {QStringLiteral("code"), m_hbLabour}, {QStringLiteral("code"), m_lcWaste}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=2&unchanged=0&refused=1"));
    QStringList mine{m_hbLand, m_hbLabour};
    mine.sort();
    QCOMPARE(codesOn(get(m_ward, QStringLiteral("/staff/inbox?assignee=me"))), mine);
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?assignee=") + binh)), mine);
    QVERIFY(get(m_city, QStringLiteral("/staff/inbox?assignee=") + binh).text().contains(QStringLiteral("Cán bộ binh")));
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox?assignee=nobody"))).size(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.assign' AND detail = 'binh'")).toInt(), 2);
    // An admin-only account is no officer: it cannot be given records.
    const QString root = scalar(QStringLiteral("SELECT id FROM staff_accounts WHERE login = 'root'")).toString();
    QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("assign")}, {QStringLiteral("assign_to"), root},
                           {QStringLiteral("code"), m_hbLand}}).status, 400);
    // Back to nobody.
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("assign")}, {QStringLiteral("assign_to"), QStringLiteral("nobody")},
                      {QStringLiteral("code"), m_hbLand}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=1&unchanged=0&refused=0"));
    QVERIFY(scalar(QStringLiteral("SELECT assignee FROM records WHERE receipt_code = ?"), {m_hbLand}).isNull());

    // The command line goes through the same change and its audit line.
    int exit = -1;
    cli({QStringLiteral("set-status"), m_hbLand, QStringLiteral("contacted"), QStringLiteral("--note"), QStringLiteral("Đã gọi điện")}, {}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.status' AND actor = 'city-hub'"
                                   " AND target = ?"), {m_hbLand}).toInt(), 1);
    cli({QStringLiteral("set-status"), m_hbLand, QStringLiteral("in_progress")}, {}, &exit);
    QCOMPARE(exit, 3);  // not a pledge's status
}

void tst_StaffInbox::refusesWithoutCsrf()
{
    Reply r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("rejected")},
                            {QStringLiteral("code"), m_hbWaste}}, false);
    QCOMPARE(r.status, 403);
    r = post(m_city, {{QStringLiteral("csrf"), QStringLiteral("0000")}, {QStringLiteral("action"), QStringLiteral("status")},
                      {QStringLiteral("new_status"), QStringLiteral("rejected")}, {QStringLiteral("code"), m_hbWaste}}, false);
    QCOMPARE(r.status, 403);
    // Another session's token is no good either.
    r = post(m_city, {{QStringLiteral("csrf"), m_ward.csrf}, {QStringLiteral("action"), QStringLiteral("status")},
                      {QStringLiteral("new_status"), QStringLiteral("rejected")}, {QStringLiteral("code"), m_hbWaste}}, false);
    QCOMPARE(r.status, 403);
    QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), QStringLiteral("hoa")}}, false).status, 403);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString(), QStringLiteral("received"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.status'")).toInt(), 0);
}

void tst_StaffInbox::hostileInputIsRefusedOrEscaped()
{
    const QStringList hostile{
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("\"><img src=x onerror=alert(1)>"),
            QStringLiteral("abc\u202Edef"),
            QStringLiteral("' OR 1=1; DROP TABLE records; --"),
            QStringLiteral("%_%"),
    };
    auto clean = [](const Reply &r) {
        const QString t = r.text();
        return !t.contains(QStringLiteral("<script>alert")) && !t.contains(QStringLiteral("<img src=x"))
                && t.contains(QStringLiteral("</html>"));
    };
    for (const QString &h : hostile) {
        const Reply searched = post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), h}});
        QVERIFY2(searched.status == 200, qPrintable(h));
        QVERIFY2(clean(searched), qPrintable(h));
        QCOMPARE(codesOn(searched), QStringList());
        for (const char *param : {"kind", "ward", "status", "project", "assignee", "from", "to", "by", "sort", "page"}) {
            const QString path = QStringLiteral("/staff/inbox?%1=%2").arg(QLatin1String(param), QString::fromLatin1(QUrl::toPercentEncoding(h)));
            const Reply r = get(m_city, path);
            QVERIFY2(r.status == 400, qPrintable(path));
            QVERIFY2(clean(r), qPrintable(path));
            QVERIFY2(r.text().contains(QStringLiteral("không hợp lệ")), qPrintable(path));
        }
        // As the codes of a bulk change: refused, nothing breaks.
        const Reply bulk = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")},
                                         {QStringLiteral("code"), h}});
        QCOMPARE(bulk.status, 303);
        QCOMPARE(bulk.headers.value("location"), QByteArray("/staff/inbox?changed=0&unchanged=0&refused=1"));
        QVERIFY(clean(post(m_city, {{QStringLiteral("action"), h}})));
        QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), h},
                               {QStringLiteral("code"), m_hbWaste}}).status, 400);
        QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("assign")}, {QStringLiteral("assign_to"), h},
                               {QStringLiteral("code"), m_hbWaste}}).status, 400);
    }
    // A hostile public reply is stored cleaned (no bidi override) and shown escaped.
    const QString reply = QStringLiteral("<script>alert(1)</script> \"><img src=x onerror=alert(1)> \u202Eabc ' OR 1=1 --");
    Reply r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")},
                            {QStringLiteral("reply"), reply}, {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.status, 303);
    const QString stored = scalar(QStringLiteral("SELECT status_note FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString();
    QVERIFY(stored.startsWith(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(!stored.contains(QChar(0x202E)));
    QVERIFY(clean(http("GET", QStringLiteral("/r/") + m_hbWaste)));
    // 10,000 characters: a search, a reply; refused with a message, nothing stored.
    const QString tenThousand(10000, u'ầ');
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), tenThousand}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("200 ký tự")));
    QVERIFY(!r.text().contains(tenThousand.left(300)));
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("resolved")},
                      {QStringLiteral("reply"), tenThousand}, {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.status, 400);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString(), QStringLiteral("verified"));
    // Nothing ticked, too many ticked.
    QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")}}).status, 400);
    QList<std::pair<QString, QString>> many{{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")}};
    for (int i = 0; i < 201; ++i)
        many.append({QStringLiteral("code"), m_hbWaste});
    QCOMPARE(post(m_city, many).status, 400);
    // The hub is still well and the records are all there.
    QCOMPARE(codesOn(get(m_city, QStringLiteral("/staff/inbox"))).size(), 5);
}

QTEST_GUILESS_MAIN(tst_StaffInbox)
#include "tst_staffinbox.moc"
