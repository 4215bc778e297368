// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardservice.h"
#include "hostiletext.h"
#include "hubclient.h"
#include "hubtestsupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

#include <functional>
#include <tuple>

using HostileText::Attack;

/** Hostile text in every field the back-office shows, on the real city-hub (127.0.0.1, port 0),
    on SQLite and PostgreSQL. From a kiosk: a resident's name, phone and group, a report's place
    and description, a pledge's address, plot, other skill and other material, the kiosk's name;
    from an Open311 client: description and address; from officers: public reply, internal note,
    corrections, public summary, handover item, unit, document and note, reply templates,
    display names. Each page that shows one is drawn and checked: the text is there escaped, no
    element or event handler came with it, no bidi override reorders the page, the page is
    whole and has the same shape as the same page with plain text, and the answer is 2xx or
    4xx. 10,000 characters in any of these fields are refused with a 4xx and a whole page. The
    board's pages (/staff/board, /thi-dua) take hostile query strings: a month that is not one
    is said so in words and this month is shown, nothing typed is echoed. */
class tst_StaffHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void kioskFieldsStayText();
    void open311FieldsStayText();
    void officerTextStaysText();
    void handoverTextStaysText();
    void namesStayText();
    void tenThousandCharactersAreRefused();
    void boardPagesTakeHostileQueries();

private:
    using TextFor = std::function<QString(const QString &field)>;
    /** One record of each kind from the kiosk with every free-text field from text; their
        receipt codes by kind. */
    QHash<QString, QString> deliverAll(const TextFor &text);
    /** An Open311 report with its description and address from text. */
    HttpReply postOpen311(const TextFor &text);
    /** The receipt code of a report Open311 took. */
    static QString requestId(const HttpReply &created);
    QString recordPath(const QString &code, const QString &what = {}) const
    {
        return QStringLiteral("/staff/records/") + code + (what.isEmpty() ? QString() : u'/' + what);
    }

    std::unique_ptr<HubTestLocation> m_location;
    HubClient m_hub;
    HubClient::Kiosk m_kiosk;
    quint32 m_sequence = 0;
    StaffSession m_city, m_second, m_ward, m_admin;
};

namespace {

/** The hostile text of one field, marked with the field so that a page shows which field it
    printed; plot numbers take 20 characters, the short attack. */
QString hostile(const QString &field)
{
    return QStringLiteral("[%1] ").arg(field) + (field.size() <= 2 ? HostileText::ShortAttack : Attack);
}

/** Plain text of the same field, for the same page drawn with nothing hostile in it. */
QString plain(const QString &field)
{
    return QStringLiteral("[%1] ").arg(field) + (field.size() <= 2 ? QStringLiteral("Thửa 12") : QStringLiteral("Văn bản bình thường, không có gì lạ"));
}

/** As the page must print it. */
QString shown(const QString &field)
{
    return HostileText::stored(hostile(field));
}

QJsonObject withFields(QJsonObject record, const QJsonObject &payload, const QJsonObject &person = {})
{
    QJsonObject p = record.value(QStringLiteral("payload")).toObject();
    for (auto it = payload.begin(); it != payload.end(); ++it)
        p.insert(it.key(), it.value());
    record.insert(QStringLiteral("payload"), p);
    if (!person.isEmpty()) {
        QJsonObject personal = record.value(QStringLiteral("personal")).toObject();
        QJsonObject who = personal.value(QStringLiteral("person")).toObject();
        for (auto it = person.begin(); it != person.end(); ++it)
            who.insert(it.key(), it.value());
        personal.insert(QStringLiteral("person"), who);
        record.insert(QStringLiteral("personal"), personal);
    }
    return record;
}

/** page shows the texts (a braced list, {} for none) as text and nothing else. */
#define VERIFY_SAFE(page, ...)                                                                     \
    do {                                                                                           \
        const QStringList texts_ = __VA_ARGS__;                                                    \
        const QString why = HostileText::problems(page, texts_);                                   \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    } while (false)

}

