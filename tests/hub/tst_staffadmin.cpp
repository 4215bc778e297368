// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_staffadmin.h"

#include "staff/passwordhasher.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace {

/** Keeps no cookies: each request carries exactly the cookies the test gives it. */
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

const QString Password = QStringLiteral("correct horse battery");

}

void tst_StaffAdmin::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_StaffAdmin::init()
{
    QFETCH_GLOBAL(QString, dialect);
    m_location = std::make_unique<HubTestLocation>(dialect);
    if (!m_location->isAvailable())
        QSKIP("no PostgreSQL test server: set CIVIC_TEST_PG_URL (or run through ctest's postgres fixture)");
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
    m_store = std::make_unique<HubStore>(*m_db);
    QString error;
    QVERIFY2(m_store->content().ensureContent(&error), qPrintable(error));
    m_server = std::make_unique<HubServer>(*m_store);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_nam.setCookieJar(new NoCookies(&m_nam));
    m_sequence = 0;
}

void tst_StaffAdmin::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_db.reset();
    m_location.reset();
}

tst_StaffAdmin::Reply tst_StaffAdmin::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                           const QByteArray &cookie)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    if (!cookie.isEmpty())
        request.setRawHeader("Cookie", cookie);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
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

tst_StaffAdmin::Reply tst_StaffAdmin::get(const QString &path, const Session &s)
{
    return send("GET", path, {}, s.token.isEmpty() ? QByteArray() : "staff_session=" + s.token.toLatin1());
}

tst_StaffAdmin::Reply tst_StaffAdmin::post(const QString &path, const Fields &fields, const Session &s, bool withCsrf)
{
    QStringList parts;
    if (withCsrf)
        parts.append(QStringLiteral("csrf=") + s.csrf);
    for (const auto &[k, v] : fields)
        parts.append(k + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return send("POST", path, parts.join(u'&').toUtf8(), "staff_session=" + s.token.toLatin1());
}

tst_StaffAdmin::Session tst_StaffAdmin::signIn(const QString &login)
{
    const Reply form = send("GET", QStringLiteral("/staff/login"), {}, {});
    const QString pre = QRegularExpression(QStringLiteral("staff_pre=([0-9a-f]{32})"))
                                .match(QString::fromLatin1(form.headers.value("set-cookie"))).captured(1);
    const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([0-9a-f]+)\"")).match(form.text()).captured(1);
    const Reply in = send("POST", QStringLiteral("/staff/login"),
                          QStringLiteral("csrf=%1&login=%2&password=%3")
                                  .arg(csrf, login, QString::fromLatin1(QUrl::toPercentEncoding(Password))).toUtf8(),
                          "staff_pre=" + pre.toLatin1());
    Session s;
    s.token = QRegularExpression(QStringLiteral("staff_session=([0-9a-f]{64})"))
                      .match(QString::fromLatin1(in.headers.value("set-cookie"))).captured(1);
    if (in.status != 303 || s.token.isEmpty()) {
        qWarning() << "sign-in of" << login << "failed:" << in.status;
        return {};
    }
    const Reply page = get(QStringLiteral("/staff/account"), s);
    s.csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([0-9a-f]+)\"")).match(page.text()).captured(1);
    return s;
}

void tst_StaffAdmin::addAccount(const QString &login, const QString &roles, const QString &ward)
{
    QString error;
    const auto outcome = m_store->accounts().add(AuditActor::commandLine(), login, login.toUpper(),
                                                 StaffRole::fromText(roles), ward, PasswordHasher::hash(Password), &error);
    QVERIFY2(outcome == StaffAccounts::Outcome::Done, qPrintable(error));
}

HubKiosk tst_StaffAdmin::enrolKiosk(const QString &ward)
{
    QString error;
    const std::optional<QString> code = m_store->kiosks().createEnrolCode(ward, &error);
    HubEnrolment e;
    if (!code || m_store->kiosks().enrol(*code, QStringLiteral("Sảnh 1"), &e) != KioskRegistry::EnrolOutcome::Enrolled)
        return {};
    return m_store->kiosks().authenticate(e.token).value_or(HubKiosk{});
}

