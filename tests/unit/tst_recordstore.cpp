// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfixture.h"
#include "records/receiptcode.h"
#include "records/recordstore.h"
#include "store/database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** The record store: one transaction per record with its outbox entry, receipt codes from the
    counter, personal data apart, nothing half-written when SQLite fails. */
class tst_RecordStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void submitEachKind_data();
    void submitEachKind();
    void sequenceContinuesAcrossReopen();
    void invalidDraftWritesNothing();
    void badPrefixWritesNothing();
    void diskFullWritesNothing();
    void failureMidTransactionWritesNothing();
    void existingCodeIsSkipped();
    void purgeConfirmedWipesOnlyConfirmed();
    void statusesFromTheCityAllOrNothing();
    void findAcceptsTypedCodes();
    void oddTextIsStoredVerbatim();
    void migrationFromSchema1KeepsData();
    void kioskIdentityDefaultsAndSettings();
    void listSaysWhenItCannotRead();

private:
    SubmitContext context() const;
    QVariant scalar(const QString &sql, const QVariant &bind = {});
    qint64 count(const QString &table) { return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

SubmitContext tst_RecordStore::context() const
{
    SubmitContext c;
    c.kioskId = QStringLiteral("KIOSK-TEST");
    c.kioskPrefix = QStringLiteral("HB2");
    c.ward = QStringLiteral("HONG-BANG");
    c.validation = ValidationContext::withProjects({QStringLiteral("HB-001")}, true);
    return c;
}

QVariant tst_RecordStore::scalar(const QString &sql, const QVariant &bind)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void tst_RecordStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("kiosk.sqlite"))));
    m_store = std::make_unique<RecordStore>(*m_db);
}

void tst_RecordStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_RecordStore::submitEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("variant");
    for (const QString &kind : RecordFixture::kinds())
        for (int variant : {0, 1})
            QTest::newRow(qPrintable(kind + u' ' + QString::number(variant))) << kind << variant;
}

void tst_RecordStore::submitEachKind()
{
    QFETCH(QString, kind);
    QFETCH(int, variant);
    const RecordDraft draft = RecordFixture::draft(kind, variant);
    const SubmitResult r = m_store->submit(draft, context());
    QVERIFY2(r.ok, qPrintable(r.error.en + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message.en)));
    QVERIFY(r.problems.isEmpty() && r.error.isEmpty());
    QCOMPARE(r.receiptCode, ReceiptCode::make(u"HB2", 1));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$")).match(r.id).hasMatch());

    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, kind, schema, created_at, ward, kiosk_id, receipt_code, payload, personal, photo,"
                             " sync_state, status, entered_by FROM records"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), r.id);
    QCOMPARE(q.value(1).toString(), kind);
    QCOMPARE(q.value(2).toInt(), RecordDraft::SchemaVersion);
    const QDateTime created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QVERIFY(QRegularExpression(QStringLiteral("T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}([+-]\\d\\d:\\d\\d|Z)$")).match(q.value(3).toString()).hasMatch());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTime())) < 60);
    QCOMPARE(q.value(4).toString(), QStringLiteral("HONG-BANG"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("KIOSK-TEST"));
    QCOMPARE(q.value(6).toString(), r.receiptCode);
    const QByteArray payload = q.value(7).toString().toUtf8();
    QCOMPARE(QJsonDocument::fromJson(payload).object(), draft.normalized().toPayloadJson());
    QVERIFY(!payload.contains("0912") && !payload.contains("Nguy") && !payload.contains("fullName"));
    if (draft.anonymous) {
        QVERIFY(q.value(8).isNull());
    } else {
        const QJsonObject personal = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        QCOMPARE(personal.value(QStringLiteral("person")).toObject().value(QStringLiteral("phone")).toString().size(), 10);
        QCOMPARE(personal.value(QStringLiteral("consent")).toObject(),
                 draft.normalized().toPersonalJson().value(QStringLiteral("consent")).toObject());
    }
    QCOMPARE(q.value(9).isNull(), draft.photoJpeg.isEmpty());
    if (!draft.photoJpeg.isEmpty())
        QCOMPARE(q.value(9).toByteArray(), draft.photoJpeg);
    QCOMPARE(q.value(10).toString(), QStringLiteral("pending"));
    QCOMPARE(q.value(11).toString(), QStringLiteral("submitted"));
    QCOMPARE(q.value(12).toString(), QStringLiteral("resident"));

    QCOMPARE(m_store->outboxCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT record_id FROM outbox")).toString(), r.id);
    QCOMPARE(scalar(QStringLiteral("SELECT attempts FROM outbox")).toInt(), 0);

    const QList<RecordListEntry> list = m_store->list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().receiptCode, r.receiptCode);
    QCOMPARE(list.constFirst().kind, kind);
    QCOMPARE(list.constFirst().syncState, QStringLiteral("pending"));

    const std::optional<StoredReceipt> found = m_store->find(r.receiptCode);
    QVERIFY(found);
    QCOMPARE(found->id, r.id);
    QCOMPARE(RecordKinds::key(found->kind), kind);
    QCOMPARE(found->payload, draft.normalized().toPayloadJson());
    QCOMPARE(found->hasPersonalData, !draft.anonymous);
}