void tst_StaffHostile::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_StaffHostile::initTestCase()
{
    QVERIFY(QFile::exists(HubClient::program()));
    // The checks see what they look for: text printed raw, a quote that breaks out of an
    // attribute, an event handler, a bidi override in the text, a page cut short, a 5xx.
    const QString text = HostileText::stored(Attack);
    auto page = [](int status, const QString &main) {
        return HttpReply{status, (QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\"><head><title>t</title></head><body><main>") + main
                                  + QStringLiteral("</main></body></html>\n")).toUtf8(), {}};
    };
    const QString safe = QStringLiteral("<p class=\"text\">%1</p><input name=\"x\" value=\"%1\">").arg(HostileText::escaped(text));
    QCOMPARE(HostileText::problems(page(200, safe), {text}), QString());
    QCOMPARE(HostileText::problems(page(400, safe + QStringLiteral("<textarea>\u202E</textarea>")), {text}), QString());
    for (const QString &bad : {QStringLiteral("<p>%1</p>").arg(text),
                               QStringLiteral("<input value=\"%1\">").arg(text.toHtmlEscaped().replace(QStringLiteral("&quot;"), QStringLiteral("\""))),
                               safe + QStringLiteral("<p title=\"a\" onmouseover=\"b\">c</p>"), safe + QStringLiteral("<p>\u202Eabc</p>"),
                               safe + QStringLiteral("<form>"), QStringLiteral("<p>%1</p>").arg(HostileText::escaped(Attack.left(20)))})
        QVERIFY2(!HostileText::problems(page(200, bad), {text}).isEmpty(), qPrintable(bad));
    QVERIFY(!HostileText::problems(page(500, safe), {text}).isEmpty());
    QVERIFY(!HostileText::problems(HttpReply{200, page(200, safe).body.chopped(10), {}}, {text}).isEmpty());

    // Each field's text fits the field, so it is stored and shown rather than refused: plot
    // numbers take 20 characters, names, groups and other skills or materials 100.
    QCOMPARE(shown(QStringLiteral("p")).size(), 20);
    for (const char *field : {"name", "group", "fix name", "fix group", "skill", "item", "unit"})
        QVERIFY2(shown(QLatin1String(field)).size() <= 100, field);
}

void tst_StaffHostile::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_hub.setDatabase(m_location->location());
    QVERIFY(m_hub.start());
    QVERIFY(m_hub.addAccount(QStringLiteral("anna"), QStringLiteral("city"), {}, hostile(QStringLiteral("anna"))));
    QVERIFY(m_hub.addAccount(QStringLiteral("chi"), QStringLiteral("city"), {}, QStringLiteral("Lê Thị Chi")));
    QVERIFY(m_hub.addAccount(QStringLiteral("binh"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"), hostile(QStringLiteral("binh"))));
    QVERIFY(m_hub.addAccount(QStringLiteral("root"), QStringLiteral("admin"), {}, QStringLiteral("Quản trị")));
    m_city = m_hub.signIn(QStringLiteral("anna"));
    m_second = m_hub.signIn(QStringLiteral("chi"));
    m_ward = m_hub.signIn(QStringLiteral("binh"));
    m_admin = m_hub.signIn(QStringLiteral("root"));
    QVERIFY(m_city.isValid() && m_second.isValid() && m_ward.isValid() && m_admin.isValid());
    m_kiosk = m_hub.enrol(QStringLiteral("LE-CHAN"), hostile(QStringLiteral("kiosk")));
    QVERIFY(!m_kiosk.token.isEmpty());
    m_sequence = 0;
}

void tst_StaffHostile::cleanup()
{
    m_hub.stop();
    m_location.reset();
}

QHash<QString, QString> tst_StaffHostile::deliverAll(const TextFor &text)
{
    auto record = [this](const QString &kind, int variant) {
        return HubTestRecords::record(m_kiosk.kiosk, kind, variant, ++m_sequence);
    };
    const QJsonArray batch{
            withFields(record(QStringLiteral("report.waste"), 0),
                       {{QStringLiteral("place"), text(QStringLiteral("place"))},
                        {QStringLiteral("description"), text(QStringLiteral("description"))}},
                       {{QStringLiteral("fullName"), text(QStringLiteral("name"))},
                        {QStringLiteral("residentialGroup"), text(QStringLiteral("group"))}}),
            withFields(record(QStringLiteral("pledge.land"), 0),
                       {{QStringLiteral("address"), text(QStringLiteral("address"))},
                        {QStringLiteral("plotNo"), text(QStringLiteral("p"))},
                        {QStringLiteral("mapSheetNo"), text(QStringLiteral("m"))}}),
            withFields(record(QStringLiteral("pledge.labour"), 1), {{QStringLiteral("otherSkill"), text(QStringLiteral("skill"))}}),
            withFields(record(QStringLiteral("pledge.materials"), 0),
                       {{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("item"), QStringLiteral("other")},
                                                                         {QStringLiteral("otherItem"), text(QStringLiteral("item"))},
                                                                         {QStringLiteral("quantity"), 5},
                                                                         {QStringLiteral("unit"), QStringLiteral("other")},
                                                                         {QStringLiteral("otherUnit"), text(QStringLiteral("unit"))}}}}}),
    };
    const HttpReply r = m_hub.deliver(m_kiosk.token, batch);
    QHash<QString, QString> codes;
    const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (results.at(i).toObject().value(QStringLiteral("result")).toString() != u"accepted") {
            qWarning() << "not accepted:" << results.at(i);
            return {};
        }
        const QJsonObject sent = batch.at(i).toObject();
        codes.insert(sent.value(QStringLiteral("kind")).toString(), sent.value(QStringLiteral("receiptCode")).toString());
    }
    return codes;
}

