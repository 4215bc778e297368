// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/answers.h"
#include "records/flow.h"
#include "records/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Flow::Situation)

/** The pledge and waste-report flow without a screen: every kind's steps and when each step
    applies (camera, anonymity, a kind chosen by the route), the fields of each step against
    what the rules report, and the answers' own rules (another kind drops the old answers,
    anonymity drops the name, numbers typed the Vietnamese way). */
class tst_Flow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steps_data();
    void steps();
    void fieldsOfEachStep_data();
    void fieldsOfEachStep();
    void problemsBelongToAStep_data();
    void problemsBelongToAStep();
    void coversChildrenOnly();
    void firstStepForAProblem();
    void startingAnswers();

    void anotherKindDropsItsAnswers();
    void theSameKindKeepsEverything();
    void anonymityDropsThePerson();
    void nestedPathsAndRemoval();
    void typedNumber_data();
    void typedNumber();
    void numberFieldsReadTypedText();
    void materialsSkillsAndDates();
    void fillMissingLeavesAnswersAlone();
};

namespace {
Flow::Situation situation(std::optional<RecordKind> kind, bool anonymous = false, bool allowAnonymous = false,
                          bool camera = false, bool kindChosenBefore = false)
{
    Flow::Situation s;
    s.kind = kind;
    s.anonymous = anonymous;
    s.allowAnonymousPledges = allowAnonymous;
    s.camera = camera;
    s.kindChosenBefore = kindChosenBefore;
    return s;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

const char personal[] = " person.fullName person.phone person.residentialGroup consent";
}

void tst_Flow::steps_data()
{
    QTest::addColumn<Flow::Situation>("situation");
    QTest::addColumn<QStringList>("expected");
    using K = RecordKind;
    const QByteArray p(personal);

    QTest::newRow("pledge, kind not chosen") << situation(std::nullopt) << words("kind project");
    QTest::newRow("pledge, kind not chosen, anonymity allowed") << situation(std::nullopt, false, true) << words("kind project");
    QTest::newRow("land") << situation(K::PledgeLand)
                          << words("kind project land.area land.plot land.address" + p + " review");
    // Land needs a name for the paperwork: no choice, even where the ward allows anonymity.
    QTest::newRow("land, anonymity allowed and asked for") << situation(K::PledgeLand, true, true)
                                                          << words("kind project land.area land.plot land.address" + p + " review");
    QTest::newRow("land from its tile") << situation(K::PledgeLand, false, false, false, true)
                                        << words("project land.area land.plot land.address" + p + " review");
    QTest::newRow("labour") << situation(K::PledgeLabour)
                            << words("kind project labour.days labour.period labour.skills" + p + " review");
    QTest::newRow("labour, anonymity allowed, named")
            << situation(K::PledgeLabour, false, true)
            << words("kind project labour.days labour.period labour.skills identity" + p + " review");
    QTest::newRow("labour, anonymity allowed, anonymous")
            << situation(K::PledgeLabour, true, true)
            << words("kind project labour.days labour.period labour.skills identity review");
    // Anonymous in the answers but the ward does not allow it: the name is asked all the same.
    QTest::newRow("labour, anonymous, not allowed") << situation(K::PledgeLabour, true, false)
                                                    << words("kind project labour.days labour.period labour.skills" + p + " review");
    QTest::newRow("materials") << situation(K::PledgeMaterials) << words("kind project materials.items" + p + " review");
    QTest::newRow("materials from a work's page") << situation(K::PledgeMaterials, false, false, false, true)
                                                  << words("project materials.items" + p + " review");
    QTest::newRow("materials, anonymous, allowed") << situation(K::PledgeMaterials, true, true)
                                                   << words("kind project materials.items identity review");
    QTest::newRow("report, no camera") << situation(K::ReportWaste)
                                       << words("report.category project report.place report.description identity" + p
                                                + " review");
    QTest::newRow("report, camera") << situation(K::ReportWaste, false, false, true)
                                    << words("report.category project report.place report.description report.photo identity"
                                             + p + " review");
    // Reports may always be anonymous, whatever the ward says of pledges.
    QTest::newRow("report, anonymous") << situation(K::ReportWaste, true, false, false)
                                       << words("report.category project report.place report.description identity review");
    QTest::newRow("report, anonymous, camera")
            << situation(K::ReportWaste, true, true, true)
            << words("report.category project report.place report.description report.photo identity review");
    QTest::newRow("report, camera on a pledge is ignored") << situation(K::PledgeMaterials, false, false, true)
                                                           << words("kind project materials.items" + p + " review");
}

void tst_Flow::steps()
{
    QFETCH(Flow::Situation, situation);
    QFETCH(QStringList, expected);
    const QStringList steps = Flow::steps(situation);
    QCOMPARE(steps, expected);
    QCOMPARE(Flow::isComplete(steps), steps.contains(u"review"_s));
    QCOMPARE(Flow::isComplete(steps), situation.kind.has_value());
}

void tst_Flow::fieldsOfEachStep_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QStringList>("fields");
    const auto row = [](const char *step, const char *fields) { QTest::newRow(step) << QString::fromUtf8(step) << words(fields); };
    row("kind", "kind");
    row("project", "projectCode");
    row("land.area", "areaM2");
    row("land.plot", "plotNo mapSheetNo");
    row("land.address", "address");
    row("labour.days", "days");
    row("labour.period", "availableFrom availableTo");
    row("labour.skills", "skills otherSkill");
    row("materials.items", "items");
    row("report.category", "category");
    row("report.place", "place");
    row("report.description", "description");
    row("report.photo", "photo");
    row("identity", "anonymous");
    row("person.fullName", "person.fullName");
    row("person.phone", "person.phone");
    row("person.residentialGroup", "person.residentialGroup");
    row("consent", "consent");
    row("review", "");
    row("no.such.step", "");
}

