// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdatabase.h"
#include "hubtestsupport.h"
#include "records/receiptcode.h"

#include <QDateTime>
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
#include <QUrlQuery>

/** The back-office's record page on the real city-hub (127.0.0.1, port 0), on SQLite and on
    PostgreSQL: a status with a public reply reaches /r/<code> and the kiosk's receipts while
    the internal note stays inside; a ward officer gets 404 for another ward; a form without
    its CSRF token is refused; contact details are shown only on request and the view is
    audited without values; erasure keeps the content hash so a late re-delivery is a
    duplicate; `city-hub purge` erases by age; hostile input stays text and answers 4xx. */
class tst_StaffRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void statusReachesResidentAndKiosk();
    void otherWardIs404();
    void formWithoutCsrfIs403();
    void contactDetailsOnlyOnRequestAndAudited();
    void erasureThenRedeliveryIsDuplicate();
    void purgeByAge();
    void hostileInputStaysText();
    void templatesDuplicateAndPublish();

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

    QByteArray cli(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr);
    Reply http(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply get(const Session &s, const QString &path);
    Reply post(const Session &s, const QString &path, const QList<std::pair<QString, QString>> &fields, bool withCsrf = true);
    Session signIn(const QString &login);
    bool addUser(const QString &login, const QStringList &roleArgs);
    /** A record of the kiosk's ward, sent as a kiosk sends it; its receipt code. */
    QString deliver(const QString &kind, int variant, QJsonObject *sent = nullptr);
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<HubDatabase> m_db;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    HubKiosk m_kiosk;
    QString m_token;
    quint32 m_sequence = 0;
};

namespace {
const QByteArray Password = "correct horse battery staple";
}

void tst_StaffRecord::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_StaffRecord::init()
{
    QFETCH_GLOBAL(QString, dialect);
    m_location = std::make_unique<HubTestLocation>(dialect);
    if (!m_location->isAvailable())
        QSKIP("no PostgreSQL test server: set CIVIC_TEST_PG_URL (or run through ctest's postgres fixture)");
    QVERIFY(addUser(QStringLiteral("city1"), {QStringLiteral("--role"), QStringLiteral("city"), QStringLiteral("--name"),
                                              QStringLiteral("Nguyễn Thị An")}));
    QVERIFY(addUser(QStringLiteral("ward1"), {QStringLiteral("--role"), QStringLiteral("ward"), QStringLiteral("--ward"),
                                              QStringLiteral("LE-CHAN"), QStringLiteral("--name"), QStringLiteral("Trần Văn Bình")}));
    QVERIFY(addUser(QStringLiteral("ward2"), {QStringLiteral("--role"), QStringLiteral("ward"), QStringLiteral("--ward"),
                                              QStringLiteral("HONG-BANG")}));
    QVERIFY(addUser(QStringLiteral("admin1"), {QStringLiteral("--role"), QStringLiteral("admin")}));

    m_server = std::make_unique<QProcess>();
    m_server->setProgram(QStringLiteral(CITY_HUB));
    m_server->setArguments({QStringLiteral("--db"), m_location->location(), QStringLiteral("serve"),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_server->start();
    QVERIFY(m_server->waitForStarted(5000));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 20000 && m_server->state() == QProcess::Running) {
        m_server->waitForReadyRead(200);
        out += m_server->readAllStandardOutput();
    }
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(out));
    QVERIFY2(m.hasMatch(), out.constData());
    m_port = quint16(m.captured(1).toUInt());

    const QByteArray code = cli({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("LE-CHAN")}).trimmed();
    const Reply enrolled = http("POST", QStringLiteral("/api/v1/enrol"),
                                QJsonDocument(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                          {QStringLiteral("name"), QStringLiteral("Sảnh 1")}}).toJson(),
                                {{"Content-Type", "application/json"}});
    QCOMPARE(enrolled.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(enrolled.body).object();
    m_kiosk = {o.value(QStringLiteral("kioskId")).toString(), o.value(QStringLiteral("ward")).toString(),
               o.value(QStringLiteral("receiptPrefix")).toString()};
    m_token = o.value(QStringLiteral("token")).toString();
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
}

