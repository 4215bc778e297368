// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"
#include "hubtestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
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
    /** The inbox's form (filter, search, bulk change) as the session sends it. */
    HttpReply post(const StaffSession &s, const FormFields &fields, bool withCsrf = true)
    {
        return m_hub.post(s, QStringLiteral("/staff/inbox"), fields, withCsrf);
    }
    QStringList codesOn(const HttpReply &page) const;

    std::unique_ptr<HubTestLocation> m_location;
    HubClient m_hub;
    // The records every test starts with: HONG-BANG (HB) and LE-CHAN (LC).
    QString m_hbLand, m_hbLabour, m_hbWaste, m_lcMaterials, m_lcWaste;
    StaffSession m_city, m_ward, m_admin;
};

void tst_StaffInbox::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_StaffInbox::initTestCase()
{
    QVERIFY(QFile::exists(HubClient::program()));
}

QStringList tst_StaffInbox::codesOn(const HttpReply &page) const
{
    QStringList codes;
    const QRegularExpression link(QStringLiteral("href=\"/staff/records/([A-Z0-9-]+)\""));
    for (auto it = link.globalMatch(page.text()); it.hasNext();)
        codes.append(it.next().captured(1));
    codes.sort();
    return codes;
}

void tst_StaffInbox::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_hub.setDatabase(m_location->location());
    QVERIFY(m_hub.start());

    const HubClient::Kiosk hb = m_hub.enrol(QStringLiteral("HONG-BANG"));
    const HubClient::Kiosk lc = m_hub.enrol(QStringLiteral("LE-CHAN"));
    QVERIFY(!hb.token.isEmpty() && !lc.token.isEmpty());
    auto send = [this](const QString &token, const QJsonArray &records) {
        const HttpReply r = m_hub.deliver(token, records);
        return r.status == 200 && !r.text().contains(QStringLiteral("rejected"));
    };
    // Variant 0: Nguyễn Thị Hoa 0912345678; 1: Trần Văn Đức; 2: a waste report with a name;
    // 3: Phạm Quốc Hưng; 5: an anonymous waste report.
    const QJsonObject hbLand = HubTestRecords::record(hb.kiosk, QStringLiteral("pledge.land"), 0, 1);
    const QJsonObject hbLabour = HubTestRecords::record(hb.kiosk, QStringLiteral("pledge.labour"), 1, 2);
    const QJsonObject hbWaste = HubTestRecords::record(hb.kiosk, QStringLiteral("report.waste"), 2, 3);
    const QJsonObject lcMaterials = HubTestRecords::record(lc.kiosk, QStringLiteral("pledge.materials"), 3, 1);
    const QJsonObject lcWaste = HubTestRecords::record(lc.kiosk, QStringLiteral("report.waste"), 5, 2);
    QVERIFY(send(hb.token, {hbLand, hbLabour, hbWaste}));
    QVERIFY(send(lc.token, {lcMaterials, lcWaste}));
    auto code = [](const QJsonObject &r) { return r.value(QStringLiteral("receiptCode")).toString(); };
    m_hbLand = code(hbLand);
    m_hbLabour = code(hbLabour);
    m_hbWaste = code(hbWaste);
    m_lcMaterials = code(lcMaterials);
    m_lcWaste = code(lcWaste);

    auto addUser = [this](const QString &login, const QString &roles, const QString &ward = {}) {
        return m_hub.addAccount(login, roles, ward, QStringLiteral("Cán bộ ") + login);
    };
    QVERIFY(addUser(QStringLiteral("anna"), QStringLiteral("city")));
    QVERIFY(addUser(QStringLiteral("binh"), QStringLiteral("ward"), QStringLiteral("HONG-BANG")));
    QVERIFY(addUser(QStringLiteral("chi"), QStringLiteral("ward"), QStringLiteral("LE-CHAN")));
    QVERIFY(addUser(QStringLiteral("root"), QStringLiteral("admin")));
    m_city = m_hub.signIn(QStringLiteral("anna"));
    m_ward = m_hub.signIn(QStringLiteral("binh"));
    m_admin = m_hub.signIn(QStringLiteral("root"));
    QVERIFY(!m_city.csrf.isEmpty() && !m_ward.csrf.isEmpty() && !m_admin.csrf.isEmpty());
}

void tst_StaffInbox::cleanup()
{
    m_hub.stop();
    m_location.reset();
}