QList<QJsonObject> tst_StaffAdmin::ingest(const HubKiosk &kiosk, const QStringList &kinds)
{
    QJsonArray batch;
    QList<QJsonObject> out;
    for (const QString &kind : kinds) {
        const QJsonObject r = HubTestRecords::record(kiosk, kind, int(m_sequence), m_sequence + 1);
        ++m_sequence;
        batch.append(r);
        out.append(r);
    }
    const HubIngestBatch b = m_store->ingest().ingest(kiosk, batch);
    for (const auto &result : b.results) {
        if (result.result != u"accepted")
            qWarning() << "not accepted:" << result.result << result.reason;
    }
    return out;
}

bool tst_StaffAdmin::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

QVariant tst_StaffAdmin::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QString tst_StaffAdmin::code(const QJsonObject &record)
{
    return record.value(QStringLiteral("receiptCode")).toString();
}

void tst_StaffAdmin::dashboardFiguresOnAKnownFixture()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    QVERIFY(!hb.id.isEmpty() && !lc.id.isEmpty());
    const auto h = ingest(hb, {QStringLiteral("pledge.land"), QStringLiteral("pledge.labour"), QStringLiteral("report.waste"),
                               QStringLiteral("report.waste"), QStringLiteral("report.waste")});
    const auto l = ingest(lc, {QStringLiteral("report.waste"), QStringLiteral("report.waste")});
    // HONG-BANG: first replies after 1, 2 and 6 days (median 2); LE-CHAN: after 3 and 4 (median 3.5).
    auto set = [this](const QJsonObject &r, const QString &status, const QString &received, const QString &reply) {
        QVERIFY(exec(QStringLiteral("UPDATE records SET status = ?, received_at = ?, first_reply_at = ? WHERE receipt_code = ?"),
                     {status, received, reply.isEmpty() ? HubDatabase::nullText() : QVariant(reply), code(r)}));
    };
    set(h[0], QStringLiteral("contacted"), QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("2026-01-02T00:00:00.000Z"));
    set(h[1], QStringLiteral("received"), QStringLiteral("2026-01-01T00:00:00.000Z"), {});
    set(h[2], QStringLiteral("in_progress"), QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("2026-01-03T00:00:00.000Z"));
    set(h[3], QStringLiteral("resolved"), QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("2026-01-07T00:00:00.000Z"));
    set(h[4], QStringLiteral("received"), QStringLiteral("2026-01-20T00:00:00.000Z"), {});
    set(l[0], QStringLiteral("received"), QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("2026-01-04T00:00:00.000Z"));
    set(l[1], QStringLiteral("rejected"), QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("2026-01-05T00:00:00.000Z"));

    const auto all = m_store->dashboard().read({}, QStringLiteral("2026-01-25T00:00:00.000Z"));
    QVERIFY(all);
    auto count = [](const DashboardFigures::Figures &f, const QString &ward, const QString &kind, const QString &status) {
        for (const auto &c : f.counts)
            if (c.ward == ward && c.kind == kind && c.status == status)
                return c.count;
        return qint64(0);
    };
    QCOMPARE(count(*all, QStringLiteral("HONG-BANG"), QStringLiteral("pledge"), QStringLiteral("contacted")), 1);
    QCOMPARE(count(*all, QStringLiteral("HONG-BANG"), QStringLiteral("pledge"), QStringLiteral("received")), 1);
    QCOMPARE(count(*all, QStringLiteral("HONG-BANG"), QStringLiteral("report"), QStringLiteral("received")), 1);
    QCOMPARE(count(*all, QStringLiteral("LE-CHAN"), QStringLiteral("report"), QStringLiteral("rejected")), 1);
    QCOMPARE(all->firstReply.size(), 3);
    QCOMPARE(all->firstReply[0].ward, QStringLiteral("HONG-BANG"));
    QCOMPARE(all->firstReply[0].answered, 3);
    QVERIFY(qAbs(all->firstReply[0].medianDays - 2.0) < 0.001);
    QCOMPARE(all->firstReply[1].ward, QStringLiteral("LE-CHAN"));
    QVERIFY(qAbs(all->firstReply[1].medianDays - 3.5) < 0.001);
    QCOMPARE(all->firstReply[2].ward, QString());
    QCOMPARE(all->firstReply[2].answered, 5);
    QVERIFY(qAbs(all->firstReply[2].medianDays - 3.0) < 0.001);
    // Open reports received before 11 January: HONG-BANG's in_progress one, LE-CHAN's received one;
    // the 20 January one is too young, resolved and rejected ones are closed.
    QCOMPARE(all->overdue.size(), 2);
    QCOMPARE(all->overdue[0].ward, QStringLiteral("HONG-BANG"));
    QCOMPARE(all->overdue[0].count, 1);
    QCOMPARE(all->overdue[1].count, 1);

    const auto one = m_store->dashboard().read(QStringLiteral("LE-CHAN"), QStringLiteral("2026-01-25T00:00:00.000Z"));
    QVERIFY(one);
    for (const auto &c : one->counts)
        QCOMPARE(c.ward, QStringLiteral("LE-CHAN"));
    QCOMPARE(one->firstReply.size(), 2);
    QCOMPARE(one->overdue.size(), 1);
    QCOMPARE(DashboardFigures::median({}), 0.0);
    QCOMPARE(DashboardFigures::median({5, 1, 3}), 3.0);
}