void tst_StaffRecord::cleanup()
{
    m_db.reset();
    if (m_server) {
        m_server->terminate();
        if (!m_server->waitForFinished(5000))
            m_server->kill();
        m_server.reset();
    }
    m_location.reset();
}

QByteArray tst_StaffRecord::cli(const QStringList &args, const QByteArray &input, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(CITY_HUB), QStringList{QStringLiteral("--db"), m_location->location()} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

bool tst_StaffRecord::addUser(const QString &login, const QStringList &roleArgs)
{
    int code = -1;
    cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), login} + roleArgs, Password + '\n' + Password + '\n', &code);
    return code == 0;
}

tst_StaffRecord::Reply tst_StaffRecord::http(const QByteArray &method, const QString &path, const QByteArray &body,
                                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    // Cookies and redirects by hand: the test checks each answer itself.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), r.headers.contains(k.toLower()) ? r.headers.value(k.toLower()) + '\n' + v : v);
    reply->deleteLater();
    return r;
}

tst_StaffRecord::Reply tst_StaffRecord::get(const Session &s, const QString &path)
{
    return http("GET", path, {}, {{"Cookie", s.cookie}});
}

tst_StaffRecord::Reply tst_StaffRecord::post(const Session &s, const QString &path,
                                             const QList<std::pair<QString, QString>> &fields, bool withCsrf)
{
    QUrlQuery q;
    if (withCsrf)
        q.addQueryItem(QStringLiteral("csrf"), s.csrf);
    for (const auto &[k, v] : fields)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return http("POST", path, q.toString(QUrl::FullyEncoded).toLatin1(),
                {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
}

tst_StaffRecord::Session tst_StaffRecord::signIn(const QString &login)
{
    static const QRegularExpression csrfField(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
    static const QRegularExpression cookieValue(QStringLiteral("(staff_(?:pre|session))=([^;]*)"));
    auto cookies = [](const Reply &r) {
        QHash<QString, QString> out;
        for (const QByteArray &line : r.headers.value("set-cookie").split('\n')) {
            const QRegularExpressionMatch m = cookieValue.match(QString::fromLatin1(line));
            if (m.hasMatch())
                out.insert(m.captured(1), m.captured(2));
        }
        return out;
    };
    const Reply form = http("GET", QStringLiteral("/staff/login"));
    const QString pre = cookies(form).value(QStringLiteral("staff_pre"));
    const QString loginCsrf = csrfField.match(form.text()).captured(1);
    Session s;
    s.cookie = "staff_pre=" + pre.toLatin1();
    s.csrf = loginCsrf;
    const Reply done = post(s, QStringLiteral("/staff/login"), {{QStringLiteral("login"), login},
                                                               {QStringLiteral("password"), QString::fromLatin1(Password)}});
    if (done.status != 303)
        qWarning() << "sign-in of" << login << "answered" << done.status;
    s.cookie = "staff_session=" + cookies(done).value(QStringLiteral("staff_session")).toLatin1();
    s.csrf = csrfField.match(get(s, QStringLiteral("/staff/account")).text()).captured(1);
    return s;
}

QString tst_StaffRecord::deliver(const QString &kind, int variant, QJsonObject *sent)
{
    const QJsonObject record = HubTestRecords::record(m_kiosk, kind, variant, ++m_sequence);
    const Reply r = http("POST", QStringLiteral("/api/v1/records"),
                         QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{record}}}).toJson(),
                         {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_token.toLatin1()}});
    const QString result = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray()
                                   .at(0).toObject().value(QStringLiteral("result")).toString();
    if (result != u"accepted")
        qWarning() << "record not accepted:" << r.body;
    if (sent)
        *sent = record;
    return record.value(QStringLiteral("receiptCode")).toString();
}