void tst_StaffInbox::scopeAndFilters()
{
    const QStringList all = QStringList{m_hbLand, m_hbLabour, m_hbWaste, m_lcMaterials, m_lcWaste};
    QStringList sorted = all;
    sorted.sort();
    const HttpReply page = m_hub.get(m_city, QStringLiteral("/staff/inbox"));
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
    const HttpReply oldestPage = m_hub.get(m_city, QStringLiteral("/staff/inbox?sort=oldest"));
    for (auto it = link.globalMatch(oldestPage.text()); it.hasNext();)
        oldest.append(it.next().captured(1));
    std::reverse(oldest.begin(), oldest.end());
    QCOMPARE(newest, oldest);

    QStringList waste{m_hbWaste, m_lcWaste};
    waste.sort();
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?kind=report.waste"))), waste);
    QStringList lc{m_lcMaterials, m_lcWaste};
    lc.sort();
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?ward=LE-CHAN"))), lc);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?kind=pledge&ward=HONG-BANG"))).size(), 2);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?project=HB-001"))).size(), 2);  // land, materials
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?by=resident"))).size(), 5);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?by=open311"))).size(), 0);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?status=open"))).size(), 5);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?status=closed"))).size(), 0);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?assignee=nobody"))).size(), 5);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?assignee=me"))).size(), 0);
    const QString today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().addDays(1).toString(Qt::ISODate);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?from=%1&to=%1").arg(today))).size(), 5);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?from=%1").arg(tomorrow))).size(), 0);
    // Dates typed day/month/year (the fields' hint) go into the URL as ISO and come back as
    // typed; the line above the folded filters says which are on.
    QVERIFY(page.text().contains(QStringLiteral("Không lọc: mọi hồ sơ bạn được xem")));
    const QDate vnToday = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    const HttpReply typed = post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("ward"), QStringLiteral("LE-CHAN")},
                                      {QStringLiteral("from"), vnToday.toString(QStringLiteral("d/M/yyyy"))}});
    QCOMPARE(typed.status, 303);
    QVERIFY2(typed.headers.value("location").contains((QStringLiteral("from=") + today).toLatin1()), typed.headers.value("location").constData());
    const HttpReply filtered = m_hub.get(m_city, QString::fromLatin1(typed.headers.value("location")));
    QCOMPARE(codesOn(filtered), lc);
    QVERIFY(filtered.text().contains(QStringLiteral("value=\"%1\"").arg(vnToday.toString(QStringLiteral("dd/MM/yyyy")))));
    QVERIFY(filtered.text().contains(QStringLiteral("Phường Lê Chân · từ %1").arg(vnToday.toString(QStringLiteral("dd/MM/yyyy")))));
    QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("from"), QStringLiteral("31/02/2026")}}).status,
             400);
    // English words when the language cookie says so.
    const HttpReply en = m_hub.get(m_city.inLanguage(QStringLiteral("en")), QStringLiteral("/staff/inbox"));
    QVERIFY(en.text().contains(QStringLiteral("5 records")));
    QVERIFY(en.text().contains(QStringLiteral("Waiting longest first")));

    // A ward officer: their ward only, and another ward by URL is a 404.
    QStringList hb{m_hbLand, m_hbLabour, m_hbWaste};
    hb.sort();
    QCOMPARE(codesOn(m_hub.get(m_ward, QStringLiteral("/staff/inbox"))), hb);
    QCOMPARE(m_hub.get(m_ward, QStringLiteral("/staff/inbox?ward=LE-CHAN")).status, 404);
    QCOMPARE(codesOn(m_hub.get(m_ward, QStringLiteral("/staff/inbox?ward=HONG-BANG"))), hb);
    QCOMPARE(post(m_ward, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("ward"), QStringLiteral("LE-CHAN")},
                           {QStringLiteral("q"), QStringLiteral("hung")}}).status, 404);
    // An admin as admin works no records.
    QCOMPARE(m_hub.get(m_admin, QStringLiteral("/staff/inbox")).status, 404);
    // No session: to the sign-in page and back.
    const HttpReply anonymous = m_hub.request("GET", QStringLiteral("/staff/inbox?kind=report.waste"));
    QCOMPARE(anonymous.status, 303);
    QVERIFY(anonymous.headers.value("location").startsWith("/staff/login?next="));
}

