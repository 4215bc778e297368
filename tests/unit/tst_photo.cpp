// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/projectcatalog.h"
#include "recordscontroller.h"
#include "records/recordstore.h"
#include "store/database.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

/** The waste report's photo: re-encoded small enough, stripped of EXIF, stored with the
    record; and no photo step at all on a kiosk without a camera. */
class tst_Photo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void largeNoisyPictureFitsTheCap();
    void exifIsDropped();
    void nothingFromNothing();
    void photoStepOnlyWithACamera();
    void photoIsStoredWithTheReport();

private:
    QTemporaryDir m_dir;
    Database m_db;
    ProjectCatalog m_catalog;
    std::unique_ptr<RecordsController> m_records;
};

namespace {
QByteArray decode(const QString &base64)
{
    return QByteArray::fromBase64(base64.toLatin1());
}

QImage noise(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    QRandomGenerator rng(7);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = rng.generate() | 0xFF000000;
    }
    return image;
}
}

void tst_Photo::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("k.sqlite"))));
    m_records = std::make_unique<RecordsController>(m_db, m_catalog, LocalizedText{QStringLiteral("Phường Thử"), QStringLiteral("Test Ward")},
                                                    QStringLiteral("https://congxay.haiphong.gov.vn"));
}

void tst_Photo::largeNoisyPictureFitsTheCap()
{
    const QString encoded = m_records->encodePhoto(noise(4000, 3000));
    QVERIFY(!encoded.isEmpty());
    const QByteArray jpeg = decode(encoded);
    QVERIFY(jpeg.startsWith("\xff\xd8\xff"));
    QVERIFY2(jpeg.size() <= 1'400'000, qPrintable(QString::number(jpeg.size())));
    const QImage back = QImage::fromData(jpeg, "JPEG");
    QCOMPARE(back.width(), 1600);
    QCOMPARE(back.height(), 1200);
}

void tst_Photo::exifIsDropped()
{
    // A JPEG as a camera writes it: an APP1 "Exif" segment (with a made-up GPS tag) after SOI.
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    QByteArray plain;
    QBuffer buffer(&plain);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(picture.save(&buffer, "JPEG", 90));
    const QByteArray exifBody = QByteArrayLiteral("Exif\0\0MM\0*\0\0\0\x08GPS 20.86N 106.68E");
    QByteArray app1("\xff\xe1", 2);
    const int length = int(exifBody.size()) + 2;
    app1.append(char(length >> 8)).append(char(length & 0xff)).append(exifBody);
    const QByteArray withExif = plain.left(2) + app1 + plain.mid(2);
    QVERIFY(withExif.contains("Exif"));
    const QImage loaded = QImage::fromData(withExif, "JPEG");
    QVERIFY(!loaded.isNull());

    const QByteArray stored = decode(m_records->encodePhoto(loaded));
    QVERIFY(stored.startsWith("\xff\xd8\xff"));
    QVERIFY(!stored.contains("Exif"));
    QVERIFY(!stored.contains("GPS"));
}

void tst_Photo::nothingFromNothing()
{
    QVERIFY(m_records->encodePhoto(QImage()).isEmpty());
}

void tst_Photo::photoStepOnlyWithACamera()
{
    const QVariantMap draft{{QStringLiteral("kind"), QStringLiteral("report.waste")}};
    m_records->setCameraAvailableForTesting(false);
    QVERIFY(!m_records->steps(draft).contains(QStringLiteral("report.photo")));
    m_records->setCameraAvailableForTesting(true);
    const QStringList steps = m_records->steps(draft);
    QCOMPARE(steps.indexOf(QStringLiteral("report.photo")), steps.indexOf(QStringLiteral("report.description")) + 1);
}

void tst_Photo::photoIsStoredWithTheReport()
{
    QImage picture(800, 600, QImage::Format_RGB32);
    picture.fill(Qt::gray);
    const QVariantMap draft{
        {QStringLiteral("kind"), QStringLiteral("report.waste")},
        {QStringLiteral("category"), QStringLiteral("materials_wasted")},
        {QStringLiteral("place"), QStringLiteral("Cạnh nhà văn hóa tổ 7")},
        {QStringLiteral("description"), QStringLiteral("Xi măng để ngoài mưa từ tuần trước, đã đông cứng.")},
        {QStringLiteral("anonymous"), true},
        {QStringLiteral("photo"), m_records->encodePhoto(picture)},
    };
    const QString code = m_records->submit(draft);
    QVERIFY2(!code.isEmpty(), qPrintable(m_records->lastError()));
    const auto stored = m_records->store().find(code);
    QVERIFY(stored.has_value());
    QVERIFY(stored->payload.value(QStringLiteral("hasPhoto")).toBool());
}

QTEST_MAIN(tst_Photo)
#include "tst_photo.moc"