void tst_RecordStore::sequenceContinuesAcrossReopen()
{
    QStringList codes;
    for (int i = 0; i < 5; ++i)
        codes << m_store->submit(RecordFixture::draft(RecordFixture::kinds().at(i % 4), i), context()).receiptCode;
    const QString path = m_dir->filePath(QStringLiteral("kiosk.sqlite"));
    m_store.reset();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path));
    m_store = std::make_unique<RecordStore>(*m_db);
    codes << m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), context()).receiptCode;
    // Another prefix (after re-enrolment) counts on its own.
    SubmitContext other = context();
    other.kioskPrefix = QStringLiteral("KC");
    codes << m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), other).receiptCode;
    QVERIFY(!codes.contains(QString()));
    QStringList expected;
    for (quint32 s = 1; s <= 6; ++s)
        expected << ReceiptCode::make(u"HB2", s);
    expected << ReceiptCode::make(u"KC", 1);
    QCOMPARE(codes, expected);
    QCOMPARE(m_store->outboxCount(), 7);
    QCOMPARE(m_store->list().size(), 7);
}

void tst_RecordStore::invalidDraftWritesNothing()
{
    RecordDraft d = RecordFixture::draft(QStringLiteral("pledge.land"));
    d.person.phone = QStringLiteral("0225 3842 123");
    d.areaM2 = 0;
    const SubmitResult r = m_store->submit(d, context());
    QVERIFY(!r.ok);
    QVERIFY(r.receiptCode.isEmpty());
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems.at(0).field, QStringLiteral("areaM2"));
    QCOMPARE(r.problems.at(1).field, QStringLiteral("person.phone"));
    QCOMPARE(count(QStringLiteral("records")), 0);
    QCOMPARE(count(QStringLiteral("outbox")), 0);
    QCOMPARE(count(QStringLiteral("counters")), 0);
}

void tst_RecordStore::badPrefixWritesNothing()
{
    SubmitContext c = context();
    c.kioskPrefix = QStringLiteral("H0");
    const SubmitResult r = m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), c);
    QVERIFY(!r.ok);
    QVERIFY(r.error.en.contains(QStringLiteral("receipt prefix")));
    QCOMPARE(count(QStringLiteral("records")), 0);
}

