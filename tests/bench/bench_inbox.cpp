// SPDX-License-Identifier: GPL-3.0-or-later
// bench_inbox: the back-office inbox (/staff/inbox) with 100,000 records in the database, on
// SQLite and, when a server is configured (CIVIC_TEST_PG_URL or the postgres ctest fixture), on
// PostgreSQL. For each filter it times what a request does after the session check: the
// count and the page's rows (InboxQueries over RecordFilter), the view and the Mustache
// rendering, and prints p50/p95. Budget (DESIGN.md): ≤ 150 ms p95 for any filter. Fails only
// when the inbox does not work (no rows where there must be some).
// The two databases are filled at the same time, each in a thread of its own (filling is
// set-up, not measured); the timings are taken one dialect after the other, once every fill
// has ended, so nothing else runs in the process while a figure is measured.
#include "benchstats.h"
#include "htmltemplates.h"
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "recordfixture.h"
#include "staff/inboxview.h"
#include "staff/staffpages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {
constexpr int Records = 100000;
constexpr int BatchSize = RecordIngest::MaxBatchRecords;
constexpr int Rounds = 25;
constexpr double BudgetMs = 150;

struct Case
{
    const char *name;
    bool wardOfficer;
    QString query;
    QString search;
};

bool fill(HubStore &store, HubDatabase &db, const QString &dialect)
{
    QString error;
    if (!store.content().ensureContent(&error))
        return false;
    QList<HubKiosk> kiosks;
    for (const QString &ward : {QStringLiteral("HONG-BANG"), QStringLiteral("LE-CHAN")}) {
        const std::optional<QString> code = store.kiosks().createEnrolCode(ward, &error);
        HubEnrolment e;
        if (!code || store.kiosks().enrol(*code, QStringLiteral("bench"), &e) != KioskRegistry::EnrolOutcome::Enrolled)
            return false;
        kiosks.append({e.kioskId, e.ward, e.receiptPrefix});
    }
    const QStringList kinds = RecordFixture::kinds();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    QElapsedTimer t;
    t.start();
    quint32 sequence = 0;
    for (int b = 0; b < Records / BatchSize; ++b) {
        const HubKiosk &kiosk = kiosks.at(b % kiosks.size());
        QJsonArray batch;
        for (int i = 0; i < BatchSize; ++i) {
            ++sequence;
            batch.append(HubTestRecords::record(kiosk, kinds.at(int(sequence % kinds.size())), int(sequence), sequence));
        }
        const QString before = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
        const HubIngestBatch result = store.ingest().ingest(kiosk, batch);
        if (result.status != HubIngestBatch::Status::Ok)
            return false;
        // Spread the batches over 400 days and over statuses and assignees, as a year of work.
        const QString day = start.addSecs(qint64(b) * 400 * 86400 / (Records / BatchSize)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        static const char *const statuses[] = {"received", "resolved", "verified", "rejected", "received", "scheduled"};
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE records SET received_at = ?, updated_at = ?, status = ?, assignee = ?"
                                 " WHERE received_at >= ? AND kiosk_id = ?"));
        q.addBindValue(day);
        q.addBindValue(day);
        // b / 2: the two kiosks (two wards) take turns, so each ward gets every status.
        q.addBindValue(QString::fromLatin1(statuses[(b / 2) % 6]));
        q.addBindValue(b % 4 == 0 ? QVariant(qint64(1)) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(before);
        q.addBindValue(kiosk.id);
        if (!q.exec())
            return false;
    }
    // As a hub finds its database after a while: the planner's statistics (which the hub
    // refreshes daily) and, on PostgreSQL, the visibility map autovacuum keeps for
    // index-only scans of a table that is mostly inserted into.
    if (!db.refreshStatistics())
        return false;
    if (db.dialect() == HubDatabase::Dialect::PostgreSQL && !db.exec(QStringLiteral("VACUUM records")))
        return false;
    std::printf("  %-10s %d records stored in %.1f s\n", qPrintable(dialect), Records, double(t.elapsed()) / 1000);
    return true;
}

/** Lets the dialects' threads fill their databases together and then measure one at a time,
    in the order of their turns, once no thread is filling any more. */
