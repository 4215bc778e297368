// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlefixture.h"
#include "content/contentbundle.h"
#include "content/contentstore.h"
#include "datapaths.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

/** Reading, checking and importing content bundles: all or nothing, with clear refusals. */
class tst_ContentBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInDemoBundleIsValid();
    void demoVideoShipsBesideThePrograms();
    void importSmall();
    void malformed_data();
    void malformed();
    void notJson();
    void oversizedJson();
    void oversizedImage();
    void imageOfWrongType();
    void missingImage();
    void symlinkedImageRefused();
    void failedImportKeepsOldContent();
    void reimportReplacesAndCleansImages();
    void textIsCleaned();
    void fileListIsChecked_data();
    void fileListIsChecked();
    void fileListRequiredFromTheHub();
};

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
QJsonObject firstProject(const QJsonObject &root)
{
    return root.value(QStringLiteral("projects")).toArray().at(0).toObject();
}
void setFirstProject(QJsonObject &root, const QString &key, const QJsonValue &value)
{
    QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
    QJsonObject p = projects.at(0).toObject();
    if (value.isUndefined())
        p.remove(key);
    else
        p.insert(key, value);
    projects[0] = p;
    root.insert(QStringLiteral("projects"), projects);
}
}

namespace {
QJsonObject fileEntry(const QByteArray &bytes)
{
    return {{QStringLiteral("size"), bytes.size()},
            {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}};
}
}

void tst_ContentBundle::builtInDemoBundleIsValid()
{
    ContentBundle bundle;
    QVERIFY2(bundle.read(DataPaths::builtInDemoBundle()), qPrintable(bundle.error().en));
    const Content &c = bundle.content();
    QVERIFY(c.sample);
    QVERIFY2(c.wards.size() >= 5, "the demo needs at least 5 wards");
    QVERIFY2(c.projects.size() >= 40, "the demo needs at least 40 works");
    QSet<Category> categories;
    QSet<WorkStatus> statuses;
    int withImages = 0;
    int behind = 0;
    for (const Project &p : c.projects) {
        categories.insert(p.category);
        statuses.insert(p.status);
        withImages += p.images.isEmpty() ? 0 : 1;
        behind += p.isBehindSchedule(QDate(2026, 11, 27)) ? 1 : 0;
        QVERIFY2(!p.name.en.isEmpty(), qPrintable(p.code));
        QVERIFY2(p.budgetTotal > 0, qPrintable(p.code));
    }
    QCOMPARE(categories.size(), ContentEnums::allCategories().size());
    QCOMPARE(statuses.size(), ContentEnums::allStatuses().size());
    QCOMPARE(withImages, c.projects.size());
    QVERIFY(behind > 0);
}

void tst_ContentBundle::demoVideoShipsBesideThePrograms()
{
    // Found where the build (and the package) puts it: the video leads the demo's playlist.
    ContentBundle bundle;
    QVERIFY2(bundle.read(DataPaths::builtInDemoBundle()), qPrintable(bundle.error().en));
    QVERIFY(!bundle.content().playlist.isEmpty());
    const PlaylistItem &video = bundle.content().playlist.first();
    QCOMPARE(video.kind, PlaylistItem::Kind::Video);
    QVERIFY(video.file.startsWith(u"media/"));
    const QString shipped = bundle.imageFiles().value(video.file);
    QCOMPARE(QFileInfo(shipped).canonicalFilePath(),
             QFileInfo(QDir(DataPaths::demoMediaDir()).filePath(video.file.mid(6))).canonicalFilePath());
    QVERIFY(!shipped.startsWith(u':'));

    // Not installed: the built-in demo still imports, its playlist without the video; a copy
    // of the demo on a stick is refused like any bundle missing a listed file.
    QTemporaryDir empty, copy;
    qputenv("CIVIC_DEMO_MEDIA_DIR", QFile::encodeName(empty.path()));
    ContentBundle without;
    const bool read = without.read(DataPaths::builtInDemoBundle());
    QVERIFY(QDir(copy.path()).mkpath(QStringLiteral("images")));
    const QDir demo(DataPaths::builtInDemoBundle());
    for (const QString &name : demo.entryList({QStringLiteral("*.json")}, QDir::Files))
        QVERIFY(QFile::copy(demo.filePath(name), QDir(copy.path()).filePath(name)));
    for (const QString &name : QDir(demo.filePath(QStringLiteral("images"))).entryList(QDir::Files))
        QVERIFY(QFile::copy(demo.filePath(QStringLiteral("images/") + name), QDir(copy.path()).filePath(QStringLiteral("images/") + name)));
    ContentBundle stick;
    const bool stickRead = stick.read(copy.path());
    qunsetenv("CIVIC_DEMO_MEDIA_DIR");
    QVERIFY2(read, qPrintable(without.error().en));
    QCOMPARE(without.content().playlist.size(), bundle.content().playlist.size() - 1);
    QVERIFY(without.content().playlist.first().kind != PlaylistItem::Kind::Video);
    QVERIFY(!stickRead);
    QVERIFY2(stick.error().en.contains(QStringLiteral("is missing")), qPrintable(stick.error().en));
}

