// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentbundle.h"
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubstorefixture.h"
#include "store/storeformats.h"
#include "publishedworks.h"
#include "bundlefixture.h"
#include "hubtestsupport.h"
#include "recordfixture.h"
#include "records/receiptcode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** HubStore on SQLite and on PostgreSQL (every test runs once per dialect; PostgreSQL is
    skipped when no test server is configured): migrations, enrolment, tokens, ownership,
    exactly-once ingest, validation, receipts, statuses, export, content, Open311 storage. */
class tst_HubStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void migrationsCreateEveryTable();
    void migrationIsIdempotentAndRefusesNewer();
    void enrolmentCodeWorksOnce();
    void enrolmentCodeExpiredOrUnknown();
    void enrolmentCodeNeedsKnownWard();
    void tokenIsStoredHashedOnly();
    void tokenCannotWriteAsAnotherKiosk();
    void revokedTokenIsRefusedAtOnce();
    void acceptedDuplicateConflict();
    void duplicatesInsideOneBatch();
    void duplicateOfAWithdrawnWork();
    void batchOver500IsRefusedWhole();
    void malformedRecordsAreRejectedNotFatal();
    void validationRejectionNamesTheField();
    void labourDatesCheckedAsOfCreation();
    void receiptsOnlyOwnCodes();
    void setStatusKeepsHistory();
    void recordViewHasNoPersonalData();
    void csvExportPersonalOnlyWithFlag();
    void contentEtagAndPublicUrl();
    void contentImagesOnlyPublishedNames();
    void contentListsEveryImageSizeAndDigest();
    void publishRefusesInvalidBundle();
    void open311ReportsGetHubCodes();
    void kioskListCountsRecords();
    void acceptedPledgesPerWork();
    void publishedWorksWardByWard();

private:
    QVariant scalar(const QString &sql);

    HubStoreFixture m_hub;
};

void tst_HubStore::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_HubStore::init()
{
    HUB_STORE_FIXTURE_OR_SKIP(m_hub);
}

void tst_HubStore::cleanup()
{
    m_hub.reset();
}

QVariant tst_HubStore::scalar(const QString &sql)
{
    QSqlQuery q(m_hub.db().connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void tst_HubStore::migrationsCreateEveryTable()
{
    QCOMPARE(m_hub.db().schemaVersion(), HubDatabase::latestVersion());
    for (const char *table : {"kiosks", "enrol_codes", "records", "status_history", "content", "content_images",
                              "counters", "meta"})
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).isValid(), table);
    // The UNIQUE constraints the concurrency story rests on are really there.
    QSqlQuery q(m_hub.db().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO kiosks (id, name, ward, receipt_prefix, token_hash, created_at)"
                                  " VALUES ('X1', '', 'W', 'ZZ', 'h1', 'now')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO kiosks (id, name, ward, receipt_prefix, token_hash, created_at)"
                                   " VALUES ('X2', '', 'W', 'ZZ', 'h2', 'now')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO kiosks (id, name, ward, receipt_prefix, token_hash, created_at)"
                                   " VALUES ('X3', '', 'W', 'ZY', 'h1', 'now')")));
}

void tst_HubStore::migrationIsIdempotentAndRefusesNewer()
{
    const HubKiosk k = m_hub.enrolKiosk();
    QVERIFY(!k.id.isEmpty());
    m_hub.close();
    {
        HubDatabase again;
        QVERIFY2(again.open(m_hub.location().location()), qPrintable(again.lastError()));
        QCOMPARE(again.schemaVersion(), HubDatabase::latestVersion());
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM kiosks")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    QVERIFY(m_hub.location().exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                          .arg(HubDatabase::latestVersion() + 1)));
    HubDatabase newer;
    QVERIFY(!newer.open(m_hub.location().location()));
    QVERIFY2(newer.lastError().contains(QStringLiteral("newer")), qPrintable(newer.lastError()));
}

void tst_HubStore::enrolmentCodeWorksOnce()
{
    QString error;
    const std::optional<QString> code = m_hub.store().kiosks().createEnrolCode(QStringLiteral("HONG-BANG"), &error);
    QVERIFY2(code, qPrintable(error));
    QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"))
                     .match(*code).hasMatch(), qPrintable(*code));
    HubEnrolment first;
    // Typed in lower case without dashes, it is still the same code.
    QCOMPARE(m_hub.store().kiosks().enrol(code->toLower().remove(u'-'), QStringLiteral("Sảnh 1"), &first),
             KioskRegistry::EnrolOutcome::Enrolled);
    QCOMPARE(first.ward, QStringLiteral("HONG-BANG"));
    QVERIFY(ReceiptCode::isValidPrefix(first.receiptPrefix));
    QVERIFY(first.receiptPrefix != u"HP" && first.receiptPrefix != u"TP");
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(first.token).hasMatch());
    HubEnrolment second;
    QCOMPARE(m_hub.store().kiosks().enrol(*code, QStringLiteral("Sảnh 2"), &second), KioskRegistry::EnrolOutcome::Refused);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kiosks")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT kiosk_id FROM enrol_codes")).toString(), first.kioskId);

    // Many kiosks: ids and prefixes all different, never HP or TP.
    QSet<QString> prefixes{first.receiptPrefix}, ids{first.kioskId};
    for (int i = 0; i < 40; ++i) {
        const std::optional<QString> c = m_hub.store().kiosks().createEnrolCode(QStringLiteral("LE-CHAN"), &error);
        QVERIFY(c);
        HubEnrolment e;
        QCOMPARE(m_hub.store().kiosks().enrol(*c, {}, &e), KioskRegistry::EnrolOutcome::Enrolled);
        QVERIFY(e.receiptPrefix != u"HP" && e.receiptPrefix != u"TP");
        prefixes.insert(e.receiptPrefix);
        ids.insert(e.kioskId);
    }
    QCOMPARE(prefixes.size(), 41);
    QCOMPARE(ids.size(), 41);
}

