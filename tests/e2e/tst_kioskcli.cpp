// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlefixture.h"
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/** civic-kiosk and kioskctl from the outside: every route rendered in both languages and
    orientations, the work page's QR read back by zbarimg, and clear refusals of bad input. */
class tst_KioskCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshots_data();
    void screenshots();
    void badArguments_data();
    void badArguments();
    void startupProbe();
    void kioskctlSearchMatchesKiosk();
    void kioskctlImport();
    void receiptRoute_data();
    void receiptRoute();
    void firstStartAsksForAStaffPin();

private:
    using Run = ProgramRun;
    static Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
    {
        return runProgram(program, args, timeoutMs);
    }
    QTemporaryDir m_dataDir;
};

void tst_KioskCli::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
}

void tst_KioskCli::screenshots_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("expectedQr");
    const QString workQr = QStringLiteral("https://congxay.haiphong.gov.vn/p/HB-001");
    for (const QString &size : {QStringLiteral("1080x1920"), QStringLiteral("1920x1080")})
        for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
            const QByteArray tag = (size + u' ' + lang + u' ').toUtf8();
            QTest::newRow(tag + "home") << QStringLiteral("home") << lang << size << QStringLiteral("https://haiphong.gov.vn");
            QTest::newRow(tag + "projects") << QStringLiteral("projects") << lang << size << QString();
            QTest::newRow(tag + "search") << QStringLiteral("projects?q=duong") << lang << size << QString();
            QTest::newRow(tag + "project") << QStringLiteral("project/HB-001") << lang << size << workQr;
            // A fresh kiosk has no board yet: the page says so, and its QR code opens the phone page.
            QTest::newRow(tag + "board") << QStringLiteral("board") << lang << size
                                         << QStringLiteral("https://congxay.haiphong.gov.vn/thi-dua");
            QTest::newRow(tag + "waste") << QStringLiteral("waste") << lang << size << QString();
            QTest::newRow(tag + "lookup") << QStringLiteral("lookup") << lang << size << QString();
            // Staff: the route opens the PIN pad (a new kiosk: the first-PIN pad), never a staff screen.
            QTest::newRow(tag + "admin") << QStringLiteral("admin") << lang << size << QString();
            QTest::newRow(tag + "loop") << QStringLiteral("loop") << lang << size << QString();
        }
}

void tst_KioskCli::screenshots()
{
    QFETCH(QString, route);
    QFETCH(QString, lang);
    QFETCH(QString, size);
    QFETCH(QString, expectedQr);
    const QString file = QStringLiteral(SCREENSHOT_DIR "/%1-%2-%3.png")
                                 .arg(QString(route).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("_")), lang, size);
    QFile::remove(file);
    const Run r = run(QStringLiteral(CIVIC_KIOSK),
                      {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), m_dataDir.path(),
                       QStringLiteral("--lang"), lang, QStringLiteral("--size"), size, QStringLiteral("--route"), route,
                       QStringLiteral("--screenshot"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);
    if (expectedQr.isEmpty())
        return;
    const Run z = run(QStringLiteral(ZBARIMG), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    QCOMPARE(z.exitCode, 0);
    QCOMPARE(z.out.trimmed(), expectedQr);
}

void tst_KioskCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fly")} << 2 << QStringLiteral("Unknown option 'fly'");
    QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << 2 << QStringLiteral("--size must be");
    QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << 2 << QStringLiteral("--lang must be vi or en");
    QTest::newRow("unknown route") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--route"), QStringLiteral("moon")}
                                   << 2 << QStringLiteral("There is no page “moon”");
    QTest::newRow("unknown route vi") << QStringList{QStringLiteral("--route"), QStringLiteral("moon")}
                                      << 2 << QStringLiteral("Không có trang “moon”");
    QTest::newRow("unknown work") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--route"), QStringLiteral("project/XX-999")}
                                  << 2 << QStringLiteral("There is no work with code XX-999");
    QTest::newRow("staff screen by route") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--route"), QStringLiteral("staff-home")}
                                           << 2 << QStringLiteral("There is no page “staff-home”");
    QTest::newRow("screenshot not png") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.jpg")}
                                        << 2 << QStringLiteral("ending in .png");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << 2 << QStringLiteral("Unexpected argument");
    QTest::newRow("missing bundle") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--content"), QStringLiteral("/nonexistent")}
                                    << 1 << QStringLiteral("is not a content bundle folder");
}

void tst_KioskCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(QStringLiteral(CIVIC_KIOSK),
                      QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), m_dataDir.path()} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_KioskCli::startupProbe()
{
    const Run r = run(QStringLiteral(CIVIC_KIOSK), {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"),
                                                    m_dataDir.path(), QStringLiteral("--startup-probe")});
    QCOMPARE(r.exitCode, 0);
    bool ok = false;
    const double ms = r.out.trimmed().toDouble(&ok);
    QVERIFY2(ok && ms > 0 && ms < 60000, qPrintable(r.out));
    qInfo("startup probe: %.0f ms", ms);
}

void tst_KioskCli::kioskctlSearchMatchesKiosk()
{
    const Run r = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("projects"),
                                                 QStringLiteral("--search"), QStringLiteral("cau rao")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 2);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9-]+$")).match(fields.at(0)).hasMatch());
    }
    QVERIFY2(lines.constFirst().contains(QStringLiteral("Cầu Rào"), Qt::CaseInsensitive), qPrintable(lines.constFirst()));

    const Run all = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("projects")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.split(u'\n', Qt::SkipEmptyParts).size() >= 40);
}