void tst_StaffAdmin::dashboardPagesByRole()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    ingest(hb, {QStringLiteral("report.waste")});
    ingest(lc, {QStringLiteral("report.waste"), QStringLiteral("pledge.land")});
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    addAccount(QStringLiteral("lechan"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"));
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));

    const Session city = signIn(QStringLiteral("city"));
    QVERIFY(!city.csrf.isEmpty());
    Reply r = get(QStringLiteral("/staff/dashboard"), city);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("HONG-BANG")));
    QVERIFY(r.text().contains(QStringLiteral("LE-CHAN")));
    // The officer grants of the fixture's accounts are flagged to a city officer.
    QVERIFY(r.text().contains(QStringLiteral("Vai trò cán bộ mới cấp")));
    QVERIFY(r.text().contains(QStringLiteral("<strong>lechan</strong>")));
    QVERIFY(r.headers.value("cache-control").contains("no-store"));

    const Session ward = signIn(QStringLiteral("lechan"));
    r = get(QStringLiteral("/staff/dashboard"), ward);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("LE-CHAN")));
    QVERIFY(!r.text().contains(QStringLiteral("HONG-BANG")));
    QVERIFY(!r.text().contains(QStringLiteral("Vai trò cán bộ mới cấp")));

    const Session admin = signIn(QStringLiteral("admin"));
    r = get(QStringLiteral("/staff/dashboard"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("<strong>city</strong>")));
    // No figures for an admin who is no officer: only the grants.
    QVERIFY(!r.text().contains(QStringLiteral("Trả lời người dân")));
    QVERIFY(!r.text().contains(QStringLiteral("HONG-BANG")));
    // Without a session: to the sign-in page and back.
    r = get(QStringLiteral("/staff/dashboard"));
    QCOMPARE(r.status, 303);
    QVERIFY(r.headers.value("location").startsWith("/staff/login?next="));
}

void tst_StaffAdmin::adminWithoutOfficerRoleSeesNoPersonalData()
{
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    const auto l = ingest(lc, {QStringLiteral("pledge.land")});
    const QString name = scalar(QStringLiteral("SELECT personal FROM records")).toString();
    QVERIFY(name.contains(QStringLiteral("fullName")));
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    const Session admin = signIn(QStringLiteral("admin"));
    QCOMPARE(get(QStringLiteral("/staff/export.csv"), admin).status, 404);
    QCOMPARE(get(QStringLiteral("/staff/export.csv?personal=1"), admin).status, 404);
    for (const QString &path : {QStringLiteral("/staff/dashboard"), QStringLiteral("/staff/accounts"),
                                QStringLiteral("/staff/audit"), QStringLiteral("/staff/audit.csv")}) {
        const Reply r = get(path, admin);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.text().contains(QStringLiteral("Nguyễn")) && !r.text().contains(QStringLiteral("09123")), qPrintable(path));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE '%personal%'")).toLongLong(), 0);
}

