// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/qrencoder.h"
#include "qrpainter.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** QR codes a phone can read: encoded by libqrencode, painted by the kiosk, read by zbarimg. */
class tst_QrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void crispModulesAndQuietZone();
    void errorCorrectionIsM();
    void emptyAndTooLong();
};

namespace {
QString decode(const QImage &image, QString *errorOut)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.png"));
    if (!image.save(path))
        return {};
    QProcess zbar;
    zbar.start(QStringLiteral(ZBARIMG), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    zbar.waitForFinished(20000);
    *errorOut = QString::fromUtf8(zbar.readAllStandardError());
    QString out = QString::fromUtf8(zbar.readAllStandardOutput());
    if (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}
}

void tst_QrCode::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("side");
    QTest::newRow("portal") << QStringLiteral("https://haiphong.gov.vn") << 300;
    QTest::newRow("work url") << QStringLiteral("https://congxay.haiphong.gov.vn/p/HB-001") << 360;
    QTest::newRow("work url small") << QStringLiteral("https://congxay.haiphong.gov.vn/p/HB-001") << 120;
    QTest::newRow("receipt url") << QStringLiteral("https://congxay.haiphong.gov.vn/r/HP7-K3M9-X") << 400;
    QTest::newRow("vietnamese path") << QStringLiteral("https://congxay.haiphong.gov.vn/tìm?q=đường Tô Hiệu") << 400;
    QTest::newRow("vietnamese text") << QStringLiteral("Cùng Xây Hải Phòng — Đẩy mạnh phát triển kết cấu hạ tầng") << 500;
    QTest::newRow("long url") << QStringLiteral("https://congxay.haiphong.gov.vn/p/") + QString(300, u'A') << 800;
}

void tst_QrCode::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, side);
    const QrMatrix m = QrMatrix::encode(text);
    QVERIFY(!m.isNull());
    const QImage image = QrPainter::toImage(m, side);
    QVERIFY(image.width() <= side);
    QString zbarError;
    QCOMPARE(decode(image, &zbarError), text);
}

void tst_QrCode::crispModulesAndQuietZone()
{
    const QrMatrix m = QrMatrix::encode(QStringLiteral("https://congxay.haiphong.gov.vn/p/LC-004"));
    for (int side : {100, 333, 360, 517}) {
        const QImage image = QrPainter::toImage(m, side).convertToFormat(QImage::Format_RGB32);
        const int unit = image.width() / m.sizeWithQuietZone();
        QCOMPARE(image.width(), unit * m.sizeWithQuietZone());
        QVERIFY(unit >= 1);
        // Only pure black and pure white pixels: no anti-aliased edges.
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y) & 0xFFFFFF;
                QVERIFY2(p == 0 || p == 0xFFFFFF, qPrintable(QStringLiteral("grey pixel at %1,%2").arg(x).arg(y)));
            }
        // Every module is one colour and matches the matrix; the quiet zone is white.
        for (int my = 0; my < m.sizeWithQuietZone(); ++my)
            for (int mx = 0; mx < m.sizeWithQuietZone(); ++mx) {
                const int qx = mx - QrMatrix::QuietZone, qy = my - QrMatrix::QuietZone;
                const bool inside = qx >= 0 && qy >= 0 && qx < m.size() && qy < m.size();
                const bool dark = inside && m.isDark(qx, qy);
                const QRgb expected = dark ? 0 : 0xFFFFFF;
                QCOMPARE(image.pixel(mx * unit, my * unit) & 0xFFFFFF, expected);
                QCOMPARE(image.pixel(mx * unit + unit - 1, my * unit + unit - 1) & 0xFFFFFF, expected);
            }
    }
}

void tst_QrCode::errorCorrectionIsM()
{
    // Version 2 holds 26 bytes at M but 32 at L: 30 bytes must need version 3 at M.
    const QrMatrix m = QrMatrix::encode(QString(30, u'a'));
    QCOMPARE(m.version(), 3);
    QCOMPARE(QrMatrix::encode(QString(30, u'a'), 0).version(), 2);
}

void tst_QrCode::emptyAndTooLong()
{
    QVERIFY(QrMatrix::encode(QString()).isNull());
    QVERIFY(QrMatrix::encode(QString(5000, u'x')).isNull());
    QVERIFY(QrPainter::toImage(QrMatrix(), 100).isNull());
}

QTEST_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