void tst_KioskCli::kioskctlImport()
{
    QTemporaryDir dataDir, good, bad;
    QVERIFY(BundleFixture::write(good.path(), BundleFixture::small()));
    QJsonObject broken = BundleFixture::small();
    broken.insert(QStringLiteral("wards"), QJsonArray());
    QVERIFY(BundleFixture::write(bad.path(), broken));

    const Run ok = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("content"),
                                                  QStringLiteral("import"), good.path()});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(QStringLiteral("3 works")));
    const Run refused = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("content"),
                                                       QStringLiteral("import"), bad.path()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("wards: needs 1 to 500 wards")), qPrintable(refused.err));
    const Run listed = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("projects")});
    QCOMPARE(listed.out, QStringLiteral("LC-001\tNâng cấp đường Tô Hiệu\nLC-002\tXây dựng cầu Rào 3\nAL-001\tTrường Tiểu học An Lão\n"));
    // With a data folder of its own: the default one (~/.local/share) may hold anything.
    const Run usage = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("frobnicate")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains(QStringLiteral("unknown command")));

    // A bundle given on the kiosk's command line is imported before it starts.
    QJsonObject next = BundleFixture::small();
    next.insert(QStringLiteral("version"), QStringLiteral("test-2"));
    QTemporaryDir nextDir;
    QVERIFY(BundleFixture::write(nextDir.path(), next));
    const Run withContent = run(QStringLiteral(CIVIC_KIOSK),
                                {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), dataDir.path(),
                                 QStringLiteral("--content"), nextDir.path(), QStringLiteral("--screenshot"),
                                 dataDir.filePath(QStringLiteral("home.png"))});
    QVERIFY2(withContent.exitCode == 0, qPrintable(withContent.err));
    const Run status = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("content"),
                                                      QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.startsWith(QStringLiteral("version\ttest-2\n")), qPrintable(status.out));

    // The kiosk shows what kioskctl imported.
    const QString shot = dataDir.filePath(QStringLiteral("shot.png"));
    const Run kiosk = run(QStringLiteral(CIVIC_KIOSK), {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"),
                                                        dataDir.path(), QStringLiteral("--route"), QStringLiteral("project/LC-002"),
                                                        QStringLiteral("--screenshot"), shot});
    QVERIFY2(kiosk.exitCode == 0, qPrintable(kiosk.err));
}

void tst_KioskCli::receiptRoute_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("size");
    QTest::newRow("vi portrait") << QStringLiteral("vi") << QStringLiteral("1080x1920");
    QTest::newRow("en landscape") << QStringLiteral("en") << QStringLiteral("1920x1080");
}

void tst_KioskCli::receiptRoute()
{
    // A paper pledge keyed in with kioskctl, then its receipt screen on the kiosk: the QR a
    // phone scans leads to the record's public page.
    QFETCH(QString, lang);
    QFETCH(QString, size);
    const QString json = m_dataDir.filePath(QStringLiteral("waste.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"kind": "report.waste", "category": "idle_works", "place": "Bãi đất trống cạnh chợ",
               "description": "Công trình bỏ hoang từ năm 2024, vật liệu hỏng ngoài trời.", "anonymous": true})");
    f.close();
    const Run submitted = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("records"),
                                                         QStringLiteral("submit"), QStringLiteral("--json"), json});
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    const QString code = submitted.out.trimmed();
    QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-Z]{2,4}-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]$")).match(code).hasMatch());

    const QString file = QStringLiteral(SCREENSHOT_DIR "/receipt-%1-%2.png").arg(lang, size);
    const Run shot = run(QStringLiteral(CIVIC_KIOSK),
                         {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), m_dataDir.path(),
                          QStringLiteral("--lang"), lang, QStringLiteral("--size"), size, QStringLiteral("--route"),
                          QStringLiteral("receipt/") + code, QStringLiteral("--screenshot"), file});
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    const Run z = run(QStringLiteral(ZBARIMG), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    QCOMPARE(z.out.trimmed(), QStringLiteral("https://congxay.haiphong.gov.vn/r/") + code);

    const Run unknown = run(QStringLiteral(CIVIC_KIOSK),
                            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), m_dataDir.path(),
                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--route"), QStringLiteral("receipt/HP-22222-2")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no receipt HP-22222-2")), qPrintable(unknown.err));
}

void tst_KioskCli::firstStartAsksForAStaffPin()
{
    QTemporaryDir fresh;
    auto startAndWatch = [&](int ms) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(CIVIC_KIOSK), {QStringLiteral("--data-dir"), fresh.path()});
        if (!p.waitForStarted(10'000))
            return QStringLiteral("did not start");
        QByteArray err;
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired() && !err.contains("first start") && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAll();
        }
        p.kill();
        p.waitForFinished();
        return QString::fromUtf8(err + p.readAll());
    };
    const QString first = startAndWatch(20'000);
    QVERIFY2(first.contains(QStringLiteral("first start: no staff PIN yet")), qPrintable(first));
    // Once staff set a PIN, the kiosk starts on home.
    QProcess setPin;
    setPin.start(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), fresh.path(), QStringLiteral("set-pin")});
    setPin.write("274913\n");
    setPin.closeWriteChannel();
    QVERIFY(setPin.waitForFinished(30'000));
    QCOMPARE(setPin.exitCode(), 0);
    const QString second = startAndWatch(4'000);
    QVERIFY2(second.contains(QStringLiteral("language")), qPrintable(second));  // it did start
    QVERIFY(!second.contains(QStringLiteral("first start")));
}

QTEST_GUILESS_MAIN(tst_KioskCli)
#include "tst_kioskcli.moc"