QVariant tst_StaffRecord::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void tst_StaffRecord::statusReachesResidentAndKiosk()
{
    const QString code = deliver(QStringLiteral("report.waste"), 0);
    const Session ward = signIn(QStringLiteral("ward1"));
    const QString reply = QStringLiteral("Đội vệ sinh môi trường sẽ đến dọn trong tuần này.");
    const QString note = QStringLiteral("Gọi lại sau khi đội báo xong");
    const Reply r = post(ward, QStringLiteral("/staff/records/%1/status").arg(code),
                         {{QStringLiteral("status"), QStringLiteral("in_progress")}, {QStringLiteral("reply"), reply},
                          {QStringLiteral("note"), note}});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/records/" + code.toLatin1() + "?done=status"));
    // The resident's page shows the reply, never the internal note.
    const Reply pub = http("GET", QStringLiteral("/r/") + code);
    QCOMPARE(pub.status, 200);
    QVERIFY(pub.text().contains(reply));
    QVERIFY(!pub.text().contains(note));
    // The kiosk gets the reply with the status.
    const Reply receipts = http("GET", QStringLiteral("/api/v1/receipts?codes=") + code, {},
                                {{"Authorization", "Bearer " + m_token.toLatin1()}});
    const QJsonObject line = QJsonDocument::fromJson(receipts.body).object().value(QStringLiteral("receipts")).toArray().at(0).toObject();
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(line.value(QStringLiteral("note")).toString(), reply);
    QVERIFY(!receipts.body.contains(note.toUtf8()));
    // The officer's page shows both, with who set it.
    const Reply page = get(ward, QStringLiteral("/staff/records/") + code + QStringLiteral("?done=status"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(note));
    QVERIFY(page.text().contains(QStringLiteral("Trần Văn Bình")));
    QVERIFY(page.text().contains(QStringLiteral("Đã lưu trạng thái mới.")));
    QCOMPARE(page.headers.value("cache-control"), QByteArray("no-store"));
    // Stored: the history row with both texts and the account, first reply, open matter, audit.
    QCOMPARE(scalar(QStringLiteral("SELECT internal_note FROM status_history WHERE status = 'in_progress'")).toString(), note);
    QVERIFY(scalar(QStringLiteral("SELECT account_id FROM status_history WHERE status = 'in_progress'")).toLongLong() > 0);
    QVERIFY(!scalar(QStringLiteral("SELECT first_reply_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'record.status' AND target = ?"), {code}).toString(),
             QStringLiteral("in_progress"));
    // Closing sets closed_at; reopening clears it.
    QCOMPARE(post(ward, QStringLiteral("/staff/records/%1/status").arg(code),
                  {{QStringLiteral("status"), QStringLiteral("resolved")}, {QStringLiteral("reply"), QStringLiteral("Đã dọn xong.")}}).status, 303);
    QVERIFY(!scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QCOMPARE(post(ward, QStringLiteral("/staff/records/%1/status").arg(code),
                  {{QStringLiteral("status"), QStringLiteral("in_progress")}}).status, 303);
    QVERIFY(scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    // A pledge's status on a waste report is refused with a message, not stored.
    const Reply wrong = post(ward, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("thanked")}});
    QCOMPARE(wrong.status, 400);
    QVERIFY(wrong.text().contains(QStringLiteral("không dùng được")));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("in_progress"));
}

