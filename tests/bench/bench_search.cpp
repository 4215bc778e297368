// SPDX-License-Identifier: GPL-3.0-or-later
// bench_search: diacritic-insensitive search over 10,000 works, as a resident types.
// Prints figures; fails only when importing or searching does not work at all.
#include "benchstats.h"
#include "bundlefixture.h"
#include "content/contentbundle.h"
#include "content/contentstore.h"
#include "content/projectcatalog.h"
#include "datapaths.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

namespace {

constexpr int Works = 10'000;
constexpr int MinPasses = 10;
constexpr qsizetype MinSamplesPerFilter = 3'000;
constexpr qint64 MaxMsPerFilter = 12'000;

double msSince(QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** One search() call per keystroke: every prefix of every query, in typing order. */
struct Keystroke
{
    qsizetype query;  // index into the query list
    QString text;     // what the search field holds after this keystroke
};

QList<Keystroke> keystrokes(const QStringList &queries)
{
    QList<Keystroke> out;
    for (qsizetype q = 0; q < queries.size(); ++q)
        for (qsizetype n = 1; n <= queries.at(q).size(); ++n)
            out.append({q, queries.at(q).left(n)});
    return out;
}

/** The query in quotes, padded to width characters (printf pads bytes, not characters). */
QByteArray padded(const QString &query, int width)
{
    return (u'"' + query + u'"').leftJustified(width).toUtf8();
}

void printStats(const char *label, const BenchStats &s)
{
    std::printf("  %-28s n=%6lld  p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.3f ms\n", label,
                static_cast<long long>(s.count()), s.median(), s.percentile(95), s.percentile(99), s.max());
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("bench_search: %d synthetic works over 30 wards\n", Works);

    QTemporaryDir bundleDir, dataDir;
    if (!bundleDir.isValid() || !dataDir.isValid()) {
        std::fprintf(stderr, "bench_search: cannot create temporary folders\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const QJsonObject root = BundleFixture::synthetic(Works);
    if (!BundleFixture::write(bundleDir.path(), root)) {
        std::fprintf(stderr, "bench_search: cannot write the bundle\n");
        return 1;
    }
    std::printf("bundle generated and written     %9.1f ms\n", msSince(timer));

    Database db;
    if (!db.open(DataPaths::databaseFile(dataDir.path()))) {
        std::fprintf(stderr, "bench_search: cannot open the database: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    ContentStore store(db, DataPaths::imagesDir(dataDir.path()));

    timer.restart();
    ContentBundle bundle;
    if (!bundle.read(bundleDir.path())) {
        std::fprintf(stderr, "bench_search: the bundle was refused: %s\n", qPrintable(bundle.error().en));
        return 1;
    }
    const double readMs = msSince(timer);
    timer.restart();
    if (!store.importBundle(bundle)) {
        std::fprintf(stderr, "bench_search: import failed: %s\n", qPrintable(store.error().en));
        return 1;
    }
    const double storeMs = msSince(timer);
    std::printf("import: read + check bundle      %9.1f ms\n", readMs);
    std::printf("import: store in SQLite (1 txn)  %9.1f ms\n", storeMs);
    std::printf("import: total                    %9.1f ms\n", readMs + storeMs);

    timer.restart();
    const Content content = store.load();
    std::printf("load content from SQLite         %9.1f ms\n", msSince(timer));
    if (content.projects.size() != Works) {
        std::fprintf(stderr, "bench_search: loaded %lld works, expected %d\n",
                     static_cast<long long>(content.projects.size()), Works);
        return 1;
    }

    // Index build: what the kiosk pays at start and after every import.
    QList<double> buildMs;
    ProjectCatalog catalog;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        catalog.setProjects(content.projects);
        buildMs.append(msSince(timer));
    }
    const BenchStats build(buildMs);
    std::printf("catalog build (fold + index)     %9.1f ms median of %lld (min %.1f, max %.1f)\n",
                build.median(), static_cast<long long>(build.count()), build.min(), build.max());

    const QStringList queries{
        QStringLiteral("duong to hieu"), QStringLiteral("cầu rào"),    QStringLiteral("truong tieu hoc"),
        QStringLiteral("nha van hoa"),   QStringLiteral("chieu sang"), QStringLiteral("Đường Lạch Tray"),
        QStringLiteral("S-04711"),       QStringLiteral("zzz"),
    };
    const QList<Keystroke> typed = keystrokes(queries);

    // The thing measured must work: full queries find what the fixture holds, a miss finds nothing.
    {
        ProjectFilter f;
        for (const QString &q : queries) {
            f.query = q;
            const qsizetype hits = catalog.search(f).size();
            std::printf("  query %s -> %5lld works\n", padded(q, 20).constData(), static_cast<long long>(hits));
            const bool expectNone = q == u"zzz";
            if (expectNone != (hits == 0)) {
                std::fprintf(stderr, "bench_search: search for \"%s\" is broken\n", qPrintable(q));
                return 1;
            }
        }
        f.query = QStringLiteral("S-04711");
        const QList<qsizetype> byCode = catalog.search(f);
        if (byCode.isEmpty() || catalog.projects().at(byCode.constFirst()).code != u"S-04711") {
            std::fprintf(stderr, "bench_search: a work's code does not put that work first\n");
            return 1;
        }
        f.query = QStringLiteral("duong");
        f.wardCode = QStringLiteral("W07");
        for (const qsizetype i : catalog.search(f)) {
            if (catalog.projects().at(i).wardCode != u"W07") {
                std::fprintf(stderr, "bench_search: the ward filter lets other wards through\n");
                return 1;
            }
        }
    }

    struct Scenario
    {
        const char *label;
        QString ward;
    };
    const QList<Scenario> scenarios{{"all wards", QString()}, {"ward W07", QStringLiteral("W07")}};
    std::printf("\nper keystroke (%lld keystrokes per pass, one search() each):\n",
                static_cast<long long>(typed.size()));
    QList<double> everything;
    volatile qsizetype sink = 0; // keeps the results alive so nothing is optimised away
    for (const Scenario &scenario : scenarios) {
        ProjectFilter filter;
        filter.wardCode = scenario.ward;
        // Warm-up pass: caches, allocator, lazy Unicode tables.
        for (const Keystroke &k : typed) {
            filter.query = k.text;
            sink = sink + catalog.search(filter).size();
        }
        QList<double> samples;
        QList<QList<double>> perQuery(queries.size());
        QElapsedTimer budget;
        budget.start();
        int passes = 0;
        while (passes < MinPasses || (samples.size() < MinSamplesPerFilter && budget.elapsed() < MaxMsPerFilter)) {
            for (const Keystroke &k : typed) {
                filter.query = k.text;
                const auto t0 = std::chrono::steady_clock::now();
                const QList<qsizetype> hits = catalog.search(filter);
                const auto t1 = std::chrono::steady_clock::now();
                sink = sink + hits.size();
                const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
                samples.append(ms);
                perQuery[k.query].append(ms);
            }
            ++passes;
            if (budget.elapsed() > 2 * MaxMsPerFilter)
                break;
        }
        everything.append(samples);
        std::printf("%s (%d passes):\n", scenario.label, passes);
        for (qsizetype q = 0; q < queries.size(); ++q) {
            printStats(padded(queries.at(q), 28).constData(), BenchStats(perQuery.at(q)));
        }
        printStats("every keystroke", BenchStats(samples));
    }
    const BenchStats all(everything);
    std::printf("\nsearch per keystroke, all scenarios: p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms  (n=%lld)\n",
                all.median(), all.percentile(95), all.percentile(99), all.max(), static_cast<long long>(all.count()));
    std::printf("budget: <= 5 ms per keystroke\n");
    return 0;
}