void tst_ContentBundle::importSmall()
{
    QTemporaryDir bundleDir, dataDir;
    QVERIFY(BundleFixture::write(bundleDir.path(), BundleFixture::small()));
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(dataDir.path())));
    ContentStore store(db, DataPaths::imagesDir(dataDir.path()));
    QVERIFY(!store.hasContent());
    QVERIFY2(store.importFolder(bundleDir.path()), qPrintable(store.error().en));
    QVERIFY(store.hasContent());
    const Content c = store.load();
    QCOMPARE(c.version, QStringLiteral("test-1"));
    QCOMPARE(c.wards.size(), 2);
    QCOMPARE(c.projects.size(), 3);
    QCOMPARE(c.projects.at(0).name.vi, QStringLiteral("Nâng cấp đường Tô Hiệu"));
    QCOMPARE(c.projects.at(1).status, WorkStatus::Paused);
    QCOMPARE(c.projects.at(0).images.size(), 1);
    QVERIFY(QFile::exists(QDir(DataPaths::imagesDir(dataDir.path())).filePath(c.projects.at(0).images.at(0))));
    QCOMPARE(c.portalUrl, QStringLiteral("https://haiphong.gov.vn"));
}

void tst_ContentBundle::malformed_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expectedEn");
    QTest::newRow("wrong format") << Mutation([](QJsonObject &r) { r.insert(QStringLiteral("format"), QStringLiteral("x")); })
                                  << QStringLiteral("not a kiosk content bundle");
    QTest::newRow("format 9") << Mutation([](QJsonObject &r) { r.insert(QStringLiteral("formatVersion"), 9); })
                              << QStringLiteral("unsupported format version");
    QTest::newRow("no wards") << Mutation([](QJsonObject &r) { r.insert(QStringLiteral("wards"), QJsonArray()); })
                              << QStringLiteral("needs 1 to");
    QTest::newRow("projects not a list") << Mutation([](QJsonObject &r) { r.insert(QStringLiteral("projects"), 5); })
                                         << QStringLiteral("needs a list");
    QTest::newRow("bad portal url") << Mutation([](QJsonObject &r) {
        QJsonObject city = r.value(QStringLiteral("city")).toObject();
        city.insert(QStringLiteral("portalUrl"), QStringLiteral("javascript:alert(1)"));
        r.insert(QStringLiteral("city"), city);
    }) << QStringLiteral("city.portalUrl");
    QTest::newRow("duplicate code") << Mutation([](QJsonObject &r) {
        QJsonArray p = r.value(QStringLiteral("projects")).toArray();
        p.append(p.at(0));
        r.insert(QStringLiteral("projects"), p);
    }) << QStringLiteral("appears twice");
    QTest::newRow("lower-case code") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("code"), QStringLiteral("lc-1")); })
                                     << QStringLiteral("projects[0]: code “lc-1” is invalid");
    QTest::newRow("unknown ward") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("ward"), QStringLiteral("NOPE")); })
                                  << QStringLiteral("ward “NOPE” is not in the bundle");
    QTest::newRow("unknown category") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("category"), QStringLiteral("airport")); })
                                      << QStringLiteral("unknown category");
    QTest::newRow("unknown status") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("status"), QStringLiteral("done")); })
                                    << QStringLiteral("unknown status");
    QTest::newRow("progress 101") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("progress"), 101); })
                                  << QStringLiteral("progress");
    QTest::newRow("progress fraction") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("progress"), 50.5); })
                                       << QStringLiteral("whole number");
    QTest::newRow("progress string") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("progress"), QStringLiteral("50")); })
                                     << QStringLiteral("whole number");
    QTest::newRow("name missing") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("nameVi"), QJsonValue::Undefined); })
                                  << QStringLiteral("field “nameVi” is missing");
    QTest::newRow("name not string") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("nameVi"), QJsonArray{1}); })
                                     << QStringLiteral("must be a string");
    QTest::newRow("name only controls") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("nameVi"), QStringLiteral("\u0001\u202E ")); })
                                        << QStringLiteral("is empty");
    QTest::newRow("name huge") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("nameVi"), QString(10000, u'ẩ')); })
                               << QStringLiteral("longer than 200");
    QTest::newRow("bad date") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("startDate"), QStringLiteral("2025-02-30")); })
                              << QStringLiteral("startDate");
    QTest::newRow("end before start") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("plannedEnd"), QStringLiteral("2024-01-01")); })
                                      << QStringLiteral("plannedEnd is before startDate");
    QTest::newRow("disbursed above total") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("budgetDisbursed"), 13e9); })
                                           << QStringLiteral("larger than budgetTotal");
    QTest::newRow("negative budget") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("budgetTotal"), -1); })
                                     << QStringLiteral("budgetTotal");
    QTest::newRow("path traversal") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("images"), QJsonArray{QStringLiteral("images/../../etc/passwd")}); })
                                    << QStringLiteral("image path");
    QTest::newRow("absolute path") << Mutation([](QJsonObject &r) { setFirstProject(r, QStringLiteral("images"), QJsonArray{QStringLiteral("/etc/passwd")}); })
                                   << QStringLiteral("image path");
    QTest::newRow("too many images") << Mutation([](QJsonObject &r) {
        QJsonArray many;
        for (int i = 0; i < 9; ++i)
            many.append(QStringLiteral("images/pic.svg"));
        setFirstProject(r, QStringLiteral("images"), many);
    }) << QStringLiteral("more than 8 images");
}

