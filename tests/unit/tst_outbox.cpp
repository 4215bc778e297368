// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbquery.h"
#include "outbox/outbox.h"
#include "recordfixture.h"
#include "records/recordstore.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/** The outbox: entries made with their record, batches oldest first within a record and byte
    budget, delivered entries leaving, refused ones held with the hub's reason, the counts,
    and queued records adopted at enrolment. */
class tst_Outbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void submitEnqueuesOnce();
    void enqueueRolledBackLeavesNothing();
    void batchIsOldestFirstAndComplete();
    void batchKeepsToItsLimits();
    void deliveredLeavesTheQueue();
    void deliveredKeepsAStatusTheCitySet();
    void heldStaysWithItsReason();
    void countsAreZeroWhenUnreadable();
    void adoptionTakesQueuedRecordsOnly();

private:
    /** Submits `count` records of mixed kinds (odd waste reports carry a photo); their ids. */
    QStringList submit(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Outbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("k.sqlite"))));
}

void tst_Outbox::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList tst_Outbox::submit(int count)
{
    QStringList ids;
    RecordStore store(*m_db);
    const QList<RecordDraft> drafts = RecordFixture::mixedDrafts((count + 3) / 4);
    for (int i = 0; i < count; ++i) {
        const SubmitResult r = store.submit(drafts.at(i), RecordFixture::context(QStringLiteral("KIOSK-T"), QStringLiteral("HB2")));
        if (!r.ok)
            qWarning() << r.error.en << (r.problems.isEmpty() ? QString() : r.problems.constFirst().message.en);
        ids.append(r.id);
    }
    return ids;
}

void tst_Outbox::submitEnqueuesOnce()
{
    const QStringList ids = submit(3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(DISTINCT record_id) FROM outbox")).toInt(), 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sum(attempts) + sum(held) FROM outbox")).toInt(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE last_error = ''")).toInt(), 3);
    const OutboxCounts c = Outbox(*m_db).counts();
    QCOMPARE(c.pending, 3);
    QCOMPARE(c.held, 0);
    // The same record cannot be queued twice.
    QVERIFY(!Outbox(*m_db).enqueue(ids.at(0)).ok());
}

void tst_Outbox::enqueueRolledBackLeavesNothing()
{
    const QStringList ids = submit(1);
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM outbox")));
    {
        Transaction t(*m_db);
        QVERIFY(Outbox(*m_db).enqueue(ids.at(0)).ok());
        QCOMPARE(Outbox(*m_db).counts().pending, 1);
    }
    QCOMPARE(Outbox(*m_db).counts().pending, 0);
    // An entry needs its record.
    const StoreResult<> orphan = Outbox(*m_db).enqueue(QStringLiteral("no-such-record"));
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().kind, StoreError::Kind::Constraint);
}

