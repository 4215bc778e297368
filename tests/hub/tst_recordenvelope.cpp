// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtestsupport.h"
#include "records/receiptcode.h"
#include "store/recordenvelope.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(EnvelopeProblem)

/** RecordEnvelope::check without a database: every reason a delivered record is refused for,
    in the order ingest meets them, and good records of every kind. */
class tst_RecordEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusals_data();
    void refusals();
    void goodRecords_data();
    void goodRecords();
    void brokenRulesKeepTheEnvelope();
    void contentHashIgnoresOrderAndAbsentFields();
    void givenIdIsEchoedShortened();

private:
    static HubKiosk kiosk() { return {QStringLiteral("K0007"), QStringLiteral("HONG-BANG"), QStringLiteral("AB")}; }
    static EnvelopeContext context();
    static QJsonObject good(const QString &kind = QStringLiteral("pledge.materials"), int variant = 0);
    static QJsonObject with(const QString &key, const QJsonValue &value, const QString &kind = QStringLiteral("pledge.materials"));
    static QJsonObject withPayload(const QString &key, const QJsonValue &value,
                                   const QString &kind = QStringLiteral("pledge.materials"));
};

EnvelopeContext tst_RecordEnvelope::context()
{
    EnvelopeContext c;
    c.kiosk = kiosk();
    c.formerPrefixes = {QStringLiteral("CD")};
    c.projectExists = [](const QString &code) { return code == u"HB-001"; };
    return c;
}

QJsonObject tst_RecordEnvelope::good(const QString &kind, int variant)
{
    return HubTestRecords::record(kiosk(), kind, variant, 1);
}

QJsonObject tst_RecordEnvelope::with(const QString &key, const QJsonValue &value, const QString &kind)
{
    QJsonObject o = good(kind);
    o.insert(key, value);
    return o;
}

QJsonObject tst_RecordEnvelope::withPayload(const QString &key, const QJsonValue &value, const QString &kind)
{
    QJsonObject o = good(kind);
    QJsonObject payload = o.value(QStringLiteral("payload")).toObject();
    payload.insert(key, value);
    o.insert(QStringLiteral("payload"), payload);
    return o;
}

