// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordscsv.h"
#include "records/recordstore.h"
#include "staff/usbmedia.h"

#include "store/database.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** What staff take away on a USB stick: the records CSV (BOM, quoting, no personal data) and
    where the kiosk looks for sticks and content bundles. */
class tst_StaffExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvHasBomHeaderAndRows();
    void csvFieldsAreQuotedAndDefused();
    void csvHoldsNoPersonalData();
    void usbRootOverride();
    void bundleFolders();
};

void tst_StaffExport::csvHasBomHeaderAndRows()
{
    const QList<RecordListEntry> list{
            {QStringLiteral("HP-2345K-M"), QStringLiteral("pledge.land"), QStringLiteral("2026-11-27T08:30:00+07:00"),
             QStringLiteral("pending"), QStringLiteral("HONG-BANG"), QStringLiteral("submitted"), QStringLiteral("resident"), QString()},
            {QStringLiteral("HP-2345L-N"), QStringLiteral("report.waste"), QStringLiteral("2026-11-27T09:00:00+07:00"),
             QStringLiteral("confirmed"), QStringLiteral("LE-CHAN"), QStringLiteral("verified"), QStringLiteral("staff"), QString()}};
    const QByteArray csv = RecordsCsv::make(list);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("receipt_code,kind,created_at,ward,status,sync_state,entered_by\r"));
    QCOMPARE(lines.at(1), QByteArray("HP-2345K-M,pledge.land,2026-11-27T08:30:00+07:00,HONG-BANG,submitted,pending,resident\r"));
    QCOMPARE(lines.at(2), QByteArray("HP-2345L-N,report.waste,2026-11-27T09:00:00+07:00,LE-CHAN,verified,confirmed,staff\r"));
    QVERIFY(lines.at(3).isEmpty());
    QCOMPARE(RecordsCsv::make({}), QByteArray("\xEF\xBB\xBFreceipt_code,kind,created_at,ward,status,sync_state,entered_by\r\n"));
}

void tst_StaffExport::csvFieldsAreQuotedAndDefused()
{
    QCOMPARE(RecordsCsv::field(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(RecordsCsv::field(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(RecordsCsv::field(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(RecordsCsv::field(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
    QCOMPARE(RecordsCsv::field(QStringLiteral("=HYPERLINK(\"x\")")), QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(RecordsCsv::field(QStringLiteral("+1")), QByteArray("'+1"));
    // A tab or carriage return first is a formula to some spreadsheets too.
    QCOMPARE(RecordsCsv::field(QStringLiteral("\t=1+1")), QByteArray("'\t=1+1"));
    QCOMPARE(RecordsCsv::field(QStringLiteral("\r=1")), QByteArray("\"'\r=1\""));
    QCOMPARE(RecordsCsv::field(QStringLiteral("@SUM(A1)")), QByteArray("'@SUM(A1)"));
    QCOMPARE(RecordsCsv::field(QStringLiteral("-2")), QByteArray("'-2"));
    QCOMPARE(RecordsCsv::field(QStringLiteral("Phường Hồng Bàng")), QStringLiteral("Phường Hồng Bàng").toUtf8());
}

void tst_StaffExport::csvHoldsNoPersonalData()
{
    // A real store with a named pledge: its list, and so the CSV, carries no name or phone.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("kiosk.sqlite"))));
    RecordStore store(db);
    QList<FieldProblem> problems;
    const RecordDraft draft = RecordDraft::fromJson(
            QJsonDocument::fromJson(R"({"kind": "pledge.materials", "items": [{"item": "cement", "quantity": 20, "unit": "bao"}],
              "person": {"fullName": "Nguyễn Thị Hoa", "phone": "0912345678", "residentialGroup": "Tổ dân phố số 5"},
              "consent": {"given": true, "textVersion": "paper-2025-01", "text": "Tôi đồng ý"}})")
                    .object(),
            &problems);
    QVERIFY(problems.isEmpty());
    SubmitContext context;
    context.kioskId = QStringLiteral("KIOSK-1");
    context.kioskPrefix = QStringLiteral("HP");
    context.ward = QStringLiteral("HONG-BANG");
    context.enteredBy = QStringLiteral("staff");
    const SubmitResult result = store.submit(draft, context);
    QVERIFY2(result.ok, qPrintable(result.error.en));
    const QByteArray csv = RecordsCsv::make(store.list());
    QVERIFY(csv.contains(result.receiptCode.toLatin1() + ",pledge.materials,"));
    QVERIFY(csv.contains(",HONG-BANG,submitted,pending,staff\r\n"));
    for (const char *personal : {"Nguyễn", "Hoa", "0912345678", "Tổ dân phố", "Tôi đồng ý", "cement"})
        QVERIFY2(!csv.contains(personal), personal);
}

void tst_StaffExport::usbRootOverride()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("STICK-B")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("STICK-A")));
    QFile(root.filePath(QStringLiteral("not-a-stick.txt"))).open(QIODevice::WriteOnly);
    qputenv("CIVIC_KIOSK_USB_ROOT", QFile::encodeName(root.path()));
    QCOMPARE(UsbMedia::mountPoints(), (QStringList{root.filePath(QStringLiteral("STICK-A")), root.filePath(QStringLiteral("STICK-B"))}));
    qunsetenv("CIVIC_KIOSK_USB_ROOT");
    // Without the override only real mounts under /media or /run/media count.
    for (const QString &m : UsbMedia::mountPoints())
        QVERIFY2(m.startsWith(u"/media/") || m.startsWith(u"/run/media/"), qPrintable(m));
    QVERIFY(QRegularExpression(QStringLiteral("^cung-xay-hai-phong-records-20261127-0930\\.csv$"))
                    .match(UsbMedia::exportFileName(QStringLiteral("20261127-0930"))).hasMatch());
}

void tst_StaffExport::bundleFolders()
{
    QTemporaryDir root;
    const QDir r(root.path());
    const auto touch = [&r](const QString &rel) {
        QVERIFY(r.mkpath(QFileInfo(r.filePath(rel)).path()));
        QFile f(r.filePath(rel));
        QVERIFY(f.open(QIODevice::WriteOnly));
    };
    touch(QStringLiteral("A/bundle.json"));              // a stick that is a bundle
    touch(QStringLiteral("B/content-2026/bundle.json")); // a bundle folder on a stick
    touch(QStringLiteral("B/photos/x.jpg"));              // no bundle
    touch(QStringLiteral("B/deep/er/bundle.json"));       // too deep: not offered
    QVERIFY(r.mkpath(QStringLiteral("C/bundle.json")));   // a folder named bundle.json is no bundle
    const QStringList mounts{r.filePath(QStringLiteral("A")), r.filePath(QStringLiteral("B")), r.filePath(QStringLiteral("C"))};
    QCOMPARE(UsbMedia::bundleFolders(mounts),
             (QStringList{r.filePath(QStringLiteral("A")), r.filePath(QStringLiteral("B/content-2026"))}));
    QCOMPARE(UsbMedia::bundleFolders({r.filePath(QStringLiteral("missing"))}), QStringList());
}

QTEST_GUILESS_MAIN(tst_StaffExport)
#include "tst_staffexport.moc"
