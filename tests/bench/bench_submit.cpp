// SPDX-License-Identifier: GPL-3.0-or-later
// bench_submit: pledge submit → receipt, the durable commit included (WAL, synchronous=FULL),
// over 1,000 submissions of mixed kinds on a fresh database. Prints figures; fails only when
// a submission does not work.
#include "benchstats.h"
#include "datapaths.h"
#include "recordfixture.h"
#include "records/recordstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

namespace {
constexpr int Submissions = 1000;
constexpr int WarmUp = 20;

void printStats(const char *label, const BenchStats &s)
{
    std::printf("  %-22s n=%5lld  p50 %7.3f  p90 %7.3f  p99 %7.3f  max %7.3f ms\n", label,
                static_cast<long long>(s.count()), s.median(), s.percentile(90), s.percentile(99), s.max());
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.info=false"));
    // BENCH_DIR puts the database on another disk; the default is the temporary folder.
    const QString base = qEnvironmentVariable("BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_submit-XXXXXX")
                                     : base + QStringLiteral("/bench_submit-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_submit: cannot create a temporary folder\n");
        return 1;
    }
    const QStorageInfo volume(dir.path());
    std::printf("bench_submit: %d submissions of mixed kinds (land, labour, materials, waste with and without photo)\n"
                "database in %s (%s, %s)\n",
                Submissions, qPrintable(dir.path()), volume.fileSystemType().constData(), volume.device().constData());

    Database db;
    if (!db.open(DataPaths::databaseFile(dir.path()))) {
        std::fprintf(stderr, "bench_submit: cannot open the database: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    RecordStore store(db);
    const SubmitContext context = RecordFixture::context(QStringLiteral("KIOSK-BENCH"), QStringLiteral("HB2"));
    const QList<RecordDraft> drafts = RecordFixture::mixedDrafts(16);

    QList<double> all;
    QHash<QString, QList<double>> byKind;
    for (int i = 0; i < WarmUp + Submissions; ++i) {
        const RecordDraft &draft = drafts.at(i % drafts.size());
        const auto t0 = std::chrono::steady_clock::now();
        const SubmitResult r = store.submit(draft, context);
        const auto t1 = std::chrono::steady_clock::now();
        if (!r.ok) {
            std::fprintf(stderr, "bench_submit: submission %d failed: %s %s\n", i, qPrintable(r.error.en),
                         r.problems.isEmpty() ? "" : qPrintable(r.problems.constFirst().field + u' ' + r.problems.constFirst().message.en));
            return 1;
        }
        if (i < WarmUp)
            continue;
        const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
        all.append(ms);
        QString label = RecordKinds::key(draft.kind);
        if (!draft.photoJpeg.isEmpty())
            label += QStringLiteral(" + photo");
        byKind[label].append(ms);
    }
    if (store.outboxCount() != WarmUp + Submissions || store.list().size() != WarmUp + Submissions) {
        std::fprintf(stderr, "bench_submit: the outbox or the records table lost entries\n");
        return 1;
    }

    std::printf("\nsubmit → receipt (validation, one transaction, durable commit):\n");
    QStringList labels = byKind.keys();
    labels.sort();
    for (const QString &label : labels)
        printStats(qPrintable(label), BenchStats(byKind.value(label)));
    const BenchStats s(all);
    printStats("all", s);
    std::printf("\nsubmit → receipt: p50 %.3f ms  p99 %.3f ms  max %.3f ms  (n=%lld)\n", s.median(), s.percentile(99), s.max(),
                static_cast<long long>(s.count()));
    std::printf("budget: <= 20 ms p99\n");
    return 0;
}