void tst_Outbox::batchIsOldestFirstAndComplete()
{
    const QStringList ids = submit(4);
    const StoreResult<QList<QueuedRecord>> batch = Outbox(*m_db).nextBatch(10, 8 * 1024 * 1024);
    QVERIFY(batch.ok());
    QCOMPARE(batch.value().size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(batch.value().at(i).id, ids.at(i));
    const QueuedRecord &land = batch.value().at(0);
    QCOMPARE(land.kind, QStringLiteral("pledge.land"));
    QCOMPARE(land.schema, RecordDraft::SchemaVersion);
    QCOMPARE(land.kioskId, QStringLiteral("KIOSK-T"));
    QCOMPARE(land.ward, QStringLiteral("HONG-BANG"));
    QCOMPARE(land.enteredBy, QStringLiteral("resident"));
    QVERIFY(land.receiptCode.startsWith(QStringLiteral("HB2-")));
    QVERIFY(!land.createdAt.isEmpty());
    QVERIFY(land.payload.startsWith(u'{'));
    QVERIFY(land.personal.startsWith(u'{'));
    QVERIFY(land.photo.isEmpty());
}

void tst_Outbox::batchKeepsToItsLimits()
{
    submit(8);  // two waste reports, one of them with a 4 KiB photo
    Outbox outbox(*m_db);
    QCOMPARE(outbox.nextBatch(3, 8 * 1024 * 1024).value().size(), 3);
    // However small the budget, one record goes: a large one must not block the queue.
    QCOMPARE(outbox.nextBatch(10, 1).value().size(), 1);
    // The photo counts as base64: a budget below it stops the batch before that record.
    const QList<QueuedRecord> all = outbox.nextBatch(10, 8 * 1024 * 1024).value();
    qsizetype withPhoto = -1;
    for (qsizetype i = 0; i < all.size() && withPhoto < 0; ++i)
        if (!all.at(i).photo.isEmpty())
            withPhoto = i;
    QVERIFY(withPhoto > 0);
    qint64 before = 0;  // the records ahead of it: their JSON and about 400 bytes of envelope each
    for (qsizetype i = 0; i < withPhoto; ++i)
        before += all.at(i).payload.size() + all.at(i).personal.size() + 400;
    const QueuedRecord &photo = all.at(withPhoto);
    const qint64 itself = photo.payload.size() + photo.personal.size() + 400;
    QCOMPARE(outbox.nextBatch(10, before + itself + photo.photo.size()).value().size(), withPhoto);
    QCOMPARE(outbox.nextBatch(10, before + itself + photo.photo.size() * 4 / 3).value().size(), withPhoto + 1);
}

void tst_Outbox::deliveredLeavesTheQueue()
{
    const QStringList ids = submit(2);
    Outbox outbox(*m_db);
    QVERIFY(outbox.markDelivered(ids.at(0)).ok());
    QCOMPARE(outbox.counts().pending, 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sync_state || '/' || status FROM records WHERE id = '%1'").arg(ids.at(0))).toString(),
             QStringLiteral("confirmed/received"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sync_state || '/' || status FROM records WHERE id = '%1'").arg(ids.at(1))).toString(),
             QStringLiteral("pending/submitted"));
    const QList<QueuedRecord> next = outbox.nextBatch(10, 8 * 1024 * 1024).value();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.at(0).id, ids.at(1));
}

void tst_Outbox::deliveredKeepsAStatusTheCitySet()
{
    const QStringList ids = submit(1);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE records SET status = 'verified'")));
    QVERIFY(Outbox(*m_db).markDelivered(ids.at(0)).ok());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT status FROM records")).toString(), QStringLiteral("verified"));
}

void tst_Outbox::heldStaysWithItsReason()
{
    const QStringList ids = submit(3);
    Outbox outbox(*m_db);
    QVERIFY(outbox.markHeld(ids.at(1), QStringLiteral("rejected: ward unknown")).ok());
    const OutboxCounts c = outbox.counts();
    QCOMPARE(c.pending, 2);
    QCOMPARE(c.held, 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT last_error FROM outbox WHERE record_id = '%1'").arg(ids.at(1))).toString(),
             QStringLiteral("rejected: ward unknown"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT attempts FROM outbox WHERE record_id = '%1'").arg(ids.at(1))).toInt(), 1);
    // Held records are not sent again, and their record stays pending, never deleted.
    const QList<QueuedRecord> next = outbox.nextBatch(10, 8 * 1024 * 1024).value();
    QCOMPARE(next.size(), 2);
    QVERIFY(next.at(0).id != ids.at(1) && next.at(1).id != ids.at(1));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sync_state FROM records WHERE id = '%1'").arg(ids.at(1))).toString(),
             QStringLiteral("pending"));
}

void tst_Outbox::countsAreZeroWhenUnreadable()
{
    QCOMPARE(Outbox(*m_db).counts().pending, 0);
    QCOMPARE(Outbox(*m_db).counts().held, 0);
    QVERIFY(m_db->exec(QStringLiteral("DROP TABLE outbox")));
    QCOMPARE(Outbox(*m_db).counts().pending, 0);
    QVERIFY(!Outbox(*m_db).nextBatch(10, 1).ok());
}

void tst_Outbox::adoptionTakesQueuedRecordsOnly()
{
    const QStringList ids = submit(3);
    Outbox outbox(*m_db);
    QVERIFY(outbox.markDelivered(ids.at(0)).ok());
    QVERIFY(outbox.markHeld(ids.at(1), QStringLiteral("conflict: x")).ok());
    QVERIFY(outbox.adoptQueued(QStringLiteral("K0007"), QStringLiteral("LE-CHAN")).ok());
    auto owner = [&](const QString &id) {
        return scalar(*m_db, QStringLiteral("SELECT kiosk_id || '/' || ward FROM records WHERE id = '%1'").arg(id)).toString();
    };
    QCOMPARE(owner(ids.at(0)), QStringLiteral("KIOSK-T/HONG-BANG"));  // delivered: the city has it as it was
    QCOMPARE(owner(ids.at(1)), QStringLiteral("KIOSK-T/HONG-BANG"));  // held: staff decide
    QCOMPARE(owner(ids.at(2)), QStringLiteral("K0007/LE-CHAN"));
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