void tst_StaffInbox::searchIsFoldedPostedAndScoped()
{
    auto search = [this](const StaffSession &s, const QString &q, const FormFields &more = {}) {
        QList<std::pair<QString, QString>> fields{{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), q}};
        return post(s, fields + more);
    };
    // Without accents, any case: the name of variant 0, then her phone typed in groups.
    HttpReply r = search(m_city, QStringLiteral("NGUYEN thi hoa"));
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
    QVERIFY(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.personal.search' AND actor = 'anna'"
                                              " AND fields = 'name,phone'")).toInt() >= 1);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%hoa%' OR target LIKE '%hoa%'")).toInt(), 0);

    // The ward officer of HONG-BANG cannot find LE-CHAN's Phạm Quốc Hưng, but finds their own.
    QCOMPARE(codesOn(search(m_ward, QStringLiteral("pham quoc hung"))), QStringList());
    QCOMPARE(codesOn(search(m_ward, QStringLiteral("tran van duc"))), QStringList{m_hbLabour});

    // The search is never read from a URL: ?q= is ignored.
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?q=nguyen"))).size(), 5);
    // Without search text the form becomes the plain filter URL.
    const HttpReply plain = search(m_city, QString(), {{QStringLiteral("kind"), QStringLiteral("report.waste")}});
    QCOMPARE(plain.status, 303);
    QCOMPARE(plain.headers.value("location"), QByteArray("/staff/inbox?kind=report.waste"));
}

void tst_StaffInbox::bulkStatusAndAssignment()
{
    const QString reply = QStringLiteral("Đội trật tự đô thị sẽ thu dọn trong tuần này.");
    HttpReply r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("in_progress")},
                                {QStringLiteral("reply"), reply}, {QStringLiteral("code"), m_hbWaste}, {QStringLiteral("code"), m_lcWaste},
                                {QStringLiteral("code"), m_hbLand}, {QStringLiteral("kind"), QStringLiteral("report.waste")}});
    QCOMPARE(r.status, 303);
    // "in progress" is a report's status: the land pledge is refused, the two reports change.
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?kind=report.waste&changed=2&unchanged=0&refused=1"));
    const HttpReply after = m_hub.get(m_city, QString::fromLatin1(r.headers.value("location")));
    QCOMPARE(after.status, 200);
    QVERIFY(after.text().contains(QStringLiteral("Đã thay đổi 2 hồ sơ.")));
    QVERIFY(after.text().contains(QStringLiteral("1 hồ sơ không thể thay đổi")));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString(), QStringLiteral("in_progress"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status_note FROM records WHERE receipt_code = ?"), {m_lcWaste}).toString(), reply);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbLand}).toString(), QStringLiteral("received"));
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT first_reply_at FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString().isEmpty());
    QVERIFY(m_location->scalar(QStringLiteral("SELECT first_reply_at FROM records WHERE receipt_code = ?"), {m_hbLand}).isNull());
    QVERIFY(m_location->scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {m_hbWaste}).isNull());
    const qint64 anna = m_location->scalar(QStringLiteral("SELECT id FROM staff_accounts WHERE login = 'anna'")).toLongLong();
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT h.account_id FROM status_history h JOIN records r ON r.id = h.record_id"
                                               " WHERE r.receipt_code = ? AND h.status = 'in_progress' AND h.note = ?"),
                                {m_hbWaste, reply}).toLongLong(), anna);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.status' AND actor = 'anna'"
                                               " AND detail = 'in_progress' AND fields = 'public_reply'")).toInt(), 2);
    // The resident sees the reply on the phone page.
    QVERIFY(m_hub.request("GET", QStringLiteral("/r/") + m_hbWaste).text().contains(reply));
    // The same status again without a reply changes nothing.
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("in_progress")},
                      {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=0&unchanged=1&refused=0"));
    // Resolving closes the matter.
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("resolved")},
                      {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=1&unchanged=0&refused=0"));
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString().isEmpty());
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?status=closed"))), QStringList{m_hbWaste});

    // The ward officer's bulk change cannot reach another ward's record.
    r = post(m_ward, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("contacted")},
                      {QStringLiteral("code"), m_hbLabour}, {QStringLiteral("code"), m_lcMaterials}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=1&unchanged=0&refused=1"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_lcMaterials}).toString(), QStringLiteral("received"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbLabour}).toString(), QStringLiteral("contacted"));

    // Assign to binh (HONG-BANG): their ward's records only.
    const QString binh = m_location->scalar(QStringLiteral("SELECT id FROM staff_accounts WHERE login = 'binh'")).toString();
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("assign")}, {QStringLiteral("assign_to"), binh},
                      {QStringLiteral("code"), m_hbLand}, {QStringLiteral("code"), m_hbLabour}, {QStringLiteral("code"), m_lcWaste}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=2&unchanged=0&refused=1"));
    QStringList mine{m_hbLand, m_hbLabour};
    mine.sort();
    QCOMPARE(codesOn(m_hub.get(m_ward, QStringLiteral("/staff/inbox?assignee=me"))), mine);
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?assignee=") + binh)), mine);
    QVERIFY(m_hub.get(m_city, QStringLiteral("/staff/inbox?assignee=") + binh).text().contains(QStringLiteral("Cán bộ binh")));
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox?assignee=nobody"))).size(), 3);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.assign' AND detail = 'binh'")).toInt(), 2);
    // An admin-only account is no officer: it cannot be given records.
    const QString root = m_location->scalar(QStringLiteral("SELECT id FROM staff_accounts WHERE login = 'root'")).toString();
    QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("assign")}, {QStringLiteral("assign_to"), root},
                           {QStringLiteral("code"), m_hbLand}}).status, 400);
    // Back to nobody.
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("assign")}, {QStringLiteral("assign_to"), QStringLiteral("nobody")},
                      {QStringLiteral("code"), m_hbLand}});
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/inbox?changed=1&unchanged=0&refused=0"));
    QVERIFY(m_location->scalar(QStringLiteral("SELECT assignee FROM records WHERE receipt_code = ?"), {m_hbLand}).isNull());

    // The command line goes through the same change and its audit line.
    QCOMPARE(m_hub.cli({QStringLiteral("set-status"), m_hbLand, QStringLiteral("contacted"), QStringLiteral("--note"),
                        QStringLiteral("Đã gọi điện")}).exitCode, 0);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.status' AND actor = 'city-hub'"
                                               " AND target = ?"), {m_hbLand}).toInt(), 1);
    QCOMPARE(m_hub.cli({QStringLiteral("set-status"), m_hbLand, QStringLiteral("in_progress")}).exitCode, 3);  // not a pledge's status
}