void tst_RecordEnvelope::refusals_data()
{
    QTest::addColumn<QJsonValue>("record");
    QTest::addColumn<EnvelopeProblem>("problem");
    QTest::addColumn<QString>("reason");  // the whole reason, or its start when it ends in "…"

    const QJsonObject noPayload = [] {
        QJsonObject o = good();
        o.remove(QStringLiteral("payload"));
        return o;
    }();
    QJsonObject personalExtra = good(QStringLiteral("pledge.land"));
    QJsonObject personal = personalExtra.value(QStringLiteral("personal")).toObject();
    personal.insert(QStringLiteral("email"), QStringLiteral("a@b.vn"));
    personalExtra.insert(QStringLiteral("personal"), personal);
    QJsonObject badPhone = good(QStringLiteral("pledge.land"));
    personal = badPhone.value(QStringLiteral("personal")).toObject();
    QJsonObject person = personal.value(QStringLiteral("person")).toObject();
    person.insert(QStringLiteral("phone"), QStringLiteral("0212345678"));
    personal.insert(QStringLiteral("person"), person);
    badPhone.insert(QStringLiteral("personal"), personal);

    QTest::newRow("not an object") << QJsonValue(42) << EnvelopeProblem::NotAnObject
                                   << QStringLiteral("record: must be an object { … }");
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << EnvelopeProblem::NotAnObject
                           << QStringLiteral("record: must be an object { … }");
    QTest::newRow("unknown field") << QJsonValue(with(QStringLiteral("extra"), true)) << EnvelopeProblem::UnknownField
                                   << QStringLiteral("extra: is not a field of a record");
    QTest::newRow("unknown field, long name") << QJsonValue(with(QString(60, u'x'), true)) << EnvelopeProblem::UnknownField
                                              << QString(40, u'x') + QStringLiteral(": is not a field of a record");
    const QString idReason = QStringLiteral("id: must be a UUID such as 0b9c5e1e-2f2d-4b53-9a7e-3f6f0e5d8a11");
    QTest::newRow("id not a uuid") << QJsonValue(with(QStringLiteral("id"), QStringLiteral("not-a-uuid")))
                                   << EnvelopeProblem::Id << idReason;
    QTest::newRow("id with braces") << QJsonValue(with(QStringLiteral("id"), QStringLiteral("{0b9c5e1e-2f2d-4b53-9a7e-3f6f0e5d8a11}")))
                                    << EnvelopeProblem::Id << idReason;
    QTest::newRow("id a number") << QJsonValue(with(QStringLiteral("id"), 7)) << EnvelopeProblem::Id << idReason;
    QTest::newRow("kind unknown") << QJsonValue(with(QStringLiteral("kind"), QStringLiteral("pledge.gold")))
                                  << EnvelopeProblem::Kind
                                  << QStringLiteral("kind: must be pledge.land, pledge.labour, pledge.materials or report.waste");
    QTest::newRow("schema 7") << QJsonValue(with(QStringLiteral("schema"), 7)) << EnvelopeProblem::Schema
                              << QStringLiteral("schema: must be 1");
    QTest::newRow("schema text") << QJsonValue(with(QStringLiteral("schema"), QStringLiteral("1"))) << EnvelopeProblem::Schema
                                 << QStringLiteral("schema: must be 1");
    const QString createdReason = QStringLiteral("createdAt: must be an ISO 8601 date and time with its offset");
    QTest::newRow("createdAt words") << QJsonValue(with(QStringLiteral("createdAt"), QStringLiteral("yesterday")))
                                     << EnvelopeProblem::CreatedAt << createdReason;
    QTest::newRow("createdAt without offset") << QJsonValue(with(QStringLiteral("createdAt"), QStringLiteral("2026-11-27T09:15:03.004")))
                                              << EnvelopeProblem::CreatedAt << createdReason;
    QTest::newRow("kioskId a number") << QJsonValue(with(QStringLiteral("kioskId"), 7)) << EnvelopeProblem::KioskIdType
                                      << QStringLiteral("kioskId: must be text");
    QTest::newRow("ward null") << QJsonValue(with(QStringLiteral("ward"), QJsonValue())) << EnvelopeProblem::WardType
                               << QStringLiteral("ward: must be text");
    QTest::newRow("receiptCode a number") << QJsonValue(with(QStringLiteral("receiptCode"), 12345))
                                          << EnvelopeProblem::ReceiptCodeType << QStringLiteral("receiptCode: must be text");
    QTest::newRow("enteredBy robot") << QJsonValue(with(QStringLiteral("enteredBy"), QStringLiteral("robot")))
                                     << EnvelopeProblem::EnteredBy << QStringLiteral("enteredBy: must be resident or staff");
    QTest::newRow("enteredBy open311") << QJsonValue(with(QStringLiteral("enteredBy"), QStringLiteral("open311")))
                                       << EnvelopeProblem::EnteredBy << QStringLiteral("enteredBy: must be resident or staff");
    QTest::newRow("payload text") << QJsonValue(with(QStringLiteral("payload"), QStringLiteral("text")))
                                  << EnvelopeProblem::Payload << QStringLiteral("payload: must be an object { … }");
    QTest::newRow("payload missing") << QJsonValue(noPayload) << EnvelopeProblem::Payload
                                     << QStringLiteral("payload: must be an object { … }");
    QTest::newRow("personal a number") << QJsonValue(with(QStringLiteral("personal"), 5)) << EnvelopeProblem::Personal
                                       << QStringLiteral("personal: must be an object { … } or null");
    QTest::newRow("photo an object") << QJsonValue(with(QStringLiteral("photo"), QJsonObject())) << EnvelopeProblem::Photo
                                     << QStringLiteral("photo: must be base64 text or null");
    QTest::newRow("another kiosk") << QJsonValue(with(QStringLiteral("kioskId"), QStringLiteral("K0008")))
                                   << EnvelopeProblem::KioskMismatch << QStringLiteral("kiosk-mismatch");
    QTest::newRow("another ward") << QJsonValue(with(QStringLiteral("ward"), QStringLiteral("LE-CHAN")))
                                  << EnvelopeProblem::WardMismatch << QStringLiteral("ward-mismatch");
    QTest::newRow("receipt code check character") << QJsonValue(with(QStringLiteral("receiptCode"), QStringLiteral("AB-22222-2")))
                                                  << EnvelopeProblem::ReceiptCode
                                                  << QStringLiteral("receiptCode: is not a valid receipt code");
    QTest::newRow("another prefix") << QJsonValue(with(QStringLiteral("receiptCode"), ReceiptCode::make(QStringLiteral("EF"), 1)))
                                    << EnvelopeProblem::PrefixMismatch << QStringLiteral("prefix-mismatch");
    QTest::newRow("the hub's own prefix") << QJsonValue(with(QStringLiteral("receiptCode"), ReceiptCode::make(QStringLiteral("TP"), 1)))
                                          << EnvelopeProblem::PrefixMismatch << QStringLiteral("prefix-mismatch");
    QTest::newRow("person in payload") << QJsonValue(withPayload(QStringLiteral("person"), QJsonObject()))
                                       << EnvelopeProblem::MisplacedField
                                       << QStringLiteral("payload.person: belongs outside the payload");
    QTest::newRow("kind in payload") << QJsonValue(withPayload(QStringLiteral("kind"), QStringLiteral("pledge.land")))
                                     << EnvelopeProblem::MisplacedField
                                     << QStringLiteral("payload.kind: belongs outside the payload");
    QTest::newRow("unknown field of personal") << QJsonValue(personalExtra) << EnvelopeProblem::MisplacedField
                                               << QStringLiteral("personal.email: is not a field of personal");
    QTest::newRow("hasPhoto text") << QJsonValue(withPayload(QStringLiteral("hasPhoto"), QStringLiteral("yes"),
                                                             QStringLiteral("report.waste")))
                                   << EnvelopeProblem::HasPhoto << QStringLiteral("payload.hasPhoto: must be true or false");
    QTest::newRow("rules: phone") << QJsonValue(badPhone) << EnvelopeProblem::Rules << QStringLiteral("person.phone: …");
    QTest::newRow("rules: area") << QJsonValue(withPayload(QStringLiteral("areaM2"), QStringLiteral("lots"), QStringLiteral("pledge.land")))
                                 << EnvelopeProblem::Rules << QStringLiteral("areaM2: …");
    QTest::newRow("rules: unknown work") << QJsonValue(withPayload(QStringLiteral("projectCode"), QStringLiteral("XX-999")))
                                         << EnvelopeProblem::Rules << QStringLiteral("projectCode: …");
    QTest::newRow("rules: huge description")
            << QJsonValue(withPayload(QStringLiteral("description"), QString(200000, u'x'), QStringLiteral("report.waste")))
            << EnvelopeProblem::Rules << QStringLiteral("description: …");
}