HttpReply tst_StaffHostile::postOpen311(const TextFor &text)
{
    return m_hub.request("POST", QStringLiteral("/open311/v2/requests.json"),
                         HubClient::formBody({{QStringLiteral("api_key"), m_kiosk.token},
                                              {QStringLiteral("service_code"), QStringLiteral("materials_wasted")},
                                              {QStringLiteral("description"), text(QStringLiteral("open311 description"))},
                                              {QStringLiteral("address_string"), text(QStringLiteral("open311 address"))}}),
                         {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString tst_StaffHostile::requestId(const HttpReply &created)
{
    return QJsonDocument::fromJson(created.body).array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
}

void tst_StaffHostile::kioskFieldsStayText()
{
    const QHash<QString, QString> codes = deliverAll(hostile);
    const QHash<QString, QString> twins = deliverAll(plain);
    QCOMPARE(codes.size(), 4);
    QCOMPARE(twins.size(), 4);
    const QHash<QString, QStringList> fields{
            {QStringLiteral("report.waste"), {QStringLiteral("place"), QStringLiteral("description")}},
            {QStringLiteral("pledge.land"), {QStringLiteral("address"), QStringLiteral("p"), QStringLiteral("m")}},
            {QStringLiteral("pledge.labour"), {QStringLiteral("skill")}},
            {QStringLiteral("pledge.materials"), {QStringLiteral("item"), QStringLiteral("unit")}},
    };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // The record page, with the kiosk's name and the officer's own name in the bar.
        QStringList texts{shown(QStringLiteral("kiosk")), shown(QStringLiteral("anna"))};
        for (const QString &field : it.value())
            texts.append(shown(field));
        const HttpReply page = m_hub.get(m_city, recordPath(codes.value(it.key())));
        QCOMPARE(page.status, 200);
        VERIFY_SAFE(page, texts);
        QCOMPARE(HostileText::skeleton(page.text()), HostileText::skeleton(m_hub.get(m_city, recordPath(twins.value(it.key()))).text()));
    }
    // The resident's name and group, shown on request.
    const HttpReply contact = m_hub.post(m_city, recordPath(codes.value(QStringLiteral("report.waste")), QStringLiteral("contact")), {});
    QCOMPARE(contact.status, 200);
    VERIFY_SAFE(contact, {shown(QStringLiteral("name")), shown(QStringLiteral("group"))});
    QCOMPARE(HostileText::skeleton(contact.text()),
             HostileText::skeleton(m_hub.post(m_city, recordPath(twins.value(QStringLiteral("report.waste")), QStringLiteral("contact")), {}).text()));
    // The other material on the pledge's handover page, and the inbox listing them all.
    const HttpReply handover = m_hub.get(m_ward, recordPath(codes.value(QStringLiteral("pledge.materials")), QStringLiteral("handover")));
    QCOMPARE(handover.status, 200);
    VERIFY_SAFE(handover, {shown(QStringLiteral("item")), shown(QStringLiteral("unit")), shown(QStringLiteral("binh"))});
    QCOMPARE(HostileText::skeleton(handover.text()),
             HostileText::skeleton(m_hub.get(m_ward, recordPath(twins.value(QStringLiteral("pledge.materials")), QStringLiteral("handover"))).text()));
    VERIFY_SAFE(m_hub.get(m_city, QStringLiteral("/staff/inbox")), {shown(QStringLiteral("anna"))});
    // SQL in the text stayed text: every record is still there.
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 8);
}

void tst_StaffHostile::open311FieldsStayText()
{
    const HttpReply created = postOpen311(hostile);
    QCOMPARE(created.status, 200);
    const QString code = requestId(created);
    const QString twin = requestId(postOpen311(plain));
    QVERIFY(!code.isEmpty() && !twin.isEmpty());
    const HttpReply page = m_hub.get(m_city, recordPath(code));
    QCOMPARE(page.status, 200);
    VERIFY_SAFE(page, {shown(QStringLiteral("open311 description")), shown(QStringLiteral("open311 address"))});
    QCOMPARE(HostileText::skeleton(page.text()), HostileText::skeleton(m_hub.get(m_city, recordPath(twin)).text()));
}

void tst_StaffHostile::officerTextStaysText()
{
    const QString code = deliverAll(plain).value(QStringLiteral("report.waste"));
    const QString twin = deliverAll(plain).value(QStringLiteral("report.waste"));
    QVERIFY(!code.isEmpty() && !twin.isEmpty());
    // The admin's reply template for "resolved", filled into the reply box.
    QCOMPARE(m_hub.post(m_admin, QStringLiteral("/staff/templates"), {{QStringLiteral("resolved_vi"), hostile(QStringLiteral("template"))}}).status, 303);
    const HttpReply templates = m_hub.get(m_admin, QStringLiteral("/staff/templates"));
    QCOMPARE(templates.status, 200);
    VERIFY_SAFE(templates, {HostileText::stored(hostile(QStringLiteral("template")), true)});
    const HttpReply filled = m_hub.get(m_city, recordPath(code) + QStringLiteral("?status=resolved"));
    QCOMPARE(filled.status, 200);
    VERIFY_SAFE(filled, {HostileText::stored(hostile(QStringLiteral("template")), true)});

    // Reply, internal note, corrections and the public summary, on the record and its twin.
    auto work = [this](const QString &record, const TextFor &text) {
        const QList<std::pair<QString, FormFields>> steps{
                {QStringLiteral("status"), {{QStringLiteral("status"), QStringLiteral("in_progress")},
                                            {QStringLiteral("reply"), text(QStringLiteral("reply"))},
                                            {QStringLiteral("note"), text(QStringLiteral("note"))}}},
                {QStringLiteral("correct"), {{QStringLiteral("field"), QStringLiteral("place")}, {QStringLiteral("value"), text(QStringLiteral("fixed place"))}}},
                {QStringLiteral("correct"), {{QStringLiteral("field"), QStringLiteral("description")},
                                             {QStringLiteral("value"), text(QStringLiteral("fixed description"))}}},
                {QStringLiteral("correct"), {{QStringLiteral("field"), QStringLiteral("fullName")}, {QStringLiteral("value"), text(QStringLiteral("fix name"))}}},
                {QStringLiteral("correct"), {{QStringLiteral("field"), QStringLiteral("residentialGroup")},
                                             {QStringLiteral("value"), text(QStringLiteral("fix group"))}}},
                {QStringLiteral("status"), {{QStringLiteral("status"), QStringLiteral("resolved")}, {QStringLiteral("reply"), text(QStringLiteral("reply"))}}},
                {QStringLiteral("publish"), {{QStringLiteral("summary"), text(QStringLiteral("summary"))}}},
        };
        for (const auto &[action, fields] : steps) {
            const HttpReply r = m_hub.post(m_city, recordPath(record, action), fields);
            if (r.status != 303) {
                qWarning() << action << fields << "answered" << r.status;
                return false;
            }
        }
        return true;
    };
    QVERIFY(work(code, hostile));
    QVERIFY(work(twin, plain));
    const HttpReply page = m_hub.get(m_city, recordPath(code));
    QCOMPARE(page.status, 200);
    VERIFY_SAFE(page, {shown(QStringLiteral("reply")), shown(QStringLiteral("note")), shown(QStringLiteral("fixed place")),
                       shown(QStringLiteral("fixed description")), shown(QStringLiteral("summary")), shown(QStringLiteral("anna"))});
    QCOMPARE(HostileText::skeleton(page.text()), HostileText::skeleton(m_hub.get(m_city, recordPath(twin)).text()));
    const HttpReply contact = m_hub.post(m_city, recordPath(code, QStringLiteral("contact")), {});
    QCOMPARE(contact.status, 200);
    VERIFY_SAFE(contact, {shown(QStringLiteral("fix name")), shown(QStringLiteral("fix group"))});
    QCOMPARE(HostileText::skeleton(contact.text()), HostileText::skeleton(m_hub.post(m_city, recordPath(twin, QStringLiteral("contact")), {}).text()));
    // The resident's own page shows the public reply, never the note.
    const HttpReply resident = m_hub.request("GET", QStringLiteral("/r/") + code);
    QCOMPARE(resident.status, 200);
    VERIFY_SAFE(resident, {shown(QStringLiteral("reply"))});
    QVERIFY(!resident.text().contains(QStringLiteral("[note]")));
    QCOMPARE(HostileText::skeleton(resident.text()), HostileText::skeleton(m_hub.request("GET", QStringLiteral("/r/") + twin).text()));
}

void tst_StaffHostile::handoverTextStaysText()
{
    const QString code = deliverAll(hostile).value(QStringLiteral("pledge.materials"));
    const QString twin = deliverAll(plain).value(QStringLiteral("pledge.materials"));
    QVERIFY(!code.isEmpty() && !twin.isEmpty());
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    // (Contacted first.) The material and its unit are chosen from lists: hostile ones are refused, on a page
    // that is still safe, and nothing is stored.
    const QString codePath = recordPath(code, QStringLiteral("handover"));
    QCOMPARE(m_hub.post(m_ward, codePath, {{QStringLiteral("step"), QStringLiteral("contact")}}).status, 303);
    const HttpReply refused = m_hub.post(m_ward, codePath, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("5")},
                                                           {QStringLiteral("unit"), hostile(QStringLiteral("handed unit"))},
                                                           {QStringLiteral("item"), hostile(QStringLiteral("handed item"))}, {QStringLiteral("date"), today}});
    QCOMPARE(refused.status, 400);
    VERIFY_SAFE(refused, {});
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM handovers")).toInt(), 0);
    auto handOver = [&](const QString &record, const TextFor &text) {
        const QString path = recordPath(record, QStringLiteral("handover"));
        return m_hub.post(m_ward, path, {{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("5")},
                                             {QStringLiteral("unit"), QStringLiteral("bao")},
                                             {QStringLiteral("item"), QStringLiteral("cement")}, {QStringLiteral("date"), today},
                                             {QStringLiteral("document"), text(QStringLiteral("document"))},
                                             {QStringLiteral("note"), text(QStringLiteral("handover note"))}})
                                   .status == 303
                && m_hub.post(m_city, path, {{QStringLiteral("step"), QStringLiteral("verify")}}).status == 303;
    };
    QCOMPARE(m_hub.post(m_ward, recordPath(twin, QStringLiteral("handover")), {{QStringLiteral("step"), QStringLiteral("contact")}}).status, 303);
    QVERIFY(handOver(code, hostile));
    QVERIFY(handOver(twin, plain));
    // Who entered it (the ward officer) and who verified it (the city officer) are display names.
    const HttpReply page = m_hub.get(m_second, recordPath(code, QStringLiteral("handover")));
    QCOMPARE(page.status, 200);
    VERIFY_SAFE(page, {shown(QStringLiteral("document")),
                       HostileText::stored(hostile(QStringLiteral("handover note")), true), shown(QStringLiteral("item")),
                       shown(QStringLiteral("binh")), shown(QStringLiteral("anna"))});
    QCOMPARE(HostileText::skeleton(page.text()), HostileText::skeleton(m_hub.get(m_second, recordPath(twin, QStringLiteral("handover"))).text()));
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM handovers")).toInt(), 2);
}

