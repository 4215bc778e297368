// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbquery.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/** The write transaction guard: commit keeps, leaving scope or rollback() drops, a refused
    COMMIT is reported and leaves nothing behind, a BEGIN that cannot get the lock says so. */
class tst_Transaction : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void commitKeepsTheChanges();
    void leavingScopeRollsBack();
    void rollbackDropsTheChangesAtOnce();
    void failedCommitIsAnErrorAndRollsBack();
    void beginWithoutTheLockFails();
    void commitTwiceIsAnError();

private:
    QString setting(const QString &key) { return m_db->setting(key, QStringLiteral("-")); }
    /** True when the connection is outside any transaction (a new one can begin). */
    bool idle() { return QSqlQuery(m_db->connection()).exec(QStringLiteral("BEGIN")) && m_db->exec(QStringLiteral("ROLLBACK")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Transaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("k.sqlite"))));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE parent (id TEXT PRIMARY KEY)")));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE child (parent TEXT NOT NULL REFERENCES parent(id))")));
}

void tst_Transaction::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Transaction::commitKeepsTheChanges()
{
    {
        Transaction t(*m_db);
        QVERIFY(t.begun().ok());
        QVERIFY(t.isActive());
        QVERIFY(m_db->setSetting(QStringLiteral("a"), QStringLiteral("1")));
        const StoreResult<> committed = t.commit();
        QVERIFY(committed.ok());
        QVERIFY(!t.isActive());
    }
    QCOMPARE(setting(QStringLiteral("a")), QStringLiteral("1"));
    // Another connection sees it: it reached the file, not just this connection.
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("k.sqlite"))));
    QCOMPARE(other.setting(QStringLiteral("a")), QStringLiteral("1"));
    QVERIFY(idle());
}

void tst_Transaction::leavingScopeRollsBack()
{
    {
        Transaction t(*m_db);
        QVERIFY(t.begun().ok());
        QVERIFY(m_db->setSetting(QStringLiteral("a"), QStringLiteral("1")));
        QCOMPARE(setting(QStringLiteral("a")), QStringLiteral("1"));  // visible inside
    }
    QCOMPARE(setting(QStringLiteral("a")), QStringLiteral("-"));
    QVERIFY(idle());
}

void tst_Transaction::rollbackDropsTheChangesAtOnce()
{
    Transaction t(*m_db);
    QVERIFY(m_db->setSetting(QStringLiteral("a"), QStringLiteral("1")));
    t.rollback();
    QVERIFY(!t.isActive());
    QCOMPARE(setting(QStringLiteral("a")), QStringLiteral("-"));
    QVERIFY(idle());
}

void tst_Transaction::failedCommitIsAnErrorAndRollsBack()
{
    {
        Transaction t(*m_db);
        QVERIFY(t.begun().ok());
        QVERIFY(m_db->setSetting(QStringLiteral("a"), QStringLiteral("1")));
        // A foreign key checked only at COMMIT: a child whose parent does not exist.
        QVERIFY(m_db->exec(QStringLiteral("PRAGMA defer_foreign_keys=ON")));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO child (parent) VALUES ('none')")));
        const StoreResult<> committed = t.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().kind, StoreError::Kind::Constraint);
        QVERIFY2(committed.error().detail.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
                 qPrintable(committed.error().detail));
        QVERIFY(committed.error().message().vi.contains(committed.error().detail));
        QVERIFY(committed.error().message().en.startsWith(QStringLiteral("Kiosk storage error")));
        QVERIFY(!t.isActive());
    }
    // Nothing of it stays, and the connection is not left inside the failed transaction.
    QCOMPARE(setting(QStringLiteral("a")), QStringLiteral("-"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM child")).toInt(), 0);
    QVERIFY(idle());
    Transaction next(*m_db);
    QVERIFY(next.begun().ok());
    QVERIFY(m_db->setSetting(QStringLiteral("b"), QStringLiteral("2")));
    QVERIFY(next.commit().ok());
    QCOMPARE(setting(QStringLiteral("b")), QStringLiteral("2"));
}

void tst_Transaction::beginWithoutTheLockFails()
{
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("k.sqlite"))));
    Transaction holder(other);
    QVERIFY(holder.begun().ok());
    // Not the usual 5 s wait: fail at once.
    QVERIFY(m_db->exec(QStringLiteral("PRAGMA busy_timeout=0")));
    Transaction t(*m_db);
    QVERIFY(!t.begun().ok());
    QCOMPARE(t.begun().error().kind, StoreError::Kind::Busy);
    QVERIFY(!t.isActive());
    const StoreResult<> committed = t.commit();
    QVERIFY(!committed.ok());
    QCOMPARE(committed.error().kind, StoreError::Kind::Busy);
    holder.rollback();
    Transaction again(*m_db);
    QVERIFY(again.begun().ok());
}

void tst_Transaction::commitTwiceIsAnError()
{
    Transaction t(*m_db);
    QVERIFY(t.commit().ok());
    const StoreResult<> second = t.commit();
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, StoreError::Kind::Failed);
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