void tst_StaffInbox::refusesWithoutCsrf()
{
    HttpReply r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("rejected")},
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
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString(), QStringLiteral("received"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.status'")).toInt(), 0);
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
    auto clean = [](const HttpReply &r) {
        const QString t = r.text();
        return !t.contains(QStringLiteral("<script>alert")) && !t.contains(QStringLiteral("<img src=x"))
                && t.contains(QStringLiteral("</html>"));
    };
    for (const QString &h : hostile) {
        const HttpReply searched = post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), h}});
        QVERIFY2(searched.status == 200, qPrintable(h));
        QVERIFY2(clean(searched), qPrintable(h));
        QCOMPARE(codesOn(searched), QStringList());
        for (const char *param : {"kind", "ward", "status", "project", "assignee", "from", "to", "by", "sort", "page"}) {
            const QString path = QStringLiteral("/staff/inbox?%1=%2").arg(QLatin1String(param), QString::fromLatin1(QUrl::toPercentEncoding(h)));
            const HttpReply r = m_hub.get(m_city, path);
            QVERIFY2(r.status == 400, qPrintable(path));
            QVERIFY2(clean(r), qPrintable(path));
            QVERIFY2(r.text().contains(QStringLiteral("không hợp lệ")), qPrintable(path));
        }
        // As the codes of a bulk change: refused, nothing breaks.
        const HttpReply bulk = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")},
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
    HttpReply r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")},
                                {QStringLiteral("reply"), reply}, {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.status, 303);
    const QString stored = m_location->scalar(QStringLiteral("SELECT status_note FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString();
    QVERIFY(stored.startsWith(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(!stored.contains(QChar(0x202E)));
    QVERIFY(clean(m_hub.request("GET", QStringLiteral("/r/") + m_hbWaste)));
    // 10,000 characters: a search, a reply; refused with a message, nothing stored.
    const QString tenThousand(10000, u'ầ');
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), tenThousand}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("200 ký tự")));
    QVERIFY(!r.text().contains(tenThousand.left(300)));
    r = post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("resolved")},
                      {QStringLiteral("reply"), tenThousand}, {QStringLiteral("code"), m_hbWaste}});
    QCOMPARE(r.status, 400);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {m_hbWaste}).toString(), QStringLiteral("verified"));
    // Nothing ticked, too many ticked.
    QCOMPARE(post(m_city, {{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")}}).status, 400);
    QList<std::pair<QString, QString>> many{{QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("new_status"), QStringLiteral("verified")}};
    for (int i = 0; i < 201; ++i)
        many.append({QStringLiteral("code"), m_hbWaste});
    QCOMPARE(post(m_city, many).status, 400);
    // The hub is still well and the records are all there.
    QCOMPARE(codesOn(m_hub.get(m_city, QStringLiteral("/staff/inbox"))).size(), 5);
}

QTEST_GUILESS_MAIN(tst_StaffInbox)
#include "tst_staffinbox.moc"