void tst_StaffHostile::namesStayText()
{
    // Display names on the accounts list and an account's page.
    HttpReply r = m_hub.get(m_admin, QStringLiteral("/staff/accounts"));
    QCOMPARE(r.status, 200);
    VERIFY_SAFE(r, {shown(QStringLiteral("anna")), shown(QStringLiteral("binh"))});
    r = m_hub.get(m_admin, QStringLiteral("/staff/accounts/anna"));
    QCOMPARE(r.status, 200);
    VERIFY_SAFE(r, {shown(QStringLiteral("anna"))});
    // The kiosk's name on the kiosks page.
    r = m_hub.get(m_admin, QStringLiteral("/staff/kiosks"));
    QCOMPARE(r.status, 200);
    VERIFY_SAFE(r, {shown(QStringLiteral("kiosk"))});
    // An assignee in the inbox: in its rows and in both lists of officers.
    const QString code = deliverAll(plain).value(QStringLiteral("report.waste"));
    const QString binh = m_location->scalar(QStringLiteral("SELECT id FROM staff_accounts WHERE login = 'binh'")).toString();
    r = m_hub.post(m_city, QStringLiteral("/staff/inbox"), {{QStringLiteral("action"), QStringLiteral("assign")},
                                                           {QStringLiteral("assign_to"), binh}, {QStringLiteral("code"), code}});
    QCOMPARE(r.status, 303);
    r = m_hub.follow(m_city, r);
    QCOMPARE(r.status, 200);
    VERIFY_SAFE(r, {shown(QStringLiteral("binh")) + QStringLiteral(" · LE-CHAN"), shown(QStringLiteral("anna"))});
    QVERIFY(r.text().count(HostileText::escaped(shown(QStringLiteral("binh")))) >= 3);
    // Who recorded a work's figures, in its history.
    const FormFields figures{{QStringLiteral("on_date"), QStringLiteral("01/11/2026")}, {QStringLiteral("stage"), QStringLiteral("in_progress")},
                             {QStringLiteral("progress"), QStringLiteral("77")},          {QStringLiteral("disbursed"), QStringLiteral("1.250.000")},
                             {QStringLiteral("budget"), QStringLiteral("99000000000")},    {QStringLiteral("start"), QStringLiteral("2025-09-15")},
                             {QStringLiteral("planned_end"), QStringLiteral("31/03/2027")}, {QStringLiteral("actual_end"), QString()}};
    QCOMPARE(m_hub.post(m_city, QStringLiteral("/staff/works/LC-001"), figures).status, 303);
    r = m_hub.get(m_second, QStringLiteral("/staff/works/LC-001"));
    QCOMPARE(r.status, 200);
    VERIFY_SAFE(r, {shown(QStringLiteral("anna"))});
}