void tst_StaffAdmin::accountAddDisableEndsSessions()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    const Session admin = signIn(QStringLiteral("admin"));
    const Session city = signIn(QStringLiteral("city"));
    QVERIFY(!admin.csrf.isEmpty() && !city.csrf.isEmpty());

    // A city officer is no admin: the accounts are not there for them.
    QCOMPARE(get(QStringLiteral("/staff/accounts"), city).status, 404);
    QCOMPARE(post(QStringLiteral("/staff/new-account"), {{QStringLiteral("login"), QStringLiteral("x1")}}, city).status, 404);

    // Add a ward officer through the form; the password is hashed off the HTTP thread.
    Reply r = post(QStringLiteral("/staff/new-account"),
                   {{QStringLiteral("login"), QStringLiteral("Hoa.LC")}, {QStringLiteral("name"), QStringLiteral("Trần Thị Hoa")},
                    {QStringLiteral("role"), QStringLiteral("ward")}, {QStringLiteral("ward"), QStringLiteral("le-chan")},
                    {QStringLiteral("password"), Password}, {QStringLiteral("password2"), Password}},
                   admin);
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/accounts/hoa.lc?done=added"));
    const auto added = m_store->accounts().byLogin(QStringLiteral("hoa.lc"));
    QVERIFY(added);
    QCOMPARE(added->account.ward, QStringLiteral("LE-CHAN"));
    QVERIFY(added->passwordHash.startsWith("$argon2id$"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target = 'account:hoa.lc' AND actor = 'admin'"
                                   " AND action IN ('account.add', 'account.officer-granted')")).toLongLong(), 2);
    r = get(QStringLiteral("/staff/accounts"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("Trần Thị Hoa")));

    // The new officer signs in; disabling the account ends that session at once.
    const Session hoa = signIn(QStringLiteral("hoa.lc"));
    QCOMPARE(get(QStringLiteral("/staff/account"), hoa).status, 200);
    // Without the CSRF token the disable is refused and changes nothing.
    QCOMPARE(post(QStringLiteral("/staff/accounts/hoa.lc/disable"), {}, admin, false).status, 403);
    QCOMPARE(get(QStringLiteral("/staff/account"), hoa).status, 200);
    r = post(QStringLiteral("/staff/accounts/hoa.lc/disable"), {}, admin);
    QCOMPARE(r.status, 303);
    QCOMPARE(get(QStringLiteral("/staff/account"), hoa).status, 303);
    QCOMPARE(m_store->sessions().openCount(added->account.id), 0);
    QVERIFY(!m_store->accounts().byLogin(QStringLiteral("hoa.lc"))->account.isActive());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.disable'")).toLongLong(), 1);
    r = post(QStringLiteral("/staff/accounts/hoa.lc/enable"), {}, admin);
    QCOMPARE(r.status, 303);

    // A new password and a role change end the city officer's session too.
    r = post(QStringLiteral("/staff/accounts/city/password"),
             {{QStringLiteral("password"), QStringLiteral("another long secret")},
              {QStringLiteral("password2"), QStringLiteral("another long secret")}},
             admin);
    QCOMPARE(r.status, 303);
    QCOMPARE(get(QStringLiteral("/staff/account"), city).status, 303);
    QVERIFY(PasswordHasher::verify(m_store->accounts().byLogin(QStringLiteral("city"))->passwordHash,
                                   QStringLiteral("another long secret")));
    r = post(QStringLiteral("/staff/accounts/hoa.lc/roles"),
             {{QStringLiteral("role"), QStringLiteral("city")}, {QStringLiteral("ward"), QStringLiteral("LE-CHAN")}}, admin);
    QCOMPARE(r.status, 303);
    const auto changed = m_store->accounts().byLogin(QStringLiteral("hoa.lc"));
    QVERIFY(changed->account.isCityOfficer());
    QCOMPARE(changed->account.ward, QString());
    // The admin's own session lives on.
    QCOMPARE(get(QStringLiteral("/staff/accounts"), admin).status, 200);
}