void tst_Flow::fieldsOfEachStep()
{
    QFETCH(QString, step);
    QFETCH(QStringList, fields);
    QCOMPARE(Flow::fields(step), fields);
    for (const QString &field : std::as_const(fields))
        QCOMPARE(Flow::stepOf(field), step);
}

void tst_Flow::problemsBelongToAStep_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("land") << R"({"kind":"pledge.land"})";
    QTest::newRow("labour") << R"({"kind":"pledge.labour","skills":["other"]})";
    QTest::newRow("materials, none") << R"({"kind":"pledge.materials"})";
    QTest::newRow("materials, a bad line") << R"({"kind":"pledge.materials","items":[{"item":"other","unit":"other","quantity":0}]})";
    QTest::newRow("report") << R"({"kind":"report.waste","photo":"bm90IGEganBlZw=="})";
    QTest::newRow("work and consent") << R"({"kind":"report.waste","projectCode":"NONE","consent":{"given":false}})";
}

void tst_Flow::problemsBelongToAStep()
{
    // Every problem the rules find in a fresh draft sits on a step of that flow, so Next can
    // hold the resident there and a failed send can take them back to it.
    QFETCH(QString, json);
    const QJsonObject draft = QJsonDocument::fromJson(json.toUtf8()).object();
    const Answers answers(draft.toVariantMap());
    Flow::Situation s;
    s.kind = RecordKinds::fromKey(answers.value(u"kind").toString());
    s.camera = true;
    const QStringList steps = Flow::steps(s);
    const QList<FieldProblem> problems = Validation::checkJson(draft, ValidationContext::withProjects({}));
    QVERIFY(!problems.isEmpty());
    for (const FieldProblem &p : problems)
        QVERIFY2(!Flow::firstStepFor(steps, p.field).isEmpty(), qPrintable(p.field));
}

void tst_Flow::coversChildrenOnly()
{
    QVERIFY(Flow::covers({u"items"_s}, u"items"));
    QVERIFY(Flow::covers({u"items"_s}, u"items[2].quantity"));
    QVERIFY(Flow::covers({u"consent"_s}, u"consent.given"));
    QVERIFY(Flow::covers({u"plotNo"_s, u"mapSheetNo"_s}, u"mapSheetNo"));
    QVERIFY(!Flow::covers({u"items"_s}, u"itemsCount"));
    QVERIFY(!Flow::covers({u"person.fullName"_s}, u"person.phone"));
    QVERIFY(!Flow::covers({u"person.fullName"_s}, u"person"));
    QVERIFY(!Flow::covers({}, u"kind"));
}