void tst_RecordEnvelope::refusals()
{
    QFETCH(QJsonValue, record);
    QFETCH(EnvelopeProblem, problem);
    QFETCH(QString, reason);
    const EnvelopeCheck check = RecordEnvelope::check(record, context());
    QVERIFY(!check.accepted());
    QCOMPARE(check.problem, problem);
    if (reason.endsWith(u'…')) {
        reason.chop(1);
        QVERIFY2(check.reason.startsWith(reason) && check.reason.size() > reason.size() + 5, qPrintable(check.reason));
    } else {
        QCOMPARE(check.reason, reason);
    }
    // The reason never repeats what the resident typed.
    QVERIFY(!check.reason.contains(QStringLiteral("0212345678")));
    // Only a record whose envelope is sound is kept for the duplicate check.
    const bool sound = problem == EnvelopeProblem::MisplacedField || problem == EnvelopeProblem::HasPhoto
                    || problem == EnvelopeProblem::Rules;
    QCOMPARE(check.envelope.has_value(), sound);
}

void tst_RecordEnvelope::goodRecords_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("kind");
    for (const QString &kind : {QStringLiteral("pledge.land"), QStringLiteral("pledge.labour"),
                                QStringLiteral("pledge.materials"), QStringLiteral("report.waste")}) {
        for (int variant : {0, 1})
            QTest::addRow("%s, variant %d", qPrintable(kind), variant) << good(kind, variant) << kind;
    }
    QJsonObject staff = good();
    staff.insert(QStringLiteral("enteredBy"), QStringLiteral("staff"));
    QTest::newRow("entered by staff") << staff << QStringLiteral("pledge.materials");
    QTest::newRow("made before enrolment (HP)")
            << with(QStringLiteral("receiptCode"), ReceiptCode::make(QStringLiteral("HP"), 3)) << QStringLiteral("pledge.materials");
    QTest::newRow("prefix of a replaced kiosk")
            << with(QStringLiteral("receiptCode"), ReceiptCode::make(QStringLiteral("CD"), 3)) << QStringLiteral("pledge.materials");
    QJsonObject anonymous = good(QStringLiteral("report.waste"), 1);
    QVERIFY(anonymous.value(QStringLiteral("personal")).isNull());
    anonymous.remove(QStringLiteral("personal"));
    QTest::newRow("anonymous without a personal field") << anonymous << QStringLiteral("report.waste");
    QJsonObject noPhoto = good();
    noPhoto.remove(QStringLiteral("photo"));
    QTest::newRow("without a photo field") << noPhoto << QStringLiteral("pledge.materials");
    QTest::newRow("UTC time") << with(QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                              << QStringLiteral("pledge.materials");
}

