// SPDX-License-Identifier: GPL-3.0-or-later
// The whole loop with the real city-hub on 127.0.0.1: kioskctl enrols, records are delivered
// exactly once through a proxy that drops, fails and stalls requests and while the hub is
// killed mid-batch; statuses come back; the phone page and Open311 read what arrived.
#include "content/contentstore.h"
#include "datapaths.h"
#include "dbquery.h"
#include "hubprocess.h"
#include "programrun.h"
#include "open311schema.h"
#include "recordfixture.h"
#include "records/receiptcode.h"
#include "records/recordstore.h"
#include "store/database.h"
#include "sync/syncclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <QXmlStreamReader>

namespace {

struct Http
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

Http httpRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const QByteArray &type = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(20'000);
    if (!type.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30'000);
    Http h;
    h.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    h.body = reply->readAll();
    h.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    delete reply;
    return h;
}

int runKioskctl(const QString &dataDir, const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(KIOSKCTL), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    p.waitForFinished(300'000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

}

class tst_Sync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tenThousandRecordsArriveOnce();
    void faultyNetworkStillDeliversEachRecordOnce();
    void hubKilledMidBatchThenRestarted();
    void timeoutsAndBlackholes();
    void answersCutOffAreFailedAttempts();
    void resetConnectionIsNamed();
    void statusRoundTripAndPhonePage();
    void revokedKioskIsRefused();
    void oneKioskCannotWriteAsAnother();
    void open311ClientFilesAndReadsBack();

private:
    void enrolKiosk(const QString &url);
    void submit(int count);
    qint64 hubCount(const QString &sql);
    /** Pushes until the outbox is empty or `rounds` tries are used; returns the tries used. */
    int pushUntilEmpty(int rounds, int timeoutMs, int *duplicates = nullptr, int batch = SyncClient::MaxBatchRecords);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_kioskDir;
    QString m_hubDb;
    QStringList m_codes;
};

void tst_Sync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_kioskDir = m_dir->filePath(QStringLiteral("kiosk"));
    m_hubDb = m_dir->filePath(QStringLiteral("hub.sqlite"));
    m_hub = std::make_unique<HubProcess>(QStringLiteral("sqlite:") + m_hubDb);
    QVERIFY(m_hub->start());
    m_codes.clear();
}

void tst_Sync::cleanup()
{
    m_hub.reset();
    m_dir.reset();
}

void tst_Sync::enrolKiosk(const QString &url)
{
    int exit = -1;
    QString error;
    const QString code = m_hub->admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")},
                                      &exit, &error);
    QVERIFY2(exit == 0, qPrintable(error));
    QString out;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("enrol"), url, code}, &out), 0);
    // The code works once.
    QString again;
    QCOMPARE(runKioskctl(m_dir->filePath(QStringLiteral("other-kiosk")), {QStringLiteral("enrol"), url, code}, &again), 1);
}

void tst_Sync::submit(int count)
{
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(m_kioskDir)));
    RecordStore store(db);
    const SubmitContext context = KioskIdentity::load(db).submitContext(db, QStringLiteral("resident"));
    QVERIFY(context.kioskId.startsWith(u'K'));
    const QList<RecordDraft> drafts = RecordFixture::mixedDrafts((count + 3) / 4);
    // Filling the outbox is set-up, not what is tested: no fsync per record here.
    QVERIFY(db.exec(QStringLiteral("PRAGMA synchronous=OFF")));
    for (int i = 0; i < count; ++i) {
        SubmitResult r = store.submit(drafts.at(i), context);
        QVERIFY2(r.ok, qPrintable(r.error.en));
        m_codes.append(r.receiptCode);
    }
}

qint64 tst_Sync::hubCount(const QString &sql)
{
    return sqliteCount(m_hubDb, sql);
}