void tst_HubStore::enrolmentCodeExpiredOrUnknown()
{
    QString error;
    const std::optional<QString> code = m_hub.store().kiosks().createEnrolCode(QStringLiteral("HONG-BANG"), &error);
    QVERIFY(code);
    QVERIFY(m_hub.location().exec(QStringLiteral("UPDATE enrol_codes SET expires_at = '2020-01-01T00:00:00.000Z'")));
    HubEnrolment e;
    QCOMPARE(m_hub.store().kiosks().enrol(*code, {}, &e), KioskRegistry::EnrolOutcome::Refused);
    QCOMPARE(m_hub.store().kiosks().enrol(QStringLiteral("ABCD-EFGH-JKMN"), {}, &e), KioskRegistry::EnrolOutcome::Refused);
    QCOMPARE(m_hub.store().kiosks().enrol(QStringLiteral("'; DROP TABLE kiosks; --"), {}, &e), KioskRegistry::EnrolOutcome::Refused);
    QCOMPARE(m_hub.store().kiosks().enrol(QString(), {}, &e), KioskRegistry::EnrolOutcome::Refused);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kiosks")).toInt(), 0);
}

void tst_HubStore::enrolmentCodeNeedsKnownWard()
{
    QString error;
    QVERIFY(!m_hub.store().kiosks().createEnrolCode(QStringLiteral("NO-SUCH-WARD"), &error));
    QVERIFY(error.contains(QStringLiteral("NO-SUCH-WARD")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM enrol_codes")).toInt(), 0);
}

void tst_HubStore::tokenIsStoredHashedOnly()
{
    QString token;
    const HubKiosk k = m_hub.enrolKiosk(QStringLiteral("HONG-BANG"), &token);
    QVERIFY(!k.id.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT token_hash FROM kiosks")).toString(), StoreFormats::sha256Hex(token.toLatin1()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kiosks WHERE token_hash = '%1'").arg(token)).toInt(), 0);
    QVERIFY(!m_hub.store().kiosks().authenticate(token.toUpper()));
    QVERIFY(!m_hub.store().kiosks().authenticate(token.left(63)));
    QVERIFY(!m_hub.store().kiosks().authenticate(QString()));
    QVERIFY(!scalar(QStringLiteral("SELECT last_seen FROM kiosks")).isNull());
}

