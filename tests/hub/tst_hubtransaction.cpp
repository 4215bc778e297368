// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdatabase.h"
#include "hubtestsupport.h"
#include "hubtransaction.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

/** HubTransaction on SQLite and PostgreSQL: commit keeps, leaving scope drops, a COMMIT the
    database refuses is an error with nothing kept, and on PostgreSQL a transaction a failed
    statement aborted is not reported as committed. */
class tst_HubTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void commitKeepsTheChanges();
    void leavingScopeRollsBack();
    void refusedCommitIsAnErrorAndKeepsNothing();
    void abortedTransactionIsNotCommitted();

private:
    qint64 count(const QString &table);

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<HubDatabase> m_db;
};

void tst_HubTransaction::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_HubTransaction::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
    // A foreign key checked only at COMMIT, so a test can make the COMMIT itself fail.
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE parent (id TEXT PRIMARY KEY)")));
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE child (parent TEXT NOT NULL REFERENCES parent (id)"
                                      " DEFERRABLE INITIALLY DEFERRED)")));
}

void tst_HubTransaction::cleanup()
{
    m_db.reset();
    m_location.reset();
}

qint64 tst_HubTransaction::count(const QString &table)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void tst_HubTransaction::commitKeepsTheChanges()
{
    {
        HubTransaction t(*m_db);
        QVERIFY(t.begun().ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO parent (id) VALUES ('a')")));
        QVERIFY(t.commit().ok());
        QVERIFY(!t.isActive());
    }
    QCOMPARE(count(QStringLiteral("parent")), 1);
}

void tst_HubTransaction::leavingScopeRollsBack()
{
    {
        HubTransaction t(*m_db);
        QVERIFY(t.begun().ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO parent (id) VALUES ('a')")));
    }
    QCOMPARE(count(QStringLiteral("parent")), 0);
    // The connection is free again: a new transaction begins.
    HubTransaction next(*m_db);
    QVERIFY(next.begun().ok());
}

void tst_HubTransaction::refusedCommitIsAnErrorAndKeepsNothing()
{
    {
        HubTransaction t(*m_db);
        QVERIFY(t.begun().ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO parent (id) VALUES ('a')")));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO child (parent) VALUES ('missing')")));
        const StoreResult<> committed = t.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().kind, StoreError::Kind::Constraint);
        QVERIFY(!t.isActive());
    }
    QCOMPARE(count(QStringLiteral("parent")), 0);
    QCOMPARE(count(QStringLiteral("child")), 0);
    HubTransaction next(*m_db);
    QVERIFY(next.begun().ok());
}

void tst_HubTransaction::abortedTransactionIsNotCommitted()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect != u"postgresql")
        QSKIP("SQLite keeps a transaction going after a failed statement");
    {
        HubTransaction t(*m_db);
        QVERIFY(t.begun().ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO parent (id) VALUES ('a')")));
        QVERIFY(!m_db->exec(QStringLiteral("INSERT INTO parent (id) VALUES ('a')")));  // aborts it
        // PostgreSQL would answer this COMMIT with a silent ROLLBACK.
        QVERIFY(!t.commit().ok());
    }
    QCOMPARE(count(QStringLiteral("parent")), 0);
}

QTEST_GUILESS_MAIN(tst_HubTransaction)
#include "tst_hubtransaction.moc"