int tst_Sync::pushUntilEmpty(int rounds, int timeoutMs, int *duplicates, int batch)
{
    SyncClient client(m_kioskDir);
    client.setTimeoutMs(timeoutMs);
    client.setBatchRecords(batch);
    for (int round = 1; round <= rounds; ++round) {
        QSignalSpy done(&client, &SyncClient::syncFinished);
        client.pushOnce();
        if (done.isEmpty() && !done.wait(120'000))
            return -1;
        const SyncReport r = done.at(0).at(0).value<SyncReport>();
        if (duplicates)
            *duplicates += r.duplicates;
        if (r.pushOk && r.outbox.pending == 0)
            return round;
    }
    return -1;
}

void tst_Sync::tenThousandRecordsArriveOnce()
{
    enrolKiosk(m_hub->url());
    if (QTest::currentTestFailed())
        return;
    submit(10'000);
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer timer;
    timer.start();
    QString out;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &out), 0);
    qInfo("10,000 records delivered by kioskctl sync in %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 10'000);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(DISTINCT receipt_code) FROM records")), 10'000);
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(m_kioskDir)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL OR photo IS NOT NULL")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM records WHERE sync_state = 'confirmed'")).toInt(), 10'000);
    // The hub keeps what the kiosk dropped: personal data of the named pledges.
    QVERIFY(hubCount(QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL")) > 5'000);
    QVERIFY(out.contains(QStringLiteral("10000")));
}

void tst_Sync::faultyNetworkStillDeliversEachRecordOnce()
{
    FaultProxy proxy;
    QVERIFY(proxy.start(m_hub->port()));
    enrolKiosk(proxy.url());
    if (QTest::currentTestFailed())
        return;
    submit(2'000);
    if (QTest::currentTestFailed())
        return;
    // Small batches make more requests, so every fault happens many times.
    QVERIFY(proxy.command(QStringLiteral("random 4242 0.15 0.15 0.2 0.1 300")).startsWith(u"ok"));
    int duplicates = 0;
    const int rounds = pushUntilEmpty(400, 5'000, &duplicates, 20);
    QVERIFY2(rounds > 0, "the outbox never emptied");
    const QString counts = proxy.command(QStringLiteral("count"));
    qInfo("delivered in %d tries through the faulty proxy; %s; %d answers were duplicates", rounds, qPrintable(counts), duplicates);
    QVERIFY(!counts.contains(QStringLiteral("drop-response=0")));
    QVERIFY(!counts.contains(QStringLiteral("http500=0")));
    QVERIFY(duplicates > 0);  // a dropped answer was really re-sent and recognised
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 2'000);
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(m_kioskDir)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    // Every code the kiosk printed is at the hub.
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records WHERE receipt_code IN ('%1')").arg(m_codes.join(QStringLiteral("','")))),
             2'000);
}

void tst_Sync::hubKilledMidBatchThenRestarted()
{
    FaultProxy proxy;
    QVERIFY(proxy.start(m_hub->port()));
    enrolKiosk(proxy.url());
    if (QTest::currentTestFailed())
        return;
    submit(3'000);
    if (QTest::currentTestFailed())
        return;
    // Answers held back 400 ms, so the kill lands while batches are in flight.
    QVERIFY(proxy.command(QStringLiteral("delay 400")).startsWith(u"ok"));
    const quint16 port = m_hub->port();
    SyncClient client(m_kioskDir);
    client.setTimeoutMs(5'000);
    QSignalSpy done(&client, &SyncClient::syncFinished);
    client.pushOnce();
    QTest::qWait(900);
    m_hub->kill();
    QVERIFY(done.wait(30'000));
    QVERIFY(!done.at(0).at(0).value<SyncReport>().pushOk);
    const qint64 before = hubCount(QStringLiteral("SELECT count(*) FROM records"));
    qInfo("the hub held %lld records when it was killed", qlonglong(before));
    QVERIFY(before < 3'000);
    QVERIFY(m_hub->start(port));
    QVERIFY(proxy.command(QStringLiteral("pass")).startsWith(u"ok"));
    QVERIFY(pushUntilEmpty(10, 10'000) > 0);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 3'000);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")), 0);
}

void tst_Sync::timeoutsAndBlackholes()
{
    FaultProxy proxy;
    QVERIFY(proxy.start(m_hub->port()));
    enrolKiosk(proxy.url());
    if (QTest::currentTestFailed())
        return;
    submit(10);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(proxy.command(QStringLiteral("blackhole")).startsWith(u"ok"));
    SyncClient client(m_kioskDir);
    client.setTimeoutMs(1'500);
    QSignalSpy done(&client, &SyncClient::syncFinished);
    QElapsedTimer timer;
    timer.start();
    client.pushOnce();
    QVERIFY(done.wait(20'000));
    QVERIFY(timer.elapsed() < 10'000);
    const SyncReport r = done.at(0).at(0).value<SyncReport>();
    QVERIFY(!r.pushOk);
    QCOMPARE(r.outbox.pending, 10);
    QVERIFY(proxy.command(QStringLiteral("drop-request")).startsWith(u"ok"));
    QCOMPARE(pushUntilEmpty(1, 1'500), -1);
    QVERIFY(proxy.command(QStringLiteral("pass")).startsWith(u"ok"));
    QCOMPARE(pushUntilEmpty(1, 5'000), 1);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 10);
}

void tst_Sync::answersCutOffAreFailedAttempts()
{
    // The hub publishes content the kiosk does not have yet.
    QTemporaryDir bundle;
    const QDir demo(DataPaths::builtInDemoBundle());
    QVERIFY(QDir(bundle.path()).mkpath(QStringLiteral("images")));
    for (const QString &name : QDir(demo.filePath(QStringLiteral("images"))).entryList(QDir::Files))
        QVERIFY(QFile::copy(demo.filePath(QStringLiteral("images/") + name), bundle.filePath(QStringLiteral("images/") + name)));
    QFile json(demo.filePath(QStringLiteral("bundle.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    root.insert(QStringLiteral("version"), QStringLiteral("2026.12.01-e2e"));
    QFile out(bundle.filePath(QStringLiteral("bundle.json")));
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0);
    out.close();
    int exit = -1;
    QString error;
    m_hub->admin({QStringLiteral("publish"), bundle.path()}, &exit, &error);
    QVERIFY2(exit == 0, qPrintable(error));

    FaultProxy proxy;
    QVERIFY(proxy.start(m_hub->port()));
    enrolKiosk(proxy.url());
    if (QTest::currentTestFailed())
        return;
    submit(30);
    if (QTest::currentTestFailed())
        return;
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(m_kioskDir)));
    const ContentStore content(db, DataPaths::imagesDir(m_kioskDir));
    const QString before = content.load().version;
    QVERIFY(before != u"2026.12.01-e2e");

    // 1. The hub stores the batch, its answer is cut off: an unknown outcome, so the records
    //    stay queued and go again.
    QVERIFY(proxy.command(QStringLiteral("truncate-response /api/v1/records")).startsWith(u"ok"));
    QString said;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &said), 1);
    QVERIFY2(said.contains(QStringLiteral("cut off")), qPrintable(said));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 30);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 30);

    // 2. The records go again (the hub answers duplicate); an image of the new content is cut
    //    off: the old content stays whole and no ETag is kept.
    QVERIFY(proxy.command(QStringLiteral("truncate-response /api/v1/content/images/")).startsWith(u"ok"));
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &said), 1);
    QVERIFY2(said.contains(QStringLiteral("cut off")), qPrintable(said));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 30);
    QCOMPARE(content.load().version, before);
    QCOMPARE(db.setting(QStringLiteral("sync.contentEtag")), QString());
    QCOMPARE(QDir(m_kioskDir).entryList({QStringLiteral("incoming-*")}, QDir::Dirs).size(), 0);

    // 3. The city answers a record; the statuses' answer is cut off: nothing is taken from it.
    m_hub->admin({QStringLiteral("set-status"), m_codes.at(0), QStringLiteral("verified")}, &exit, &error);
    QVERIFY2(exit == 0, qPrintable(error));
    QVERIFY(proxy.command(QStringLiteral("truncate-response /api/v1/receipts")).startsWith(u"ok"));
    qputenv("LANG", "vi_VN.UTF-8");
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &said), 1);
    qunsetenv("LANG");
    QVERIFY2(said.contains(QStringLiteral("bị cắt ngang")), qPrintable(said));
    QCOMPARE(RecordStore(db).find(m_codes.at(0))->status, QStringLiteral("received"));

    // 4. A whole network again: everything arrives, each image exactly as published.
    QVERIFY(proxy.command(QStringLiteral("pass")).startsWith(u"ok"));
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &said), 0);
    QCOMPARE(content.load().version, QStringLiteral("2026.12.01-e2e"));
    QVERIFY(!db.setting(QStringLiteral("sync.contentEtag")).isEmpty());
    QCOMPARE(RecordStore(db).find(m_codes.at(0))->status, QStringLiteral("verified"));
    // Stored images are named by their SHA-256: a whole file matches its name.
    const QDir images(DataPaths::imagesDir(m_kioskDir));
    int checked = 0;
    for (const QString &name : images.entryList(QDir::Files)) {
        QFile f(images.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray digest = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().left(32);
        QCOMPARE(QString::fromLatin1(digest), name.section(u'.', 0, 0));
        ++checked;
    }
    QVERIFY(checked > 10);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 30);
}

void tst_Sync::resetConnectionIsNamed()
{
    FaultProxy proxy;
    QVERIFY(proxy.start(m_hub->port()));
    enrolKiosk(proxy.url());
    if (QTest::currentTestFailed())
        return;
    submit(1);
    QVERIFY(proxy.command(QStringLiteral("reset")).startsWith(u"ok"));
    QString said;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &said), 1);
    QVERIFY2(said.contains(QStringLiteral("closed or reset")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("Unknown error"), Qt::CaseInsensitive), qPrintable(said));
    // kioskctl status repeats it, as the staff sync screen does.
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("status")}, &said), 0);
    QVERIFY2(said.contains(QStringLiteral("closed or reset")), qPrintable(said));
}

void tst_Sync::statusRoundTripAndPhonePage()
{
    enrolKiosk(m_hub->url());
    if (QTest::currentTestFailed())
        return;
    submit(4);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}), 0);
    int exit = -1;
    QString error;
    m_hub->admin({QStringLiteral("set-status"), m_codes.at(0), QStringLiteral("verified"), QStringLiteral("--note"),
                  QStringLiteral("Đã xác minh tại hiện trường")},
                 &exit, &error);
    QVERIFY2(exit == 0, qPrintable(error));
    QString out;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &out), 0);
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(m_kioskDir)));
    QCOMPARE(RecordStore(db).find(m_codes.at(0))->status, QStringLiteral("verified"));
    QCOMPARE(RecordStore(db).find(m_codes.at(1))->status, QStringLiteral("received"));

    // The resident's phone: the page shows the status and never the person.
    const Http page = httpRequest("GET", QUrl(m_hub->url() + QStringLiteral("/r/") + m_codes.at(0)));
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(m_codes.at(0)));
    QVERIFY(html.contains(QStringLiteral("Đã xác minh tại hiện trường")));
    const QJsonObject person = RecordFixture::json(QStringLiteral("pledge.land")).value(QStringLiteral("person")).toObject();
    QVERIFY(!html.contains(person.value(QStringLiteral("fullName")).toString()));
    QVERIFY(!html.contains(person.value(QStringLiteral("phone")).toString()));
    const Http missing = httpRequest("GET", QUrl(m_hub->url() + QStringLiteral("/r/HC-22222-2")));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.contentType.startsWith("text/html"));

    // The kiosk's status command reads it all.
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("status")}, &out), 0);
    QVERIFY(out.contains(QStringLiteral("enrolled\tyes")));
    QVERIFY(out.contains(QStringLiteral("outbox pending\t0")));
}