void tst_StaffAdmin::adminCannotLockThemselvesOut()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    const Session admin = signIn(QStringLiteral("admin"));
    Reply r = post(QStringLiteral("/staff/accounts/admin/disable"), {}, admin);
    QCOMPARE(r.status, 409);
    r = post(QStringLiteral("/staff/accounts/admin/roles"), {{QStringLiteral("role"), QStringLiteral("city")}}, admin);
    QCOMPARE(r.status, 409);
    const auto me = m_store->accounts().byLogin(QStringLiteral("admin"));
    QVERIFY(me->account.isActive());
    QCOMPARE(me->account.roles, StaffRole::Roles(StaffRole::Admin));
    QCOMPARE(get(QStringLiteral("/staff/accounts"), admin).status, 200);
    // Adding a role to oneself is allowed (and flagged); it ends one's sessions like any role change.
    r = post(QStringLiteral("/staff/accounts/admin/roles"),
             {{QStringLiteral("role"), QStringLiteral("admin")}, {QStringLiteral("role"), QStringLiteral("city")}}, admin);
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/login?ended=1"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.officer-granted'"
                                   " AND target = 'account:admin'")).toLongLong(), 1);
}

void tst_StaffAdmin::accountFormsRefuseBadAndHostileInput()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    const Session admin = signIn(QStringLiteral("admin"));
    auto add = [&](const QString &login, const QString &name, const QString &role, const QString &ward,
                   const QString &p1 = Password, const QString &p2 = Password) {
        return post(QStringLiteral("/staff/new-account"),
                    {{QStringLiteral("login"), login}, {QStringLiteral("name"), name}, {QStringLiteral("role"), role},
                     {QStringLiteral("ward"), ward}, {QStringLiteral("password"), p1}, {QStringLiteral("password2"), p2}},
                    admin);
    };
    const QString hostile = QStringLiteral("\"><img src=x onerror=alert(1)><script>alert(2)</script>\u202Eevil");
    Reply r = add(QStringLiteral("mallory"), hostile, QStringLiteral("admin"), {});
    QCOMPARE(r.status, 303);
    r = get(QStringLiteral("/staff/accounts"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.text().contains(QStringLiteral("<img src=x")));
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(!r.text().contains(QChar(0x202E)));
    QVERIFY(r.text().contains(QStringLiteral("&lt;script&gt;alert(2)&lt;/script&gt;")));

    const QString sqlish = QStringLiteral("x'; DROP TABLE staff_accounts; --");
    QCOMPARE(add(sqlish, QStringLiteral("A"), QStringLiteral("admin"), {}).status, 400);
    QCOMPARE(add(QStringLiteral("longname"), QString(10000, u'ệ'), QStringLiteral("admin"), {}).status, 400);
    QCOMPARE(add(QStringLiteral("short"), QStringLiteral("A"), QStringLiteral("admin"), {}, QStringLiteral("short"),
                 QStringLiteral("short")).status, 400);
    QCOMPARE(add(QStringLiteral("differ"), QStringLiteral("A"), QStringLiteral("admin"), {}, Password, Password + u'x').status, 400);
    QCOMPARE(add(QStringLiteral("noward"), QStringLiteral("A"), QStringLiteral("ward"), {}).status, 400);
    r = add(QStringLiteral("badward"), QStringLiteral("A"), QStringLiteral("ward"), QStringLiteral("<b>NOWHERE</b>"));
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<b>NOWHERE")));
    QVERIFY(r.text().contains(QStringLiteral("Không có phường với mã này")));
    QCOMPARE(add(QStringLiteral("mallory"), QStringLiteral("Again"), QStringLiteral("admin"), {}).status, 400);
    QCOMPARE(add(QStringLiteral("norole"), QStringLiteral("A"), QStringLiteral("superuser"), {}).status, 400);
    QCOMPARE(post(QStringLiteral("/staff/new-account"), {{QStringLiteral("login"), QStringLiteral("nocsrf")}}, admin, false).status, 403);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM staff_accounts")).toLongLong(), 2);
    QCOMPARE(get(QStringLiteral("/staff/accounts/nobody"), admin).status, 404);
    QCOMPARE(post(QStringLiteral("/staff/accounts/nobody/disable"), {}, admin).status, 404);
    QCOMPARE(get(QStringLiteral("/staff/accounts/admin/disable"), admin).status, 405);
    // English words in English.
    r = send("POST", QStringLiteral("/staff/new-account"),
             QStringLiteral("csrf=%1&login=a&name=A&role=admin&password=x&password2=x").arg(admin.csrf).toUtf8(),
             "staff_session=" + admin.token.toLatin1() + "; staff_lang=en");
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("An account name is 2–64")));
}