void tst_RecordEnvelope::goodRecords()
{
    QFETCH(QJsonObject, record);
    QFETCH(QString, kind);
    const EnvelopeCheck check = RecordEnvelope::check(record, context());
    QVERIFY2(check.accepted(), qPrintable(check.reason));
    QVERIFY(check.reason.isEmpty());
    QVERIFY(check.envelope);
    const RecordEnvelope &e = *check.envelope;
    QCOMPARE(e.id, record.value(QStringLiteral("id")).toString());
    QCOMPARE(RecordKinds::key(e.kind), kind);
    QCOMPARE(RecordKinds::key(check.draft.kind), kind);
    QCOMPARE(e.receiptCode, record.value(QStringLiteral("receiptCode")).toString());
    QCOMPARE(e.createdAt, record.value(QStringLiteral("createdAt")).toString());
    QCOMPARE(e.enteredBy, record.value(QStringLiteral("enteredBy")).toString());
    QCOMPARE(e.contentHash.size(), 64);
    // What is stored comes from the normalized draft: the payload as the kiosk sent it.
    QCOMPARE(check.draft.toPayloadJson(), record.value(QStringLiteral("payload")).toObject());
    QCOMPARE(check.draft.toPersonalJson(), record.value(QStringLiteral("personal")).toObject());
}

void tst_RecordEnvelope::brokenRulesKeepTheEnvelope()
{
    // Stored while HB-001 was published, delivered again after it was withdrawn: the same id
    // and hash make it a duplicate at ingest, so the envelope is there despite the rules.
    const QJsonObject record = good(QStringLiteral("pledge.land"));
    EnvelopeContext withdrawn = context();
    withdrawn.projectExists = [](const QString &) { return false; };
    const EnvelopeCheck before = RecordEnvelope::check(record, context());
    const EnvelopeCheck after = RecordEnvelope::check(record, withdrawn);
    QVERIFY(before.accepted());
    QCOMPARE(after.problem, EnvelopeProblem::Rules);
    QVERIFY(after.envelope);
    QCOMPARE(after.envelope->contentHash, before.envelope->contentHash);
    QCOMPARE(after.envelope->id, before.envelope->id);
}

void tst_RecordEnvelope::contentHashIgnoresOrderAndAbsentFields()
{
    const QJsonObject record = good(QStringLiteral("report.waste"));
    QJsonObject withoutPersonal = record;
    withoutPersonal.remove(QStringLiteral("personal"));
    QJsonObject nullPersonal = record;
    nullPersonal.insert(QStringLiteral("personal"), QJsonValue());
    QCOMPARE(RecordEnvelope::hashOf(withoutPersonal), RecordEnvelope::hashOf(nullPersonal));
    QJsonObject staff = record;
    staff.insert(QStringLiteral("enteredBy"), QStringLiteral("staff"));
    QVERIFY(RecordEnvelope::hashOf(staff) != RecordEnvelope::hashOf(record));
    QCOMPARE(RecordEnvelope::check(record, context()).envelope->contentHash, RecordEnvelope::hashOf(record));
}

void tst_RecordEnvelope::givenIdIsEchoedShortened()
{
    const EnvelopeCheck longId = RecordEnvelope::check(with(QStringLiteral("id"), QString(100, u'a')), context());
    QCOMPARE(longId.givenId, QString(64, u'a'));
    QCOMPARE(longId.problem, EnvelopeProblem::Id);
    const QJsonObject braced = with(QStringLiteral("id"), QStringLiteral("0B9C5E1E-2F2D-4B53-9A7E-3F6F0E5D8A11"));
    const EnvelopeCheck upper = RecordEnvelope::check(braced, context());
    QVERIFY2(upper.accepted(), qPrintable(upper.reason));
    QCOMPARE(upper.givenId, QStringLiteral("0B9C5E1E-2F2D-4B53-9A7E-3F6F0E5D8A11"));
    QCOMPARE(upper.envelope->id, QStringLiteral("0b9c5e1e-2f2d-4b53-9a7e-3f6f0e5d8a11"));
    QVERIFY(RecordEnvelope::check(QJsonValue(42), context()).givenId.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RecordEnvelope)
#include "tst_recordenvelope.moc"
