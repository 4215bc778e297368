// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapaths.h"
#include "recordfixture.h"
#include "records/receiptcode.h"
#include "store/database.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** kioskctl records: staff keying paper pledges and listing what the kiosk holds. */
class tst_RecordsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void submitEachKind_data();
    void submitEachKind();
    void invalid_data();
    void invalid();
    void malformed_data();
    void malformed();
    void documentedExamplesAreAccepted();
    void listHasNoPersonalData();

private:
    struct Run { int exitCode; QString out; QString err; };
    Run kioskctl(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"));
    QString writeJson(const QJsonObject &o);
    QTemporaryDir m_dir;
    int m_files = 0;
    QStringList m_codes;
};

tst_RecordsCli::Run tst_RecordsCli::kioskctl(const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kiosk.*.info=false"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KIOSKCTL), QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString tst_RecordsCli::writeJson(const QJsonObject &o)
{
    const QString path = m_dir.filePath(QStringLiteral("r%1.json").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0)
        return {};
    return path;
}

void tst_RecordsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run r = kioskctl({QStringLiteral("records"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
}

void tst_RecordsCli::submitEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("variant");
    for (const QString &kind : RecordFixture::kinds())
        for (int variant : {0, 1})
            QTest::newRow(qPrintable(kind + u' ' + QString::number(variant))) << kind << variant;
}

void tst_RecordsCli::submitEachKind()
{
    QFETCH(QString, kind);
    QFETCH(int, variant);
    const Run r = kioskctl({QStringLiteral("records"), QStringLiteral("submit"), QStringLiteral("--json"),
                            writeJson(RecordFixture::json(kind, variant))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.endsWith(u'\n'));
    const QString code = r.out.chopped(1);
    QVERIFY2(!code.contains(u'\n'), qPrintable(r.out));
    QVERIFY(ReceiptCode::isValid(code));
    QVERIFY(code.startsWith(QStringLiteral("HP-"))); // the default prefix
    m_codes << code;
}

void tst_RecordsCli::invalid_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("lines"); // each must appear as a line of stderr
    QJsonObject land = RecordFixture::json(QStringLiteral("pledge.land"));
    land.insert(QStringLiteral("areaM2"), 0.01);
    QJsonObject person = land.value(QStringLiteral("person")).toObject();
    person.insert(QStringLiteral("phone"), QStringLiteral("0225 3842 123"));
    land.insert(QStringLiteral("person"), person);
    QTest::newRow("land en") << land << QStringLiteral("en_GB.UTF-8")
                             << QStringList{QStringLiteral("areaM2: The area must be from 0.1 to 100,000 m²."),
                                            QStringLiteral("person.phone: This is a landline number. A mobile number has 10 digits and "
                                                           "starts with 03, 05, 07, 08 or 09, for example 0912 345 678.")};
    QTest::newRow("land vi") << land << QStringLiteral("vi_VN.UTF-8")
                             << QStringList{QStringLiteral("areaM2: Diện tích phải từ 0,1 đến 100.000 m²."),
                                            QStringLiteral("person.phone: Đây là số máy bàn. Số di động có 10 chữ số và bắt đầu bằng "
                                                           "03, 05, 07, 08 hoặc 09, ví dụ 0912 345 678.")};
    QJsonObject materials = RecordFixture::json(QStringLiteral("pledge.materials"));
    materials.insert(QStringLiteral("anonymous"), true);
    materials.remove(QStringLiteral("person"));
    materials.remove(QStringLiteral("consent"));
    QTest::newRow("anonymous pledge not allowed") << materials << QStringLiteral("vi_VN.UTF-8")
            << QStringList{QStringLiteral("anonymous: Phường chưa nhận đăng ký đóng góp ẩn danh. Xin ghi họ tên và số điện thoại.")};
    QJsonObject waste = RecordFixture::json(QStringLiteral("report.waste"), 1);
    waste.insert(QStringLiteral("description"), QString(10000, u'x'));
    waste.insert(QStringLiteral("colour"), 3);
    QTest::newRow("waste paste en") << waste << QStringLiteral("C.UTF-8")
            << QStringList{QStringLiteral("colour: is not a field of this kind of record"),
                           QStringLiteral("description: Too long (max 5,000 characters; this has 10,000).")};
    QTest::newRow("unknown kind") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("pledge.money")}} << QStringLiteral("C.UTF-8")
            << QStringList{QStringLiteral("kind: there is no kind “pledge.money”; use pledge.land, pledge.labour, pledge.materials or report.waste")};
}

