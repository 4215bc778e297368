// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"
#include "hubdatabase.h"
#include "hubtestsupport.h"
#include "records/receiptcode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

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
    /** A record of the kiosk's ward, sent as a kiosk sends it; its receipt code. */
    QString deliver(const QString &kind, int variant, QJsonObject *sent = nullptr);

    std::unique_ptr<HubTestLocation> m_location;
    HubClient m_hub;
    std::unique_ptr<HubDatabase> m_db;
    HubKiosk m_kiosk;
    QString m_token;
    quint32 m_sequence = 0;
};

void tst_StaffRecord::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_StaffRecord::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_hub.setDatabase(m_location->location());
    QVERIFY(m_hub.addAccount(QStringLiteral("city1"), QStringLiteral("city"), {}, QStringLiteral("Nguyễn Thị An")));
    QVERIFY(m_hub.addAccount(QStringLiteral("ward1"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"), QStringLiteral("Trần Văn Bình")));
    QVERIFY(m_hub.addAccount(QStringLiteral("ward2"), QStringLiteral("ward"), QStringLiteral("HONG-BANG")));
    QVERIFY(m_hub.addAccount(QStringLiteral("admin1"), QStringLiteral("admin")));
    QVERIFY(m_hub.start());

    const HubClient::Kiosk enrolled = m_hub.enrol(QStringLiteral("LE-CHAN"));
    QVERIFY(!enrolled.token.isEmpty());
    m_kiosk = enrolled.kiosk;
    m_token = enrolled.token;
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
}

void tst_StaffRecord::cleanup()
{
    m_db.reset();
    m_hub.stop();
    m_location.reset();
}

QString tst_StaffRecord::deliver(const QString &kind, int variant, QJsonObject *sent)
{
    const QJsonObject record = HubTestRecords::record(m_kiosk, kind, variant, ++m_sequence);
    const HttpReply r = m_hub.deliver(m_token, {record});
    const QString result = r.json().value(QStringLiteral("results")).toArray().at(0).toObject()
                                   .value(QStringLiteral("result")).toString();
    if (result != u"accepted")
        qWarning() << "record not accepted:" << r.body;
    if (sent)
        *sent = record;
    return record.value(QStringLiteral("receiptCode")).toString();
}

void tst_StaffRecord::statusReachesResidentAndKiosk()
{
    const QString code = deliver(QStringLiteral("report.waste"), 0);
    const StaffSession ward = m_hub.signIn(QStringLiteral("ward1"));
    const QString reply = QStringLiteral("Đội vệ sinh môi trường sẽ đến dọn trong tuần này.");
    const QString note = QStringLiteral("Gọi lại sau khi đội báo xong");
    const HttpReply r = m_hub.post(ward, QStringLiteral("/staff/records/%1/status").arg(code),
                                   {{QStringLiteral("status"), QStringLiteral("in_progress")}, {QStringLiteral("reply"), reply},
                                    {QStringLiteral("note"), note}});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.headers.value("location"), QByteArray("/staff/records/" + code.toLatin1() + "?done=status"));
    // The resident's page shows the reply, never the internal note.
    const HttpReply pub = m_hub.request("GET", QStringLiteral("/r/") + code);
    QCOMPARE(pub.status, 200);
    QVERIFY(pub.text().contains(reply));
    QVERIFY(!pub.text().contains(note));
    // The kiosk gets the reply with the status.
    const HttpReply receipts = m_hub.request("GET", QStringLiteral("/api/v1/receipts?codes=") + code, {},
                                             {{"Authorization", "Bearer " + m_token.toLatin1()}});
    const QJsonObject line = QJsonDocument::fromJson(receipts.body).object().value(QStringLiteral("receipts")).toArray().at(0).toObject();
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(line.value(QStringLiteral("note")).toString(), reply);
    QVERIFY(!receipts.body.contains(note.toUtf8()));
    // The officer's page shows both, with who set it.
    const HttpReply page = m_hub.get(ward, QStringLiteral("/staff/records/") + code + QStringLiteral("?done=status"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(note));
    QVERIFY(page.text().contains(QStringLiteral("Trần Văn Bình")));
    QVERIFY(page.text().contains(QStringLiteral("Đã lưu trạng thái mới.")));
    QCOMPARE(page.headers.value("cache-control"), QByteArray("no-store"));
    // Stored: the history row with both texts and the account, first reply, open matter, audit.
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT internal_note FROM status_history WHERE status = 'in_progress'")).toString(), note);
    QVERIFY(m_location->scalar(QStringLiteral("SELECT account_id FROM status_history WHERE status = 'in_progress'")).toLongLong() > 0);
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT first_reply_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(m_location->scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'record.status' AND target = ?"), {code}).toString(),
             QStringLiteral("in_progress"));
    // Closing sets closed_at; reopening clears it.
    QCOMPARE(m_hub.post(ward, QStringLiteral("/staff/records/%1/status").arg(code),
                        {{QStringLiteral("status"), QStringLiteral("resolved")}, {QStringLiteral("reply"), QStringLiteral("Đã dọn xong.")}}).status, 303);
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QCOMPARE(m_hub.post(ward, QStringLiteral("/staff/records/%1/status").arg(code),
                        {{QStringLiteral("status"), QStringLiteral("in_progress")}}).status, 303);
    QVERIFY(m_location->scalar(QStringLiteral("SELECT closed_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    // A pledge's status on a waste report is refused with a message, not stored.
    const HttpReply wrong = m_hub.post(ward, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("thanked")}});
    QCOMPARE(wrong.status, 400);
    QVERIFY(wrong.text().contains(QStringLiteral("không dùng được")));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("in_progress"));
}

void tst_StaffRecord::otherWardIs404()
{
    const QString code = deliver(QStringLiteral("report.waste"), 1);  // with a photo
    const StaffSession other = m_hub.signIn(QStringLiteral("ward2"));
    QCOMPARE(m_hub.get(other, QStringLiteral("/staff/records/") + code).status, 404);
    QCOMPARE(m_hub.get(other, QStringLiteral("/staff/records/%1/photo").arg(code)).status, 404);
    QCOMPARE(m_hub.post(other, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("rejected")}}).status, 404);
    QCOMPARE(m_hub.post(other, QStringLiteral("/staff/records/%1/erase").arg(code), {{QStringLiteral("confirm"), QStringLiteral("1")}}).status, 404);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("received"));
    // An admin as admin does not work records either.
    QCOMPARE(m_hub.get(m_hub.signIn(QStringLiteral("admin1")), QStringLiteral("/staff/records/") + code).status, 404);
    // The ward's own officer sees the photo, never cached.
    const StaffSession own = m_hub.signIn(QStringLiteral("ward1"));
    const HttpReply photo = m_hub.get(own, QStringLiteral("/staff/records/%1/photo").arg(code));
    QCOMPARE(photo.status, 200);
    QCOMPARE(photo.headers.value("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(photo.headers.value("cache-control"), QByteArray("no-store"));
    QVERIFY(photo.body.startsWith("\xff\xd8"));
    // An unknown code looks the same as another ward's.
    QCOMPARE(m_hub.get(own, QStringLiteral("/staff/records/XX-0000A-A")).status, 404);
}

void tst_StaffRecord::formWithoutCsrfIs403()
{
    const QString code = deliver(QStringLiteral("report.waste"), 0);
    const StaffSession s = m_hub.signIn(QStringLiteral("city1"));
    QVERIFY(!s.csrf.isEmpty());
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("rejected")}}, false).status, 403);
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/contact").arg(code), {}, false).status, 403);
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/erase").arg(code), {{QStringLiteral("confirm"), QStringLiteral("1")}}, false).status, 403);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("received"));
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target = ?"), {code}).toInt(), 0);
}