void tst_Sync::revokedKioskIsRefused()
{
    enrolKiosk(m_hub->url());
    if (QTest::currentTestFailed())
        return;
    submit(2);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}), 0);
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(m_kioskDir)));
    const QString kioskId = db.setting(QStringLiteral("kioskId"));
    int exit = -1;
    m_hub->admin({QStringLiteral("revoke"), kioskId}, &exit);
    QCOMPARE(exit, 0);
    submit(3);
    if (QTest::currentTestFailed())
        return;
    QString out;
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("revoked")), qPrintable(out));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 3);  // kept, not lost
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 2);

    // Staff enrol it again: the queued records, printed with the old prefix, go through, and
    // new ones get the new prefix.
    const QString oldPrefix = db.setting(QStringLiteral("receiptPrefix"));
    const QString code = m_hub->admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")}, &exit);
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("enrol"), m_hub->url(), code}, &out), 0);
    const QString newPrefix = db.setting(QStringLiteral("receiptPrefix"));
    QVERIFY(newPrefix != oldPrefix);
    submit(1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_codes.constLast().startsWith(newPrefix + u'-'));
    QCOMPARE(runKioskctl(m_kioskDir, {QStringLiteral("sync")}, &out), 0);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 6);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records WHERE receipt_code LIKE '%1-%'").arg(oldPrefix)), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    // The replaced kiosk's token is dead for good.
    QVERIFY(m_hub->admin({QStringLiteral("kiosks")}).contains(kioskId));
}

