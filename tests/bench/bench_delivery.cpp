// SPDX-License-Identifier: GPL-3.0-or-later
// bench_delivery: 10,000 queued records (RecordFixture::mixedDrafts: land, labour, materials,
// waste with and without a photo) delivered from a kiosk data dir to the real city-hub on
// 127.0.0.1 by SyncClient::pushOnce, in batches of 500 as the kiosk sends them. Three runs,
// each with a fresh kiosk and a fresh hub database; prints wall time and records/s per run and
// the median. Runs on SQLite, and on PostgreSQL (a schema of its own, dropped afterwards) when
// a server is configured (CIVIC_TEST_PG_URL or the postgres ctest fixture). Budget (DESIGN.md):
// ≤ 10 s. Fails only when delivery does not work: a record not accepted, an outbox not empty,
// a hub that does not hold exactly 10,000 records.
#include "benchstats.h"
#include "datapaths.h"
#include "hubprocess.h"
#include "hubtestsupport.h"
#include "pgurl.h"
#include "recordfixture.h"
#include "records/recordstore.h"
#include "store/database.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

namespace {

constexpr int Records = 10'000;
constexpr int Runs = 3;
constexpr double BudgetSeconds = 10;

/** Records the hub holds, read on a connection of our own; -1 when it cannot be read. */
qint64 hubRecords(const QString &location)
{
    const QString name = QStringLiteral("bench-delivery-view");
    qint64 count = -1;
    {
        QSqlDatabase db;
        QString table = QStringLiteral("records");
        if (location.startsWith(QStringLiteral("sqlite:"))) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location.mid(7));
        } else {
            const QUrl u(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setDatabaseName(u.path().mid(1));
            db.setUserName(u.userName());
            db.setPassword(u.password());
            // The schema the hub was told to use: the records must be there, not in public.
            table = QUrlQuery(u).queryItemValue(QStringLiteral("schema")) + QStringLiteral(".records");
        }
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                count = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

/** One run: a fresh hub and kiosk, 10,000 records queued, then timed delivery. Returns the
    seconds, or a negative number when something did not work (said on stderr). */
double deliverOnce(const QString &dialect, const QList<RecordDraft> &drafts)
{
    HubTestLocation location(dialect);
    QTemporaryDir dir;
    const QString kioskDir = dir.filePath(QStringLiteral("kiosk"));
    HubProcess hub(location.location());
    if (!hub.start()) {
        std::fprintf(stderr, "bench_delivery: city-hub did not start on %s\n", qPrintable(dialect));
        return -1;
    }
    int exit = -1;
    QString error;
    const QString code = hub.admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")}, &exit, &error);
    if (exit != 0) {
        std::fprintf(stderr, "bench_delivery: enrol-code failed: %s\n", qPrintable(error));
        return -1;
    }
    SyncClient client(kioskDir);
    {
        QSignalSpy enrolled(&client, &SyncClient::enrolFinished);
        client.enrol(QUrl(hub.url()), code, QStringLiteral("bench_delivery"));
        if ((enrolled.isEmpty() && !enrolled.wait(60'000)) || !enrolled.at(0).at(0).toBool()) {
            std::fprintf(stderr, "bench_delivery: the kiosk could not enrol\n");
            return -1;
        }
        // The hub's content names the works the pledges are for.
        QSignalSpy synced(&client, &SyncClient::syncFinished);
        client.syncOnce();
        if ((synced.isEmpty() && !synced.wait(60'000)) || !synced.at(0).at(0).value<SyncReport>().contentOk) {
            std::fprintf(stderr, "bench_delivery: the kiosk could not pull the hub's content\n");
            return -1;
        }
    }
    {
        Database db;
        if (!db.open(DataPaths::databaseFile(kioskDir))) {
            std::fprintf(stderr, "bench_delivery: cannot open the kiosk database\n");
            return -1;
        }
        RecordStore store(db);
        const SubmitContext context = KioskIdentity::load(db).submitContext(db, QStringLiteral("resident"));
        // Filling the outbox is set-up, not what is measured: no fsync per record here.
        db.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        for (const RecordDraft &draft : drafts) {
            const SubmitResult r = store.submit(draft, context);
            if (!r.ok) {
                std::fprintf(stderr, "bench_delivery: a record was refused at submit: %s%s\n", qPrintable(r.error.en),
                             r.problems.isEmpty() ? "" : qPrintable(r.problems.first().field + u' ' + r.problems.first().message.en));
                return -1;
            }
        }
    }

    QSignalSpy done(&client, &SyncClient::syncFinished);
    QElapsedTimer timer;
    timer.start();
    client.pushOnce();
    if (done.isEmpty() && !done.wait(600'000)) {
        std::fprintf(stderr, "bench_delivery: delivery did not finish within 10 minutes\n");
        return -1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const SyncReport report = done.at(0).at(0).value<SyncReport>();
    const qint64 stored = hubRecords(location.location());
    if (!report.pushOk || report.accepted != Records || report.outbox.pending != 0 || report.outbox.held != 0
        || stored != Records) {
        std::fprintf(stderr, "bench_delivery: delivery incomplete on %s: pushOk %d, accepted %d, pending %lld, held %lld, "
                             "hub holds %lld; %s\n",
                     qPrintable(dialect), int(report.pushOk), report.accepted, qlonglong(report.outbox.pending),
                     qlonglong(report.outbox.held), qlonglong(stored), qPrintable(report.error.en));
        return -1;
    }
    return seconds;
}

/** 1 when the dialect could not be measured because delivery failed, 0 otherwise (also skipped). */
int measure(const QString &dialect, const QList<RecordDraft> &drafts)
{
    if (dialect == u"postgresql" && civicTestPgUrl().isEmpty()) {
        std::printf("  %-10s skipped: no PostgreSQL server (set CIVIC_TEST_PG_URL, or run through ctest's postgres fixture)\n",
                    qPrintable(dialect));
        return 0;
    }
    QList<double> seconds;
    for (int run = 1; run <= Runs; ++run) {
        const double s = deliverOnce(dialect, drafts);
        if (s < 0)
            return 1;
        seconds.append(s);
        std::printf("  %-10s run %d: %6d records in %6.2f s = %7.0f records/s\n", qPrintable(dialect), run, Records, s,
                    Records / s);
        std::fflush(stdout);
    }
    const BenchStats stats(seconds);
    std::printf("  %-10s median %6.2f s = %7.0f records/s (min %.2f s, max %.2f s); budget <= %.0f s: %s\n",
                qPrintable(dialect), stats.median(), Records / stats.median(), stats.min(), stats.max(), BudgetSeconds,
                stats.median() <= BudgetSeconds ? "within" : "OVER BUDGET");
    return 0;
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("hub.*.info=false\nkiosk.*.info=false"));
    std::printf("bench_delivery: %d queued records -> city-hub on 127.0.0.1 by SyncClient::pushOnce (batches of %d), %d runs\n",
                Records, SyncClient::MaxBatchRecords, Runs);
    const QList<RecordDraft> drafts = RecordFixture::mixedDrafts(Records / 4);
    int failures = 0;
    for (const QString &dialect : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
        failures += measure(dialect, drafts);
    return failures == 0 ? 0 : 1;
}
