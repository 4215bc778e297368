// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/consenttext.h"
#include "records/record.h"
#include "records/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

/** The one rule set for records, through the JSON form the UI and kioskctl both use. */
class tst_Validation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void jsonTypes_data();
    void jsonTypes();
    void cleaningIsStored();
    void payloadKeepsPersonalApart();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void checkFieldFilters();
    void messagesAreBilingual();
    void consentText();
};

namespace {

const QDate Today(2025, 6, 1);

QJsonObject person()
{
    return {{QStringLiteral("fullName"), QStringLiteral("Nguyễn Thị Hoa")},
            {QStringLiteral("phone"), QStringLiteral("0912 345 678")},
            {QStringLiteral("residentialGroup"), QStringLiteral("Tổ dân phố số 5")}};
}

QJsonObject consent()
{
    return {{QStringLiteral("given"), true},
            {QStringLiteral("textVersion"), ConsentText::version()},
            {QStringLiteral("text"), ConsentText::text(u"vi", {QStringLiteral("Phường Hồng Bàng"), QStringLiteral("Hong Bang Ward")})}};
}

QJsonObject land()
{
    return {{QStringLiteral("kind"), QStringLiteral("pledge.land")}, {QStringLiteral("projectCode"), QStringLiteral("HB-001")},
            {QStringLiteral("areaM2"), 25.5}, {QStringLiteral("plotNo"), QStringLiteral("112")},
            {QStringLiteral("mapSheetNo"), QStringLiteral("7")},
            {QStringLiteral("address"), QStringLiteral("Số 12 ngõ 34 đường Hạ Lý")},
            {QStringLiteral("person"), person()}, {QStringLiteral("consent"), consent()}};
}

QJsonObject labour()
{
    return {{QStringLiteral("kind"), QStringLiteral("pledge.labour")}, {QStringLiteral("days"), 3.5},
            {QStringLiteral("availableFrom"), QStringLiteral("2025-06-10")},
            {QStringLiteral("availableTo"), QStringLiteral("2025-06-30")},
            {QStringLiteral("skills"), QJsonArray{QStringLiteral("digging"), QStringLiteral("cooking")}},
            {QStringLiteral("person"), person()}, {QStringLiteral("consent"), consent()}};
}

QJsonObject materials()
{
    return {{QStringLiteral("kind"), QStringLiteral("pledge.materials")},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("item"), QStringLiteral("cement")}, {QStringLiteral("quantity"), 20},
                                    {QStringLiteral("unit"), QStringLiteral("bao")}},
                        QJsonObject{{QStringLiteral("item"), QStringLiteral("sand")}, {QStringLiteral("quantity"), 2.5},
                                    {QStringLiteral("unit"), QStringLiteral("m3")}},
                        QJsonObject{{QStringLiteral("item"), QStringLiteral("other")},
                                    {QStringLiteral("otherItem"), QStringLiteral("Cột đèn tre")},
                                    {QStringLiteral("quantity"), 4}, {QStringLiteral("unit"), QStringLiteral("other")},
                                    {QStringLiteral("otherUnit"), QStringLiteral("bó")}}}},
            {QStringLiteral("person"), person()}, {QStringLiteral("consent"), consent()}};
}

QJsonObject waste()
{
    return {{QStringLiteral("kind"), QStringLiteral("report.waste")}, {QStringLiteral("category"), QStringLiteral("idle_works")},
            {QStringLiteral("place"), QStringLiteral("Nhà văn hoá tổ 3, phường Lê Chân")},
            {QStringLiteral("description"), QStringLiteral("Nhà văn hoá xây xong hai năm nhưng luôn khoá cửa, cỏ mọc cao.")},
            {QStringLiteral("anonymous"), true}};
}

/** Sets a value at a path like "person.phone" or "items[1].quantity"; an undefined value removes it. */
QJsonObject with(QJsonObject root, const QString &path, const QJsonValue &value)
{
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const qsizetype dot = path.indexOf(u'.');
    const QString head = dot < 0 ? path : path.left(dot);
    const QString rest = dot < 0 ? QString() : path.mid(dot + 1);
    const QRegularExpressionMatch m = indexed.match(head);
    if (m.hasMatch()) {
        QJsonArray array = root.value(m.captured(1)).toArray();
        const int i = m.captured(2).toInt();
        if (rest.isEmpty())
            array[i] = value;
        else
            array[i] = with(array.at(i).toObject(), rest, value);
        root.insert(m.captured(1), array);
        return root;
    }
    if (rest.isEmpty()) {
        if (value.isUndefined())
            root.remove(head);
        else
            root.insert(head, value);
    } else {
        root.insert(head, with(root.value(head).toObject(), rest, value));
    }
    return root;
}