void tst_HubStore::tokenCannotWriteAsAnotherKiosk()
{
    const HubKiosk a = m_hub.enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk a2 = m_hub.enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk b = m_hub.enrolKiosk(QStringLiteral("LE-CHAN"));
    QVERIFY(!a.id.isEmpty() && !b.id.isEmpty() && !a2.id.isEmpty());

    // A's token, records claiming to be B's in each way.
    QJsonObject asB = HubTestRecords::record(b, QStringLiteral("pledge.materials"), 1, 1);
    QJsonObject otherWard = HubTestRecords::record(a, QStringLiteral("pledge.materials"), 2, 2);
    otherWard.insert(QStringLiteral("ward"), b.ward);
    QJsonObject sameWardOtherKiosk = HubTestRecords::record(a2, QStringLiteral("pledge.materials"), 3, 3);
    const QJsonObject otherPrefix = HubTestRecords::record(a, QStringLiteral("pledge.materials"), 4, 4, b.receiptPrefix);
    const QJsonObject beforeEnrolment = HubTestRecords::record(a, QStringLiteral("pledge.materials"), 5, 5, QStringLiteral("HP"));
    const QJsonObject own = HubTestRecords::record(a, QStringLiteral("pledge.materials"), 6, 6);

    const HubIngestBatch batch = m_hub.store().ingest().ingest(a, {asB, otherWard, sameWardOtherKiosk, otherPrefix, beforeEnrolment, own});
    QCOMPARE(batch.status, HubIngestBatch::Status::Ok);
    QCOMPARE(batch.results.size(), 6);
    QCOMPARE(batch.results.at(0).result, QStringLiteral("rejected"));
    QCOMPARE(batch.results.at(0).reason, QStringLiteral("kiosk-mismatch"));
    QCOMPARE(batch.results.at(1).reason, QStringLiteral("ward-mismatch"));
    QCOMPARE(batch.results.at(2).reason, QStringLiteral("kiosk-mismatch"));
    QCOMPARE(batch.results.at(3).result, QStringLiteral("rejected"));
    QCOMPARE(batch.results.at(3).reason, QStringLiteral("prefix-mismatch"));
    QCOMPARE(batch.results.at(4).result, QStringLiteral("accepted"));
    QCOMPARE(batch.results.at(5).result, QStringLiteral("accepted"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records WHERE kiosk_id <> '%1'").arg(a.id)).toInt(), 0);
    // Ids are echoed so the kiosk can match results.
    QCOMPARE(batch.results.at(0).id, asB.value(QStringLiteral("id")).toString());
}

void tst_HubStore::revokedTokenIsRefusedAtOnce()
{
    QString token;
    const HubKiosk k = m_hub.enrolKiosk(QStringLiteral("HONG-BANG"), &token);
    QVERIFY(m_hub.store().kiosks().authenticate(token));
    QCOMPARE(m_hub.store().kiosks().revoke(k.id), HubChangeOutcome::Done);
    QVERIFY(!m_hub.store().kiosks().authenticate(token));
    QVERIFY(!m_hub.store().open311().kioskForToken(token));
    QCOMPARE(m_hub.store().kiosks().revoke(k.id), HubChangeOutcome::Unchanged);
    QCOMPARE(m_hub.store().kiosks().revoke(QStringLiteral("K9999")), HubChangeOutcome::NotFound);
}

void tst_HubStore::acceptedDuplicateConflict()
{
    const HubKiosk k = m_hub.enrolKiosk();
    const QJsonObject r = HubTestRecords::record(k, QStringLiteral("pledge.land"), 1, 1);
    QCOMPARE(m_hub.store().ingest().ingest(k, {r}).results.value(0).result, QStringLiteral("accepted"));
    QCOMPARE(m_hub.store().ingest().ingest(k, {r}).results.value(0).result, QStringLiteral("duplicate"));

    QJsonObject changed = r;
    QJsonObject payload = r.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("areaM2"), 99);
    changed.insert(QStringLiteral("payload"), payload);
    const HubIngestResult sameIdOtherContent = m_hub.store().ingest().ingest(k, {changed}).results.value(0);
    QCOMPARE(sameIdOtherContent.result, QStringLiteral("conflict"));
    QVERIFY(sameIdOtherContent.reason.startsWith(QStringLiteral("id:")));

    QJsonObject sameCode = HubTestRecords::record(k, QStringLiteral("pledge.labour"), 2, 1);
    QCOMPARE(sameCode.value(QStringLiteral("receiptCode")), r.value(QStringLiteral("receiptCode")));
    const HubIngestResult sameCodeOtherId = m_hub.store().ingest().ingest(k, {sameCode}).results.value(0);
    QCOMPARE(sameCodeOtherId.result, QStringLiteral("conflict"));
    QVERIFY(sameCodeOtherId.reason.startsWith(QStringLiteral("receiptCode:")));

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM status_history")).toInt(), 1);
    // The stored payload is the original one.
    QVERIFY(scalar(QStringLiteral("SELECT payload FROM records")).toString().contains(QStringLiteral("\"areaM2\":11.5")));
}

void tst_HubStore::duplicatesInsideOneBatch()
{
    const HubKiosk k = m_hub.enrolKiosk();
    const QJsonObject r = HubTestRecords::record(k, QStringLiteral("report.waste"), 1, 7);
    QJsonObject other = r;
    other.insert(QStringLiteral("enteredBy"), QStringLiteral("staff"));
    const HubIngestBatch b = m_hub.store().ingest().ingest(k, {r, r, other});
    QCOMPARE(b.results.size(), 3);
    QCOMPARE(b.results.at(0).result, QStringLiteral("accepted"));
    QCOMPARE(b.results.at(1).result, QStringLiteral("duplicate"));
    QCOMPARE(b.results.at(2).result, QStringLiteral("conflict"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 1);
    // The photo went to its own column.
    QVERIFY(scalar(QStringLiteral("SELECT photo FROM records")).toByteArray().startsWith("\xff\xd8\xff"));
    QVERIFY(scalar(QStringLiteral("SELECT payload FROM records")).toString().contains(QStringLiteral("\"hasPhoto\":true")));
}

void tst_HubStore::duplicateOfAWithdrawnWork()
{
    // A kiosk that lost the hub's answer sends a stored pledge again after its work was
    // withdrawn from the published content: still a duplicate, so the kiosk does not hold it.
    const HubKiosk k = m_hub.enrolKiosk();
    const QJsonObject r = HubTestRecords::record(k, QStringLiteral("pledge.land"), 1, 1);
    QCOMPARE(m_hub.store().ingest().ingest(k, {r}).results.value(0).result, QStringLiteral("accepted"));
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    QString error;
    QVERIFY2(m_hub.store().content().publish(dir.path(), &error), qPrintable(error));
    QVERIFY(!m_hub.store().content().projectExists(QStringLiteral("HB-001")));
    QCOMPARE(m_hub.store().ingest().ingest(k, {r}).results.value(0).result, QStringLiteral("duplicate"));
    const QJsonObject fresh = HubTestRecords::record(k, QStringLiteral("pledge.land"), 2, 2);
    const HubIngestResult refused = m_hub.store().ingest().ingest(k, {fresh}).results.value(0);
    QCOMPARE(refused.result, QStringLiteral("rejected"));
    QVERIFY2(refused.reason.startsWith(QStringLiteral("projectCode: ")), qPrintable(refused.reason));
}

void tst_HubStore::batchOver500IsRefusedWhole()
{
    const HubKiosk k = m_hub.enrolKiosk();
    QJsonArray records;
    for (int i = 0; i < 501; ++i)
        records.append(HubTestRecords::record(k, QStringLiteral("pledge.materials"), i, quint32(i + 1)));
    const HubIngestBatch b = m_hub.store().ingest().ingest(k, records);
    QCOMPARE(b.status, HubIngestBatch::Status::BatchTooLarge);
    QVERIFY(b.results.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 0);
    records.removeLast();
    const HubIngestBatch full = m_hub.store().ingest().ingest(k, records);
    QCOMPARE(full.status, HubIngestBatch::Status::Ok);
    QCOMPARE(full.results.size(), 500);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 500);
}

void tst_HubStore::malformedRecordsAreRejectedNotFatal()
{
    const HubKiosk k = m_hub.enrolKiosk();
    const QJsonObject good = HubTestRecords::record(k, QStringLiteral("pledge.materials"), 1, 1);
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = HubTestRecords::record(k, QStringLiteral("pledge.materials"), 2, 2);
        o.insert(key, value);
        return o;
    };
    const QJsonArray batch{QJsonValue(42), with(QStringLiteral("id"), QStringLiteral("not-a-uuid")),
                           with(QStringLiteral("kind"), QStringLiteral("pledge.gold")),
                           with(QStringLiteral("schema"), 7), with(QStringLiteral("createdAt"), QStringLiteral("yesterday")),
                           with(QStringLiteral("payload"), QStringLiteral("text")),
                           with(QStringLiteral("personal"), 5), with(QStringLiteral("receiptCode"), QStringLiteral("AA-22222-2")),
                           with(QStringLiteral("extra"), true), with(QStringLiteral("enteredBy"), QStringLiteral("robot")),
                           good};
    const HubIngestBatch b = m_hub.store().ingest().ingest(k, batch);
    QCOMPARE(b.status, HubIngestBatch::Status::Ok);
    QCOMPARE(b.results.size(), batch.size());
    const QStringList fields{QStringLiteral("record"), QStringLiteral("id"), QStringLiteral("kind"),
                             QStringLiteral("schema"), QStringLiteral("createdAt"), QStringLiteral("payload"),
                             QStringLiteral("personal"), QStringLiteral("receiptCode"), QStringLiteral("extra"),
                             QStringLiteral("enteredBy")};
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(b.results.at(i).result, QStringLiteral("rejected"));
        QVERIFY2(b.results.at(i).reason.startsWith(fields.at(i) + u':'), qPrintable(b.results.at(i).reason));
    }
    QCOMPARE(b.results.last().result, QStringLiteral("accepted"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 1);
}

