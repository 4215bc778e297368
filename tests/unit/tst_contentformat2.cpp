// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlefixture.h"
#include "content/contentbundle.h"
#include "content/contentstore.h"
#include "datapaths.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

/** Content format 2 (deploy/CONTENT-BUNDLE.md): wards' kind and population, works' approved
    and adjusted budgets, actual end and dated history, the attract loop's playlist with its
    media; and format 1 still read. */
class tst_ContentFormat2 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void formatOneStillRead();
    void refused_data();
    void refused();
    void lateAndOverBudget_data();
    void lateAndOverBudget();
    void publishedContentNeedsMediaListed();
};

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
const QString VideoPath = QStringLiteral("media/loop.webm");

QJsonObject fileEntry(const QByteArray &bytes)
{
    return {{QStringLiteral("size"), bytes.size()},
            {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}};
}

void edit(QJsonObject &root, const QString &list, int index, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray items = root.value(list).toArray();
    QJsonObject o = items.at(index).toObject();
    change(o);
    items[index] = o;
    root.insert(list, items);
}

/** The small bundle in format 2, with an adjusted budget, a history, a finished work and a
    playlist of every kind. Its video is VideoPath (writeMedia()). */
QJsonObject bundle()
{
    QJsonObject root = BundleFixture::formatTwo(BundleFixture::small());
    edit(root, QStringLiteral("projects"), 0, [](QJsonObject &p) {
        p.insert(QStringLiteral("budgetAdjusted"), 13'500'000'000.0);
        p.insert(QStringLiteral("history"),
                 QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-03-31")},
                                        {QStringLiteral("stage"), QStringLiteral("in_progress")},
                                        {QStringLiteral("progress"), 10},
                                        {QStringLiteral("disbursed"), 1'000'000'000.0}},
                            QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-12-31")},
                                        {QStringLiteral("stage"), QStringLiteral("in_progress")},
                                        {QStringLiteral("progress"), 45},
                                        {QStringLiteral("disbursed"), 5'000'000'000.0},
                                        {QStringLiteral("budget"), 13'500'000'000.0}}});
    });
    edit(root, QStringLiteral("projects"), 2, [](QJsonObject &p) {
        p.insert(QStringLiteral("status"), QStringLiteral("completed"));
        p.insert(QStringLiteral("progress"), 100);
        p.insert(QStringLiteral("actualEnd"), QStringLiteral("2026-08-14"));
    });
    root.insert(QStringLiteral("files"), QJsonObject{{VideoPath, fileEntry(BundleFixture::webmHeader())}});
    root.insert(QStringLiteral("playlist"),
                QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("video")}, {QStringLiteral("file"), VideoPath},
                                       {QStringLiteral("seconds"), 30}, {QStringLiteral("titleVi"), QStringLiteral("Cùng xây")}},
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("slide")},
                                       {QStringLiteral("titleVi"), QStringLiteral("Chống lãng phí")},
                                       {QStringLiteral("titleEn"), QStringLiteral("Fight waste")},
                                       {QStringLiteral("bodyVi"), QStringLiteral("Báo lãng phí tại ki-ốt.")},
                                       {QStringLiteral("image"), QStringLiteral("images/pic.svg")}},
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("board")}},
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("work")},
                                       {QStringLiteral("project"), QStringLiteral("LC-001")}}});
    return root;
}

bool writeWithMedia(const QString &folder, const QJsonObject &root, const QByteArray &video = BundleFixture::webmHeader())
{
    if (!BundleFixture::write(folder, root) || !QDir(folder).mkpath(QStringLiteral("media")))
        return false;
    QFile f(QDir(folder).filePath(VideoPath));
    return f.open(QIODevice::WriteOnly) && f.write(video) == video.size();
}
}