void tst_Flow::firstStepForAProblem()
{
    const QStringList steps = Flow::steps(situation(RecordKind::PledgeMaterials));
    QCOMPARE(Flow::firstStepFor(steps, u"items[0].unit"), u"materials.items"_s);
    QCOMPARE(Flow::firstStepFor(steps, u"consent.textVersion"), u"consent"_s);
    QCOMPARE(Flow::firstStepFor(steps, u"person.phone"), u"person.phone"_s);
    QCOMPARE(Flow::firstStepFor(steps, u"areaM2"), QString()); // not a step of materials
    QCOMPARE(Flow::firstStepFor(steps, u"record"), QString());
    QCOMPARE(Flow::stepOf(u"areaM2"), u"land.area"_s);
    QCOMPARE(Flow::stepOf(u"record"), QString());
}

void tst_Flow::startingAnswers()
{
    const QDate today(2025, 12, 30);
    QCOMPARE(Flow::startingAnswers(u"labour.days", today), (QVariantMap{{u"days"_s, 1.0}}));
    QCOMPARE(Flow::startingAnswers(u"labour.period", today),
             (QVariantMap{{u"availableFrom"_s, u"2025-12-31"_s}, {u"availableTo"_s, u"2026-01-06"_s}}));
    QVERIFY(Flow::startingAnswers(u"land.area", today).isEmpty());
}

void tst_Flow::anotherKindDropsItsAnswers()
{
    Answers a;
    a.set(u"kind"_s, u"pledge.materials"_s); // the first kind drops nothing
    a.set(u"projectCode"_s, u"HB-001"_s);
    a.addItem(u"cement"_s, {}, u"5"_s, u"bao"_s);
    a.set(u"anonymous"_s, false);
    a.set(u"person.fullName"_s, u"Vũ Thị Giang"_s);
    a.set(u"consent"_s, QVariantMap{{u"given"_s, true}});
    QCOMPARE(a.value(u"items").toList().size(), 1);

    a.set(u"kind"_s, u"pledge.labour"_s);
    QVERIFY(!a.value(u"items").isValid());
    QCOMPARE(a.value(u"kind"), QVariant(u"pledge.labour"_s));
    QCOMPARE(a.value(u"projectCode"), QVariant(u"HB-001"_s));
    QCOMPARE(a.value(u"person.fullName"), QVariant(u"Vũ Thị Giang"_s));
    QCOMPARE(a.value(u"consent.given"), QVariant(true));
    QCOMPARE(a.value(u"anonymous"), QVariant(false));

    a.set(u"days"_s, 2.0);
    a.set(u"kind"_s, u"pledge.land"_s); // land is never anonymous: the choice goes too
    QVERIFY(!a.value(u"days").isValid());
    QVERIFY(!a.value(u"anonymous").isValid());
    QCOMPARE(a.toMap().keys(), (QStringList{u"consent"_s, u"kind"_s, u"person"_s, u"projectCode"_s}));
}

void tst_Flow::theSameKindKeepsEverything()
{
    Answers a(QVariantMap{{u"kind"_s, u"pledge.land"_s}, {u"areaM2"_s, 30.0}});
    a.set(u"kind"_s, u"pledge.land"_s);
    QCOMPARE(a.value(u"areaM2"), QVariant(30.0));
}

void tst_Flow::anonymityDropsThePerson()
{
    Answers a(QVariantMap{{u"kind"_s, u"report.waste"_s}});
    a.set(u"person.phone"_s, u"0912345678"_s);
    a.set(u"consent"_s, QVariantMap{{u"given"_s, true}});
    a.set(u"anonymous"_s, false);
    QVERIFY(a.value(u"person").isValid());
    a.set(u"anonymous"_s, u"true"_s); // only a real yes counts
    QVERIFY(a.value(u"person").isValid());
    a.set(u"anonymous"_s, true);
    QVERIFY(!a.value(u"person").isValid());
    QVERIFY(!a.value(u"consent").isValid());
    QCOMPARE(a.toJson().value(u"anonymous"_s).toBool(), true);
}