void tst_StaffRecord::contactDetailsOnlyOnRequestAndAudited()
{
    QJsonObject sent;
    const QString code = deliver(QStringLiteral("pledge.land"), 0, &sent);
    const QJsonObject person = sent.value(QStringLiteral("personal")).toObject().value(QStringLiteral("person")).toObject();
    const QString name = person.value(QStringLiteral("fullName")).toString();
    const QString phone = person.value(QStringLiteral("phone")).toString();
    QVERIFY(!name.isEmpty() && !phone.isEmpty());
    const StaffSession s = m_hub.signIn(QStringLiteral("ward1"));
    const HttpReply page = m_hub.get(s, QStringLiteral("/staff/records/") + code);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.text().contains(name));
    QVERIFY(!page.text().contains(phone));
    QVERIFY(page.text().contains(QStringLiteral("Hiện thông tin liên hệ")));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'record.personal.view'")).toInt(), 0);
    const HttpReply shown = m_hub.post(s, QStringLiteral("/staff/records/%1/contact").arg(code), {});
    QCOMPARE(shown.status, 200);
    QVERIFY(shown.text().contains(name.toHtmlEscaped()));
    QVERIFY(shown.text().contains(phone));
    QCOMPARE(shown.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'record.personal.view' AND target = ?"), {code}).toString(),
             QStringLiteral("name,phone,group"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'record.personal.view'")).toString(), QStringLiteral("ward1"));
    // Correcting the phone: audited with the field's name; neither value is in the log.
    const QString newPhone = QStringLiteral("0987 654 321");
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                        {{QStringLiteral("field"), QStringLiteral("phone")}, {QStringLiteral("value"), newPhone}}).status, 303);
    QVERIFY(m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).toString().contains(QStringLiteral("0987654321")));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'record.correct'")).toString(), QStringLiteral("phone"));
    // The search follows the correction: the new number is found, the old one no more.
    const QString searchable = m_location->scalar(QStringLiteral("SELECT s.personal FROM record_search s JOIN records r ON r.id = s.record_id"
                                                                 " WHERE r.receipt_code = ?"), {code}).toString();
    QVERIFY2(searchable.contains(QStringLiteral("0987654321")), qPrintable(searchable));
    const HttpReply bad = m_hub.post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
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
    const QString hash = m_location->scalar(QStringLiteral("SELECT content_hash FROM records WHERE receipt_code = ?"), {code}).toString();
    const StaffSession s = m_hub.signIn(QStringLiteral("ward1"));
    // Without the confirmation nothing is erased.
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/erase").arg(code), {}).status, 400);
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/withdraw").arg(code), {{QStringLiteral("confirm"), QStringLiteral("1")}}).status, 303);
    QVERIFY(m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT personal_erased_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT consent_withdrawn_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT content_hash FROM records WHERE receipt_code = ?"), {code}).toString(), hash);
    // Nor can a search find the erased name or phone any more.
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT s.personal FROM record_search s JOIN records r ON r.id = s.record_id"
                                               " WHERE r.receipt_code = ?"), {code}).toString(), QString());
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT s.body FROM record_search s JOIN records r ON r.id = s.record_id"
                                               " WHERE r.receipt_code = ?"), {code}).toString().isEmpty());
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'record.consent.withdraw'")).toString(),
             QStringLiteral("name,phone,group,consent,photo"));
    // The kiosk, which never heard back, sends the same record again.
    const HttpReply again = m_hub.deliver(m_token, {sent});
    QCOMPARE(again.status, 200);
    QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("results")).toArray().at(0).toObject()
                     .value(QStringLiteral("result")).toString(), QStringLiteral("duplicate"));
    QVERIFY(m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    // The page says so, and offers nothing more to show.
    const HttpReply page = m_hub.get(s, QStringLiteral("/staff/records/") + code);
    QVERIFY(page.text().contains(QStringLiteral("Dữ liệu cá nhân đã được xoá")));
    QVERIFY(!page.text().contains(QStringLiteral("Hiện thông tin liên hệ")));
}