void tst_HubStore::validationRejectionNamesTheField()
{
    const HubKiosk k = m_hub.enrolKiosk();
    QJsonObject badPhone = HubTestRecords::record(k, QStringLiteral("pledge.land"), 1, 1);
    QJsonObject personal = badPhone.value(QStringLiteral("personal")).toObject();
    QJsonObject person = personal.value(QStringLiteral("person")).toObject();
    person.insert(QStringLiteral("phone"), QStringLiteral("0212345678"));
    personal.insert(QStringLiteral("person"), person);
    badPhone.insert(QStringLiteral("personal"), personal);

    QJsonObject badArea = HubTestRecords::record(k, QStringLiteral("pledge.land"), 2, 2);
    QJsonObject payload = badArea.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("areaM2"), QStringLiteral("lots"));
    badArea.insert(QStringLiteral("payload"), payload);

    QJsonObject unknownWork = HubTestRecords::record(k, QStringLiteral("pledge.materials"), 3, 3);
    payload = unknownWork.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("projectCode"), QStringLiteral("XX-999"));
    unknownWork.insert(QStringLiteral("payload"), payload);

    QJsonObject hugeDescription = HubTestRecords::record(k, QStringLiteral("report.waste"), 4, 4);
    payload = hugeDescription.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("description"), QString(200000, u'x'));
    hugeDescription.insert(QStringLiteral("payload"), payload);

    QJsonObject personInPayload = HubTestRecords::record(k, QStringLiteral("pledge.land"), 5, 5);
    payload = personInPayload.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("person"), person);
    personInPayload.insert(QStringLiteral("payload"), payload);

    const HubIngestBatch b = m_hub.store().ingest().ingest(k, {badPhone, badArea, unknownWork, hugeDescription, personInPayload});
    QCOMPARE(b.results.size(), 5);
    const QStringList prefixes{QStringLiteral("person.phone: "), QStringLiteral("areaM2: "),
                               QStringLiteral("projectCode: "), QStringLiteral("description: "),
                               QStringLiteral("payload.person: ")};
    for (int i = 0; i < prefixes.size(); ++i) {
        QCOMPARE(b.results.at(i).result, QStringLiteral("rejected"));
        QVERIFY2(b.results.at(i).reason.startsWith(prefixes.at(i)), qPrintable(b.results.at(i).reason));
        QVERIFY2(b.results.at(i).reason.size() > prefixes.at(i).size() + 5, qPrintable(b.results.at(i).reason));
        // The reason never repeats what the resident typed.
        QVERIFY(!b.results.at(i).reason.contains(QStringLiteral("0212345678")));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records")).toInt(), 0);
}

void tst_HubStore::labourDatesCheckedAsOfCreation()
{
    // A labour pledge made a week ago for the days just after it, delivered only now: its
    // period is in the past today but was not when it was made.
    const HubKiosk k = m_hub.enrolKiosk();
    QJsonObject r = HubTestRecords::record(k, QStringLiteral("pledge.labour"), 2, 1);
    const QDate made = QDate::currentDate().addDays(-7);
    r.insert(QStringLiteral("createdAt"), QDateTime(made, QTime(9, 0), Qt::OffsetFromUTC, 7 * 3600).toString(Qt::ISODateWithMs));
    QJsonObject payload = r.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("availableFrom"), made.addDays(1).toString(Qt::ISODate));
    payload.insert(QStringLiteral("availableTo"), made.addDays(3).toString(Qt::ISODate));
    payload.insert(QStringLiteral("days"), 2);
    r.insert(QStringLiteral("payload"), payload);
    const HubIngestResult result = m_hub.store().ingest().ingest(k, {r}).results.value(0);
    QVERIFY2(result.result == u"accepted", qPrintable(result.reason));
}