void tst_ContentBundle::malformed()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expectedEn);
    QJsonObject root = BundleFixture::small();
    mutate(root);
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), root));
    ContentBundle bundle;
    QVERIFY(!bundle.read(dir.path()));
    QVERIFY2(bundle.error().en.contains(expectedEn), qPrintable(bundle.error().en));
    QVERIFY(!bundle.error().vi.isEmpty());
}

void tst_ContentBundle::notJson()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    QFile f(dir.filePath(QStringLiteral("bundle.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(BundleFixture::small()).toJson().left(200)); // truncated
    f.close();
    ContentBundle bundle;
    QVERIFY(!bundle.read(dir.path()));
    QVERIFY2(bundle.error().en.contains(QStringLiteral("not valid JSON")), qPrintable(bundle.error().en));
    QVERIFY(!bundle.read(dir.filePath(QStringLiteral("nowhere"))));
    QVERIFY(bundle.error().en.contains(QStringLiteral("not a content bundle folder")));
}

void tst_ContentBundle::oversizedJson()
{
    ContentBundle bundle;
    QByteArray huge(ContentBundle::MaxJsonBytes + 1, ' ');
    QVERIFY(!bundle.parse(huge, QString()));
    QVERIFY2(bundle.error().en.contains(QStringLiteral("larger than 64 MiB")), qPrintable(bundle.error().en));
}

void tst_ContentBundle::oversizedImage()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    QFile f(dir.filePath(QStringLiteral("images/pic.svg")));
    QVERIFY(f.open(QIODevice::Append));
    f.write(QByteArray(ContentBundle::MaxImageBytes, ' '));
    f.close();
    ContentBundle bundle;
    QVERIFY(!bundle.read(dir.path()));
    QVERIFY2(bundle.error().en.contains(QStringLiteral("larger than 4 MiB")), qPrintable(bundle.error().en));
}

void tst_ContentBundle::imageOfWrongType()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    QFile f(dir.filePath(QStringLiteral("images/pic.svg")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("MZ\x90\x00 not an image", 18);
    f.close();
    ContentBundle bundle;
    QVERIFY(!bundle.read(dir.path()));
    QVERIFY2(bundle.error().en.contains(QStringLiteral("not the image type")), qPrintable(bundle.error().en));
}

void tst_ContentBundle::missingImage()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("images/pic.svg"))));
    ContentBundle bundle;
    QVERIFY(!bundle.read(dir.path()));
    QVERIFY2(bundle.error().en.contains(QStringLiteral("is missing")), qPrintable(bundle.error().en));
}