void tst_StaffAdmin::auditPageFiltersAndCsv()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    QVERIFY(m_store->audit().append({0, QStringLiteral("=evil")}, QStringLiteral("test.odd"), QStringLiteral("+target"), {},
                                    QStringLiteral("@detail <script>alert(1)</script>")));
    const Session admin = signIn(QStringLiteral("admin"));
    QCOMPARE(get(QStringLiteral("/staff/audit"), signIn(QStringLiteral("city"))).status, 404);

    Reply r = get(QStringLiteral("/staff/audit"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("account.officer-granted")));
    QVERIFY(r.text().contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));

    r = get(QStringLiteral("/staff/audit?action=account.&actor=city-hub"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("account:city")));
    QVERIFY(!r.text().contains(QStringLiteral("test.odd")));
    QVERIFY(!r.text().contains(QStringLiteral("session.sign-in")));

    // Hostile filter text is shown back escaped; a bad date is a 400 in the page's language.
    r = get(QStringLiteral("/staff/audit?actor=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&target=%27%20OR%201%3D1--"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.text().contains(QStringLiteral("<img src=x")));
    QVERIFY(r.text().contains(QStringLiteral("&quot;&gt;&lt;img src=x")));
    r = get(QStringLiteral("/staff/audit?from=2026-13-45"), admin);
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("ngày/tháng/năm")));
    QCOMPARE(get(QStringLiteral("/staff/audit?page=-3"), admin).status, 400);
    QCOMPARE(get(QStringLiteral("/staff/audit?from=2000-01-01&to=2000-01-02"), admin).status, 200);
    // Typed as officers write dates (the field's hint says day/month/year), and shown back so.
    r = get(QStringLiteral("/staff/audit?from=01/01/2000&to=2/1/2000"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("value=\"01/01/2000\"")));
    QCOMPARE(get(QStringLiteral("/staff/audit?from=31/02/2026"), admin).status, 400);

    r = get(QStringLiteral("/staff/audit.csv?action=test."), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("\xEF\xBB\xBF" "seq,at,account_id,actor,action,target,fields,detail\r\n"));
    QCOMPARE(r.body.count("\r\n"), 2);
    QVERIFY2(r.text().contains(QStringLiteral(",'=evil,test.odd,'+target,,'@detail <script>alert(1)</script>\r\n")),
             qPrintable(r.text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export' AND actor = 'admin'")).toLongLong(), 1);

    // Paging: 60 lines make two pages.
    for (int i = 0; i < 60; ++i)
        QVERIFY(m_store->audit().append({0, QStringLiteral("city-hub")}, QStringLiteral("test.many"), QString::number(i)));
    r = get(QStringLiteral("/staff/audit?action=test.many"), admin);
    QVERIFY(r.text().contains(QStringLiteral("/staff/audit?action=test.many&amp;page=2")));
    r = get(QStringLiteral("/staff/audit?action=test.many&page=2"), admin);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("trang 2/2")));
}

QTEST_GUILESS_MAIN(tst_StaffAdmin)