void tst_Flow::nestedPathsAndRemoval()
{
    Answers a;
    a.set(u"person.fullName"_s, u"Nguyễn Văn An"_s);
    a.set(u"person.phone"_s, u"0912345678"_s);
    QCOMPARE(a.value(u"person").toMap().size(), 2);
    QCOMPARE(a.byPath().value(u"person.phone"_s), QVariant(u"0912345678"_s));
    QVERIFY(a.byPath().contains(u"person"_s));
    QVERIFY(!a.value(u"person.fullName.more").isValid());
    QVERIFY(!a.value(u"nothing").isValid());
    a.set(u"person.phone"_s, QVariant());
    QVERIFY(!a.value(u"person.phone").isValid());
    QVERIFY(a.value(u"person.fullName").isValid());
    // Removing under a missing parent leaves an empty parent, as the kiosk's form always did.
    a.set(u"consent.given"_s, QVariant());
    QCOMPARE(a.value(u"consent"), QVariant(QVariantMap()));
}

void tst_Flow::typedNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QVariant>("expected");
    const auto number = [](const char *tag, const QString &typed, double n) { QTest::newRow(tag) << typed << QVariant(n); };
    const auto text = [](const char *tag, const QString &typed, const QString &kept) { QTest::newRow(tag) << typed << QVariant(kept); };
    // Every row was checked against the JavaScript the kiosk's form used before (Number() in V8).
    number("grouped thousands", u"1.250"_s, 1250);
    number("grouped, decimals", u"1.250,5"_s, 1250.5);
    number("grouped millions", u"1.250.000"_s, 1250000);
    number("grouped, two decimals", u"12.500,75"_s, 12500.75);
    number("decimal comma", u"1,5"_s, 1.5);
    number("area", u"12,5"_s, 12.5);
    number("comma before three digits", u"1,250"_s, 1.25);
    number("decimal point", u"1.25"_s, 1.25);
    number("four digits after a point", u"1.2500"_s, 1.25);
    number("spaces around", u" 30 "_s, 30);
    number("no-break spaces", u"\u00A05\u00A0"_s, 5);
    number("byte-order mark", u"\uFEFF7"_s, 7);
    number("leading zeros", u"00012"_s, 12);
    number("exponent", u"1e3"_s, 1000);
    number("exponent after a comma", u"12,5e1"_s, 125);
    number("hexadecimal", u"0x10"_s, 16);
    number("binary", u"0b101"_s, 5);
    number("octal", u"0o17"_s, 15);
    number("minus", u"-2"_s, -2);
    number("plus", u"+2"_s, 2);
    number("point first", u".5"_s, 0.5);
    number("point last", u"5."_s, 5);
    number("infinity", u"Infinity"_s, std::numeric_limits<double>::infinity());
    number("minus infinity", u"-Infinity"_s, -std::numeric_limits<double>::infinity());
    number("overflow", u"1e400"_s, std::numeric_limits<double>::infinity());
    text("letters", u"abc"_s, u"abc"_s);
    text("two commas", u"1,5,3"_s, u"1,5,3"_s);
    text("grouping, comma last", u"1.250,"_s, u"1.250,"_s);
    text("bad grouping", u"1.234.5"_s, u"1.234.5"_s);
    text("inner space", u"1 000"_s, u"1 000"_s);
    text("trimmed when kept", u" abc "_s, u"abc"_s);
    text("NEL is not a space to JavaScript", u"\u00857"_s, u"\u00857"_s);
    text("Arabic-Indic digits", u"\u0661\u0662"_s, u"\u0661\u0662"_s);
    text("underscore", u"1_000"_s, u"1_000"_s);
    text("signed hexadecimal", u"-0x10"_s, u"-0x10"_s);
    text("unicode minus", u"\u22125"_s, u"\u22125"_s);
    QTest::newRow("empty") << QString() << QVariant();
    QTest::newRow("only spaces") << u"   "_s << QVariant();
}