ValidationContext context(bool allowAnonymous = false)
{
    ValidationContext c = ValidationContext::withProjects({QStringLiteral("HB-001"), QStringLiteral("LC-002")}, allowAnonymous);
    c.today = Today;
    return c;
}

QString describe(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out.append(p.field + QStringLiteral(": ") + p.message.en);
    return out.join(QStringLiteral(" | "));
}

QByteArray jpeg(qsizetype size)
{
    QByteArray b(size, 'x');
    b[0] = char(0xFF);
    b[1] = char(0xD8);
    b[2] = char(0xFF);
    return b;
}

}

void tst_Validation::rules_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("allowAnonymous");
    QTest::addColumn<QString>("field");       // "" = valid
    QTest::addColumn<QString>("messagePart"); // in the English message

    const QString none;
    QTest::newRow("land valid") << land() << false << none << none;
    QTest::newRow("labour valid") << labour() << false << none << none;
    QTest::newRow("materials valid") << materials() << false << none << none;
    QTest::newRow("waste anonymous valid") << waste() << false << none << none;
    QTest::newRow("waste named valid") << with(with(with(waste(), QStringLiteral("anonymous"), false), QStringLiteral("person"), person()),
                                              QStringLiteral("consent"), consent())
                                       << false << none << none;
    QTest::newRow("no project is fine") << with(land(), QStringLiteral("projectCode"), QJsonValue::Undefined) << false << none << none;
    QTest::newRow("project lower case is fine") << with(land(), QStringLiteral("projectCode"), QStringLiteral(" hb-001 ")) << false << none << none;
    QTest::newRow("unknown project") << with(land(), QStringLiteral("projectCode"), QStringLiteral("XX-999")) << false
                                     << QStringLiteral("projectCode") << QStringLiteral("no work with code “XX-999”");

    // Land.
    QTest::newRow("area missing") << with(land(), QStringLiteral("areaM2"), QJsonValue::Undefined) << false << QStringLiteral("areaM2") << QStringLiteral("enter the area");
    QTest::newRow("area 0.1") << with(land(), QStringLiteral("areaM2"), 0.1) << false << none << none;
    QTest::newRow("area 100000") << with(land(), QStringLiteral("areaM2"), 100000) << false << none << none;
    QTest::newRow("area too small") << with(land(), QStringLiteral("areaM2"), 0.05) << false << QStringLiteral("areaM2") << QStringLiteral("from 0.1 to 100,000 m²");
    QTest::newRow("area too big") << with(land(), QStringLiteral("areaM2"), 100000.5) << false << QStringLiteral("areaM2") << QStringLiteral("from 0.1 to 100,000");
    QTest::newRow("area negative") << with(land(), QStringLiteral("areaM2"), -3) << false << QStringLiteral("areaM2") << QStringLiteral("from 0.1");
    QTest::newRow("plot missing") << with(land(), QStringLiteral("plotNo"), QStringLiteral("  ")) << false << QStringLiteral("plotNo") << QStringLiteral("plot number");
    QTest::newRow("plot too long") << with(land(), QStringLiteral("plotNo"), QString(21, u'9')) << false << QStringLiteral("plotNo") << QStringLiteral("Too long (max 20");
    QTest::newRow("sheet only controls") << with(land(), QStringLiteral("mapSheetNo"), QStringLiteral("\u202E\u200B\t")) << false << QStringLiteral("mapSheetNo") << QStringLiteral("map sheet");
    QTest::newRow("address 10,000 paste") << with(land(), QStringLiteral("address"), QString(10000, u'a')) << false << QStringLiteral("address") << QStringLiteral("Too long (max 300 characters; this has 10,000)");
    QTest::newRow("address 300 emoji") << with(land(), QStringLiteral("address"), QString(300, u'x').replace(0, 2, QStringLiteral("🏠"))) << false << none << none;
    QTest::newRow("address SQL-like is just text") << with(land(), QStringLiteral("address"), QStringLiteral("'); DROP TABLE records; --")) << false << none << none;
    QTest::newRow("land anonymous never") << with(with(with(land(), QStringLiteral("anonymous"), true), QStringLiteral("person"), QJsonValue::Undefined), QStringLiteral("consent"), QJsonValue::Undefined)
                                          << true << QStringLiteral("anonymous") << QStringLiteral("Land cannot be pledged anonymously");

    // Labour.
    QTest::newRow("days half") << with(labour(), QStringLiteral("days"), 0.5) << false << none << none;
    QTest::newRow("days 365") << with(with(labour(), QStringLiteral("days"), 365), QStringLiteral("availableTo"), QStringLiteral("2026-06-30")) << false << none << none;
    QTest::newRow("days 0.25") << with(labour(), QStringLiteral("days"), 0.25) << false << QStringLiteral("days") << QStringLiteral("from 0.5 to 365 days");
    QTest::newRow("days 1.3") << with(labour(), QStringLiteral("days"), 1.3) << false << QStringLiteral("days") << QStringLiteral("half days");
    QTest::newRow("days 366") << with(labour(), QStringLiteral("days"), 366) << false << QStringLiteral("days") << QStringLiteral("from 0.5 to 365");
    QTest::newRow("days longer than period") << with(labour(), QStringLiteral("days"), 22) << false << QStringLiteral("days") << QStringLiteral("more than the days in the chosen period (21)");
    QTest::newRow("from missing") << with(labour(), QStringLiteral("availableFrom"), QJsonValue::Undefined) << false << QStringLiteral("availableFrom") << QStringLiteral("first day");
    QTest::newRow("to before from") << with(labour(), QStringLiteral("availableTo"), QStringLiteral("2025-06-09")) << false << QStringLiteral("availableTo") << QStringLiteral("on or after the first day");
    QTest::newRow("same day") << with(with(labour(), QStringLiteral("availableTo"), QStringLiteral("2025-06-10")), QStringLiteral("days"), 1) << false << none << none;
    QTest::newRow("period over") << with(with(labour(), QStringLiteral("availableFrom"), QStringLiteral("2025-05-01")), QStringLiteral("availableTo"), QStringLiteral("2025-05-20"))
                                 << false << QStringLiteral("availableTo") << QStringLiteral("already over");
    QTest::newRow("too far ahead") << with(with(labour(), QStringLiteral("availableFrom"), QStringLiteral("2030-01-01")), QStringLiteral("availableTo"), QStringLiteral("2030-02-01"))
                                   << false << QStringLiteral("availableFrom") << QStringLiteral("next 2 years");
    QTest::newRow("no skills") << with(labour(), QStringLiteral("skills"), QJsonArray()) << false << QStringLiteral("skills") << QStringLiteral("at least one");
    QTest::newRow("unknown skill") << with(labour(), QStringLiteral("skills"), QJsonArray{QStringLiteral("digging"), QStringLiteral("flying")})
                                   << false << QStringLiteral("skills[1]") << QStringLiteral("no kind of work “flying”");
    QTest::newRow("other without text") << with(labour(), QStringLiteral("skills"), QJsonArray{QStringLiteral("other")})
                                        << false << QStringLiteral("otherSkill") << QStringLiteral("other work");
    QTest::newRow("other with text") << with(with(labour(), QStringLiteral("skills"), QJsonArray{QStringLiteral("other")}), QStringLiteral("otherSkill"), QStringLiteral("Hàn xì"))
                                     << false << none << none;
    QTest::newRow("labour anonymous not allowed") << with(with(with(labour(), QStringLiteral("anonymous"), true), QStringLiteral("person"), QJsonValue::Undefined), QStringLiteral("consent"), QJsonValue::Undefined)
                                                  << false << QStringLiteral("anonymous") << QStringLiteral("does not take anonymous pledges");
    QTest::newRow("labour anonymous allowed") << with(with(with(labour(), QStringLiteral("anonymous"), true), QStringLiteral("person"), QJsonValue::Undefined), QStringLiteral("consent"), QJsonValue::Undefined)
                                              << true << none << none;

    // Materials.
    QTest::newRow("no items") << with(materials(), QStringLiteral("items"), QJsonArray()) << false << QStringLiteral("items") << QStringLiteral("at least one material");
    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(QJsonObject{{QStringLiteral("item"), QStringLiteral("sand")}, {QStringLiteral("quantity"), 1}, {QStringLiteral("unit"), QStringLiteral("m3")}});
    QTest::newRow("21 items") << with(materials(), QStringLiteral("items"), many) << false << QStringLiteral("items") << QStringLiteral("At most 20");
    QJsonArray huge;
    for (int i = 0; i < 5000; ++i)
        huge.append(QJsonObject{{QStringLiteral("item"), QStringLiteral("sand")}, {QStringLiteral("quantity"), 1}, {QStringLiteral("unit"), QStringLiteral("m3")}});
    QTest::newRow("5000 items") << with(materials(), QStringLiteral("items"), huge) << false << QStringLiteral("items") << QStringLiteral("At most 20");
    many.removeLast();
    QTest::newRow("20 items") << with(materials(), QStringLiteral("items"), many) << false << none << none;
    QTest::newRow("unknown item") << with(materials(), QStringLiteral("items[0].item"), QStringLiteral("gold")) << false << QStringLiteral("items[0].item") << QStringLiteral("no material “gold”");
    QTest::newRow("item missing") << with(materials(), QStringLiteral("items[1].item"), QJsonValue::Undefined) << false << QStringLiteral("items[1].item") << QStringLiteral("choose the material");
    QTest::newRow("other item without text") << with(materials(), QStringLiteral("items[2].otherItem"), QStringLiteral(" ")) << false << QStringLiteral("items[2].otherItem") << QStringLiteral("name of the material");
    QTest::newRow("other unit without text") << with(materials(), QStringLiteral("items[2].otherUnit"), QJsonValue::Undefined) << false << QStringLiteral("items[2].otherUnit") << QStringLiteral("the unit");
    QTest::newRow("unknown unit") << with(materials(), QStringLiteral("items[1].unit"), QStringLiteral("barrel")) << false << QStringLiteral("items[1].unit") << QStringLiteral("no unit “barrel”");
    QTest::newRow("quantity zero") << with(materials(), QStringLiteral("items[2].quantity"), 0) << false << QStringLiteral("items[2].quantity") << QStringLiteral("enter the quantity");
    QTest::newRow("quantity negative") << with(materials(), QStringLiteral("items[0].quantity"), -5) << false << QStringLiteral("items[0].quantity") << QStringLiteral("more than 0");
    QTest::newRow("bags too many") << with(materials(), QStringLiteral("items[0].quantity"), 10001) << false << QStringLiteral("items[0].quantity") << QStringLiteral("at most 10,000 bags");
    QTest::newRow("bags max") << with(materials(), QStringLiteral("items[0].quantity"), 10000) << false << none << none;
    QTest::newRow("half a bag") << with(materials(), QStringLiteral("items[0].quantity"), 2.5) << false << QStringLiteral("items[0].quantity") << QStringLiteral("whole number");
    QTest::newRow("bricks a million") << with(with(materials(), QStringLiteral("items[0].unit"), QStringLiteral("vien")), QStringLiteral("items[0].quantity"), 1000000) << false << none << none;
    QTest::newRow("tonnes too many") << with(with(materials(), QStringLiteral("items[1].unit"), QStringLiteral("tan")), QStringLiteral("items[1].quantity"), 20000) << false << QStringLiteral("items[1].quantity") << QStringLiteral("at most 10,000 tonnes");
    QTest::newRow("m3 decimal") << with(materials(), QStringLiteral("items[1].quantity"), 0.25) << false << none << none;
    QTest::newRow("materials anonymous allowed") << with(with(with(materials(), QStringLiteral("anonymous"), true), QStringLiteral("person"), QJsonValue::Undefined), QStringLiteral("consent"), QJsonValue::Undefined)
                                                 << true << none << none;

    // Waste.
    QTest::newRow("no category") << with(waste(), QStringLiteral("category"), QJsonValue::Undefined) << false << QStringLiteral("category") << QStringLiteral("what kind of waste");
    QTest::newRow("unknown category") << with(waste(), QStringLiteral("category"), QStringLiteral("noise")) << false << QStringLiteral("category") << QStringLiteral("no kind of waste “noise”");
    QTest::newRow("place empty") << with(waste(), QStringLiteral("place"), QStringLiteral("\u200F  \u0007")) << false << QStringLiteral("place") << QStringLiteral("where it is");
    QTest::newRow("place too long") << with(waste(), QStringLiteral("place"), QString(301, u'đ')) << false << QStringLiteral("place") << QStringLiteral("Too long (max 300");
    QTest::newRow("description short") << with(waste(), QStringLiteral("description"), QStringLiteral("Bỏ hoang")) << false << QStringLiteral("description") << QStringLiteral("at least 20 characters");
    QTest::newRow("description padded") << with(waste(), QStringLiteral("description"), QStringLiteral("Bỏ  \u200B\u200B\u200B   hoang          ")) << false << QStringLiteral("description") << QStringLiteral("this has 8");
    QTest::newRow("description 10,000 paste") << with(waste(), QStringLiteral("description"), QString(10000, u'x')) << false << QStringLiteral("description") << QStringLiteral("Too long (max 5,000 characters; this has 10,000)");
    QTest::newRow("description 5000") << with(waste(), QStringLiteral("description"), QString(5000, u'x')) << false << none << none;
    QTest::newRow("description RTL override") << with(waste(), QStringLiteral("description"), QStringLiteral("\u202Eabc\u202C công trình dừng lại ba tháng")) << false << none << none;
    QTest::newRow("photo ok") << with(waste(), QStringLiteral("photo"), QString::fromLatin1(jpeg(1000).toBase64())) << false << none << none;
    QTest::newRow("photo not jpeg") << with(waste(), QStringLiteral("photo"), QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n....").toBase64())) << false << QStringLiteral("photo") << QStringLiteral("must be a JPEG");
    QTest::newRow("photo too big") << with(waste(), QStringLiteral("photo"), QString::fromLatin1(jpeg(1536 * 1024 + 1).toBase64())) << false << QStringLiteral("photo") << QStringLiteral("too large");
    QTest::newRow("photo not base64") << with(waste(), QStringLiteral("photo"), QStringLiteral("***")) << false << QStringLiteral("photo") << QStringLiteral("base64");
    QTest::newRow("anonymous with name") << with(waste(), QStringLiteral("person"), person()) << false << QStringLiteral("person") << QStringLiteral("keeps no name");

    // Person and consent, on a land pledge.
    QTest::newRow("no person") << with(land(), QStringLiteral("person"), QJsonValue::Undefined) << false << QStringLiteral("person.fullName") << QStringLiteral("full name");
    QTest::newRow("name one letter") << with(land(), QStringLiteral("person.fullName"), QStringLiteral("H")) << false << QStringLiteral("person.fullName") << QStringLiteral("at least 2");
    QTest::newRow("name digits") << with(land(), QStringLiteral("person.fullName"), QStringLiteral("12345")) << false << QStringLiteral("person.fullName") << QStringLiteral("letters");
    QTest::newRow("name 100") << with(land(), QStringLiteral("person.fullName"), QString(100, u'ạ')) << false << none << none;
    QTest::newRow("name 101") << with(land(), QStringLiteral("person.fullName"), QString(101, u'ạ')) << false << QStringLiteral("person.fullName") << QStringLiteral("max 100");
    QTest::newRow("name decomposed 100") << with(land(), QStringLiteral("person.fullName"), QString(100, u'ạ').normalized(QString::NormalizationForm_D)) << false << none << none;
    QTest::newRow("name emoji") << with(land(), QStringLiteral("person.fullName"), QStringLiteral("Hoa 🌸")) << false << none << none;
    QTest::newRow("name whitespace only") << with(land(), QStringLiteral("person.fullName"), QStringLiteral(" \t\n\u00A0\u2028")) << false << QStringLiteral("person.fullName") << QStringLiteral("enter your full name");
    QTest::newRow("phone landline") << with(land(), QStringLiteral("person.phone"), QStringLiteral("0225 3842 123")) << false << QStringLiteral("person.phone") << QStringLiteral("landline");
    QTest::newRow("phone missing") << with(land(), QStringLiteral("person.phone"), QJsonValue::Undefined) << false << QStringLiteral("person.phone") << QStringLiteral("enter your mobile");
    QTest::newRow("phone paste") << with(land(), QStringLiteral("person.phone"), QString(10000, u'9')) << false << QStringLiteral("person.phone") << QStringLiteral("Too long (max 40");
    QTest::newRow("phone +84") << with(land(), QStringLiteral("person.phone"), QStringLiteral("+84 912 345 678")) << false << none << none;
    QTest::newRow("group missing") << with(land(), QStringLiteral("person.residentialGroup"), QStringLiteral("")) << false << QStringLiteral("person.residentialGroup") << QStringLiteral("residential group");
    QTest::newRow("consent not given") << with(land(), QStringLiteral("consent.given"), false) << false << QStringLiteral("consent.given") << QStringLiteral("Please agree");
    QTest::newRow("consent missing") << with(land(), QStringLiteral("consent"), QJsonValue::Undefined) << false << QStringLiteral("consent.given") << QStringLiteral("Please agree");
    QTest::newRow("consent no version") << with(land(), QStringLiteral("consent.textVersion"), QStringLiteral("")) << false << QStringLiteral("consent.textVersion") << QStringLiteral("version");
    QTest::newRow("consent odd version") << with(land(), QStringLiteral("consent.textVersion"), QStringLiteral("v 1; drop")) << false << QStringLiteral("consent.textVersion") << QStringLiteral("malformed");
    QTest::newRow("consent no text") << with(land(), QStringLiteral("consent.text"), QStringLiteral(" ")) << false << QStringLiteral("consent.text") << QStringLiteral("consent text");
}