void tst_StaffRecord::otherWardIs404()
{
    const QString code = deliver(QStringLiteral("report.waste"), 1);  // with a photo
    const Session other = signIn(QStringLiteral("ward2"));
    QCOMPARE(get(other, QStringLiteral("/staff/records/") + code).status, 404);
    QCOMPARE(get(other, QStringLiteral("/staff/records/%1/photo").arg(code)).status, 404);
    QCOMPARE(post(other, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("rejected")}}).status, 404);
    QCOMPARE(post(other, QStringLiteral("/staff/records/%1/erase").arg(code), {{QStringLiteral("confirm"), QStringLiteral("1")}}).status, 404);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("received"));
    // An admin as admin does not work records either.
    QCOMPARE(get(signIn(QStringLiteral("admin1")), QStringLiteral("/staff/records/") + code).status, 404);
    // The ward's own officer sees the photo, never cached.
    const Session own = signIn(QStringLiteral("ward1"));
    const Reply photo = get(own, QStringLiteral("/staff/records/%1/photo").arg(code));
    QCOMPARE(photo.status, 200);
    QCOMPARE(photo.headers.value("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(photo.headers.value("cache-control"), QByteArray("no-store"));
    QVERIFY(photo.body.startsWith("\xff\xd8"));
    // An unknown code looks the same as another ward's.
    QCOMPARE(get(own, QStringLiteral("/staff/records/XX-0000A-A")).status, 404);
}

void tst_StaffRecord::formWithoutCsrfIs403()
{
    const QString code = deliver(QStringLiteral("report.waste"), 0);
    const Session s = signIn(QStringLiteral("city1"));
    QVERIFY(!s.csrf.isEmpty());
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("rejected")}}, false).status, 403);
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/contact").arg(code), {}, false).status, 403);
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/erase").arg(code), {{QStringLiteral("confirm"), QStringLiteral("1")}}, false).status, 403);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("received"));
    QVERIFY(!scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target = ?"), {code}).toInt(), 0);
}

void tst_StaffRecord::contactDetailsOnlyOnRequestAndAudited()
{
    QJsonObject sent;
    const QString code = deliver(QStringLiteral("pledge.land"), 0, &sent);
    const QJsonObject person = sent.value(QStringLiteral("personal")).toObject().value(QStringLiteral("person")).toObject();
    const QString name = person.value(QStringLiteral("fullName")).toString();
    const QString phone = person.value(QStringLiteral("phone")).toString();
    QVERIFY(!name.isEmpty() && !phone.isEmpty());
    const Session s = signIn(QStringLiteral("ward1"));
    const Reply page = get(s, QStringLiteral("/staff/records/") + code);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.text().contains(name));
    QVERIFY(!page.text().contains(phone));
    QVERIFY(page.text().contains(QStringLiteral("Hiện thông tin liên hệ")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'record.personal.view'")).toInt(), 0);
    const Reply shown = post(s, QStringLiteral("/staff/records/%1/contact").arg(code), {});
    QCOMPARE(shown.status, 200);
    QVERIFY(shown.text().contains(name.toHtmlEscaped()));
    QVERIFY(shown.text().contains(phone));
    QCOMPARE(shown.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'record.personal.view' AND target = ?"), {code}).toString(),
             QStringLiteral("name,phone,group"));
    QCOMPARE(scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'record.personal.view'")).toString(), QStringLiteral("ward1"));
    // Correcting the phone: audited with the field's name; neither value is in the log.
    const QString newPhone = QStringLiteral("0987 654 321");
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                  {{QStringLiteral("field"), QStringLiteral("phone")}, {QStringLiteral("value"), newPhone}}).status, 303);
    QVERIFY(scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).toString().contains(QStringLiteral("0987654321")));
    QCOMPARE(scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'record.correct'")).toString(), QStringLiteral("phone"));
    // The search follows the correction: the new number is found, the old one no more.
    const QString searchable = scalar(QStringLiteral("SELECT s.personal FROM record_search s JOIN records r ON r.id = s.record_id"
                                                     " WHERE r.receipt_code = ?"), {code}).toString();
    QVERIFY2(searchable.contains(QStringLiteral("0987654321")), qPrintable(searchable));
    const Reply bad = post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                           {{QStringLiteral("field"), QStringLiteral("phone")}, {QStringLiteral("value"), QStringLiteral("12345")}});
    QCOMPARE(bad.status, 400);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT at, actor, action, target, fields, detail FROM audit_log")));
    while (q.next()) {
        for (int i = 0; i < 6; ++i) {
            const QString v = q.value(i).toString();
            QVERIFY2(!v.contains(name) && !v.contains(phone) && !v.contains(QStringLiteral("0987654321")), qPrintable(v));
        }
    }
}