void tst_StaffRecord::purgeByAge()
{
    const QString old = deliver(QStringLiteral("pledge.labour"), 0);
    const QString recent = deliver(QStringLiteral("pledge.labour"), 1);
    const QString open = deliver(QStringLiteral("pledge.labour"), 2);
    const StaffSession s = m_hub.signIn(QStringLiteral("city1"));
    for (const QString &code : {old, recent})
        QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("rejected")}}).status, 303);
    const QString sixYearsAgo = QDateTime::currentDateTimeUtc().addYears(-6).toString(Qt::ISODateWithMs);
    const QString fourYearsAgo = QDateTime::currentDateTimeUtc().addYears(-4).toString(Qt::ISODateWithMs);
    QVERIFY(m_location->exec(QStringLiteral("UPDATE records SET closed_at = '%1' WHERE receipt_code = '%2'").arg(sixYearsAgo, old)));
    QVERIFY(m_location->exec(QStringLiteral("UPDATE records SET closed_at = '%1' WHERE receipt_code = '%2'").arg(fourYearsAgo, recent)));
    const HubClient::Run purged = m_hub.cli({QStringLiteral("purge")});
    QCOMPARE(purged.exitCode, 0);
    QVERIFY2(purged.out.contains("from 1 records"), purged.out.constData());
    QVERIFY(m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {old}).toString().isEmpty());
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT personal_erased_at FROM records WHERE receipt_code = ?"), {old}).toString().isEmpty());
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {recent}).toString().isEmpty());
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT personal FROM records WHERE receipt_code = ?"), {open}).toString().isEmpty());
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT target FROM audit_log WHERE action = 'record.personal.purge'")).toString(), old);
    // Nothing left to purge: a second run erases none.
    QVERIFY(m_hub.cli({QStringLiteral("purge")}).out.contains("from 0 records"));
}