void tst_ContentFormat2::roundTrip()
{
    QTemporaryDir bundleDir, dataDir;
    QVERIFY(writeWithMedia(bundleDir.path(), bundle()));
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(dataDir.path())));
    ContentStore store(db, DataPaths::imagesDir(dataDir.path()));
    QVERIFY2(store.importFolder(bundleDir.path()), qPrintable(store.error().en));
    const Content c = store.load();

    QCOMPARE(c.wards.size(), 2);
    QCOMPARE(c.wards.at(0).kind, WardKinds::Phuong);
    QCOMPARE(c.wards.at(0).population, 20'000);
    QCOMPARE(c.wards.at(1).kind, WardKinds::Xa);
    QCOMPARE(c.wards.at(1).population, 21'000);

    const Project &road = c.projects.at(0);
    QCOMPARE(road.budgetOriginal, 12'000'000'000LL);
    QCOMPARE(road.budgetTotal, 13'500'000'000LL);
    QCOMPARE(road.overBudgetBy(), 1'500'000'000LL);
    QCOMPARE(road.history.size(), 2);
    QCOMPARE(road.history.at(0).date, QDate(2025, 3, 31));
    QCOMPARE(road.history.at(0).budget, 12'000'000'000LL); // the approved budget until a point says otherwise
    QCOMPARE(road.history.at(1).progress, 45);
    QCOMPARE(road.history.at(1).disbursed, 5'000'000'000LL);
    QCOMPARE(road.history.at(1).budget, 13'500'000'000LL);
    QCOMPARE(road.history.at(1).stage, WorkStatus::InProgress);
    QCOMPARE(c.projects.at(1).overBudgetBy(), 0);
    QCOMPARE(c.projects.at(2).actualEnd, QDate(2026, 8, 14));
    QCOMPARE(c.projects.at(2).daysLate(QDate(2026, 12, 1)), 45); // planned 30 June, ended 14 August

    QCOMPARE(c.playlist.size(), 4);
    QCOMPARE(c.playlist.at(0).kind, PlaylistItem::Kind::Video);
    QCOMPARE(c.playlist.at(0).seconds, 30);
    // Stored under its content address beside the images, like them.
    const QString stored = QDir(DataPaths::imagesDir(dataDir.path())).filePath(c.playlist.at(0).file);
    QVERIFY2(c.playlist.at(0).file.endsWith(u".webm") && QFile::exists(stored), qPrintable(c.playlist.at(0).file));
    QCOMPARE(c.playlist.at(1).kind, PlaylistItem::Kind::Slide);
    QCOMPARE(c.playlist.at(1).title.en, QStringLiteral("Fight waste"));
    QCOMPARE(c.playlist.at(1).seconds, 10);
    QVERIFY(!c.playlist.at(1).file.isEmpty());
    QCOMPARE(c.playlist.at(2).kind, PlaylistItem::Kind::Board);
    QCOMPARE(c.playlist.at(3).projectCode, QStringLiteral("LC-001"));

    // A later bundle without the playlist leaves no media behind.
    QJsonObject without = bundle();
    without.remove(QStringLiteral("playlist"));
    QVERIFY(writeWithMedia(bundleDir.path(), without));
    QVERIFY2(store.importFolder(bundleDir.path()), qPrintable(store.error().en));
    QVERIFY(store.load().playlist.isEmpty());
    QVERIFY(!QFile::exists(stored));
}

void tst_ContentFormat2::formatOneStillRead()
{
    QJsonObject root = BundleFixture::small();
    root.insert(QStringLiteral("ranking"), QJsonArray{QJsonObject{{QStringLiteral("ward"), QStringLiteral("LE-CHAN")},
                                                                  {QStringLiteral("score"), 90}, {QStringLiteral("rank"), 1}}});
    // Format 1 has no playlist: one there is ignored like any unknown field.
    root.insert(QStringLiteral("playlist"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("nonsense")}}});
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), root));
    ContentBundle b;
    QVERIFY2(b.read(dir.path()), qPrintable(b.error().en));
    QCOMPARE(b.content().formatVersion, 1);
    QCOMPARE(b.content().wards.at(0).kind, WardKinds::Phuong);
    QCOMPARE(b.content().wards.at(1).kind, WardKinds::Xa);
    QCOMPARE(b.content().wards.at(0).population, 0);
    QCOMPARE(b.content().projects.at(0).budgetOriginal, 12'000'000'000LL);
    QCOMPARE(b.content().projects.at(0).budgetTotal, 12'000'000'000LL);
    QVERIFY(b.content().playlist.isEmpty());
}

void tst_ContentFormat2::refused_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expectedEn");
    auto ward = [](const char *key, const QJsonValue &v) {
        return Mutation([key, v](QJsonObject &r) {
            edit(r, QStringLiteral("wards"), 0, [&](QJsonObject &w) { w.insert(QLatin1String(key), v); });
        });
    };
    auto work = [](int i, const char *key, const QJsonValue &v) {
        return Mutation([i, key, v](QJsonObject &r) {
            edit(r, QStringLiteral("projects"), i, [&](QJsonObject &p) { p.insert(QLatin1String(key), v); });
        });
    };
    auto point = [](int i, const char *key, const QJsonValue &v) {
        return Mutation([i, key, v](QJsonObject &r) {
            edit(r, QStringLiteral("projects"), 0, [&](QJsonObject &p) {
                QJsonArray h = p.value(QStringLiteral("history")).toArray();
                QJsonObject o = h.at(i).toObject();
                o.insert(QLatin1String(key), v);
                h[i] = o;
                p.insert(QStringLiteral("history"), h);
            });
        });
    };
    auto item = [](int i, const char *key, const QJsonValue &v) {
        return Mutation([i, key, v](QJsonObject &r) {
            edit(r, QStringLiteral("playlist"), i, [&](QJsonObject &o) {
                if (v.isUndefined())
                    o.remove(QLatin1String(key));
                else
                    o.insert(QLatin1String(key), v);
            });
        });
    };
    QTest::newRow("format 3") << Mutation([](QJsonObject &r) { r.insert(QStringLiteral("formatVersion"), 3); })
                              << QStringLiteral("unsupported format version (expected 1 or 2)");
    QTest::newRow("format 1 kind") << ward("kind", QStringLiteral("ward")) << QStringLiteral("kind must be phuong, xa or dac-khu");
    QTest::newRow("population 0") << ward("population", 0) << QStringLiteral("“population” must be a whole number from 1");
    QTest::newRow("population text") << ward("population", QStringLiteral("many")) << QStringLiteral("“population”");
    QTest::newRow("budgetTotal only") << Mutation([](QJsonObject &r) {
        edit(r, QStringLiteral("projects"), 1, [](QJsonObject &p) { p.insert(QStringLiteral("budgetTotal"), p.take(QStringLiteral("budgetOriginal"))); });
    }) << QStringLiteral("projects[1]: field “budgetOriginal”");
    QTest::newRow("disbursed over adjusted") << work(0, "budgetAdjusted", 1'000'000.0)
                                             << QStringLiteral("budgetDisbursed is larger than the budget");
    QTest::newRow("actual end unfinished") << work(0, "actualEnd", QStringLiteral("2026-01-01"))
                                           << QStringLiteral("actualEnd belongs only to a completed work");
    QTest::newRow("actual end before start") << work(2, "actualEnd", QStringLiteral("2024-01-01"))
                                             << QStringLiteral("actualEnd belongs only to a completed work, after its startDate");
    QTest::newRow("history out of order") << point(1, "date", QStringLiteral("2025-01-01"))
                                          << QStringLiteral("projects[0].history[1]: points must be in date order");
    QTest::newRow("history same date") << point(1, "date", QStringLiteral("2025-03-31")) << QStringLiteral("one per date");
    QTest::newRow("history stage") << point(0, "stage", QStringLiteral("done")) << QStringLiteral("unknown stage “done”");
    QTest::newRow("history progress") << point(0, "progress", 101) << QStringLiteral("“progress” must be a whole number");
    QTest::newRow("history not a list") << work(0, "history", 5) << QStringLiteral("projects[0].history: needs a list");
    QTest::newRow("playlist kind") << item(2, "kind", QStringLiteral("game")) << QStringLiteral("playlist[2]: kind must be");
    QTest::newRow("playlist unknown work") << item(3, "project", QStringLiteral("NOPE"))
                                           << QStringLiteral("work “NOPE” is not in the bundle");
    QTest::newRow("slide without title") << item(1, "titleVi", QJsonValue(QJsonValue::Undefined))
                                         << QStringLiteral("playlist[1]: field “titleVi” is missing");
    QTest::newRow("seconds too short") << item(2, "seconds", 1) << QStringLiteral("“seconds” must be a whole number from 3");
    QTest::newRow("video outside media") << item(0, "file", QStringLiteral("images/pic.svg"))
                                         << QStringLiteral("a video must be a media/");
    QTest::newRow("video traversal") << item(0, "file", QStringLiteral("media/../bundle.json"))
                                     << QStringLiteral("file path “media/../bundle.json” is invalid");
    QTest::newRow("video not listed") << Mutation([](QJsonObject &r) { r.remove(QStringLiteral("files")); })
                                      << QStringLiteral("file “media/loop.webm” is not listed in “files”");
    QTest::newRow("video missing") << item(0, "file", QStringLiteral("media/other.webm"))
                                   << QStringLiteral("file “media/other.webm” is missing");
    QTest::newRow("playlist not a list") << Mutation([](QJsonObject &r) { r.insert(QStringLiteral("playlist"), 1); })
                                         << QStringLiteral("playlist: needs a list");
}

void tst_ContentFormat2::refused()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expectedEn);
    QJsonObject root = bundle();
    mutate(root);
    QTemporaryDir dir;
    QVERIFY(writeWithMedia(dir.path(), root));
    ContentBundle b;
    QVERIFY(!b.read(dir.path()));
    QVERIFY2(b.error().en.contains(expectedEn), qPrintable(b.error().en));
    QVERIFY(!b.error().vi.isEmpty() && b.error().vi != b.error().en);
}

void tst_ContentFormat2::lateAndOverBudget_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("actualEnd");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<qint64>("daysLate");
    const QDate planned(2026, 6, 30);
    QTest::newRow("running, before planned end") << QStringLiteral("in_progress") << QDate() << planned.addDays(-3) << qint64(0);
    QTest::newRow("running, on the day") << QStringLiteral("in_progress") << QDate() << planned << qint64(0);
    QTest::newRow("running, 10 days past") << QStringLiteral("in_progress") << QDate() << planned.addDays(10) << qint64(10);
    QTest::newRow("paused, 100 days past") << QStringLiteral("paused") << QDate() << planned.addDays(100) << qint64(100);
    QTest::newRow("finished early") << QStringLiteral("completed") << planned.addDays(-20) << planned.addDays(300) << qint64(0);
    QTest::newRow("finished 7 days late") << QStringLiteral("completed") << planned.addDays(7) << planned.addDays(300) << qint64(7);
    QTest::newRow("finished, no date said") << QStringLiteral("completed") << QDate() << planned.addDays(300) << qint64(0);
}