void tst_StaffHostile::tenThousandCharactersAreRefused()
{
    const QString huge = Attack.repeated(10000 / Attack.size() + 1).left(10000);
    // From a kiosk: the record is refused within its batch, the kiosk's name at enrolment.
    const QJsonObject tooLong = withFields(HubTestRecords::record(m_kiosk.kiosk, QStringLiteral("report.waste"), 0, ++m_sequence),
                                           {{QStringLiteral("description"), huge}});
    const HttpReply batch = m_hub.deliver(m_kiosk.token, {tooLong});
    QCOMPARE(batch.status, 200);
    QCOMPARE(batch.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(m_hub.enrol(QStringLiteral("LE-CHAN"), huge).token, QString());
    // From an Open311 client.
    QCOMPARE(postOpen311([&huge](const QString &) { return huge; }).status, 400);

    // From officers: every form answers 400 with a whole page, and stores nothing.
    const QString code = deliverAll(plain).value(QStringLiteral("report.waste"));
    const QString pledge = deliverAll(plain).value(QStringLiteral("pledge.materials"));
    QVERIFY(!code.isEmpty() && !pledge.isEmpty());
    QCOMPARE(m_hub.post(m_city, recordPath(code, QStringLiteral("status")), {{QStringLiteral("status"), QStringLiteral("resolved")}}).status, 303);
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    auto handover = [&today](const QString &field, const QString &value) {
        FormFields form{{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), QStringLiteral("5")},
                        {QStringLiteral("unit"), QStringLiteral("bao")}, {QStringLiteral("item"), QStringLiteral("xi măng")},
                        {QStringLiteral("date"), today}, {QStringLiteral("document"), QString()}, {QStringLiteral("note"), QString()}};
        for (auto &[k, v] : form)
            if (k == field)
                v = value;
        return form;
    };
    const QList<std::tuple<StaffSession, QString, FormFields>> forms{
            {m_city, recordPath(code, QStringLiteral("status")), {{QStringLiteral("status"), QStringLiteral("in_progress")}, {QStringLiteral("reply"), huge}}},
            {m_city, recordPath(code, QStringLiteral("status")), {{QStringLiteral("status"), QStringLiteral("in_progress")}, {QStringLiteral("note"), huge}}},
            {m_city, recordPath(code, QStringLiteral("correct")), {{QStringLiteral("field"), QStringLiteral("place")}, {QStringLiteral("value"), huge}}},
            {m_city, recordPath(code, QStringLiteral("correct")), {{QStringLiteral("field"), QStringLiteral("fullName")}, {QStringLiteral("value"), huge}}},
            {m_city, recordPath(code, QStringLiteral("publish")), {{QStringLiteral("summary"), huge}}},
            {m_city, recordPath(code, QStringLiteral("duplicate")), {{QStringLiteral("original"), huge}, {QStringLiteral("reply"), huge}}},
            {m_ward, recordPath(pledge, QStringLiteral("handover")), handover(QStringLiteral("document"), huge)},
            {m_ward, recordPath(pledge, QStringLiteral("handover")), handover(QStringLiteral("note"), huge)},
            {m_ward, recordPath(pledge, QStringLiteral("handover")), handover(QStringLiteral("item"), huge)},
            {m_admin, QStringLiteral("/staff/templates"), {{QStringLiteral("resolved_vi"), huge}}},
            {m_admin, QStringLiteral("/staff/new-account"),
             {{QStringLiteral("login"), QStringLiteral("dai")}, {QStringLiteral("name"), huge}, {QStringLiteral("role"), QStringLiteral("city")},
              {QStringLiteral("password"), HubClient::Password}, {QStringLiteral("password2"), HubClient::Password}}},
    };
    for (const auto &[session, path, fields] : forms) {
        const HttpReply r = m_hub.post(session, path, fields);
        QStringList long_;
        for (const auto &[name, value] : fields)
            if (value == huge)
                long_.append(name);
        QVERIFY2(r.status == 400, qPrintable(QStringLiteral("%1 %2: %3").arg(path, long_.join(u',')).arg(r.status)));
        VERIFY_SAFE(r, {});
    }
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM records WHERE status_note LIKE '%DROP TABLE%'"
                                               " OR payload LIKE '%DROP TABLE%' OR public_summary LIKE '%DROP TABLE%'")).toInt(), 0);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM handovers")).toInt(), 0);
    QCOMPARE(m_location->scalar(QStringLiteral("SELECT count(*) FROM staff_accounts WHERE login = 'dai'")).toInt(), 0);
}

