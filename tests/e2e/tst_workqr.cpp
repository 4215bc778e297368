// SPDX-License-Identifier: GPL-3.0-or-later
// A work's QR code, end to end: the kiosk enrolled to a real city-hub on 127.0.0.1 renders a
// work's page, zbarimg reads the QR code from the screenshot, and the URL it names is fetched
// from the hub, as a resident's phone would.
#include "hubprocess.h"
#include "programrun.h"

#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class tst_WorkQr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void qrOpensTheWorksPage_data();
    void qrOpensTheWorksPage();
    void cleanupTestCase();

private:
    using Run = ProgramRun;
    static Run run(const QString &program, const QStringList &args)
    {
        // The kiosk must take its public URL from the hub, not from the caller's environment.
        return runProgram(program, args, 120'000, {{QStringLiteral("CIVIC_PUBLIC_URL"), QString()}});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_kioskDir;
};

void tst_WorkQr::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    // The hub's public URL names its own port, so the port is chosen first.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    m_hub = std::make_unique<HubProcess>(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.sqlite")),
                                         QStringLiteral("http://127.0.0.1:%1").arg(port));
    QVERIFY(m_hub->start(port));

    // Enrol the kiosk and sync once: the content it gets carries the hub's public URL.
    m_kioskDir = m_dir.filePath(QStringLiteral("kiosk"));
    int exit = -1;
    QString error;
    const QString code = m_hub->admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")},
                                      &exit, &error);
    QVERIFY2(exit == 0, qPrintable(error));
    const Run enrol = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), m_kioskDir, QStringLiteral("enrol"),
                                                     m_hub->url(), code});
    QVERIFY2(enrol.exitCode == 0, qPrintable(enrol.err));
    const Run sync = run(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), m_kioskDir, QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err + sync.out));
}

void tst_WorkQr::qrOpensTheWorksPage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("name");
    QTest::newRow("vi portrait") << QStringLiteral("vi") << QStringLiteral("1080x1920")
                                 << QStringLiteral("Cải tạo, nâng cấp đường Hoàng Văn Thụ");
    QTest::newRow("en landscape") << QStringLiteral("en") << QStringLiteral("1920x1080")
                                  << QStringLiteral("Cải tạo, nâng cấp đường Hoàng Văn Thụ");
}

void tst_WorkQr::qrOpensTheWorksPage()
{
    QFETCH(QString, lang);
    QFETCH(QString, size);
    QFETCH(QString, name);
    const QString shot = QStringLiteral(SCREENSHOT_DIR "/work-qr-%1-%2.png").arg(lang, size);
    QFile::remove(shot);
    const Run kiosk = run(QStringLiteral(CIVIC_KIOSK),
                          {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), m_kioskDir,
                           QStringLiteral("--lang"), lang, QStringLiteral("--size"), size, QStringLiteral("--route"),
                           QStringLiteral("project/HB-001"), QStringLiteral("--screenshot"), shot});
    QVERIFY2(kiosk.exitCode == 0, qPrintable(kiosk.err));
    QVERIFY(!QImage(shot).isNull());

    const Run z = run(QStringLiteral(ZBARIMG), {QStringLiteral("--raw"), QStringLiteral("-q"), shot});
    QCOMPARE(z.exitCode, 0);
    const QString url = z.out.trimmed();
    QCOMPARE(url, m_hub->url() + QStringLiteral("/p/HB-001"));

    // The phone opens what it read.
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(20'000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(30'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().startsWith("text/html"));
    const QString page = QString::fromUtf8(reply->readAll());
    delete reply;
    QVERIFY2(page.contains(QStringLiteral("<h1 class=\"title\">%1</h1>").arg(name)), qPrintable(page.left(2000)));
    QVERIFY(page.contains(QStringLiteral("HB-001")));
}

void tst_WorkQr::cleanupTestCase()
{
    m_hub.reset();
}

QTEST_GUILESS_MAIN(tst_WorkQr)
#include "tst_workqr.moc"
