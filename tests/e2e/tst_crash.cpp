// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapaths.h"
#include "records/receiptcode.h"
#include "dbquery.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

/** A record whose receipt was shown is never lost: crashchild submits records in a loop and is
    killed with SIGKILL at random moments, ≥ 200 times; after each kill every code it printed is
    in the database, the database is intact, and the outbox holds each record exactly once. */
class tst_Crash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringSubmits();
};

void tst_Crash::killDuringSubmits()
{
    const int kills = qEnvironmentVariableIntValue("CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("CRASH_KILLS") : 220;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbFile = DataPaths::databaseFile(dir.path());
    QRandomGenerator rng(QRandomGenerator::global()->generate());

    QSet<QString> printed;
    int killedMidRun = 0;    // kills that came after at least one code in that run
    int killedBeforeAny = 0; // kills while the child was still starting
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(CRASHCHILD), {dir.path()});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        if (round % 2 == 0) {
            // Blind: 5–80 ms after the start, which lands anywhere from opening the database
            // (and migrating it) to writing records, at the machine's pace.
            QThread::msleep(ulong(5 + rng.bounded(76)));
        } else {
            // Once the child is writing (its first code is out), 0–30 ms later: a kill in the
            // middle of a transaction however loaded the machine is.
            child.waitForReadyRead(10000);
            QThread::msleep(ulong(rng.bounded(31)));
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit, err.constData()); // it must not have stopped by itself

        // Only whole lines count: a code is "shown" once its newline is out.
        const QByteArray output = child.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        int inRound = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QString code = QString::fromLatin1(lines.at(i));
            QVERIFY2(ReceiptCode::isValid(code), lines.at(i).constData());
            QVERIFY2(!printed.contains(code), qPrintable(QStringLiteral("code %1 handed out twice").arg(code)));
            printed.insert(code);
            ++inRound;
        }
        (inRound > 0 ? killedMidRun : killedBeforeAny)++;

        Database db;
        QVERIFY2(db.open(dbFile), qPrintable(db.lastError()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
        QSet<QString> stored;
        {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            QVERIFY(q.exec(QStringLiteral("SELECT receipt_code FROM records")));
            while (q.next())
                stored.insert(q.value(0).toString());
        }
        for (const QString &code : std::as_const(printed))
            QVERIFY2(stored.contains(code), qPrintable(QStringLiteral("round %1: printed code %2 is not stored").arg(round).arg(code)));
        // Exactly one outbox row per record, none without its record.
        const qint64 records = scalar(db, QStringLiteral("SELECT count(*) FROM records")).toLongLong();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), records);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM records r LEFT JOIN outbox o ON o.record_id = r.id"
                                           " WHERE o.record_id IS NULL")).toLongLong(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox o LEFT JOIN records r ON r.id = o.record_id"
                                           " WHERE r.id IS NULL")).toLongLong(), 0);
        // The counter never falls behind what was handed out.
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM counters WHERE name = 'receipt:KX'")).toLongLong(), records);
    }
    qInfo("%d kills in %.1f s: %d after codes were printed, %d while starting; %lld codes printed, all stored",
          kills, double(total.elapsed()) / 1000.0, killedMidRun, killedBeforeAny, static_cast<long long>(printed.size()));
    QVERIFY2(killedMidRun >= kills / 2, "most kills should land while records are being written");
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
