// SPDX-License-Identifier: GPL-3.0-or-later
// bench_hubingest: records/s through RecordIngest::ingest in batches of 500 (one transaction each,
// as POST /api/v1/records stores them), mixed kinds with personal data and photos, on SQLite
// and, when a server is configured (CIVIC_TEST_PG_URL or the postgres ctest fixture), on
// PostgreSQL. Budget (DESIGN.md): ≥ 2,000 records/s each. Prints figures; fails only when
// ingest does not work (a record not accepted).
#include "benchstats.h"
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "recordfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>

#include <cstdio>

namespace {
constexpr int Batches = 20;
constexpr int BatchSize = RecordIngest::MaxBatchRecords;
constexpr double BudgetPerSecond = 2000;

/** 1 when the dialect cannot be measured because ingest failed, 0 otherwise (also skipped). */
int measure(const QString &dialect)
{
    HubTestLocation location(dialect);
    if (!location.isAvailable()) {
        std::printf("  %-10s skipped: no PostgreSQL server (set CIVIC_TEST_PG_URL)\n", qPrintable(dialect));
        return 0;
    }
    HubDatabase db;
    if (!db.open(location.location())) {
        std::fprintf(stderr, "bench_hubingest: cannot open %s: %s\n", qPrintable(dialect), qPrintable(db.lastError()));
        return 1;
    }
    HubStore store(db);
    QString error;
    const std::optional<QString> code = store.content().ensureContent(&error) ? store.kiosks().createEnrolCode(QStringLiteral("HONG-BANG"), &error)
                                                                    : std::nullopt;
    HubEnrolment e;
    if (!code || store.kiosks().enrol(*code, QStringLiteral("bench"), &e) != KioskRegistry::EnrolOutcome::Enrolled) {
        std::fprintf(stderr, "bench_hubingest: cannot enrol a kiosk on %s: %s\n", qPrintable(dialect), qPrintable(error));
        return 1;
    }
    const HubKiosk kiosk{e.kioskId, e.ward, e.receiptPrefix};

    // Batches are built before the clock starts: the kiosk's work, not the hub's.
    QList<QJsonArray> batches;
    const QStringList kinds = RecordFixture::kinds();
    quint32 sequence = 0;
    for (int b = 0; b < Batches; ++b) {
        QJsonArray batch;
        for (int i = 0; i < BatchSize; ++i) {
            ++sequence;
            batch.append(HubTestRecords::record(kiosk, kinds.at(int(sequence % kinds.size())), int(sequence), sequence));
        }
        batches.append(batch);
    }

    QList<double> batchMs;
    QElapsedTimer total;
    total.start();
    for (const QJsonArray &batch : std::as_const(batches)) {
        QElapsedTimer t;
        t.start();
        const HubIngestBatch result = store.ingest().ingest(kiosk, batch);
        batchMs.append(double(t.nsecsElapsed()) / 1e6);
        if (result.status != HubIngestBatch::Status::Ok || result.results.size() != batch.size()) {
            std::fprintf(stderr, "bench_hubingest: a batch failed on %s\n", qPrintable(dialect));
            return 1;
        }
        for (const HubIngestResult &r : result.results)
            if (r.result != u"accepted") {
                std::fprintf(stderr, "bench_hubingest: a record was %s on %s: %s\n", qPrintable(r.result),
                             qPrintable(dialect), qPrintable(r.reason));
                return 1;
            }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const double perSecond = Batches * BatchSize / seconds;
    const BenchStats stats(batchMs);
    std::printf("  %-10s %6d records in %6.2f s = %8.0f records/s (budget >= %.0f: %s); batch of %d p50 %.1f ms, max %.1f ms\n",
                qPrintable(dialect), Batches * BatchSize, seconds, perSecond, BudgetPerSecond,
                perSecond >= BudgetPerSecond ? "within" : "OVER BUDGET", BatchSize, stats.median(), stats.max());
    return 0;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("hub.*.info=false\nkiosk.*.info=false"));
    std::printf("bench_hubingest: %d batches of %d mixed records through RecordIngest::ingest\n", Batches, BatchSize);
    int failures = 0;
    for (const QString &dialect : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
        failures += measure(dialect);
    return failures == 0 ? 0 : 1;
}