void tst_StaffHostile::boardPagesTakeHostileQueries()
{
    auto q = [](const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); };
    const QString longText = QString(4000, u'9');
    const QDate today = BoardService::today();
    const QString thisMonth = QStringLiteral("Tháng %1/%2").arg(today.month()).arg(today.year());
    struct Case { QString query; bool badMonth; };
    const QList<Case> cases{
            {QStringLiteral("month=../"), true},
            {QStringLiteral("month=..%2F..%2Fetc%2Fpasswd"), true},
            {QStringLiteral("month=2026-13"), true},
            {QStringLiteral("month=2026-00"), true},
            {QStringLiteral("month=1999-12"), true},
            {QStringLiteral("month=2999-12"), true},
            {QStringLiteral("month=") + q(Attack), true},
            {QStringLiteral("month=2026-02%00"), true},
            {QStringLiteral("month=") + longText, true},
            {QStringLiteral("month=2026-02&month=") + q(Attack), false},
            {QStringLiteral("ward=") + q(Attack), false},
            {QStringLiteral("ward=") + longText + QStringLiteral("&kind=") + q(Attack), false},
            {q(Attack) + QStringLiteral("=") + q(Attack) + QStringLiteral("&x=%FF%FE"), false},
            {QStringLiteral("lang=") + q(Attack), false},
            {QStringLiteral("month=%E2%80%AE2026-02"), true},
    };
    // The signed-in officer's hostile display name is on /staff/board already (escaped): what
    // was typed in the query must add no trace of the attack to either page.
    auto traces = [](const QString &text) { return text.count(QStringLiteral("alert(")); };
    const int staffTraces = traces(m_hub.get(m_city, QStringLiteral("/staff/board")).text());
    QVERIFY(staffTraces > 0);
    QCOMPARE(traces(m_hub.request("GET", QStringLiteral("/thi-dua")).text()), 0);
    int drawn = 0;
    for (const Case &c : cases) {
        const QList<std::tuple<QString, HttpReply, int>> pages{
                {QStringLiteral("/staff/board"), m_hub.get(m_city, QStringLiteral("/staff/board?") + c.query), staffTraces},
                {QStringLiteral("/thi-dua"), m_hub.request("GET", QStringLiteral("/thi-dua?") + c.query), 0},
        };
        for (const auto &[path, page, expectedTraces] : pages) {
            const QString where = path + u'?' + c.query.left(80);
            QVERIFY2(page.status < 500, qPrintable(where + QStringLiteral(": %1").arg(page.status)));
            const QString why = HostileText::problems(page);
            QVERIFY2(why.isEmpty(), qPrintable(where + QStringLiteral(": ") + why));
            const QString text = page.text();
            QVERIFY2(traces(text) == expectedTraces, qPrintable(where));
            QVERIFY2(!text.contains(longText.left(40)), qPrintable(where));
            if (page.status != 200)
                continue;
            ++drawn;
            // The month shown is this month, or the one asked for when it was one.
            QVERIFY2(text.contains(u"Tháng ") && text.contains(u"/20"), qPrintable(where));
            if (c.badMonth) {
                QVERIFY2(text.contains(QStringLiteral("Tháng không hợp lệ")), qPrintable(where));
                QVERIFY2(text.contains(thisMonth), qPrintable(where));
            } else {
                QVERIFY2(!text.contains(QStringLiteral("Tháng không hợp lệ")), qPrintable(where));
            }
        }
    }
    QCOMPARE(drawn, cases.size() * 2);
}

QTEST_GUILESS_MAIN(tst_StaffHostile)
#include "tst_staffhostile.moc"