void tst_StaffRecord::erasureThenRedeliveryIsDuplicate()
{
    QJsonObject sent;
    const QString code = deliver(QStringLiteral("pledge.land"), 2, &sent);
    const QString hash = scalar(QStringLiteral("SELECT content_hash FROM records WHERE receipt_code = ?"), {code}).toString();
    const Session s = signIn(QStringLiteral("ward1"));
    // Without the confirmation nothing is erased.
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/erase").arg(code), {}).status, 400);
    QVERIFY(!scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/withdraw").arg(code), {{QStringLiteral("confirm"), QStringLiteral("1")}}).status, 303);
    QVERIFY(scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(!scalar(QStringLiteral("SELECT personal_erased_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(!scalar(QStringLiteral("SELECT consent_withdrawn_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT content_hash FROM records WHERE receipt_code = ?"), {code}).toString(), hash);
    // Nor can a search find the erased name or phone any more.
    QCOMPARE(scalar(QStringLiteral("SELECT s.personal FROM record_search s JOIN records r ON r.id = s.record_id"
                                   " WHERE r.receipt_code = ?"), {code}).toString(), QString());
    QVERIFY(!scalar(QStringLiteral("SELECT s.body FROM record_search s JOIN records r ON r.id = s.record_id"
                                   " WHERE r.receipt_code = ?"), {code}).toString().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'record.consent.withdraw'")).toString(),
             QStringLiteral("name,phone,group,consent,photo"));
    // The kiosk, which never heard back, sends the same record again.
    const Reply again = http("POST", QStringLiteral("/api/v1/records"),
                             QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{sent}}}).toJson(),
                             {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(again.status, 200);
    QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("results")).toArray().at(0).toObject()
                     .value(QStringLiteral("result")).toString(), QStringLiteral("duplicate"));
    QVERIFY(scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    // The page says so, and offers nothing more to show.
    const Reply page = get(s, QStringLiteral("/staff/records/") + code);
    QVERIFY(page.text().contains(QStringLiteral("Dữ liệu cá nhân đã được xoá")));
    QVERIFY(!page.text().contains(QStringLiteral("Hiện thông tin liên hệ")));
}

void tst_StaffRecord::purgeByAge()
{
    const QString old = deliver(QStringLiteral("pledge.labour"), 0);
    const QString recent = deliver(QStringLiteral("pledge.labour"), 1);
    const QString open = deliver(QStringLiteral("pledge.labour"), 2);
    const Session s = signIn(QStringLiteral("city1"));
    for (const QString &code : {old, recent})
        QCOMPARE(post(s, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("rejected")}}).status, 303);
    const QString sixYearsAgo = QDateTime::currentDateTimeUtc().addYears(-6).toString(Qt::ISODateWithMs);
    const QString fourYearsAgo = QDateTime::currentDateTimeUtc().addYears(-4).toString(Qt::ISODateWithMs);
    QVERIFY(m_location->exec(QStringLiteral("UPDATE records SET closed_at = '%1' WHERE receipt_code = '%2'").arg(sixYearsAgo, old)));
    QVERIFY(m_location->exec(QStringLiteral("UPDATE records SET closed_at = '%1' WHERE receipt_code = '%2'").arg(fourYearsAgo, recent)));
    int exit = -1;
    const QByteArray out = cli({QStringLiteral("purge")}, {}, &exit);
    QCOMPARE(exit, 0);
    QVERIFY2(out.contains("from 1 records"), out.constData());
    QVERIFY(scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {old}).toString().isEmpty());
    QVERIFY(!scalar(QStringLiteral("SELECT personal_erased_at FROM records WHERE receipt_code = ?"), {old}).toString().isEmpty());
    QVERIFY(!scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {recent}).toString().isEmpty());
    QVERIFY(!scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {open}).toString().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT target FROM audit_log WHERE action = 'record.personal.purge'")).toString(), old);
    // Nothing left to purge: a second run erases none.
    QVERIFY(cli({QStringLiteral("purge")}).contains("from 0 records"));
}

