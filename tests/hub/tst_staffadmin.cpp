// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"
#include "hubdatabase.h"
#include "hubserver.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "staff/passwordhasher.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString Password = QStringLiteral("correct horse battery");

}

/** The dashboard, the CSV export, the accounts and the audit log of the back-office, through
    the real HubServer on 127.0.0.1 (in this process) and the store, on SQLite and PostgreSQL. */
class tst_StaffAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void dashboardFiguresOnAKnownFixture();
    void dashboardPagesByRole();
    void exportCsvNeutralisedAndPersonalOnlyWhenAllowed();
    void adminWithoutOfficerRoleSeesNoPersonalData();
    void accountAddDisableEndsSessions();
    void adminCannotLockThemselvesOut();
    void accountFormsRefuseBadAndHostileInput();
    void auditPageFiltersAndCsv();

private:
    void addAccount(const QString &login, const QString &roles, const QString &ward = {});
    HubKiosk enrolKiosk(const QString &ward);
    QList<QJsonObject> ingest(const HubKiosk &kiosk, const QStringList &kinds);
    bool exec(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    HubClient m_hub;
    quint32 m_sequence = 0;
};

void tst_StaffAdmin::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_StaffAdmin::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
    m_store = std::make_unique<HubStore>(*m_db);
    QString error;
    QVERIFY2(m_store->content().ensureContent(&error), qPrintable(error));
    m_server = std::make_unique<HubServer>(*m_store);
    m_hub.setPort(m_server->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_hub.port() != 0);
    m_sequence = 0;
}

void tst_StaffAdmin::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_db.reset();
    m_location.reset();
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

static QString code(const QJsonObject &record)
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

    const StaffSession city = m_hub.signIn(QStringLiteral("city"), Password);
    QVERIFY(!city.csrf.isEmpty());
    HttpReply r = m_hub.get(city, QStringLiteral("/staff/dashboard"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("HONG-BANG")));
    QVERIFY(r.text().contains(QStringLiteral("LE-CHAN")));
    // The officer grants of the fixture's accounts are flagged to a city officer.
    QVERIFY(r.text().contains(QStringLiteral("Vai trò cán bộ mới cấp")));
    QVERIFY(r.text().contains(QStringLiteral("<strong>lechan</strong>")));
    QVERIFY(r.headers.value("cache-control").contains("no-store"));

    const StaffSession ward = m_hub.signIn(QStringLiteral("lechan"), Password);
    r = m_hub.get(ward, QStringLiteral("/staff/dashboard"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("LE-CHAN")));
    QVERIFY(!r.text().contains(QStringLiteral("HONG-BANG")));
    QVERIFY(!r.text().contains(QStringLiteral("Vai trò cán bộ mới cấp")));

    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"), Password);
    r = m_hub.get(admin, QStringLiteral("/staff/dashboard"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("<strong>city</strong>")));
    // No figures for an admin who is no officer: only the grants.
    QVERIFY(!r.text().contains(QStringLiteral("Trả lời người dân")));
    QVERIFY(!r.text().contains(QStringLiteral("HONG-BANG")));
    // Without a session: to the sign-in page and back.
    r = m_hub.get({}, QStringLiteral("/staff/dashboard"));
    QCOMPARE(r.status, 303);
    QVERIFY(r.headers.value("location").startsWith("/staff/login?next="));
}