void tst_RecordStore::diskFullWritesNothing()
{
    QVERIFY(m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), context()).ok);
    // SQLite's page limit gives the same SQLITE_FULL a full disk does.
    const int pages = scalar(QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(m_db->exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));
    RecordDraft big = RecordFixture::draft(QStringLiteral("report.waste"), 1);
    big.photoJpeg.append(QByteArray(1024 * 1024, 'j'));
    const SubmitResult r = m_store->submit(big, context());
    QVERIFY(!r.ok);
    QVERIFY(r.receiptCode.isEmpty() && r.id.isEmpty());
    QVERIFY2(r.error.en.contains(QStringLiteral("storage is full")), qPrintable(r.error.en));
    QVERIFY(r.error.vi.contains(QStringLiteral("đã đầy")));
    QCOMPARE(count(QStringLiteral("records")), 1);
    QCOMPARE(count(QStringLiteral("outbox")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM counters")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    // Space again: the next record gets the next code, as if the failed one never happened.
    QVERIFY(m_db->exec(QStringLiteral("PRAGMA max_page_count=1073741823")));
    const SubmitResult next = m_store->submit(big, context());
    QVERIFY2(next.ok, qPrintable(next.error.en));
    QCOMPARE(next.receiptCode, ReceiptCode::make(u"HB2", 2));
}

void tst_RecordStore::failureMidTransactionWritesNothing()
{
    // The records row is written, then the outbox insert fails: both must be rolled back.
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    const SubmitResult r = m_store->submit(RecordFixture::draft(QStringLiteral("pledge.materials")), context());
    QVERIFY(!r.ok);
    QVERIFY(r.error.en.contains(QStringLiteral("not saved")));
    QCOMPARE(count(QStringLiteral("records")), 0);
    QCOMPARE(count(QStringLiteral("outbox")), 0);
    QCOMPARE(count(QStringLiteral("counters")), 0);
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER boom")));
    const SubmitResult ok = m_store->submit(RecordFixture::draft(QStringLiteral("pledge.materials")), context());
    QVERIFY(ok.ok);
    QCOMPARE(ok.receiptCode, ReceiptCode::make(u"HB2", 1));
}

void tst_RecordStore::existingCodeIsSkipped()
{
    // A restored backup left the counter behind the codes in use.
    QVERIFY(m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), context()).ok);
    QVERIFY(m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), context()).ok);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE counters SET value = 0")));
    const SubmitResult r = m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), context());
    QVERIFY(r.ok);
    QCOMPARE(r.receiptCode, ReceiptCode::make(u"HB2", 3));
}

void tst_RecordStore::purgeConfirmedWipesOnlyConfirmed()
{
    const SubmitResult r = m_store->submit(RecordFixture::draft(QStringLiteral("report.waste"), 0), context());
    RecordDraft withPhoto = RecordFixture::draft(QStringLiteral("report.waste"), 0);
    withPhoto.photoJpeg = RecordFixture::draft(QStringLiteral("report.waste"), 1).photoJpeg;
    const SubmitResult p = m_store->submit(withPhoto, context());
    const SubmitResult pending = m_store->submit(withPhoto, context());
    QVERIFY(r.ok && p.ok && pending.ok);
    QVERIFY(!scalar(QStringLiteral("SELECT personal FROM records WHERE id = ?"), r.id).isNull());
    QVERIFY(!scalar(QStringLiteral("SELECT photo FROM records WHERE id = ?"), p.id).isNull());

    // Nothing confirmed yet: nothing wiped, the WAL still truncated.
    PurgeResult purge = m_store->purgeConfirmed();
    QCOMPARE(purge.wiped, 0);
    QVERIFY(purge.complete());

    for (const QString &id : {r.id, p.id})
        QVERIFY(m_db->exec(QStringLiteral("UPDATE records SET sync_state = 'confirmed' WHERE id = '%1'").arg(id)));
    purge = m_store->purgeConfirmed();
    QCOMPARE(purge.wiped, 2);
    QVERIFY(purge.complete());
    QVERIFY(scalar(QStringLiteral("SELECT personal FROM records WHERE id = ?"), r.id).isNull());
    QVERIFY(scalar(QStringLiteral("SELECT photo FROM records WHERE id = ?"), p.id).isNull());
    QVERIFY(!m_store->find(r.receiptCode)->hasPersonalData);
    // A record the city does not have yet keeps everything.
    QVERIFY(!scalar(QStringLiteral("SELECT personal FROM records WHERE id = ?"), pending.id).isNull());
    QVERIFY(!scalar(QStringLiteral("SELECT photo FROM records WHERE id = ?"), pending.id).isNull());
    // The WAL is empty after the purge.
    QCOMPARE(QFileInfo(m_dir->filePath(QStringLiteral("kiosk.sqlite-wal"))).size(), 0);
    // The records themselves and their outbox entries stay.
    QCOMPARE(count(QStringLiteral("records")), 3);
    QCOMPARE(m_store->outboxCount(), 3);
    // Idempotent.
    QCOMPARE(m_store->purgeConfirmed().wiped, 0);
}