void tst_ContentBundle::symlinkedImageRefused()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), BundleFixture::small()));
    const QString image = dir.filePath(QStringLiteral("images/pic.svg"));
    QVERIFY(QFile::remove(image));
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), image));
    ContentBundle bundle;
    QVERIFY(!bundle.read(dir.path()));
    QVERIFY2(bundle.error().en.contains(QStringLiteral("is missing")), qPrintable(bundle.error().en));
}

void tst_ContentBundle::failedImportKeepsOldContent()
{
    QTemporaryDir good, bad, dataDir;
    QVERIFY(BundleFixture::write(good.path(), BundleFixture::small()));
    QJsonObject broken = BundleFixture::small();
    broken.insert(QStringLiteral("version"), QStringLiteral("test-2"));
    setFirstProject(broken, QStringLiteral("progress"), 500);
    QVERIFY(BundleFixture::write(bad.path(), broken));

    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(dataDir.path())));
    ContentStore store(db, DataPaths::imagesDir(dataDir.path()));
    QVERIFY(store.importFolder(good.path()));
    QVERIFY(!store.importFolder(bad.path()));
    QVERIFY(store.error().en.contains(QStringLiteral("progress")));
    const Content c = store.load();
    QCOMPARE(c.version, QStringLiteral("test-1"));
    QCOMPARE(c.projects.size(), 3);
    QVERIFY(QFile::exists(QDir(DataPaths::imagesDir(dataDir.path())).filePath(c.projects.at(0).images.at(0))));
}

void tst_ContentBundle::reimportReplacesAndCleansImages()
{
    QTemporaryDir first, second, dataDir;
    QVERIFY(BundleFixture::write(first.path(), BundleFixture::small()));
    QJsonObject next = BundleFixture::small();
    next.insert(QStringLiteral("version"), QStringLiteral("test-2"));
    setFirstProject(next, QStringLiteral("images"), QJsonArray());
    QVERIFY(BundleFixture::write(second.path(), next));

    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(dataDir.path())));
    ContentStore store(db, DataPaths::imagesDir(dataDir.path()));
    QVERIFY(store.importFolder(first.path()));
    QCOMPARE(QDir(DataPaths::imagesDir(dataDir.path())).entryList(QDir::Files).size(), 1);
    QVERIFY(store.importFolder(second.path()));
    QCOMPARE(store.load().version, QStringLiteral("test-2"));
    QCOMPARE(QDir(DataPaths::imagesDir(dataDir.path())).entryList(QDir::Files).size(), 0);
}

void tst_ContentBundle::textIsCleaned()
{
    QJsonObject root = BundleFixture::small();
    setFirstProject(root, QStringLiteral("nameVi"),
                    QStringLiteral("  Nâng cấp\u202E đường\u0000 Tô Hiệu  ").normalized(QString::NormalizationForm_D));
    setFirstProject(root, QStringLiteral("descriptionVi"), QStringLiteral("Dòng 1\n\nDòng 2 '; DROP TABLE projects; --"));
    QTemporaryDir dir, dataDir;
    QVERIFY(BundleFixture::write(dir.path(), root));
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(dataDir.path())));
    ContentStore store(db, DataPaths::imagesDir(dataDir.path()));
    QVERIFY2(store.importFolder(dir.path()), qPrintable(store.error().en));
    const Content c = store.load();
    QCOMPARE(c.projects.at(0).name.vi, QStringLiteral("Nâng cấp đường Tô Hiệu"));
    QCOMPARE(c.projects.at(0).description.vi, QStringLiteral("Dòng 1\nDòng 2 '; DROP TABLE projects; --"));
    QCOMPARE(c.projects.size(), 3); // the SQL-like text was stored as text
    Q_UNUSED(firstProject);
}