void tst_HubStore::receiptsOnlyOwnCodes()
{
    const HubKiosk a = m_hub.enrolKiosk();
    const HubKiosk b = m_hub.enrolKiosk();
    const QJsonObject ra = HubTestRecords::record(a, QStringLiteral("pledge.materials"), 1, 1);
    const QJsonObject rb = HubTestRecords::record(b, QStringLiteral("pledge.materials"), 2, 1);
    QCOMPARE(m_hub.store().ingest().ingest(a, {ra}).results.value(0).result, QStringLiteral("accepted"));
    QCOMPARE(m_hub.store().ingest().ingest(b, {rb}).results.value(0).result, QStringLiteral("accepted"));
    const QString codeA = ra.value(QStringLiteral("receiptCode")).toString();
    const QString codeB = rb.value(QStringLiteral("receiptCode")).toString();
    const auto statuses = m_hub.store().queries().receipts(a, {codeA, codeB, QStringLiteral("ZZ-22222-2"), QStringLiteral("junk'--")});
    QVERIFY(statuses);
    QCOMPARE(statuses->size(), 1);
    QCOMPARE(statuses->first().code, codeA);
    QCOMPARE(statuses->first().status, QStringLiteral("received"));
    QVERIFY(statuses->first().updatedAt.endsWith(u'Z'));
}

void tst_HubStore::setStatusKeepsHistory()
{
    const HubKiosk k = m_hub.enrolKiosk();
    const QJsonObject r = HubTestRecords::record(k, QStringLiteral("pledge.land"), 1, 1);
    QCOMPARE(m_hub.store().ingest().ingest(k, {r}).results.value(0).result, QStringLiteral("accepted"));
    const QString code = r.value(QStringLiteral("receiptCode")).toString();
    QString error;
    QCOMPARE(m_hub.store().statusChanges().setStatus(code.toLower(), QStringLiteral("verified"), QStringLiteral("Đã xác minh, cảm ơn"), &error),
             HubChangeOutcome::Done);
    QCOMPARE(m_hub.store().statusChanges().setStatus(code, QStringLiteral("thanked"), {}, &error), HubChangeOutcome::Done);
    QCOMPARE(m_hub.store().statusChanges().setStatus(code, QStringLiteral("approved"), {}, &error), HubChangeOutcome::Unchanged);
    QVERIFY(error.contains(QStringLiteral("approved")));
    QCOMPARE(m_hub.store().statusChanges().setStatus(code, QStringLiteral("resolved"), QString(1001, u'a'), &error), HubChangeOutcome::Unchanged);
    QCOMPARE(m_hub.store().statusChanges().setStatus(QStringLiteral("ZZ-22222-2"), QStringLiteral("verified"), {}, &error),
             HubChangeOutcome::NotFound);

    const std::optional<HubRecordView> view = m_hub.store().queries().recordView(code);
    QVERIFY(view);
    QCOMPARE(view->status, QStringLiteral("thanked"));
    QCOMPARE(view->history.size(), 3);
    QCOMPARE(view->history.at(0).status, QStringLiteral("received"));
    QCOMPARE(view->history.at(1).status, QStringLiteral("verified"));
    QCOMPARE(view->history.at(1).note, QStringLiteral("Đã xác minh, cảm ơn"));
    QCOMPARE(view->history.at(2).status, QStringLiteral("thanked"));
    const auto statuses = m_hub.store().queries().receipts(k, {code});
    QCOMPARE(statuses->value(0).status, QStringLiteral("thanked"));
}

void tst_HubStore::recordViewHasNoPersonalData()
{
    const HubKiosk k = m_hub.enrolKiosk();
    const QJsonObject r = HubTestRecords::record(k, QStringLiteral("pledge.land"), 1, 1);
    QCOMPARE(m_hub.store().ingest().ingest(k, {r}).results.value(0).result, QStringLiteral("accepted"));
    QVERIFY(!m_hub.store().queries().recordView(QStringLiteral("ZZ-22222-2")));
    QVERIFY(!m_hub.store().queries().recordView(QStringLiteral("<script>")));
    const std::optional<HubRecordView> view = m_hub.store().queries().recordView(r.value(QStringLiteral("receiptCode")).toString());
    QVERIFY(view);
    QCOMPARE(view->kind, QStringLiteral("pledge.land"));
    QCOMPARE(view->kioskId, k.id);
    QCOMPARE(view->payload.value(QStringLiteral("projectCode")).toString(), QStringLiteral("HB-001"));
    const QString all = QString::fromUtf8(QJsonDocument(view->payload).toJson());
    QVERIFY(!all.contains(QStringLiteral("Hoa")));
    QVERIFY(!all.contains(QStringLiteral("0912")));
    // …while the store does keep them for the city's export.
    QVERIFY(scalar(QStringLiteral("SELECT personal FROM records")).toString().contains(QStringLiteral("0912")));
}