void tst_StaffRecord::hostileInputStaysText()
{
    const QString code = deliver(QStringLiteral("report.waste"), 0);
    const StaffSession s = m_hub.signIn(QStringLiteral("city1"));
    const QStringList hostile{QStringLiteral("<script>alert(1)</script>"), QStringLiteral("\"><img src=x onerror=alert(1)>"),
                              QStringLiteral("abc\u202Eexe.jpg"), QStringLiteral("'; DROP TABLE records; --")};
    for (const QString &h : hostile) {
        const HttpReply r = m_hub.post(s, QStringLiteral("/staff/records/%1/status").arg(code),
                                       {{QStringLiteral("status"), QStringLiteral("in_progress")}, {QStringLiteral("reply"), h},
                                        {QStringLiteral("note"), h}});
        QCOMPARE(r.status, 303);
        const HttpReply c = m_hub.post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                                       {{QStringLiteral("field"), QStringLiteral("place")}, {QStringLiteral("value"), h}});
        QCOMPARE(c.status, 303);
        const HttpReply d = m_hub.post(s, QStringLiteral("/staff/records/%1/duplicate").arg(code),
                                       {{QStringLiteral("original"), h}, {QStringLiteral("reply"), h}});
        QCOMPARE(d.status, 400);
        QVERIFY(!d.text().contains(QStringLiteral("<img src=x")));
        const HttpReply bad = m_hub.post(s, QStringLiteral("/staff/records/%1/status").arg(code),
                                         {{QStringLiteral("status"), h}, {QStringLiteral("reply"), h}});
        QCOMPARE(bad.status, 400);
    }
    const HttpReply page = m_hub.get(s, QStringLiteral("/staff/records/") + code);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(!page.text().contains(QStringLiteral("<img src=x")));
    QVERIFY(page.text().contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!page.text().contains(QChar(0x202E)));  // stored text is cleaned of bidi overrides
    QVERIFY(page.text().contains(QStringLiteral("DROP TABLE records")));
    QVERIFY(m_location->scalar(QStringLiteral("SELECT COUNT(*) FROM records")).toInt() >= 1);
    // 10,000 characters: a clear 400, the page drawn again, nothing stored.
    const QString huge(10000, u'x');
    const HttpReply tooLong = m_hub.post(s, QStringLiteral("/staff/records/%1/status").arg(code),
                                         {{QStringLiteral("status"), QStringLiteral("resolved")}, {QStringLiteral("reply"), huge}});
    QCOMPARE(tooLong.status, 400);
    QVERIFY(tooLong.text().contains(QStringLiteral("tối đa 1000 ký tự")));
    QVERIFY(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString() != u"resolved");
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                        {{QStringLiteral("field"), QStringLiteral("description")}, {QStringLiteral("value"), huge}}).status, 400);
    QCOMPARE(m_hub.post(s, QStringLiteral("/staff/records/%1/correct").arg(code),
                        {{QStringLiteral("field"), QStringLiteral("<script>")}, {QStringLiteral("value"), QStringLiteral("x")}}).status, 400);
    // A hostile code in the URL is a 404 page, not an echo.
    const HttpReply url = m_hub.get(s, QStringLiteral("/staff/records/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
    QCOMPARE(url.status, 404);
    QVERIFY(!url.text().contains(QStringLiteral("<script>alert")));
}

void tst_StaffRecord::templatesDuplicateAndPublish()
{
    const QString original = deliver(QStringLiteral("report.waste"), 0);
    QJsonObject sent;
    const QString code = deliver(QStringLiteral("report.waste"), 2, &sent);
    const StaffSession city = m_hub.signIn(QStringLiteral("city1"));
    // "Fill in template": the status's template lands in the reply box (seeded defaults).
    const HttpReply filled = m_hub.get(city, QStringLiteral("/staff/records/%1?status=resolved").arg(code));
    QCOMPARE(filled.status, 200);
    QVERIFY(filled.text().contains(QStringLiteral("Phản ánh của bạn đã được xử lý xong.")));
    // An admin edits a template; officers get the new words; the edit is audited.
    const StaffSession admin = m_hub.signIn(QStringLiteral("admin1"));
    QCOMPARE(m_hub.get(city, QStringLiteral("/staff/templates")).status, 404);
    QCOMPARE(m_hub.get(admin, QStringLiteral("/staff/templates")).status, 200);
    QCOMPARE(m_hub.post(admin, QStringLiteral("/staff/templates"),
                        {{QStringLiteral("resolved_vi"), QStringLiteral("Đã dọn sạch. <b>Cảm ơn</b>")}}).status, 303);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT target FROM audit_log WHERE action = 'template.edit'")).toString(),
             QStringLiteral("template:resolved/vi"));
    QVERIFY(m_hub.get(city, QStringLiteral("/staff/records/%1?status=resolved").arg(code)).text()
                          .contains(QStringLiteral("Đã dọn sạch. &lt;b&gt;Cảm ơn&lt;/b&gt;")));
    // Publishing: only a resolved report, only in the officer's own words, photo left out.
    const StaffSession ward = m_hub.signIn(QStringLiteral("ward1"));
    QCOMPARE(m_hub.post(ward, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), QStringLiteral("Bãi rác đã được dọn.")}}).status, 403);
    QCOMPARE(m_hub.post(city, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), QStringLiteral("Bãi rác đã được dọn.")}}).status, 400);
    QCOMPARE(m_hub.post(city, QStringLiteral("/staff/records/%1/status").arg(code), {{QStringLiteral("status"), QStringLiteral("resolved")}}).status, 303);
    const QString description = sent.value(QStringLiteral("payload")).toObject().value(QStringLiteral("description")).toString();
    const HttpReply same = m_hub.post(city, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), description.toUpper()}});
    QCOMPARE(same.status, 400);
    QVERIFY(same.text().contains(QStringLiteral("không được chép nguyên lời người dân")));
    QCOMPARE(m_hub.post(city, QStringLiteral("/staff/records/%1/publish").arg(code), {{QStringLiteral("summary"), QStringLiteral("Bãi rác cạnh chợ đã được dọn.")}}).status, 303);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT public_summary FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("Bãi rác cạnh chợ đã được dọn."));
    QVERIFY(!m_location->scalar(QStringLiteral("SELECT published_at FROM records WHERE receipt_code = ?"), {code}).toString().isEmpty());
    QVERIFY(m_location->scalar(QStringLiteral("SELECT public_photo FROM records WHERE receipt_code = ?"), {code}).isNull());
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'record.publish'")).toString(), QStringLiteral("no-photo"));
    QCOMPARE(m_hub.post(city, QStringLiteral("/staff/records/%1/unpublish").arg(code), {}).status, 303);
    QVERIFY(m_location->scalar(QStringLiteral("SELECT published_at FROM records WHERE receipt_code = ?"), {code}).isNull());
    // A duplicate names its original in the public reply.
    const HttpReply dup = m_hub.post(ward, QStringLiteral("/staff/records/%1/duplicate").arg(code),
                                     {{QStringLiteral("original"), original.toLower()},
                                      {QStringLiteral("reply"), QStringLiteral("Trùng với phản ánh {original}.")}});
    QCOMPARE(dup.status, 303);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT duplicate_of FROM records WHERE receipt_code = ?"), {code}).toString(), original);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status FROM records WHERE receipt_code = ?"), {code}).toString(), QStringLiteral("duplicate"));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT status_note FROM records WHERE receipt_code = ?"), {code}).toString(),
             QStringLiteral("Trùng với phản ánh %1.").arg(original));
    QVERIFY(m_hub.request("GET", QStringLiteral("/r/") + code).text().contains(original));
    // Itself, or a record of another ward (for a ward officer), is refused.
    QCOMPARE(m_hub.post(ward, QStringLiteral("/staff/records/%1/duplicate").arg(original), {{QStringLiteral("original"), original}}).status, 400);
}

QTEST_GUILESS_MAIN(tst_StaffRecord)
#include "tst_staffrecord.moc"