void tst_ContentFormat2::lateAndOverBudget()
{
    QFETCH(QString, status);
    QFETCH(QDate, actualEnd);
    QFETCH(QDate, today);
    QFETCH(qint64, daysLate);
    Project p;
    p.status = *ContentEnums::statusFromKey(status);
    p.plannedEnd = QDate(2026, 6, 30);
    p.actualEnd = actualEnd;
    QCOMPARE(p.daysLate(today), daysLate);
    p.budgetOriginal = 100;
    p.budgetTotal = 90;
    QCOMPARE(p.overBudgetBy(), 0);
    p.budgetTotal = 130;
    QCOMPARE(p.overBudgetBy(), 30);
    p.budgetOriginal = 0; // nothing approved to be over
    QCOMPARE(p.overBudgetBy(), 0);
}

void tst_ContentFormat2::publishedContentNeedsMediaListed()
{
    // The hub keeps media in its database: what it publishes must still list each one.
    QJsonObject root = bundle();
    ContentBundle ok;
    QVERIFY2(ok.parsePublished(QJsonDocument(root).toJson()), qPrintable(ok.error().en));
    QCOMPARE(ok.content().playlist.size(), 4);
    root.remove(QStringLiteral("files"));
    ContentBundle refused;
    QVERIFY(!refused.parsePublished(QJsonDocument(root).toJson()));
    QVERIFY2(refused.error().en.contains(QStringLiteral("not listed in “files”")), qPrintable(refused.error().en));
}

QTEST_GUILESS_MAIN(tst_ContentFormat2)
#include "tst_contentformat2.moc"