void tst_HubStore::csvExportPersonalOnlyWithFlag()
{
    const HubKiosk k = m_hub.enrolKiosk();
    const QJsonObject land = HubTestRecords::record(k, QStringLiteral("pledge.land"), 0, 1);
    QJsonObject waste = HubTestRecords::record(k, QStringLiteral("report.waste"), 1, 2);
    QJsonObject payload = waste.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("place"), QStringLiteral("=HYPERLINK(\"x\"), chợ \"Sắt\""));
    waste.insert(QStringLiteral("payload"), payload);
    const HubIngestBatch b = m_hub.store().ingest().ingest(k, {land, waste});
    QCOMPARE(b.results.value(1).result, QStringLiteral("accepted"));

    QTemporaryDir dir;
    QString error;
    qint64 rows = 0;
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    QVERIFY2(m_hub.store().csvExport().write(plain, false, &error, &rows), qPrintable(error));
    QCOMPARE(rows, 2);
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "receipt_code,id,kind,"));
    QCOMPARE(bytes.count("\r\n"), 3);
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(!text.contains(QStringLiteral("Nguyễn Thị Hoa")));
    QVERIFY(!text.contains(QStringLiteral("0912345678")));
    QVERIFY(!text.contains(QStringLiteral("full_name")));
    QVERIFY(text.contains(land.value(QStringLiteral("receiptCode")).toString()));
    // RFC 4180: the JSON details column is quoted with doubled quotes.
    QVERIFY2(text.contains(QStringLiteral("\"\"place\"\":\"\"=HYPERLINK(\\\"\"x\\\"\"), chợ \\\"\"Sắt\\\"\"\"\"")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("/9j/"))); // no photo, not even base64

    const QString personal = dir.filePath(QStringLiteral("personal.csv"));
    QVERIFY(m_hub.store().csvExport().write(personal, true, &error));
    QFile g(personal);
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QString withPersonal = QString::fromUtf8(g.readAll());
    QVERIFY(withPersonal.contains(QStringLiteral(",full_name,phone,residential_group,consent_version\r\n")));
    QVERIFY(withPersonal.contains(QStringLiteral("Nguyễn Thị Hoa,0912345678,Tổ dân phố số 1,")));

    QVERIFY(!m_hub.store().csvExport().write(dir.filePath(QStringLiteral("no/such/dir/x.csv")), false, &error));
    QVERIFY(!error.isEmpty());
}

void tst_HubStore::contentEtagAndPublicUrl()
{
    const std::optional<HubContent> first = m_hub.store().content().served();
    QVERIFY(first);
    QVERIFY(first->etag.startsWith('"') && first->etag.endsWith('"') && first->etag.size() == 66);
    QCOMPARE(m_hub.store().content().served()->etag, first->etag);
    QCOMPARE(m_hub.store().content().publicUrl(), QStringLiteral("https://congxay.haiphong.gov.vn"));

    m_hub.store().content().setPublicUrl(QStringLiteral("https://hub.example/"));
    const std::optional<HubContent> served = m_hub.store().content().served();
    QVERIFY(served->etag != first->etag);
    const QJsonObject root = QJsonDocument::fromJson(served->json).object();
    QCOMPARE(root.value(QStringLiteral("city")).toObject().value(QStringLiteral("publicUrl")).toString(),
             QStringLiteral("https://hub.example"));
    QCOMPARE(served->etag, QByteArray('"' + StoreFormats::sha256Hex(served->json).toLatin1() + '"'));
    QCOMPARE(m_hub.store().content().names(QStringLiteral("HONG-BANG"), QStringLiteral("hb-001")).publicUrl, QStringLiteral("https://hub.example"));
    QVERIFY(!m_hub.store().content().names(QStringLiteral("HONG-BANG"), QStringLiteral("hb-001")).project.vi.isEmpty());
    QVERIFY(!m_hub.store().content().names(QStringLiteral("HONG-BANG"), {}).ward.vi.isEmpty());

    // Publishing another bundle changes the ETag, and the works validation knows.
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    QString error;
    QVERIFY2(m_hub.store().content().publish(dir.path(), &error), qPrintable(error));
    QVERIFY(m_hub.store().content().served()->etag != served->etag);
    QVERIFY(m_hub.store().content().projectExists(QStringLiteral("LC-002")));
    QVERIFY(!m_hub.store().content().projectExists(QStringLiteral("HB-001")));
    QVERIFY(m_hub.store().content().wardExists(QStringLiteral("AN-LAO")));
    QVERIFY(!m_hub.store().content().wardExists(QStringLiteral("HONG-BANG")));
}

void tst_HubStore::contentImagesOnlyPublishedNames()
{
    QByteArray mime;
    QVERIFY(m_hub.store().content().file(QStringLiteral("images/road-01.svg"), &mime));
    QCOMPARE(mime, QByteArray("image/svg+xml"));
    for (const char *name : {"images/../bundle.json", "bundle.json", "road-01.svg", "images/..", "images/.road-01.svg",
                             "images/road-01.svg/", "images/ROAD-01.SVG", "images/nope.svg", "media/road-01.svg",
                             "media/../images/road-01.svg", "images/x/road-01.svg", ""})
        QVERIFY2(!m_hub.store().content().file(QString::fromLatin1(name), &mime), name);
}

void tst_HubStore::contentListsEveryImageSizeAndDigest()
{
    // What a kiosk checks its downloads against: every image served, its bytes' size and SHA-256.
    const QJsonObject root = QJsonDocument::fromJson(m_hub.store().content().served()->json).object();
    const QJsonObject files = root.value(QStringLiteral("files")).toObject();
    QSet<QString> used;
    for (const QJsonValue &p : root.value(QStringLiteral("projects")).toArray())
        for (const QJsonValue &i : p.toObject().value(QStringLiteral("images")).toArray())
            used.insert(i.toString());
    // The attract loop's files too: its slides' images and its videos.
    for (const QJsonValue &item : root.value(QStringLiteral("playlist")).toArray())
        for (const char *key : {"file", "image"})
            if (const QString path = item.toObject().value(QLatin1String(key)).toString(); !path.isEmpty())
                used.insert(path);
    QVERIFY(used.size() > 10);
    const QStringList listed = files.keys();
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), used);
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QByteArray mime;
        const std::optional<QByteArray> bytes = m_hub.store().content().file(it.key(), &mime);
        QVERIFY2(bytes, qPrintable(it.key()));
        QCOMPARE(it.value().toObject().value(QStringLiteral("size")).toInteger(), bytes->size());
        QCOMPARE(it.value().toObject().value(QStringLiteral("sha256")).toString(), StoreFormats::sha256Hex(*bytes));
    }
    // The kiosk's own reader accepts it as content from the hub must be.
    LocalizedText error;
    QVERIFY2(ContentBundle::readManifest(files, &error), qPrintable(error.en));
}

