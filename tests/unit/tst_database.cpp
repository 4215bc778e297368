// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentstore.h"
#include "dbquery.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** The SQLite file: pragmas, migrations, refusing a newer schema, settings. */
class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsMigrated();
    void reopenKeepsData();
    void newerSchemaIsRefused();
    void settingsRoundTrip();
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

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