void tst_RecordStore::statusesFromTheCityAllOrNothing()
{
    QStringList codes;
    for (int i = 0; i < 3; ++i) {
        const SubmitResult r = m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land"), i), context());
        QVERIFY(r.ok);
        codes.append(r.receiptCode);
    }
    // Only confirmed records the city may still change are asked about, newest first.
    QCOMPARE(m_store->codesAwaitingStatus(10).value(), QStringList());
    QVERIFY(m_db->exec(QStringLiteral("UPDATE records SET sync_state = 'confirmed', status = 'received'")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE records SET status = 'resolved' WHERE receipt_code = '%1'").arg(codes.at(2))));
    QCOMPARE(m_store->codesAwaitingStatus(10).value(), (QStringList{codes.at(1), codes.at(0)}));
    QCOMPARE(m_store->codesAwaitingStatus(1).value().size(), 1);

    const QList<ReceiptStatus> statuses{{codes.at(0), QStringLiteral("verified"), QStringLiteral("2025-03-01T08:00:00Z"),
                                         QStringLiteral("Cảm ơn")},
                                        {codes.at(1), QStringLiteral("thanked"), QStringLiteral("2025-03-02T08:00:00Z"), {}}};
    StoreResult<int> updated = m_store->applyStatuses(statuses);
    QVERIFY(updated.ok());
    QCOMPARE(updated.value(), 2);
    QCOMPARE(m_store->find(codes.at(0))->status, QStringLiteral("verified"));
    QCOMPARE(scalar(QStringLiteral("SELECT status_note FROM records WHERE receipt_code = ?"), codes.at(0)).toString(),
             QStringLiteral("Cảm ơn"));
    // The same answer again changes nothing.
    QCOMPARE(m_store->applyStatuses(statuses).value(), 0);

    // One update refused: none of the batch is kept, and the caller hears why.
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TRIGGER boom BEFORE UPDATE OF status ON records WHEN NEW.status = 'boom'"
                                      " BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    updated = m_store->applyStatuses({{codes.at(0), QStringLiteral("resolved"), QStringLiteral("2025-03-03T08:00:00Z"), {}},
                                      {codes.at(1), QStringLiteral("boom"), QStringLiteral("2025-03-03T08:00:00Z"), {}}});
    QVERIFY(!updated.ok());
    QVERIFY(updated.error().detail.contains(QStringLiteral("boom")));
    QCOMPARE(m_store->find(codes.at(0))->status, QStringLiteral("verified"));
    QCOMPARE(m_store->find(codes.at(1))->status, QStringLiteral("thanked"));
}

void tst_RecordStore::findAcceptsTypedCodes()
{
    const SubmitResult r = m_store->submit(RecordFixture::draft(QStringLiteral("pledge.labour")), context());
    QVERIFY(r.ok);
    QVERIFY(m_store->find(r.receiptCode.toLower().remove(u'-')));
    QVERIFY(m_store->find(u' ' + r.receiptCode + u' '));
    QVERIFY(!m_store->find(ReceiptCode::make(u"HB2", 2)));
    QVERIFY(!m_store->find(QStringLiteral("'; DROP TABLE records; --")));
    QVERIFY(!m_store->find(QString()));
}