void tst_Validation::rules()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, allowAnonymous);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    QList<FieldProblem> problems;
    const RecordDraft draft = RecordDraft::fromJson(json, &problems);
    problems += Validation::check(draft, context(allowAnonymous));
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QVERIFY2(!problems.isEmpty(), "expected a problem");
    bool found = false;
    for (const FieldProblem &p : problems)
        found = found || (p.field == field && p.message.en.contains(messagePart));
    QVERIFY2(found, qPrintable(describe(problems)));
}

void tst_Validation::jsonTypes_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("kind missing") << QJsonObject() << QStringLiteral("kind") << QStringLiteral("kind is missing");
    QTest::newRow("kind unknown") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("pledge.gold")}} << QStringLiteral("kind") << QStringLiteral("no kind “pledge.gold”");
    QTest::newRow("kind number") << QJsonObject{{QStringLiteral("kind"), 3}} << QStringLiteral("kind") << QStringLiteral("must be text");
    QTest::newRow("area string") << with(land(), QStringLiteral("areaM2"), QStringLiteral("25,5")) << QStringLiteral("areaM2") << QStringLiteral("must be a number");
    QTest::newRow("area bool") << with(land(), QStringLiteral("areaM2"), true) << QStringLiteral("areaM2") << QStringLiteral("must be a number");
    QTest::newRow("plot number") << with(land(), QStringLiteral("plotNo"), 112) << QStringLiteral("plotNo") << QStringLiteral("must be text");
    QTest::newRow("anonymous string") << with(land(), QStringLiteral("anonymous"), QStringLiteral("yes")) << QStringLiteral("anonymous") << QStringLiteral("true or false");
    QTest::newRow("person string") << with(land(), QStringLiteral("person"), QStringLiteral("Hoa")) << QStringLiteral("person") << QStringLiteral("must be an object");
    QTest::newRow("person array") << with(land(), QStringLiteral("person"), QJsonArray{1}) << QStringLiteral("person") << QStringLiteral("must be an object");
    QTest::newRow("phone number") << with(land(), QStringLiteral("person.phone"), 912345678) << QStringLiteral("person.phone") << QStringLiteral("must be text");
    QTest::newRow("person unknown key") << with(land(), QStringLiteral("person.email"), QStringLiteral("a@b.c")) << QStringLiteral("person.email") << QStringLiteral("not a field");
    QTest::newRow("consent given string") << with(land(), QStringLiteral("consent.given"), QStringLiteral("true")) << QStringLiteral("consent.given") << QStringLiteral("true or false");
    QTest::newRow("unknown key") << with(land(), QStringLiteral("colour"), QStringLiteral("red")) << QStringLiteral("colour") << QStringLiteral("not a field");
    QTest::newRow("other kind's key") << with(land(), QStringLiteral("days"), 3) << QStringLiteral("days") << QStringLiteral("not a field of this kind");
    QTest::newRow("date wrong format") << with(labour(), QStringLiteral("availableFrom"), QStringLiteral("10/06/2025")) << QStringLiteral("availableFrom") << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("date impossible") << with(labour(), QStringLiteral("availableTo"), QStringLiteral("2025-02-30")) << QStringLiteral("availableTo") << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("skills string") << with(labour(), QStringLiteral("skills"), QStringLiteral("digging")) << QStringLiteral("skills") << QStringLiteral("must be a list");
    QTest::newRow("skill number") << with(labour(), QStringLiteral("skills"), QJsonArray{QStringLiteral("digging"), 7}) << QStringLiteral("skills[1]") << QStringLiteral("must be text");
    QTest::newRow("items object") << with(materials(), QStringLiteral("items"), QJsonObject()) << QStringLiteral("items") << QStringLiteral("must be a list");
    QTest::newRow("item string") << with(materials(), QStringLiteral("items[1]"), QStringLiteral("sand")) << QStringLiteral("items[1]") << QStringLiteral("must be an object");
    QTest::newRow("quantity string") << with(materials(), QStringLiteral("items[0].quantity"), QStringLiteral("20")) << QStringLiteral("items[0].quantity") << QStringLiteral("must be a number");
    QTest::newRow("item unknown key") << with(materials(), QStringLiteral("items[0].price"), 5) << QStringLiteral("items[0].price") << QStringLiteral("not a field");
    QTest::newRow("photo number") << with(waste(), QStringLiteral("photo"), 5) << QStringLiteral("photo") << QStringLiteral("must be text");
}