class Turns
{
public:
    explicit Turns(int threads) : m_filling(threads) {}
    /** Called once per thread when its database is filled (or given up); returns when it is
        this thread's turn to measure. */
    void filledThenWait(int turn)
    {
        std::unique_lock lock(m_mutex);
        --m_filling;
        m_changed.notify_all();
        m_changed.wait(lock, [&] { return m_filling == 0 && m_turn == turn; });
    }
    /** Called once per thread after filledThenWait(), when it is done measuring. */
    void done()
    {
        const std::lock_guard lock(m_mutex);
        ++m_turn;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_filling;
    int m_turn = 0;
};

/** 1 when the inbox does not work on this dialect, 0 otherwise (also when skipped). Runs in a
    thread of its own: the database connection lives and dies in it. */
int measure(const QString &dialect, Turns &turns, int turn)
{
    HubTestLocation location(dialect);
    if (!location.isAvailable()) {
        turns.filledThenWait(turn);
        std::printf("  %-10s skipped: no PostgreSQL server (set CIVIC_TEST_PG_URL)\n", qPrintable(dialect));
        turns.done();
        return 0;
    }
    HubDatabase db;
    const bool opened = db.open(location.location());
    std::optional<HubStore> store;
    if (opened)
        store.emplace(db);
    const bool filled = opened && fill(*store, db, dialect);
    turns.filledThenWait(turn);
    const auto finish = qScopeGuard([&] { turns.done(); });
    if (!opened) {
        std::fprintf(stderr, "bench_inbox: cannot open %s: %s\n", qPrintable(dialect), qPrintable(db.lastError()));
        return 1;
    }
    if (!filled) {
        std::fprintf(stderr, "bench_inbox: cannot fill %s\n", qPrintable(dialect));
        return 1;
    }
    StaffAccount city;
    city.id = 1;
    city.login = QStringLiteral("anna");
    city.displayName = QStringLiteral("Nguyễn Thị An");
    city.roles = StaffRole::City;
    StaffAccount ward = city;
    ward.id = 2;
    ward.roles = StaffRole::Ward;
    ward.ward = QStringLiteral("LE-CHAN");

    const QString month = QDateTime::currentDateTimeUtc().addDays(-200).date().toString(Qt::ISODate);
    const QString monthEnd = QDateTime::currentDateTimeUtc().addDays(-170).date().toString(Qt::ISODate);
    const QList<Case> cases{
            {"everything, newest", false, {}, {}},
            {"page 1,000 of everything", false, QStringLiteral("page=1000"), {}},
            {"waste reports", false, QStringLiteral("kind=report.waste"), {}},
            {"open, waiting longest", false, QStringLiteral("status=open&sort=waiting"), {}},
            {"one ward, received", false, QStringLiteral("ward=LE-CHAN&status=received"), {}},
            {"nobody assigned, oldest", false, QStringLiteral("assignee=nobody&sort=oldest"), {}},
            {"a month", false, QStringLiteral("from=%1&to=%2").arg(month, monthEnd), {}},
            {"work HB-001, closed", false, QStringLiteral("project=HB-001&status=closed"), {}},
            {"search a name", false, {}, QStringLiteral("nguyen thi hoa")},
            {"search a phone", false, {}, QStringLiteral("0912 345 999")},
            {"search text, rare", false, {}, QStringLiteral("khong ai thu don (4321)")},
            {"search nothing found", false, {}, QStringLiteral("zzzz qqqq")},
            {"search + waste + ward", false, QStringLiteral("kind=report.waste&ward=HONG-BANG"), QStringLiteral("cat va gach")},
            {"ward officer, newest", true, {}, {}},
            {"ward officer, search", true, {}, QStringLiteral("tran van duc")},
    };
    const QHash<QString, LocalizedText> wards = store->content().wards();
    int failures = 0;
    double worst = 0;
    for (const Case &c : cases) {
        RecordFilter filter = RecordFilter::fromQuery(QUrlQuery(c.query));
        filter.search = c.search;
        const StaffAccount &account = c.wardOfficer ? ward : city;
        QList<double> ms;
        qint64 total = 0;
        qsizetype bytes = 0;
        for (int i = 0; i < Rounds; ++i) {
            QElapsedTimer t;
            t.start();
            const std::optional<InboxPage> page = store->inbox().page(account, filter);
            if (!page) {
                ++failures;
                break;
            }
            InboxView view;
            view.lang = QStringLiteral("vi");
            view.account = account;
            view.filter = filter;
            view.page = *page;
            view.wards = wards;
            view.now = QDateTime::currentDateTimeUtc();
            HtmlTemplates::Data data = view.data();
            data.set("t", StaffPages::words(QStringLiteral("vi")));
            data.set("lang", HtmlTemplates::text(QStringLiteral("vi")));
            data.set("title", HtmlTemplates::text(QStringLiteral("Hộp tiếp nhận")));
            data.set("csrf", HtmlTemplates::text(QStringLiteral("0123456789abcdef")));
            const QByteArray html = HtmlTemplates::render(QStringLiteral("staff-inbox"), data);
            ms.append(double(t.nsecsElapsed()) / 1e6);
            total = page->total;
            bytes = html.size();
        }
        const BenchStats s(ms);
        worst = std::max(worst, s.percentile(95));
        std::printf("  %-10s %-28s %7lld matches  p50 %6.1f ms  p95 %6.1f ms  (%lld bytes)%s\n", qPrintable(dialect), c.name,
                    static_cast<long long>(total), s.median(), s.percentile(95), static_cast<long long>(bytes),
                    s.percentile(95) <= BudgetMs ? "" : "  OVER BUDGET");
        if (c.search.isEmpty() && !c.query.contains(u"page=") && total == 0) {
            std::fprintf(stderr, "bench_inbox: no records for %s on %s\n", c.name, qPrintable(dialect));
            ++failures;
        }
    }
    std::printf("  %-10s worst p95 %.1f ms (budget <= %.0f ms: %s)\n", qPrintable(dialect), worst, BudgetMs,
                worst <= BudgetMs ? "within" : "OVER BUDGET");
    return failures;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("hub.*.info=false\nkiosk.*.info=false"));
    // An argument "sqlite" or "postgresql" measures that dialect only.
    const QStringList only = app.arguments().mid(1);
    std::printf("bench_inbox: %d records, %d rounds per filter, count + page + view + template\n", Records, Rounds);
    QStringList dialects;
    for (const QString &dialect : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
        if (only.isEmpty() || only.contains(dialect))
            dialects.append(dialect);
    Turns turns(int(dialects.size()));
    std::vector<int> failures(size_t(dialects.size()), 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < int(dialects.size()); ++i)
        threads.emplace_back([&, i] { failures[size_t(i)] = measure(dialects.at(i), turns, i); });
    for (std::thread &t : threads)
        t.join();
    return std::all_of(failures.begin(), failures.end(), [](int f) { return f == 0; }) ? 0 : 1;
}