void tst_HubStore::publishRefusesInvalidBundle()
{
    const QByteArray before = m_hub.store().content().served()->etag;
    QTemporaryDir dir;
    QJsonObject broken = BundleFixture::small();
    broken.insert(QStringLiteral("formatVersion"), 99);
    QVERIFY(BundleFixture::write(dir.path(), broken));
    QString error;
    QVERIFY(!m_hub.store().content().publish(dir.path(), &error));
    QVERIFY(error.contains(QStringLiteral("not valid")));
    QVERIFY(!m_hub.store().content().publish(dir.filePath(QStringLiteral("missing")), &error));
    QCOMPARE(m_hub.store().content().served()->etag, before);
}

void tst_HubStore::open311ReportsGetHubCodes()
{
    const HubKiosk k = m_hub.enrolKiosk();
    RecordDraft d = RecordFixture::draft(QStringLiteral("report.waste"), 2); // named: person given
    QString error;
    const std::optional<QString> code = m_hub.store().open311().storeOpen311Report(k, d, &error);
    QVERIFY2(code, qPrintable(error));
    QVERIFY(code->startsWith(QStringLiteral("TP-")));
    QVERIFY(ReceiptCode::isValid(*code));
    const std::optional<QString> second = m_hub.store().open311().storeOpen311Report(k, d, &error);
    QVERIFY(second && *second != *code);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL")).toInt() == 0);
    QVERIFY(!m_hub.store().open311().storeOpen311Report(k, RecordFixture::draft(QStringLiteral("pledge.land")), &error));

    // A kiosk's own waste report is listed too; pledges are not.
    const QJsonObject r = HubTestRecords::record(k, QStringLiteral("report.waste"), 1, 1);
    const QJsonObject p = HubTestRecords::record(k, QStringLiteral("pledge.land"), 1, 2);
    QCOMPARE(m_hub.store().ingest().ingest(k, {r, p}).results.value(0).result, QStringLiteral("accepted"));
    HubRequestFilter all;
    const QList<HubRecordView> reports = m_hub.store().open311().wasteReports(all);
    QCOMPARE(reports.size(), 3);
    for (const HubRecordView &v : reports) {
        QCOMPARE(v.kind, QStringLiteral("report.waste"));
        QCOMPARE(v.history.size(), 1);
    }
    HubRequestFilter byCode;
    byCode.receiptCodes = {*second};
    QCOMPARE(m_hub.store().open311().wasteReports(byCode).size(), 1);
    QCOMPARE(m_hub.store().open311().wasteReports(byCode).first().enteredBy, QStringLiteral("open311"));
    HubRequestFilter other;
    other.category = QStringLiteral("delay");
    QCOMPARE(m_hub.store().open311().wasteReports(other).size(), 0);
    other.category = QStringLiteral("materials_wasted");
    QCOMPARE(m_hub.store().open311().wasteReports(other).size(), 3);
    QVERIFY(m_hub.store().statusChanges().setStatus(*code, QStringLiteral("resolved"), {}, &error) == HubChangeOutcome::Done);
    HubRequestFilter closed;
    closed.onlyClosed = true;
    QCOMPARE(m_hub.store().open311().wasteReports(closed).size(), 1);
    HubRequestFilter open;
    open.onlyOpen = true;
    QCOMPARE(m_hub.store().open311().wasteReports(open).size(), 2);
    HubRequestFilter future;
    future.fromUtc = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    QCOMPARE(m_hub.store().open311().wasteReports(future).size(), 0);
    HubRequestFilter limited;
    limited.limit = 2;
    QCOMPARE(m_hub.store().open311().wasteReports(limited).size(), 2);
}

void tst_HubStore::kioskListCountsRecords()
{
    const HubKiosk a = m_hub.enrolKiosk();
    const HubKiosk b = m_hub.enrolKiosk(QStringLiteral("LE-CHAN"));
    QCOMPARE(m_hub.store().ingest().ingest(a, {HubTestRecords::record(a, QStringLiteral("pledge.land"), 1, 1),
                                 HubTestRecords::record(a, QStringLiteral("pledge.land"), 2, 2)})
                     .results.size(), 2);
    m_hub.store().kiosks().notePending(a, 17);
    QCOMPARE(m_hub.store().kiosks().revoke(b.id), HubChangeOutcome::Done);
    const auto rows = m_hub.store().kiosks().list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, a.id);
    QCOMPARE(rows->at(0).recordsReceived, 2);
    QCOMPARE(rows->at(0).pendingHint, 17);
    QCOMPARE(rows->at(0).name, QStringLiteral("Sảnh 1"));
    QVERIFY(rows->at(0).revokedAt.isEmpty());
    QCOMPARE(rows->at(1).recordsReceived, 0);
    QVERIFY(!rows->at(1).revokedAt.isEmpty());
}