void tst_ContentBundle::fileListIsChecked_data()
{
    // The small bundle's one image is images/pic.svg with BundleFixture::svg()'s bytes.
    QTest::addColumn<QJsonValue>("files");
    QTest::addColumn<QString>("expectedEn");  // empty: accepted
    const QByteArray svg = BundleFixture::svg();
    QTest::newRow("matches") << QJsonValue(QJsonObject{{QStringLiteral("images/pic.svg"), fileEntry(svg)}}) << QString();
    QTest::newRow("lists an unused image too")
            << QJsonValue(QJsonObject{{QStringLiteral("images/pic.svg"), fileEntry(svg)},
                                      {QStringLiteral("images/other.png"), fileEntry("x")}})
            << QString();
    QTest::newRow("cut off: shorter than listed")
            << QJsonValue(QJsonObject{{QStringLiteral("images/pic.svg"), fileEntry(svg + "<!-- more -->")}})
            << QStringLiteral("image “images/pic.svg” is incomplete or damaged");
    QJsonObject sameSizeOtherDigest = fileEntry(svg);
    sameSizeOtherDigest.insert(QStringLiteral("sha256"), QStringLiteral("0").repeated(64));
    QTest::newRow("damaged: same size, other digest")
            << QJsonValue(QJsonObject{{QStringLiteral("images/pic.svg"), sameSizeOtherDigest}})
            << QStringLiteral("SHA-256 differs");
    QTest::newRow("not an object") << QJsonValue(QJsonArray{}) << QStringLiteral("files: must be a JSON object");
    QTest::newRow("path outside images/")
            << QJsonValue(QJsonObject{{QStringLiteral("../hub-token"), fileEntry(svg)}}) << QStringLiteral("invalid file name");
    QTest::newRow("negative size")
            << QJsonValue(QJsonObject{{QStringLiteral("images/pic.svg"),
                                       QJsonObject{{QStringLiteral("size"), -1},
                                                   {QStringLiteral("sha256"), QStringLiteral("0").repeated(64)}}}})
            << QStringLiteral("“size” must be a byte count");
    QTest::newRow("upper-case digest")
            << QJsonValue(QJsonObject{{QStringLiteral("images/pic.svg"),
                                       QJsonObject{{QStringLiteral("size"), svg.size()},
                                                   {QStringLiteral("sha256"), QStringLiteral("A").repeated(64)}}}})
            << QStringLiteral("“sha256” must be 64 lower-case hex digits");
}

void tst_ContentBundle::fileListIsChecked()
{
    QFETCH(QJsonValue, files);
    QFETCH(QString, expectedEn);
    QJsonObject root = BundleFixture::small();
    root.insert(QStringLiteral("files"), files);
    QTemporaryDir dir;
    QVERIFY(BundleFixture::write(dir.path(), root));
    for (const auto manifest : {ContentBundle::Manifest::Optional, ContentBundle::Manifest::Required}) {
        ContentBundle bundle(manifest);
        const bool ok = bundle.read(dir.path());
        if (expectedEn.isEmpty()) {
            QVERIFY2(ok, qPrintable(bundle.error().en));
        } else {
            QVERIFY(!ok);
            QVERIFY2(bundle.error().en.contains(expectedEn), qPrintable(bundle.error().en));
            QVERIFY(!bundle.error().vi.isEmpty() && bundle.error().vi != bundle.error().en);
        }
    }
}

void tst_ContentBundle::fileListRequiredFromTheHub()
{
    // A USB stick's bundle may leave `files` out; content from the hub may not, and must list
    // every image it uses. A refused import leaves the old content as it was.
    QTemporaryDir data;
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(data.path())));
    ContentStore store(db, DataPaths::imagesDir(data.path()));
    QVERIFY(store.importFolder(DataPaths::builtInDemoBundle()));
    const QString before = store.load().version;

    QTemporaryDir dir;
    QJsonObject root = BundleFixture::small();
    QVERIFY(BundleFixture::write(dir.path(), root));
    QVERIFY(!store.importFolder(dir.path(), ContentBundle::Manifest::Required));
    QVERIFY2(store.error().en.startsWith(QStringLiteral("files: is missing")), qPrintable(store.error().en));
    QCOMPARE(store.load().version, before);

    root.insert(QStringLiteral("files"), QJsonObject{{QStringLiteral("images/other.svg"), fileEntry("x")}});
    QVERIFY(BundleFixture::write(dir.path(), root));
    QVERIFY(!store.importFolder(dir.path(), ContentBundle::Manifest::Required));
    QVERIFY2(store.error().en.contains(QStringLiteral("is not listed in “files”")), qPrintable(store.error().en));
    QCOMPARE(store.load().version, before);

    root.insert(QStringLiteral("files"), QJsonObject{{QStringLiteral("images/pic.svg"), fileEntry(BundleFixture::svg())}});
    QVERIFY(BundleFixture::write(dir.path(), root));
    QVERIFY2(store.importFolder(dir.path(), ContentBundle::Manifest::Required), qPrintable(store.error().en));
    QCOMPARE(store.load().version, root.value(QStringLiteral("version")).toString());
}

QTEST_GUILESS_MAIN(tst_ContentBundle)
#include "tst_contentbundle.moc"