void tst_Validation::jsonTypes()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    QList<FieldProblem> problems;
    const RecordDraft draft = RecordDraft::fromJson(json, &problems);
    Q_UNUSED(draft);
    bool found = false;
    for (const FieldProblem &p : problems)
        found = found || (p.field == field && p.message.en.contains(messagePart));
    QVERIFY2(found, qPrintable(describe(problems)));
}

void tst_Validation::cleaningIsStored()
{
    QJsonObject json = with(land(), QStringLiteral("person.fullName"),
                            QStringLiteral("  Nguye\u0302\u0303n \u202EThị\u202C\u200B   Hoa\u0007 "));
    json = with(json, QStringLiteral("address"), QStringLiteral("Số 12\nngõ 34"));
    json = with(json, QStringLiteral("projectCode"), QStringLiteral("hb-001"));
    const RecordDraft d = RecordDraft::fromJson(json).normalized();
    QCOMPARE(d.person.fullName, QStringLiteral("Nguyễn Thị Hoa"));
    QCOMPARE(d.person.fullName, d.person.fullName.normalized(QString::NormalizationForm_C));
    QCOMPARE(d.person.phone, QStringLiteral("0912345678"));
    QCOMPARE(d.address, QStringLiteral("Số 12 ngõ 34"));
    QCOMPARE(d.projectCode, QStringLiteral("HB-001"));

    // The description keeps its paragraphs.
    const RecordDraft w = RecordDraft::fromJson(with(waste(), QStringLiteral("description"),
                                                     QStringLiteral("Dòng một dài hơn.\r\n\r\n\u202EDòng hai cũng vậy.")))
                                  .normalized();
    QCOMPARE(w.description, QStringLiteral("Dòng một dài hơn.\nDòng hai cũng vậy."));

    // "other" texts go when "other" is not chosen; repeated skills collapse.
    QJsonObject l = with(labour(), QStringLiteral("otherSkill"), QStringLiteral("left over"));
    l = with(l, QStringLiteral("skills"), QJsonArray{QStringLiteral("digging"), QStringLiteral("digging")});
    const RecordDraft ld = RecordDraft::fromJson(l).normalized();
    QCOMPARE(ld.skills, QStringList{QStringLiteral("digging")});
    QVERIFY(ld.otherSkill.isEmpty());
}