void tst_RecordsCli::invalid()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, lang);
    QFETCH(QStringList, lines);
    const Run r = kioskctl({QStringLiteral("records"), QStringLiteral("submit"), QStringLiteral("--json"), writeJson(json)}, lang);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    const QStringList errLines = r.err.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(errLines.contains(line), qPrintable(r.err));
}

void tst_RecordsCli::malformed_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no such file
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("cannot read");
    QTest::newRow("truncated") << QByteArray("{\"kind\": \"pledge.land\", ") << QStringLiteral("is not valid JSON (at offset");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("must hold one JSON object");
    QTest::newRow("binary") << QByteArray("\xFF\xD8\xFF\xE0 JFIF", 10) << QStringLiteral("is not valid JSON");
    QTest::newRow("empty") << QByteArray(" ") << QStringLiteral("is not valid JSON");
}

void tst_RecordsCli::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("m%1.json").arg(++m_files));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = kioskctl({QStringLiteral("records"), QStringLiteral("submit"), QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const Run usage = kioskctl({QStringLiteral("records"), QStringLiteral("submit")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains(QStringLiteral("records: expected")));
}

void tst_RecordsCli::documentedExamplesAreAccepted()
{
    // Every ```json block of deploy/RECORDS-JSON.md, with labour dates moved into the future
    // and anonymous pledges allowed in a data dir of its own.
    QFile doc(QStringLiteral(RECORDS_JSON_DOC));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    QTemporaryDir dataDir;
    {
        Database db;
        QVERIFY(db.open(DataPaths::databaseFile(dataDir.path())));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('allowAnonymousPledges', '1'), ('receiptPrefix', 'HB2')")));
    }
    QSet<QString> kinds;
    auto it = block.globalMatch(text);
    while (it.hasNext()) {
        QString json = it.next().captured(1);
        json.replace(QStringLiteral("2025-07-01"), QDate::currentDate().addDays(1).toString(Qt::ISODate));
        json.replace(QStringLiteral("2025-07-31"), QDate::currentDate().addDays(31).toString(Qt::ISODate));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + json));
        kinds.insert(parsed.object().value(QStringLiteral("kind")).toString());
        const QString path = writeJson(parsed.object());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("records"),
                                           QStringLiteral("submit"), QStringLiteral("--json"), path});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError()) + json));
        QVERIFY(QString::fromLatin1(p.readAllStandardOutput()).startsWith(QStringLiteral("HB2-")));
    }
    QCOMPARE(kinds.size(), 4);
}

void tst_RecordsCli::listHasNoPersonalData()
{
    const Run r = kioskctl({QStringLiteral("records"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_codes.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u'\t');
        // code, kind, created at, sync state, the city's status, its public reply
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields.at(0), m_codes.at(i));
        QVERIFY(fields.at(1).startsWith(QStringLiteral("pledge.")) || fields.at(1) == u"report.waste");
        QVERIFY(QDateTime::fromString(fields.at(2), Qt::ISODateWithMs).isValid());
        QCOMPARE(fields.at(3), QStringLiteral("pending"));
        QCOMPARE(fields.at(4), QStringLiteral("submitted"));
        QCOMPARE(fields.at(5), QString());
    }
    QVERIFY(!r.out.contains(QStringLiteral("Nguyễn")) && !r.out.contains(QStringLiteral("0912")));
    // Staff keyed them: entered_by says so.
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(m_dir.filePath(QStringLiteral("data")))));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records WHERE entered_by = 'staff'")) && q.next());
    QCOMPARE(q.value(0).toInt(), m_codes.size());
}

QTEST_GUILESS_MAIN(tst_RecordsCli)
#include "tst_recordscli.moc"
