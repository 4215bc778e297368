// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentstore.h"
#include "dbquery.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

/** Writes enough rows that the WAL holds several pages. */
bool fill(Database &db)
{
    for (int i = 0; i < 50; ++i)
        if (!db.setSetting(QStringLiteral("k%1").arg(i), QString(200, QChar(u'a' + i % 26))))
            return false;
    return true;
}

qint64 walSize(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

}

/** The SQLite file: pragmas, migrations, refusing a newer schema, settings, the WAL checkpoint. */
class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsMigrated();
    void reopenKeepsData();
    void newerSchemaIsRefused();
    void settingsRoundTrip();
    void schema3OutboxMigratesKeepingItsRows();
    void schema4ContentMigratesToFormat2();
    void truncateWalEmptiesTheWal();
    void truncateWalWaitsForAReader();
    void truncateWalGivesUpAfterItsBudget();
};

void tst_Database::freshDatabaseIsMigrated()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("k.sqlite"))));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::BusyTimeoutMs);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'projects'")).toInt(), 1);
}

void tst_Database::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
    }
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'a'")).toString(), QStringLiteral("b"));
}

void tst_Database::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 5)));
    }
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(db.lastError().contains(QStringLiteral("newer")));
}

void tst_Database::settingsRoundTrip()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("k.sqlite"))));
    ContentStore store(db, dir.filePath(QStringLiteral("images")));
    QCOMPARE(store.setting(QStringLiteral("wardCode"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    QVERIFY(store.setSetting(QStringLiteral("wardCode"), QStringLiteral("LE-CHAN")));
    QVERIFY(store.setSetting(QStringLiteral("wardCode"), QStringLiteral("HONG-BANG")));
    QCOMPARE(store.setting(QStringLiteral("wardCode")), QStringLiteral("HONG-BANG"));
}

void tst_Database::schema3OutboxMigratesKeepingItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    {
        // A schema 3 file: the outbox as releases up to schema 3 made it, with rows pending,
        // held and retried.
        Database db;
        QVERIFY(db.open(path, 3));
        QCOMPARE(db.schemaVersion(), 3);
        for (const char *id : {"r1", "r2", "r3"})
            QVERIFY(db.exec(QStringLiteral("INSERT INTO records (id, kind, schema, created_at, ward, kiosk_id, receipt_code,"
                                           " payload, entered_by) VALUES ('%1', 'pledge.land', 1, '2025-01-0%2', 'W', 'K',"
                                           " 'HP-%1', '{}', 'resident')").arg(QLatin1String(id)).arg(id[1])));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO outbox VALUES ('r1', 0, '2025-01-01', '', 0),"
                                       " ('r2', 3, '2025-01-02', 'rejected: test', 1), ('r3', 2, '2025-01-03', 'timeout', 0)")));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.lastError()));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('outbox') WHERE name = 'next_attempt_at'")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'outbox_next'")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(record_id || ':' || attempts || ':' || last_error || ':' || held, '|')"
                                       " FROM (SELECT * FROM outbox ORDER BY record_id)")).toString(),
             QStringLiteral("r1:0::0|r2:3:rejected: test:1|r3:2:timeout:0"));
    // The outbox still belongs to its records.
    QVERIFY(db.exec(QStringLiteral("DELETE FROM records WHERE id = 'r3'")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void tst_Database::schema4ContentMigratesToFormat2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    {
        // Content as format 1 left it: ward kinds "ward" and "commune", one budget, a ranking.
        Database db;
        QVERIFY(db.open(path, 4));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO wards VALUES ('HB', 'ward', 'Phường Hồng Bàng', 'Hong Bang', 0),"
                                       " ('AL', 'commune', 'Xã An Lão', 'An Lao', 1)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO projects VALUES ('HB-1', 'HB', 'road', 'in_progress', 'Đường', 'Road',"
                                       " '', '', '', '', '', '', '', '', 40, '2025-01-01', '2026-01-01', 900, 300, '', 0)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO ranking VALUES ('HB', 80.5, 1)")));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.lastError()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(code || ':' || kind || ':' || population, '|')"
                                       " FROM (SELECT * FROM wards ORDER BY ord)")).toString(),
             QStringLiteral("HB:phuong:0|AL:xa:0"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT budget_original || ':' || budget_total || ':' || actual_end FROM projects")).toString(),
             QStringLiteral("900:900:"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'ranking'")).toInt(), 0);
    ContentStore store(db, dir.filePath(QStringLiteral("images")));
    const Content c = store.load();
    QCOMPARE(c.projects.size(), 1);
    QCOMPARE(c.projects.first().budgetOriginal, 900);
    QCOMPARE(c.projects.first().overBudgetBy(), 0);
    QVERIFY(c.projects.first().history.isEmpty());
    QVERIFY(c.playlist.isEmpty());
}

void tst_Database::truncateWalEmptiesTheWal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(fill(db));
    QVERIFY(walSize(path) > 0);
    QCOMPARE(db.truncateWal(), Database::Checkpoint::Done);
    QCOMPARE(walSize(path), 0);
    // The connection's own busy timeout is back afterwards.
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::BusyTimeoutMs);
}

void tst_Database::truncateWalWaitsForAReader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(fill(db));
    // Another thread's connection holds a read transaction open (a cursor not yet at its end)
    // for 400 ms, the way a model with an unfinished query would.
    QSemaphore reading, done;
    bool readerOk = false;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        {
            Database other;
            QSqlQuery q;
            if (other.open(path)) {
                q = QSqlQuery(other.connection());
                q.setForwardOnly(true);
                readerOk = q.exec(QStringLiteral("SELECT key FROM settings")) && q.next();
            }
            reading.release();
            QThread::msleep(400);
            q.finish();
        }
        done.release();
    }));
    reader->start();
    QVERIFY(reading.tryAcquire(1, 10'000));
    QVERIFY(readerOk);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(db.truncateWal(3'000), Database::Checkpoint::Done);
    const qint64 waited = timer.elapsed();
    QVERIFY(done.tryAcquire(1, 10'000));
    reader->wait();
    QVERIFY2(waited >= 300, qPrintable(QStringLiteral("returned after %1 ms while the reader held it").arg(waited)));
    QCOMPARE(walSize(path), 0);
}

void tst_Database::truncateWalGivesUpAfterItsBudget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(fill(db));
    Database other;
    QVERIFY(other.open(path));
    {
        QSqlQuery q(other.connection());
        q.setForwardOnly(true);
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM settings")) && q.next());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(db.truncateWal(300), Database::Checkpoint::Busy);
        const qint64 waited = timer.elapsed();
        QVERIFY2(waited >= 300 && waited < 2'000, qPrintable(QStringLiteral("gave up after %1 ms").arg(waited)));
        QVERIFY(walSize(path) > 0);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::BusyTimeoutMs);
    }
    // Once the reader is done, the next try completes.
    QCOMPARE(db.truncateWal(300), Database::Checkpoint::Done);
    QCOMPARE(walSize(path), 0);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