void tst_Validation::payloadKeepsPersonalApart()
{
    const QList<QJsonObject> all{land(), labour(), materials(), with(waste(), QStringLiteral("photo"), QString::fromLatin1(jpeg(100).toBase64()))};
    for (const QJsonObject &json : all) {
        const RecordDraft d = RecordDraft::fromJson(json).normalized();
        const QByteArray payload = QJsonDocument(d.toPayloadJson()).toJson();
        QVERIFY(!payload.contains("Nguy"));
        QVERIFY(!payload.contains("0912"));
        QVERIFY(!payload.contains("person"));
        QVERIFY(!payload.contains("consent"));
        QVERIFY(!payload.contains("Tổ dân phố"));
        QVERIFY(!payload.contains("/9j/") && !payload.contains("base64"));
        if (d.anonymous) {
            QVERIFY(d.toPersonalJson().isEmpty());
        } else {
            const QJsonObject personal = d.toPersonalJson();
            QCOMPARE(personal.value(QStringLiteral("person")).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("0912345678"));
            QCOMPARE(personal.value(QStringLiteral("consent")).toObject().value(QStringLiteral("textVersion")).toString(), ConsentText::version());
        }
    }
}

void tst_Validation::jsonRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("land") << land();
    QTest::newRow("labour") << labour();
    QTest::newRow("materials") << materials();
    QTest::newRow("waste with photo") << with(waste(), QStringLiteral("photo"), QString::fromLatin1(jpeg(64).toBase64()));
}