void tst_StaffRecord::hostileInputStaysText()
{
    const QString code = deliver(QStringLiteral("report.waste"), 0);
    const Session s = signIn(QStringLiteral("city1"));
    const QStringList hostile{QStringLiteral("<script>alert(1)</script>"), QStringLiteral("\"><img src=x onerror=alert(1)>"),
                              QStringLiteral("abc\u202Eexe.jpg"), QStringLiteral("'; DROP TABLE records; --")};
    for (const QString &h : hostile) {
        const Reply r = post(s, QStringLiteral("/staff/records/%1/status").arg(code),
                             {{QStringLiteral("status"), QStringLiteral("in_progress")}, {QStringLiteral("reply"), h},
                              {QStringLiteral("note"), h}});
        QCOMPARE(r.status, 303);
        const Reply c = post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                             {{QStringLiteral("field"), QStringLiteral("place")}, {QStringLiteral("value"), h}});
        QCOMPARE(c.status, 303);
        const Reply d = post(s, QStringLiteral("/staff/records/%1/duplicate").arg(code),
                             {{QStringLiteral("original"), h}, {QStringLiteral("reply"), h}});
        QCOMPARE(d.status, 400);
        QVERIFY(!d.text().contains(QStringLiteral("<img src=x")));
        const Reply bad = post(s, QStringLiteral("/staff/records/%1/status").arg(code),
                               {{QStringLiteral("status"), h}, {QStringLiteral("reply"), h}});
        QCOMPARE(bad.status, 400);
    }
    const Reply page = get(s, QStringLiteral("/staff/records/") + code);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(!page.text().contains(QStringLiteral("<img src=x")));
    QVERIFY(page.text().contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!page.text().contains(QChar(0x202E)));  // stored text is cleaned of bidi overrides
    QVERIFY(page.text().contains(QStringLiteral("DROP TABLE records")));
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM records")).toInt() >= 1);
    // 10,000 characters: a clear 400, the page drawn again, nothing stored.
    const QString huge(10000, u'x');
    const Reply tooLong = post(s, QStringLiteral("/staff/records/%1/status").arg(code),
                               {{QStringLiteral("status"), QStringLiteral("resolved")}, {QStringLiteral("reply"), huge}});
    QCOMPARE(tooLong.status, 400);
    QVERIFY(tooLong.text().contains(QStringLiteral("tối đa 1000 ký tự")));
    QVERIFY(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString() != u"resolved");
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                  {{QStringLiteral("field"), QStringLiteral("description")}, {QStringLiteral("value"), huge}}).status, 400);
    QCOMPARE(post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                  {{QStringLiteral("field"), QStringLiteral("<script>")}, {QStringLiteral("value"), QStringLiteral("x")}}).status, 400);
    // A hostile code in the URL is a 404 page, not an echo.
    const Reply url = get(s, QStringLiteral("/staff/records/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
    QCOMPARE(url.status, 404);
    QVERIFY(!url.text().contains(QStringLiteral("<script>alert")));
}

void tst_StaffRecord::templatesDuplicateAndPublish()
{
    const QString original = deliver(QStringLiteral("report.waste"), 0);
    QJsonObject sent;
    const QString code = deliver(QStringLiteral("report.waste"), 2, &sent);
    const Session city = signIn(QStringLiteral("city1"));
    // "Fill in template": the status's template lands in the reply box (seeded defaults).
    const Reply filled = get(city, QStringLiteral("/staff/records/%1?status=resolved").arg(code));
    QCOMPARE(filled.status, 200);
    QVERIFY(filled.text().contains(QStringLiteral("Phản ánh của bạn đã được xử lý xong.")));
    // An admin edits a template; officers get the new words; the edit is audited.
    const Session admin = signIn(QStringLiteral("admin1"));
    QCOMPARE(get(city, QStringLiteral("/staff/templates")).status, 404);
    QCOMPARE(get(admin, QStringLiteral("/staff/templates")).status, 200);
    QCOMPARE(post(admin, QStringLiteral("/staff/templates"),
                  {{QStringLiteral("resolved_vi"), QStringLiteral("Đã dọn sạch. <b>Cảm ơn</b>")}}).status, 303);
    QCOMPARE(scalar(QStringLiteral("SELECT target FROM audit_log WHERE action = 'template.edit'")).toString(),
             QStringLiteral("template:resolved/vi"));
    QVERIFY(get(city, QStringLiteral("/staff/records/%1?status=resolved").arg(code)).text()
                    .contains(QStringLiteral("Đã dọn sạch. &lt;b&gt;Cảm ơn&lt;/b&gt;")));
    // Publishing: only a resolved report, only in the officer's own words, photo left out.
    const Session ward = signIn(QStringLiteral("ward1"));
    QCOMPARE(post(ward, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), QStringLiteral("Bãi rác đã được dọn.")}}).status, 403);
    QCOMPARE(post(city, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), QStringLiteral("Bãi rác đã được dọn.")}}).status, 400);
    QCOMPARE(post(city, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("resolved")}}).status, 303);
    const QString description = sent.value(QStringLiteral("payload")).toObject().value(QStringLiteral("description")).toString();
    const Reply same = post(city, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), description.toUpper()}});
    QCOMPARE(same.status, 400);
    QVERIFY(same.text().contains(QStringLiteral("không được chép nguyên lời người dân")));
    QCOMPARE(post(city, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), QStringLiteral("Bãi rác cạnh chợ đã được dọn.")}}).status, 303);
    QCOMPARE(scalar(QStringLiteral("SELECT public_summary FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("Bãi rác cạnh chợ đã được dọn."));
    QVERIFY(!scalar(QStringLiteral("SELECT published_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(scalar(QStringLiteral("SELECT public_photo FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'record.publish'")).toString(), QStringLiteral("no-photo"));
    QCOMPARE(post(city, QStringLiteral("/staff/records/%1/unpublish").arg(code), {}).status, 303);
    QVERIFY(scalar(QStringLiteral("SELECT published_at FROM records WHERE receipt_code = ?"), {code}).isNull());
    // A duplicate names its original in the public reply.
    const Reply dup = post(ward, QStringLiteral("/staff/records/%1/duplicate").arg(code),
                           {{QStringLiteral("original"), original.toLower()},
                            {QStringLiteral("reply"), QStringLiteral("Trùng với phản ánh {original}.")}});
    QCOMPARE(dup.status, 303);
    QCOMPARE(scalar(QStringLiteral("SELECT duplicate_of FROM records WHERE receipt_code = ?"), {code}).toString(), original);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("duplicate"));
    QCOMPARE(scalar(QStringLiteral("SELECT status_note FROM records WHERE receipt_code = ?"), {code}).toString(),
             QStringLiteral("Trùng với phản ánh %1.").arg(original));
    QVERIFY(http("GET", QStringLiteral("/r/") + code).text().contains(original));
    // Itself, or a record of another ward (for a ward officer), is refused.
    QCOMPARE(post(ward, QStringLiteral("/staff/records/%1/duplicate").arg(original), {{QStringLiteral("original"), original}}).status, 400);
}

QTEST_GUILESS_MAIN(tst_StaffRecord)
#include "tst_staffrecord.moc"