void tst_StaffAdmin::exportCsvNeutralisedAndPersonalOnlyWhenAllowed()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    const auto h = ingest(hb, {QStringLiteral("report.waste")});
    const auto l = ingest(lc, {QStringLiteral("pledge.land"), QStringLiteral("report.waste")});
    QVERIFY(exec(QStringLiteral("UPDATE records SET status_note = ? WHERE receipt_code = ?"),
                 {QStringLiteral("=cmd|' /C calc'!A0"), code(l[0])}));
    QVERIFY(exec(QStringLiteral("UPDATE records SET personal = ? WHERE receipt_code = ?"),
                 {QStringLiteral(R"j({"person":{"fullName":"@SUM(1+1)","phone":"0912345678","residentialGroup":"\tTổ 1"}})j"),
                  code(l[0])}));
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    addAccount(QStringLiteral("lechan"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"));
    const StaffSession city = m_hub.signIn(QStringLiteral("city"), Password);
    const StaffSession ward = m_hub.signIn(QStringLiteral("lechan"), Password);

    HttpReply r = m_hub.get(city, QStringLiteral("/staff/export.csv"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/csv"));
    QVERIFY(r.headers.value("content-disposition").startsWith("attachment"));
    QVERIFY(r.body.startsWith("\xEF\xBB\xBF" "receipt_code,id,kind,"));
    QCOMPARE(r.body.count("\r\n"), 4);
    QVERIFY(!r.text().contains(QStringLiteral("full_name")));
    QVERIFY(!r.text().contains(QStringLiteral("0912345678")));
    QVERIFY2(r.text().contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(r.text()));
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.personal'")).toLongLong());

    // Filtered by kind and ward.
    r = m_hub.get(city, QStringLiteral("/staff/export.csv?kind=report&ward=HONG-BANG"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.count("\r\n"), 2);
    QVERIFY(r.text().contains(code(h[0])));
    // The inbox's "open" and "nobody" values mean the same here.
    QVERIFY(exec(QStringLiteral("UPDATE records SET status = 'resolved' WHERE receipt_code = ?"), {code(l[1])}));
    r = m_hub.get(city, QStringLiteral("/staff/export.csv?kind=report&status=open&assignee=nobody"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.count("\r\n"), 2);
    QVERIFY(r.text().contains(code(h[0])));

    // Contact details when ticked, neutralised, audited with field names and row count only.
    r = m_hub.get(city, QStringLiteral("/staff/export.csv?personal=1"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral(",full_name,phone,residential_group\r\n")));
    QVERIFY2(r.text().contains(QStringLiteral(",'@SUM(1+1),0912345678,'\tTổ 1\r\n")), qPrintable(r.text()));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.personal'")).toLongLong(), 1);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'export.personal'")).toString(),
             QStringLiteral("name,phone,group"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export.personal'")).toString(),
             QStringLiteral("rows=3"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'export.personal'")).toString(),
             QStringLiteral("city"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%0912%' OR detail LIKE '%SUM%'")).toLongLong(), 0);

    // A ward officer: their ward only, by default and with contact details; another ward is a 404.
    r = m_hub.get(ward, QStringLiteral("/staff/export.csv?personal=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.count("\r\n"), 3);
    QVERIFY(!r.text().contains(code(h[0])));
    QCOMPARE(m_hub.get(ward, QStringLiteral("/staff/export.csv?ward=HONG-BANG")).status, 404);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.personal'")).toLongLong(), 2);

    // Bad filters: 400, the input never echoed raw.
    r = m_hub.get(city, QStringLiteral("/staff/export.csv?status=%3Cscript%3Ealert(1)%3C/script%3E"));
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<script>")));
    QCOMPARE(m_hub.get(city, QStringLiteral("/staff/export.csv?from=yesterday")).status, 400);
    QCOMPARE(m_hub.get(city, QStringLiteral("/staff/export.csv?ward=%27%3B%20DROP%20TABLE%20records%3B--")).status, 400);
    QCOMPARE(m_hub.get(city, QStringLiteral("/staff/export.csv?kind=pledge%27%20OR%201%3D1")).status, 400);
    QVERIFY(m_location->scalar(QStringLiteral("SELECT count(*) FROM records")).toLongLong() == 3);
}

void tst_StaffAdmin::adminWithoutOfficerRoleSeesNoPersonalData()
{
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    const auto l = ingest(lc, {QStringLiteral("pledge.land")});
    const QString name = m_location->scalar(QStringLiteral("SELECT personal FROM records")).toString();
    QVERIFY(name.contains(QStringLiteral("fullName")));
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"), Password);
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/export.csv")).status, 404);
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/export.csv?personal=1")).status, 404);
    for (const QString &path : {QStringLiteral("/staff/dashboard"), QStringLiteral("/staff/accounts"),
                                QStringLiteral("/staff/audit"), QStringLiteral("/staff/audit.csv")}) {
        const HttpReply r = m_hub.get(admin, path);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.text().contains(QStringLiteral("Nguyễn")) && !r.text().contains(QStringLiteral("09123")), qPrintable(path));
    }
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE '%personal%'")).toLongLong(), 0);
}

void tst_StaffAdmin::accountAddDisableEndsSessions()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"), Password);
    const StaffSession city = m_hub.signIn(QStringLiteral("city"), Password);
    QVERIFY(!admin.csrf.isEmpty() && !city.csrf.isEmpty());

    // A city officer is no admin: the accounts are not there for them.
    QCOMPARE(m_hub.get(city, QStringLiteral("/staff/accounts")).status, 404);
    QCOMPARE(m_hub.post(city, QStringLiteral("/staff/new-account"), {{QStringLiteral("login"), QStringLiteral("x1")}}).status, 404);

    // Add a ward officer through the form; the password is hashed off the HTTP thread.
    HttpReply r = m_hub.post(admin, QStringLiteral("/staff/new-account"),
                             {{QStringLiteral("login"), QStringLiteral("Hoa.LC")}, {QStringLiteral("name"), QStringLiteral("Trần Thị Hoa")},
                              {QStringLiteral("role"), QStringLiteral("ward")}, {QStringLiteral("ward"), QStringLiteral("le-chan")},
                              {QStringLiteral("password"), Password}, {QStringLiteral("password2"), Password}});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/accounts/hoa.lc?done=added"));
    const auto added = m_store->accounts().byLogin(QStringLiteral("hoa.lc"));
    QVERIFY(added);
    QCOMPARE(added->account.ward, QStringLiteral("LE-CHAN"));
    QVERIFY(added->passwordHash.startsWith("$argon2id$"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target = 'account:hoa.lc' AND actor = 'admin'"
                                               " AND action IN ('account.add', 'account.officer-granted')")).toLongLong(), 2);
    r = m_hub.get(admin, QStringLiteral("/staff/accounts"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("Trần Thị Hoa")));

    // The new officer signs in; disabling the account ends that session at once.
    const StaffSession hoa = m_hub.signIn(QStringLiteral("hoa.lc"), Password);
    QCOMPARE(m_hub.get(hoa, QStringLiteral("/staff/account")).status, 200);
    // Without the CSRF token the disable is refused and changes nothing.
    QCOMPARE(m_hub.post(admin, QStringLiteral("/staff/accounts/hoa.lc/disable"), {}, false).status, 403);
    QCOMPARE(m_hub.get(hoa, QStringLiteral("/staff/account")).status, 200);
    r = m_hub.post(admin, QStringLiteral("/staff/accounts/hoa.lc/disable"), {});
    QCOMPARE(r.status, 303);
    QCOMPARE(m_hub.get(hoa, QStringLiteral("/staff/account")).status, 303);
    QCOMPARE(m_store->sessions().openCount(added->account.id), 0);
    QVERIFY(!m_store->accounts().byLogin(QStringLiteral("hoa.lc"))->account.isActive());
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.disable'")).toLongLong(), 1);
    r = m_hub.post(admin, QStringLiteral("/staff/accounts/hoa.lc/enable"), {});
    QCOMPARE(r.status, 303);

    // A new password and a role change end the city officer's session too.
    r = m_hub.post(admin, QStringLiteral("/staff/accounts/city/password"),
                   {{QStringLiteral("password"), QStringLiteral("another long secret")},
                    {QStringLiteral("password2"), QStringLiteral("another long secret")}});
    QCOMPARE(r.status, 303);
    QCOMPARE(m_hub.get(city, QStringLiteral("/staff/account")).status, 303);
    QVERIFY(PasswordHasher::verify(m_store->accounts().byLogin(QStringLiteral("city"))->passwordHash,
                                   QStringLiteral("another long secret")));
    r = m_hub.post(admin, QStringLiteral("/staff/accounts/hoa.lc/roles"),
                   {{QStringLiteral("role"), QStringLiteral("city")}, {QStringLiteral("ward"), QStringLiteral("LE-CHAN")}});
    QCOMPARE(r.status, 303);
    const auto changed = m_store->accounts().byLogin(QStringLiteral("hoa.lc"));
    QVERIFY(changed->account.isCityOfficer());
    QCOMPARE(changed->account.ward, QString());
    // The admin's own session lives on.
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/accounts")).status, 200);
}

void tst_StaffAdmin::adminCannotLockThemselvesOut()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"), Password);
    HttpReply r = m_hub.post(admin, QStringLiteral("/staff/accounts/admin/disable"), {});
    QCOMPARE(r.status, 409);
    r = m_hub.post(admin, QStringLiteral("/staff/accounts/admin/roles"), {{QStringLiteral("role"), QStringLiteral("city")}});
    QCOMPARE(r.status, 409);
    const auto me = m_store->accounts().byLogin(QStringLiteral("admin"));
    QVERIFY(me->account.isActive());
    QCOMPARE(me->account.roles, StaffRole::Roles(StaffRole::Admin));
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/accounts")).status, 200);
    // Adding a role to oneself is allowed (and flagged); it ends one's sessions like any role change.
    r = m_hub.post(admin, QStringLiteral("/staff/accounts/admin/roles"),
                   {{QStringLiteral("role"), QStringLiteral("admin")}, {QStringLiteral("role"), QStringLiteral("city")}});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/login?ended=1"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.officer-granted'"
                                               " AND target = 'account:admin'")).toLongLong(), 1);
}

void tst_StaffAdmin::accountFormsRefuseBadAndHostileInput()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"), Password);
    auto add = [&](const QString &login, const QString &name, const QString &role, const QString &ward,
                   const QString &p1 = Password, const QString &p2 = Password) {
        return m_hub.post(admin, QStringLiteral("/staff/new-account"),
                          {{QStringLiteral("login"), login}, {QStringLiteral("name"), name}, {QStringLiteral("role"), role},
                           {QStringLiteral("ward"), ward}, {QStringLiteral("password"), p1}, {QStringLiteral("password2"), p2}});
    };
    const QString hostile = QStringLiteral("\"><img src=x onerror=alert(1)><script>alert(2)</script>\u202Eevil");
    HttpReply r = add(QStringLiteral("mallory"), hostile, QStringLiteral("admin"), {});
    QCOMPARE(r.status, 303);
    r = m_hub.get(admin, QStringLiteral("/staff/accounts"));
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
    QCOMPARE(m_hub.post(admin, QStringLiteral("/staff/new-account"), {{QStringLiteral("login"), QStringLiteral("nocsrf")}}, false).status, 403);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM staff_accounts")).toLongLong(), 2);
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/accounts/nobody")).status, 404);
    QCOMPARE(m_hub.post(admin, QStringLiteral("/staff/accounts/nobody/disable"), {}).status, 404);
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/accounts/admin/disable")).status, 405);
    // English words in English.
    r = m_hub.post(admin.inLanguage(QStringLiteral("en")), QStringLiteral("/staff/new-account"),
                   {{QStringLiteral("login"), QStringLiteral("a")}, {QStringLiteral("name"), QStringLiteral("A")},
                    {QStringLiteral("role"), QStringLiteral("admin")}, {QStringLiteral("password"), QStringLiteral("x")},
                    {QStringLiteral("password2"), QStringLiteral("x")}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("An account name is 2–64")));
}

void tst_StaffAdmin::auditPageFiltersAndCsv()
{
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    QVERIFY(m_store->audit().append({0, QStringLiteral("=evil")}, QStringLiteral("test.odd"), QStringLiteral("+target"), {},
                                    QStringLiteral("@detail <script>alert(1)</script>")));
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin"), Password);
    QCOMPARE(m_hub.get(m_hub.signIn(QStringLiteral("city"), Password), QStringLiteral("/staff/audit")).status, 404);

    HttpReply r = m_hub.get(admin, QStringLiteral("/staff/audit"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("account.officer-granted")));
    QVERIFY(r.text().contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));

    r = m_hub.get(admin, QStringLiteral("/staff/audit?action=account.&actor=city-hub"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("account:city")));
    QVERIFY(!r.text().contains(QStringLiteral("test.odd")));
    QVERIFY(!r.text().contains(QStringLiteral("session.sign-in")));

    // Hostile filter text is shown back escaped; a bad date is a 400 in the page's language.
    r = m_hub.get(admin, QStringLiteral("/staff/audit?actor=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&target=%27%20OR%201%3D1--"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.text().contains(QStringLiteral("<img src=x")));
    QVERIFY(r.text().contains(QStringLiteral("&quot;&gt;&lt;img src=x")));
    r = m_hub.get(admin, QStringLiteral("/staff/audit?from=2026-13-45"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("năm-tháng-ngày")));
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/audit?page=-3")).status, 400);
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/audit?from=2000-01-01&to=2000-01-02")).status, 200);

    r = m_hub.get(admin, QStringLiteral("/staff/audit.csv?action=test."));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("\xEF\xBB\xBF" "seq,at,account_id,actor,action,target,fields,detail\r\n"));
    QCOMPARE(r.body.count("\r\n"), 2);
    QVERIFY2(r.text().contains(QStringLiteral(",'=evil,test.odd,'+target,,'@detail <script>alert(1)</script>\r\n")),
             qPrintable(r.text()));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export' AND actor = 'admin'")).toLongLong(), 1);

    // Paging: 60 lines make two pages.
    for (int i = 0; i < 60; ++i)
        QVERIFY(m_store->audit().append({0, QStringLiteral("city-hub")}, QStringLiteral("test.many"), QString::number(i)));
    r = m_hub.get(admin, QStringLiteral("/staff/audit?action=test.many"));
    QVERIFY(r.text().contains(QStringLiteral("/staff/audit?action=test.many&amp;page=2")));
    r = m_hub.get(admin, QStringLiteral("/staff/audit?action=test.many&page=2"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("trang 2/2")));
}

QTEST_GUILESS_MAIN(tst_StaffAdmin)
#include "tst_staffadmin.moc"