void tst_RecordStore::oddTextIsStoredVerbatim()
{
    RecordDraft d = RecordFixture::draft(QStringLiteral("report.waste"), 0);
    d.place = QStringLiteral("Robert'); DROP TABLE records;-- 🏗️ \u202Egnp.exe");
    d.description = QStringLiteral("<script>alert(1)</script> \"quoted\" \\ backslash; % _ wildcards 😀 ừ ữ ợ");
    const SubmitResult r = m_store->submit(d, context());
    QVERIFY2(r.ok, qPrintable(r.problems.isEmpty() ? r.error.en : r.problems.constFirst().message.en));
    const QJsonObject payload = m_store->find(r.receiptCode)->payload;
    QCOMPARE(payload.value(QStringLiteral("place")).toString(), QStringLiteral("Robert'); DROP TABLE records;-- 🏗️ gnp.exe"));
    QCOMPARE(payload.value(QStringLiteral("description")).toString(), d.description);
    QCOMPARE(count(QStringLiteral("records")), 1);
}

void tst_RecordStore::migrationFromSchema1KeepsData()
{
    // A schema 1 database with content, as the first release left it, opened by this one.
    const QString path = m_dir->filePath(QStringLiteral("schema1.sqlite"));
    {
        Database old;
        QVERIFY(old.open(path, 1));
        QCOMPARE(old.schemaVersion(), 1);
        QVERIFY(old.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('wardCode', 'LE-CHAN')")));
    }
    m_store.reset();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path));
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'wardCode'")).toString(), QStringLiteral("LE-CHAN"));
    m_store = std::make_unique<RecordStore>(*m_db);
    QVERIFY(m_store->submit(RecordFixture::draft(QStringLiteral("pledge.land")), context()).ok);
}

void tst_RecordStore::kioskIdentityDefaultsAndSettings()
{
    KioskIdentity k = KioskIdentity::load(*m_db);
    QCOMPARE(k.kioskId, QStringLiteral("KIOSK-LOCAL"));
    QCOMPARE(k.receiptPrefix, QStringLiteral("HP"));
    QVERIFY(k.wardCode.isEmpty()); // no content, no setting
    QVERIFY(!k.allowAnonymousPledges);
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('kioskId', 'K-7'), ('receiptPrefix', 'HB2'),"
                                      " ('wardCode', 'HONG-BANG'), ('allowAnonymousPledges', 'true')")));
    k = KioskIdentity::load(*m_db);
    QCOMPARE(k.kioskId, QStringLiteral("K-7"));
    QCOMPARE(k.receiptPrefix, QStringLiteral("HB2"));
    QCOMPARE(k.wardCode, QStringLiteral("HONG-BANG"));
    QVERIFY(k.allowAnonymousPledges);
    const SubmitContext c = k.submitContext(*m_db, QStringLiteral("staff"));
    QCOMPARE(c.enteredBy, QStringLiteral("staff"));
    QVERIFY(!c.validation.projectExists(QStringLiteral("HB-001"))); // no content imported here
    const SubmitResult r = m_store->submit(RecordFixture::draft(QStringLiteral("pledge.labour")), c);
    QVERIFY2(r.ok, qPrintable(r.problems.isEmpty() ? r.error.en : r.problems.constFirst().message.en));
    QCOMPARE(scalar(QStringLiteral("SELECT entered_by FROM records")).toString(), QStringLiteral("staff"));
}

void tst_RecordStore::listSaysWhenItCannotRead()
{
    LocalizedText error;
    QCOMPARE(m_store->list(&error).size(), 0);
    QVERIFY(error.isEmpty());
    QVERIFY(m_db->exec(QStringLiteral("DROP TABLE outbox")));
    QVERIFY(m_db->exec(QStringLiteral("DROP TABLE records")));
    QCOMPARE(m_store->list(&error).size(), 0);
    QVERIFY2(error.en.startsWith(QStringLiteral("cannot read the records")), qPrintable(error.en));
    QVERIFY(!error.vi.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RecordStore)
#include "tst_recordstore.moc"