void tst_Validation::jsonRoundTrip()
{
    QFETCH(QJsonObject, json);
    QList<FieldProblem> problems;
    const RecordDraft d = RecordDraft::fromJson(json, &problems).normalized();
    QVERIFY(problems.isEmpty());
    QList<FieldProblem> again;
    const RecordDraft e = RecordDraft::fromJson(d.toJson(), &again).normalized();
    QVERIFY2(again.isEmpty(), qPrintable(describe(again)));
    QCOMPARE(e.toJson(), d.toJson());
    QVERIFY(Validation::check(e, context()).isEmpty());
}

void tst_Validation::checkFieldFilters()
{
    QJsonObject json = with(materials(), QStringLiteral("items[1].quantity"), -1);
    json = with(json, QStringLiteral("person.phone"), QStringLiteral("123"));
    const RecordDraft d = RecordDraft::fromJson(json);
    QCOMPARE(Validation::checkField(d, context(), u"person.phone").size(), 1);
    QCOMPARE(Validation::checkField(d, context(), u"person").size(), 1);
    QCOMPARE(Validation::checkField(d, context(), u"items[1].quantity").size(), 1);
    QCOMPARE(Validation::checkField(d, context(), u"items").size(), 1);
    QCOMPARE(Validation::checkField(d, context(), u"items[0]").size(), 0);
    QCOMPARE(Validation::checkField(d, context(), u"pers").size(), 0);
}