void tst_Sync::oneKioskCannotWriteAsAnother()
{
    // Kiosk A in HONG-BANG, kiosk B in LE-CHAN, each enrolled through the API.
    auto enrolApi = [this](const QString &ward) {
        int exit = -1;
        const QString code = m_hub->admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), ward}, &exit);
        const Http h = httpRequest("POST", QUrl(m_hub->url() + QStringLiteral("/api/v1/enrol")),
                                   QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson(), "application/json");
        return QJsonDocument::fromJson(h.body).object();
    };
    const QJsonObject a = enrolApi(QStringLiteral("HONG-BANG"));
    const QJsonObject b = enrolApi(QStringLiteral("LE-CHAN"));
    QVERIFY(!a.value(QStringLiteral("token")).toString().isEmpty());
    QVERIFY(!b.value(QStringLiteral("token")).toString().isEmpty());
    QVERIFY(a.value(QStringLiteral("receiptPrefix")) != b.value(QStringLiteral("receiptPrefix")));

    const RecordDraft draft = RecordFixture::draft(QStringLiteral("report.waste"), 1).normalized();  // anonymous
    auto record = [&](const QJsonObject &as, int sequence) {
        return QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {QStringLiteral("kind"), QStringLiteral("report.waste")},
                           {QStringLiteral("schema"), RecordDraft::SchemaVersion},
                           {QStringLiteral("createdAt"), QStringLiteral("2026-11-27T09:15:02.118+07:00")},
                           {QStringLiteral("ward"), as.value(QStringLiteral("ward"))},
                           {QStringLiteral("kioskId"), as.value(QStringLiteral("kioskId"))},
                           {QStringLiteral("receiptCode"), ReceiptCode::make(as.value(QStringLiteral("receiptPrefix")).toString(), quint32(sequence))},
                           {QStringLiteral("enteredBy"), QStringLiteral("resident")},
                           {QStringLiteral("payload"), draft.toPayloadJson()},
                           {QStringLiteral("personal"), QJsonValue()},
                           {QStringLiteral("photo"), QJsonValue()}};
    };
    auto post = [&](const QString &token, const QJsonArray &records) {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_hub->url() + QStringLiteral("/api/v1/records")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nam.post(request, QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(20'000);
        const QJsonArray results = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray();
        delete reply;
        return results;
    };
    const QString tokenA = a.value(QStringLiteral("token")).toString();
    QJsonObject spoofed = record(b, 7);                 // all of B's identity
    QJsonObject wardOnly = record(a, 8);                // A's id, B's ward
    wardOnly.insert(QStringLiteral("ward"), b.value(QStringLiteral("ward")));
    QJsonObject prefixOnly = record(a, 9);              // A's id and ward, B's receipt prefix
    prefixOnly.insert(QStringLiteral("receiptCode"), ReceiptCode::make(b.value(QStringLiteral("receiptPrefix")).toString(), 9));
    const QJsonArray results = post(tokenA, {spoofed, wardOnly, prefixOnly, record(a, 10)});
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("kiosk-mismatch"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("ward-mismatch"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("prefix-mismatch"));
    QVERIFY2(results.at(3).toObject().value(QStringLiteral("result")).toString() == u"accepted",
             qPrintable(results.at(3).toObject().value(QStringLiteral("reason")).toString()));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 1);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records WHERE kiosk_id = '%1'").arg(b.value(QStringLiteral("kioskId")).toString())), 0);
    // And no token at all, or a made-up one, gets 401.
    QCOMPARE(httpRequest("POST", QUrl(m_hub->url() + QStringLiteral("/api/v1/records")), "{\"records\":[]}", "application/json").status, 401);
}

void tst_Sync::open311ClientFilesAndReadsBack()
{
    enrolKiosk(m_hub->url());
    if (QTest::currentTestFailed())
        return;
    QFile tokenFile(SyncIdentity::tokenFile(m_kioskDir));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QByteArray token = tokenFile.readAll().trimmed();

    const Http services = httpRequest("GET", QUrl(m_hub->url() + QStringLiteral("/open311/v2/services.json")));
    QCOMPARE(services.status, 200);
    QVERIFY2(Open311Schema::checkJsonBody(Open311Schema::Resource::Services, services.body).isEmpty(), services.body.constData());
    const QJsonArray list = QJsonDocument::fromJson(services.body).array();
    QVERIFY(list.size() >= 7);
    const QString serviceCode = list.at(0).toObject().value(QStringLiteral("service_code")).toString();

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("api_key"), QString::fromLatin1(token));
    form.addQueryItem(QStringLiteral("service_code"), serviceCode);
    form.addQueryItem(QStringLiteral("address_string"), QStringLiteral("Ngõ 12 Lạch Tray"));
    form.addQueryItem(QStringLiteral("description"), QStringLiteral("Đống cát bỏ không ở đầu ngõ suốt ba tháng nay"));
    const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    const Http posted = httpRequest("POST", QUrl(m_hub->url() + QStringLiteral("/open311/v2/requests.json")), body,
                                    "application/x-www-form-urlencoded");
    QVERIFY2(posted.status == 200 || posted.status == 201, posted.body.constData());
    QVERIFY2(Open311Schema::checkJsonBody(Open311Schema::Resource::Created, posted.body).isEmpty(), posted.body.constData());
    const QString id = QJsonDocument::fromJson(posted.body).array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    QVERIFY(id.startsWith(QStringLiteral("TP-")));

    const Http json = httpRequest("GET", QUrl(m_hub->url() + QStringLiteral("/open311/v2/requests/%1.json").arg(id)));
    QCOMPARE(json.status, 200);
    // Field by field as the GeoReport v2 schemas type them: no "" or null, times with a zone.
    const QStringList problems = Open311Schema::checkJsonBody(Open311Schema::Resource::Requests, json.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(json.body)));
    const QJsonObject request = QJsonDocument::fromJson(json.body).array().at(0).toObject();
    QCOMPARE(request.value(QStringLiteral("service_request_id")).toString(), id);
    QCOMPARE(request.value(QStringLiteral("description")).toString(), QStringLiteral("Đống cát bỏ không ở đầu ngõ suốt ba tháng nay"));
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

    const Http xml = httpRequest("GET", QUrl(m_hub->url() + QStringLiteral("/open311/v2/requests/%1.xml").arg(id)));
    QCOMPARE(xml.status, 200);
    const QStringList xmlProblems = Open311Schema::checkXml(Open311Schema::Resource::Requests, xml.body);
    QVERIFY2(xmlProblems.isEmpty(), qPrintable(xmlProblems.join(u'\n') + u'\n' + QString::fromUtf8(xml.body)));
    QXmlStreamReader reader(xml.body);
    QString xmlId;
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == u"service_request_id")
            xmlId = reader.readElementText();
        else if (reader.atEnd())
            break;
        else
            reader.readNext();
    }
    QCOMPARE(xmlId, id);

    // A bad key is refused with the spec's error list.
    form.removeAllQueryItems(QStringLiteral("api_key"));
    form.addQueryItem(QStringLiteral("api_key"), QStringLiteral("00"));
    const Http refused = httpRequest("POST", QUrl(m_hub->url() + QStringLiteral("/open311/v2/requests.json")),
                                     form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    QCOMPARE(refused.status, 403);
    QVERIFY2(Open311Schema::checkJsonBody(Open311Schema::Resource::Errors, refused.body, 403).isEmpty(), refused.body.constData());
    QVERIFY(QJsonDocument::fromJson(refused.body).array().at(0).toObject().contains(QStringLiteral("description")));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records WHERE kind = 'report.waste'")), 1);
}

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
