// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/receiptcode.h"
#include "records/receiptsequence.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

/** ReceiptSequence on the tables the kiosk and city-hub both have: codes in order per prefix
    (pinned, so a change to the codes shows here), codes a record already holds skipped, the
    counter row, and the end of a prefix's sequence. */
class tst_ReceiptSequence : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void codesInOrderPerPrefix();
    void skipsCodesAlreadyStored();
    void counterRowHoldsTheLastValue();
    void exhaustedAfterTheLastSequence();
    void storageErrorWithoutTables();

private:
    bool exec(const QString &sql) { return QSqlQuery(m_db).exec(sql); }
    QString next(const QString &prefix)
    {
        const StoreResult<QString> code = ReceiptSequence::nextCode(m_db, prefix);
        return code ? code.value() : QStringLiteral("error: ") + code.error().detail;
    }

    QSqlDatabase m_db;
};

void tst_ReceiptSequence::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sequence"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    // The columns both schemas share.
    QVERIFY(exec(QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE records (id TEXT PRIMARY KEY, receipt_code TEXT NOT NULL UNIQUE)")));
}

void tst_ReceiptSequence::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("sequence"));
}

void tst_ReceiptSequence::codesInOrderPerPrefix()
{
    QCOMPARE(next(QStringLiteral("HP")), QStringLiteral("HP-22223-2"));
    QCOMPARE(next(QStringLiteral("HP")), QStringLiteral("HP-22224-T"));
    QCOMPARE(next(QStringLiteral("TP")), QStringLiteral("TP-22223-R"));
    QCOMPARE(next(QStringLiteral("HP")), QStringLiteral("HP-22225-K"));
}

void tst_ReceiptSequence::skipsCodesAlreadyStored()
{
    // A restored backup: records hold codes 2 and 3 while the counter is still at 0.
    QVERIFY(exec(QStringLiteral("INSERT INTO records VALUES ('a', 'HP-22224-T'), ('b', 'HP-22225-K')")));
    QCOMPARE(next(QStringLiteral("HP")), QStringLiteral("HP-22223-2"));
    QCOMPARE(next(QStringLiteral("HP")), QStringLiteral("HP-22226-C"));
}

void tst_ReceiptSequence::counterRowHoldsTheLastValue()
{
    const StoreResult<qint64> first = ReceiptSequence::advance(m_db, QStringLiteral("kiosk"));
    QVERIFY(first.ok());
    QCOMPARE(first.value(), 1);
    QCOMPARE(ReceiptSequence::advance(m_db, QStringLiteral("kiosk")).value(), 2);
    QCOMPARE(next(QStringLiteral("HP")), QStringLiteral("HP-22223-2"));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT name, value FROM counters ORDER BY name")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kiosk"));
    QCOMPARE(q.value(1).toLongLong(), 2);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), ReceiptSequence::counterName(QStringLiteral("HP")));
    QCOMPARE(q.value(0).toString(), QStringLiteral("receipt:HP"));
    QCOMPARE(q.value(1).toLongLong(), 1);
    QVERIFY(!q.next());
}

void tst_ReceiptSequence::exhaustedAfterTheLastSequence()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO counters VALUES ('receipt:HB2', %1)").arg(ReceiptCode::MaxSequence - 1)));
    QCOMPARE(next(QStringLiteral("HB2")), QStringLiteral("HB2-ZZZZZ-X"));
    const StoreResult<QString> after = ReceiptSequence::nextCode(m_db, QStringLiteral("HB2"));
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind, StoreError::Kind::Exhausted);
}

void tst_ReceiptSequence::storageErrorWithoutTables()
{
    QVERIFY(exec(QStringLiteral("DROP TABLE counters")));
    const StoreResult<QString> code = ReceiptSequence::nextCode(m_db, QStringLiteral("HP"));
    QVERIFY(!code.ok());
    QCOMPARE(code.error().kind, StoreError::Kind::Failed);
}

QTEST_GUILESS_MAIN(tst_ReceiptSequence)
#include "tst_receiptsequence.moc"