void tst_Validation::messagesAreBilingual()
{
    // Every problem a bad draft can produce has both languages, different, and Vietnamese with marks.
    QList<QJsonObject> bad{QJsonObject{{QStringLiteral("kind"), QStringLiteral("pledge.land")}},
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("pledge.labour")}},
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("pledge.materials")}},
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("report.waste")}}};
    int n = 0;
    for (const QJsonObject &json : bad) {
        QList<FieldProblem> problems;
        const RecordDraft d = RecordDraft::fromJson(json, &problems);
        problems += Validation::check(d, context());
        QVERIFY(problems.size() >= 3);
        for (const FieldProblem &p : problems) {
            QVERIFY2(!p.message.vi.isEmpty() && !p.message.en.isEmpty() && p.message.vi != p.message.en, qPrintable(p.field));
            QVERIFY2(p.message.vi.toLatin1() != p.message.vi.toUtf8(), qPrintable(p.message.vi)); // has non-ASCII marks
            ++n;
        }
    }
    qInfo("%d messages checked", n);
}

void tst_Validation::consentText()
{
    const LocalizedText ward{QStringLiteral("Phường Hồng Bàng"), QStringLiteral("Hong Bang Ward")};
    const QString vi = ConsentText::text(u"vi", ward);
    const QString en = ConsentText::text(u"en", ward);
    QVERIFY(vi.contains(QStringLiteral("Ủy ban nhân dân Phường Hồng Bàng")));
    QVERIFY(en.contains(QStringLiteral("Hong Bang Ward")));
    for (const QString &t : {vi, en}) {
        QVERIFY(t.contains(QStringLiteral("13/2023/NĐ-CP")));
        QVERIFY(t.contains(QStringLiteral("91/2025/QH15")));
        QCOMPARE(t, QString(t).normalized(QString::NormalizationForm_C));
        QVERIFY(t.size() <= Validation::MaxConsentTextLength);
    }
    QVERIFY(!ConsentText::version().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