void tst_Flow::typedNumber()
{
    QFETCH(QString, typed);
    QFETCH(QVariant, expected);
    const QVariant got = Answers::typedNumber(typed);
    QCOMPARE(got.typeId(), expected.typeId());
    if (expected.typeId() == QMetaType::Double)
        QCOMPARE(got.toDouble(), expected.toDouble()); // QCOMPARE handles infinities
    else
        QCOMPARE(got, expected);
}

void tst_Flow::numberFieldsReadTypedText()
{
    Answers a;
    a.set(u"areaM2"_s, u"12,5"_s);
    QCOMPARE(a.value(u"areaM2"), QVariant(12.5));
    a.set(u"areaM2"_s, u"mười"_s);
    QCOMPARE(a.value(u"areaM2"), QVariant(u"mười"_s)); // the rules then say it is not a number
    a.set(u"areaM2"_s, u"  "_s);
    QVERIFY(!a.value(u"areaM2").isValid());
    a.set(u"days"_s, 1.5);
    QCOMPARE(a.value(u"days"), QVariant(1.5));
    a.set(u"plotNo"_s, u"0125"_s); // plot numbers are names, not amounts
    QCOMPARE(a.value(u"plotNo"), QVariant(u"0125"_s));
    QVERIFY(Answers::isNumberField(u"areaM2"));
    QVERIFY(!Answers::isNumberField(u"plotNo"));
}

void tst_Flow::materialsSkillsAndDates()
{
    Answers a(QVariantMap{{u"kind"_s, u"pledge.materials"_s}});
    a.addItem(u"cement"_s, {}, u"20"_s, u"bao"_s);
    a.addItem(u"sand"_s, {}, u"2,5"_s, u"m3"_s);
    a.addItem(u"stone"_s, {}, u" "_s, u"m3"_s);
    const QVariantList items = a.value(u"items").toList();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(1).toMap().value(u"quantity"_s), QVariant(2.5));
    QVERIFY(!items.at(2).toMap().contains(u"quantity"_s));
    QCOMPARE(a.toJson().value(u"items"_s).toArray().at(0).toObject().value(u"unit"_s).toString(), u"bao"_s);
    a.removeItem(0);
    a.removeItem(7);
    QCOMPARE(a.value(u"items").toList().size(), 2);
    QCOMPARE(a.value(u"items").toList().at(0).toMap().value(u"item"_s), QVariant(u"sand"_s));

    a.toggle(u"skills"_s, u"masonry"_s);
    a.toggle(u"skills"_s, u"other"_s);
    a.toggle(u"skills"_s, u"masonry"_s);
    QCOMPARE(a.value(u"skills").toStringList(), QStringList{u"other"_s});

    a.set(u"availableTo"_s, u"2025-12-30"_s);
    a.shiftDate(u"availableTo"_s, 7);
    QCOMPARE(a.value(u"availableTo"), QVariant(u"2026-01-06"_s));
    a.shiftDate(u"availableTo"_s, -1);
    QCOMPARE(a.value(u"availableTo"), QVariant(u"2026-01-05"_s));
    a.shiftDate(u"availableFrom"_s, 1); // no date yet: nothing to move
    QVERIFY(!a.value(u"availableFrom").isValid());
}

void tst_Flow::fillMissingLeavesAnswersAlone()
{
    Answers a(QVariantMap{{u"availableFrom"_s, u"2026-02-01"_s}, {u"availableTo"_s, QString()}});
    const QStringList filled = a.fillMissing(Flow::startingAnswers(u"labour.period", QDate(2026, 1, 1)));
    QCOMPARE(filled, QStringList{u"availableTo"_s});
    QCOMPARE(a.value(u"availableFrom"), QVariant(u"2026-02-01"_s));
    QCOMPARE(a.value(u"availableTo"), QVariant(u"2026-01-08"_s));
    QCOMPARE(a.fillMissing(Flow::startingAnswers(u"labour.days", QDate(2026, 1, 1))), QStringList{u"days"_s});
    QCOMPARE(a.fillMissing(Flow::startingAnswers(u"labour.days", QDate(2026, 1, 1))), QStringList());
}

QTEST_GUILESS_MAIN(tst_Flow)
#include "tst_flow.moc"