void tst_HubStore::acceptedPledgesPerWork()
{
    const HubKiosk k = m_hub.enrolKiosk();
    QJsonObject waste = HubTestRecords::record(k, QStringLiteral("report.waste"), 4, 4);
    QJsonObject payload = waste.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("projectCode"), QStringLiteral("HB-001"));
    waste.insert(QStringLiteral("payload"), payload);
    const QJsonArray records{HubTestRecords::record(k, QStringLiteral("pledge.land"), 1, 1),
                             HubTestRecords::record(k, QStringLiteral("pledge.materials"), 2, 2),
                             HubTestRecords::record(k, QStringLiteral("pledge.land"), 3, 3),
                             HubTestRecords::record(k, QStringLiteral("pledge.labour"), 5, 5), waste};
    const HubIngestBatch batch = m_hub.store().ingest().ingest(k, records);
    for (const HubIngestResult &r : batch.results)
        QCOMPARE(r.result, QStringLiteral("accepted"));
    QCOMPARE(m_hub.store().queries().acceptedPledges(QStringLiteral("HB-001")), std::optional<qint64>(3));
    QString error;
    const QString third = records.at(2).toObject().value(QStringLiteral("receiptCode")).toString();
    QCOMPARE(m_hub.store().statusChanges().setStatus(third, QStringLiteral("verified"), {}, &error), HubChangeOutcome::Done);
    QCOMPARE(m_hub.store().queries().acceptedPledges(QStringLiteral("HB-001")), std::optional<qint64>(3));
    QCOMPARE(m_hub.store().statusChanges().setStatus(third, QStringLiteral("rejected"), {}, &error), HubChangeOutcome::Done);
    QCOMPARE(m_hub.store().queries().acceptedPledges(QStringLiteral("HB-001")), std::optional<qint64>(2));
    QCOMPARE(m_hub.store().queries().acceptedPledges(QStringLiteral("HB-002")), std::optional<qint64>(0));
    QCOMPARE(m_hub.store().queries().acceptedPledges(QStringLiteral("<script>")), std::optional<qint64>(0));

    // Records stored before the column existed get it from their payload when migrating.
    m_hub.close();
    // (The column is in the project index and in the inbox's covering indexes of step 6.)
    for (const char *index : {"records_project_kind_status", "records_inbox_received", "records_inbox_waiting"})
        QVERIFY(m_hub.location().exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
    QVERIFY(m_hub.location().exec(QStringLiteral("ALTER TABLE records DROP COLUMN project_code")));
    QVERIFY(m_hub.location().exec(QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'")));
    // Only step 3 runs again: the later steps' tables are already there.
    {
        HubDatabase stepThree;
        QVERIFY2(stepThree.open(m_hub.location().location(), 3), qPrintable(stepThree.lastError()));
        QCOMPARE(stepThree.schemaVersion(), 3);
    }
    QVERIFY(m_hub.location().exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                          .arg(HubDatabase::latestVersion())));
    QVERIFY2(m_hub.reopen(&error), qPrintable(error));
    QCOMPARE(m_hub.db().schemaVersion(), HubDatabase::latestVersion());
    QCOMPARE(m_hub.store().queries().acceptedPledges(QStringLiteral("HB-001")), std::optional<qint64>(2));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM records WHERE project_code IS NULL")).toLongLong(), 1);  // labour
}

void tst_HubStore::publishedWorksWardByWard()
{
    const std::shared_ptr<const PublishedWorks> works = m_hub.store().content().publishedWorks();
    QVERIFY(works);
    QVERIFY(works->isSample());
    QCOMPARE(works->count(), 57);
    QVERIFY(works->work(QStringLiteral("HB-001")));
    QCOMPARE(works->work(QStringLiteral("HB-001"))->name.vi, QStringLiteral("Cải tạo, nâng cấp đường Hoàng Văn Thụ"));
    QVERIFY(!works->work(QStringLiteral("hb-001")));
    QCOMPARE(works->ward(QStringLiteral("LE-CHAN"))->name.vi, QStringLiteral("Phường Lê Chân"));
    // Ward by ward in the bundle's order, and a slice never runs past its list.
    const QList<const Project *> all = works->slice({}, 0, 1000);
    QCOMPARE(all.size(), 57);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const auto wardAt = [&](const Project *p) {
            for (qsizetype w = 0; w < works->wards().size(); ++w)
                if (works->wards().at(w).code == p->wardCode)
                    return w;
            return qsizetype(-1);
        };
        QVERIFY(wardAt(all.at(i - 1)) <= wardAt(all.at(i)));
    }
    QCOMPARE(works->slice({}, 50, 50).size(), 7);
    const qsizetype leChan = works->count(QStringLiteral("LE-CHAN"));
    QVERIFY(leChan > 0);
    for (const Project *p : works->slice(QStringLiteral("LE-CHAN"), 0, 1000))
        QCOMPARE(p->wardCode, QStringLiteral("LE-CHAN"));
    QCOMPARE(works->slice(QStringLiteral("NOWHERE"), 0, 10).size(), 0);
    QCOMPARE(works->count(QStringLiteral("NOWHERE")), 0);
    // The same object until something else is published.
    QCOMPARE(m_hub.store().content().publishedWorks().get(), works.get());
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    QString error;
    QVERIFY2(m_hub.store().content().publish(dir.path(), &error), qPrintable(error));
    QCOMPARE(m_hub.store().content().publishedWorks()->count(), 3);
}

QTEST_GUILESS_MAIN(tst_HubStore)
#include "tst_hubstore.moc"
