// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's side of the protocol against a scripted hub in the same process: what the
// kiosk does with each answer (accepted, duplicate, conflict, rejected, none, 401, 500,
// garbage), batching, enrolment, content with ETag, statuses. The real hub is exercised in
// tests/e2e; here every answer can be chosen.
#include "board/boardstore.h"
#include "content/contentstore.h"
#include "datapaths.h"
#include "dbquery.h"
#include "recordfixture.h"
#include "records/recordstore.h"
#include "store/database.h"
#include "sync/syncclient.h"
#include "sync/syncworker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

using Status = QHttpServerResponder::StatusCode;

/** A scripted hub: each endpoint answers what the test sets. */
struct FakeHub
{
    QHttpServer server;
    quint16 port = 0;
    QString token = QStringLiteral("ab").repeated(32);
    // records: id → result; ids not in the map are accepted.
    QHash<QString, QString> results;
    QSet<QString> unanswered;
    int recordsStatus = 200;
    QByteArray recordsBody;  // when set, sent verbatim instead of results
    QList<int> batchSizes;
    QList<QJsonObject> received;
    QList<QByteArray> authHeaders;
    // content
    QByteArray bundle;
    QByteArray etag = "\"v1\"";
    QList<QByteArray> ifNoneMatch;
    QHash<QString, QByteArray> images;
    // the movement board: answered 304 while empty
    QByteArray board;
    QByteArray boardEtag = "\"b1\"";
    int boardStatus = 200;
    QList<QByteArray> boardIfNoneMatch;
    QHash<QString, QByteArray> media;
    // receipts
    QJsonArray receipts;
    QStringList askedCodes;

    explicit FakeHub(quint16 wantedPort = 0)
    {
        server.route(QStringLiteral("/api/v1/enrol"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) {
            const QJsonObject o = QJsonDocument::fromJson(r.body()).object();
            if (o.value(QStringLiteral("code")).toString() != u"GOOD-CODE")
                return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("enrolment-refused")}},
                                           Status::Forbidden);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("kioskId"), QStringLiteral("K0007")},
                                                   {QStringLiteral("ward"), QStringLiteral("LE-CHAN")},
                                                   {QStringLiteral("receiptPrefix"), QStringLiteral("HC")},
                                                   {QStringLiteral("token"), token},
                                                   {QStringLiteral("publicUrl"), QStringLiteral("http://127.0.0.1")}});
        });
        server.route(QStringLiteral("/api/v1/records"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) {
            authHeaders.append(r.value("Authorization"));
            const QJsonArray records = QJsonDocument::fromJson(r.body()).object().value(QStringLiteral("records")).toArray();
            batchSizes.append(int(records.size()));
            if (recordsStatus != 200)
                return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("x")}}, Status(recordsStatus));
            if (!recordsBody.isEmpty())
                return QHttpServerResponse(QByteArrayLiteral("application/json"), recordsBody);
            QJsonArray out;
            for (const QJsonValue &v : records) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                received.append(v.toObject());
                if (unanswered.contains(id))
                    continue;
                const QString result = results.value(id, QStringLiteral("accepted"));
                out.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("result"), result},
                                       {QStringLiteral("reason"), result == u"accepted" ? QString() : QStringLiteral("test reason")}});
            }
            return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), out}});
        });
        server.route(QStringLiteral("/api/v1/content"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) {
            ifNoneMatch.append(r.value("If-None-Match"));
            if (bundle.isEmpty() || r.value("If-None-Match") == etag)
                return QHttpServerResponse(Status::NotModified);
            QHttpServerResponse response(QByteArrayLiteral("application/json"), bundle);
            response.addHeader(QByteArrayLiteral("ETag"), etag);
            return response;
        });
        server.route(QStringLiteral("/api/v1/content/images/<arg>"), QHttpServerRequest::Method::Get, [this](const QString &name) {
            if (!images.contains(name))
                return QHttpServerResponse(Status::NotFound);
            return QHttpServerResponse(QByteArrayLiteral("image/svg+xml"), images.value(name));
        });
        server.route(QStringLiteral("/api/v1/board"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) {
            boardIfNoneMatch.append(r.value("If-None-Match"));
            if (boardStatus != 200)
                return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("x")}}, Status(boardStatus));
            if (board.isEmpty() || r.value("If-None-Match") == boardEtag)
                return QHttpServerResponse(Status::NotModified);
            QHttpServerResponse response(QByteArrayLiteral("application/json"), board);
            response.addHeader(QByteArrayLiteral("ETag"), boardEtag);
            return response;
        });
        server.route(QStringLiteral("/api/v1/content/media/<arg>"), QHttpServerRequest::Method::Get, [this](const QString &name) {
            if (!media.contains(name))
                return QHttpServerResponse(Status::NotFound);
            return QHttpServerResponse(QByteArrayLiteral("video/webm"), media.value(name));
        });
        server.route(QStringLiteral("/api/v1/receipts"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) {
            askedCodes = r.query().queryItemValue(QStringLiteral("codes"), QUrl::FullyDecoded).split(u',');
            return QHttpServerResponse(QJsonObject{{QStringLiteral("receipts"), receipts}});
        });
        port = server.listen(QHostAddress::LocalHost, wantedPort);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    /** Serves the demo bundle as version `version`, its images, and the `files` list the real
        hub adds; damaged names an image whose bytes then differ from what `files` says. */
    void publishDemo(const QString &version, const QString &damaged = {})
    {
        QFile demo(DataPaths::builtInDemoBundle() + QStringLiteral("/bundle.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(demo.readAll()).object();
        root.insert(QStringLiteral("version"), version);
        // The demo's media (its video, installed beside the programs) as the bundle lists them.
        QJsonObject files;
        const QJsonObject listed = root.value(QStringLiteral("files")).toObject();
        media.clear();
        for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
            QFile f(QDir(DataPaths::demoMediaDir()).filePath(it.key().mid(6)));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            media.insert(it.key().mid(6), f.readAll());
            files.insert(it.key(), it.value());
        }
        images.clear();
        for (const QJsonValue &p : root.value(QStringLiteral("projects")).toArray())
            for (const QJsonValue &i : p.toObject().value(QStringLiteral("images")).toArray()) {
                QFile f(DataPaths::builtInDemoBundle() + u'/' + i.toString());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                files.insert(i.toString(), QJsonObject{{QStringLiteral("size"), bytes.size()},
                                                       {QStringLiteral("sha256"), QString::fromLatin1(
                                                               QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}});
                // A damaged copy keeps its length: only the digest can tell.
                images.insert(i.toString().mid(7), i.toString() == damaged ? QByteArray(bytes).replace("svg", "SVG") : bytes);
            }
        root.insert(QStringLiteral("files"), files);
        bundle = QJsonDocument(root).toJson();
    }
};

}

class tst_SyncClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notEnrolledSaysSo();
    void enrolStoresTokenPrivatelyAndAdoptsEarlierRecords();
    void enrolRefusedLeavesNoToken();
    void acceptedRecordsLoseTheirPersonalData();
    void everyAnswerIsHandled();
    void revokedTokenStopsDelivery();
    void serverErrorKeepsEverything();
    void garbageAnswerKeepsEverything();
    void largeOutboxGoesInBatches();
    void contentArrivesOnceThenNotModified();
    void contentFailingItsFileListKeepsTheOldContent();
    void contentWithABadImageNameIsRefused();
    void statusesFromTheCity();
    void boardArrivesOnceThenNotModified();
    void badBoardKeepsTheOneTheKioskHas();
    void backoffIsFullJitterWithACap();
    void workerDeliversNewRecordsAtOnce();
    void workerTriesAtOnceWhenTheHubIsBack();

private:
    void submit(int count);
    void enrol();
    SyncReport sync(SyncClient &client, bool full = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeHub> m_hub;
    QStringList m_codes;
};

void tst_SyncClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(DataPaths::databaseFile(m_dir->path())));
    ContentStore store(*m_db, DataPaths::imagesDir(m_dir->path()));
    QVERIFY(store.importFolder(DataPaths::builtInDemoBundle()));
    m_hub = std::make_unique<FakeHub>();
    QVERIFY(m_hub->port != 0);
    m_codes.clear();
}

void tst_SyncClient::cleanup()
{
    m_hub.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_SyncClient::submit(int count)
{
    RecordStore store(*m_db);
    const SubmitContext context = KioskIdentity::load(*m_db).submitContext(*m_db, QStringLiteral("resident"));
    const QList<RecordDraft> drafts = RecordFixture::mixedDrafts((count + 3) / 4);
    for (int i = 0; i < count; ++i) {
        const SubmitResult r = store.submit(drafts.at(i), context);
        QVERIFY2(r.ok, qPrintable(r.error.en));
        m_codes.append(r.receiptCode);
    }
}

void tst_SyncClient::enrol()
{
    SyncClient client(m_dir->path());
    QSignalSpy done(&client, &SyncClient::enrolFinished);
    client.enrol(QUrl(m_hub->url()), QStringLiteral("GOOD-CODE"), QStringLiteral("test"));
    QVERIFY(done.count() == 1 || done.wait(10'000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).value<LocalizedText>().en));
}

SyncReport tst_SyncClient::sync(SyncClient &client, bool full)
{
    QSignalSpy done(&client, &SyncClient::syncFinished);
    full ? client.syncOnce() : client.pushOnce();
    if (done.isEmpty())
        done.wait(20'000);
    return done.isEmpty() ? SyncReport() : done.at(0).at(0).value<SyncReport>();
}

void tst_SyncClient::notEnrolledSaysSo()
{
    submit(1);
    SyncClient client(m_dir->path());
    const SyncReport r = sync(client);
    QVERIFY(!r.enrolled);
    QVERIFY(!r.delivered());
    QVERIFY(r.error.en.contains(QStringLiteral("not enrolled")));
    QVERIFY(!r.reached.has_value());
    QVERIFY(m_hub->batchSizes.isEmpty());
    QCOMPARE(r.outbox.pending, 1);
}

void tst_SyncClient::enrolStoresTokenPrivatelyAndAdoptsEarlierRecords()
{
    submit(3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE kiosk_id = 'KIOSK-LOCAL'")).toInt(), 3);
    enrol();
    QFile token(SyncIdentity::tokenFile(m_dir->path()));
    QVERIFY(token.exists());
    QCOMPARE(token.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const SyncIdentity id = SyncIdentity::load(*m_db, m_dir->path());
    QCOMPARE(id.kioskId, QStringLiteral("K0007"));
    QCOMPARE(id.wardCode, QStringLiteral("LE-CHAN"));
    QCOMPARE(id.receiptPrefix, QStringLiteral("HC"));
    QCOMPARE(id.token, m_hub->token);
    QVERIFY(id.isEnrolled());
    // The token is not in the database.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%%1%'").arg(m_hub->token)).toInt(), 0);
    // Earlier records are now this kiosk's, codes unchanged.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE kiosk_id = 'K0007' AND ward = 'LE-CHAN'")).toInt(), 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE receipt_code LIKE 'HP-%'")).toInt(), 3);
    // New records use the new prefix.
    submit(1);
    QVERIFY(m_codes.constLast().startsWith(QStringLiteral("HC-")));
}

void tst_SyncClient::enrolRefusedLeavesNoToken()
{
    SyncClient client(m_dir->path());
    QSignalSpy done(&client, &SyncClient::enrolFinished);
    client.enrol(QUrl(m_hub->url()), QStringLiteral("USED-CODE"), QStringLiteral("test"));
    QVERIFY(done.wait(10'000));
    QVERIFY(!done.at(0).at(0).toBool());
    QVERIFY(done.at(0).at(1).value<LocalizedText>().vi.contains(QStringLiteral("Mã đăng ký")));
    QVERIFY(!QFile::exists(SyncIdentity::tokenFile(m_dir->path())));
    QVERIFY(!SyncIdentity::load(*m_db, m_dir->path()).isEnrolled());

    client.enrol(QUrl(QStringLiteral("ftp://example")), QStringLiteral("GOOD-CODE"), QStringLiteral("test"));
    QCOMPARE(done.count(), 2);  // refused before any request
    QVERIFY(!done.at(1).at(0).toBool());
}

void tst_SyncClient::acceptedRecordsLoseTheirPersonalData()
{
    enrol();
    submit(8);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL")).toInt() > 0);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE photo IS NOT NULL")).toInt() > 0);
    SyncClient client(m_dir->path());
    const SyncReport r = sync(client);
    QVERIFY2(r.delivered(), qPrintable(r.error.en));
    QCOMPARE(r.accepted, 8);
    QCOMPARE(m_hub->received.size(), 8);
    QCOMPARE(m_hub->authHeaders.constFirst(), QByteArray("Bearer " + m_hub->token.toLatin1()));
    // What the hub got carries the personal part and photo; the kiosk keeps none of it.
    int withPersonal = 0;
    for (const QJsonObject &o : std::as_const(m_hub->received))
        withPersonal += o.value(QStringLiteral("personal")).isObject();
    QVERIFY(withPersonal > 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL OR photo IS NOT NULL")).toInt(), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE sync_state = 'confirmed' AND status = 'received'")).toInt(), 8);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    // The summary stays for the receipt screen.
    const std::optional<StoredReceipt> receipt = RecordStore(*m_db).find(m_codes.constFirst());
    QVERIFY(receipt);
    QVERIFY(!receipt->payload.isEmpty());
    QVERIFY(!receipt->hasPersonalData);
    QVERIFY(!SyncIdentity::load(*m_db, m_dir->path()).hubUrl.isEmpty());
    QVERIFY(!m_db->setting(QStringLiteral("sync.lastSuccess")).isEmpty());
}

void tst_SyncClient::everyAnswerIsHandled()
{
    enrol();
    submit(5);
    QStringList ids;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM records ORDER BY rowid")));
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    m_hub->results.insert(ids.at(1), QStringLiteral("duplicate"));
    m_hub->results.insert(ids.at(2), QStringLiteral("conflict"));
    m_hub->results.insert(ids.at(3), QStringLiteral("rejected"));
    m_hub->unanswered.insert(ids.at(4));
    SyncClient client(m_dir->path());
    SyncReport r = sync(client);
    QVERIFY(!r.delivered());
    QVERIFY(!r.pushOk);
    QCOMPARE(r.accepted, 2);
    QCOMPARE(r.held, 2);
    QCOMPARE(r.outbox.pending, 1);
    QCOMPARE(r.outbox.held, 2);
    QVERIFY(r.error.en.contains(QStringLiteral("without a result")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT last_error FROM outbox WHERE record_id = '%1'").arg(ids.at(2))).toString(),
             QStringLiteral("conflict: test reason"));
    // Held records keep their personal data until staff sort them out; nothing is deleted.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records")).toInt(), 5);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT sync_state FROM records WHERE id = '%1'").arg(ids.at(2))).toString() == u"pending");
    const QList<RecordListEntry> list = RecordStore(*m_db).list();
    QCOMPARE(list.at(2).syncState, QStringLiteral("held"));
    QCOMPARE(list.at(1).syncState, QStringLiteral("confirmed"));

    // Next time only the unanswered one is sent; held ones are not retried.
    m_hub->unanswered.clear();
    m_hub->received.clear();
    r = sync(client);
    QCOMPARE(m_hub->received.size(), 1);
    QCOMPARE(m_hub->received.constFirst().value(QStringLiteral("id")).toString(), ids.at(4));
    QCOMPARE(r.outbox.pending, 0);
    QCOMPARE(r.outbox.held, 2);
    QVERIFY(!r.delivered());  // held records are not delivered
}

void tst_SyncClient::revokedTokenStopsDelivery()
{
    enrol();
    submit(2);
    m_hub->recordsStatus = 401;
    SyncClient client(m_dir->path());
    const SyncReport r = sync(client);
    QVERIFY(r.unauthorized);
    QVERIFY(r.error.vi.contains(QStringLiteral("thu hồi")));
    QCOMPARE(r.outbox.pending, 2);
    QCOMPARE(m_hub->batchSizes.size(), 1);
}

void tst_SyncClient::serverErrorKeepsEverything()
{
    enrol();
    submit(3);
    m_hub->recordsStatus = 500;
    SyncClient client(m_dir->path());
    SyncReport r = sync(client);
    QVERIFY(!r.pushOk);
    QVERIFY(r.error.en.contains(QStringLiteral("500")));
    QCOMPARE(r.reached, std::optional<bool>(true));  // the hub is there, it failed
    QCOMPARE(r.outbox.pending, 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL")).toInt(), 3);
    QVERIFY(!m_db->setting(QStringLiteral("sync.lastErrorEn")).isEmpty());

    // The hub vanishes altogether: no answer, same outcome.
    m_hub.reset();
    r = sync(client);
    QVERIFY(!r.pushOk);
    QVERIFY2(r.error.en.contains(QStringLiteral("refused the connection")), qPrintable(r.error.en));
    QCOMPARE(r.reached, std::optional<bool>(false));
    QCOMPARE(r.outbox.pending, 3);
}

void tst_SyncClient::garbageAnswerKeepsEverything()
{
    enrol();
    submit(2);
    for (const QByteArray &body : {QByteArray("not json"), QByteArray("{\"results\": 5}"), QByteArray("[1,2]"),
                                   QByteArray("{\"results\":[{\"id\":\"someone-else\",\"result\":\"accepted\"}]}")}) {
        m_hub->recordsBody = body;
        SyncClient client(m_dir->path());
        const SyncReport r = sync(client);
        QVERIFY2(!r.pushOk, body.constData());
        QCOMPARE(r.outbox.pending, 2);
        QCOMPARE(r.accepted, 0);
    }
}

void tst_SyncClient::largeOutboxGoesInBatches()
{
    enrol();
    submit(1'201);
    SyncClient client(m_dir->path());
    const SyncReport r = sync(client);
    QVERIFY2(r.delivered(), qPrintable(r.error.en));
    QCOMPARE(m_hub->batchSizes, (QList<int>{500, 500, 201}));
    QCOMPARE(r.accepted, 1'201);
    // Oldest first, each once.
    QSet<QString> ids;
    for (const QJsonObject &o : std::as_const(m_hub->received))
        ids.insert(o.value(QStringLiteral("id")).toString());
    QCOMPARE(ids.size(), 1'201);
    QCOMPARE(m_hub->received.constFirst().value(QStringLiteral("receiptCode")).toString(), m_codes.constFirst());
}

void tst_SyncClient::contentArrivesOnceThenNotModified()
{
    enrol();
    m_hub->publishDemo(QStringLiteral("2026.11.27-hub"));
    SyncClient client(m_dir->path());
    QSignalSpy imported(&client, &SyncClient::contentImported);
    SyncReport r = sync(client);
    QVERIFY2(r.contentOk, qPrintable(r.error.en));
    QVERIFY(r.contentUpdated);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(ContentStore(*m_db, DataPaths::imagesDir(m_dir->path())).load().version, QStringLiteral("2026.11.27-hub"));
    QCOMPARE(m_db->setting(QStringLiteral("sync.contentEtag")), QStringLiteral("\"v1\""));
    // No incoming folder is left behind.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("incoming-*")}, QDir::Dirs).size(), 0);

    r = sync(client);
    QVERIFY(r.contentOk);
    QVERIFY(!r.contentUpdated);
    QCOMPARE(m_hub->ifNoneMatch.constLast(), QByteArray("\"v1\""));
    QCOMPARE(imported.count(), 1);
}

void tst_SyncClient::contentFailingItsFileListKeepsTheOldContent()
{
    enrol();
    const ContentStore store(*m_db, DataPaths::imagesDir(m_dir->path()));
    const QString before = store.load().version;
    SyncClient client(m_dir->path());

    // One image arrives whole in length but not in content: nothing changes, no ETag is kept.
    m_hub->publishDemo(QStringLiteral("2026.12.01-hub"), QStringLiteral("images/road-01.svg"));
    QVERIFY(m_hub->images.contains(QStringLiteral("road-01.svg")));
    SyncReport r = sync(client);
    QVERIFY(!r.contentOk);
    QVERIFY(!r.contentUpdated);
    QVERIFY2(r.error.en.contains(QStringLiteral("images/road-01.svg")) && r.error.en.contains(QStringLiteral("damaged")),
             qPrintable(r.error.en));
    QVERIFY2(r.error.vi.contains(QStringLiteral("bị hỏng")), qPrintable(r.error.vi));
    QCOMPARE(store.load().version, before);
    QCOMPARE(m_db->setting(QStringLiteral("sync.contentEtag")), QString());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("incoming-*")}, QDir::Dirs).size(), 0);
    QVERIFY(r.pushOk);

    // Content from the hub without its file list is refused the same way.
    QJsonObject root = QJsonDocument::fromJson(m_hub->bundle).object();
    root.remove(QStringLiteral("files"));
    m_hub->bundle = QJsonDocument(root).toJson();
    r = sync(client);
    QVERIFY(!r.contentOk);
    QVERIFY2(r.error.en.startsWith(QStringLiteral("files:")), qPrintable(r.error.en));
    QCOMPARE(store.load().version, before);

    // Whole again: the new content goes in, and only now is its ETag kept.
    m_hub->publishDemo(QStringLiteral("2026.12.01-hub"));
    r = sync(client);
    QVERIFY2(r.contentOk && r.contentUpdated, qPrintable(r.error.en));
    QCOMPARE(store.load().version, QStringLiteral("2026.12.01-hub"));
    QCOMPARE(m_db->setting(QStringLiteral("sync.contentEtag")), QStringLiteral("\"v1\""));
}

void tst_SyncClient::contentWithABadImageNameIsRefused()
{
    enrol();
    QFile demo(DataPaths::builtInDemoBundle() + QStringLiteral("/bundle.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject bundle = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray projects = bundle.value(QStringLiteral("projects")).toArray();
    QJsonObject first = projects.at(0).toObject();
    first.insert(QStringLiteral("images"), QJsonArray{QStringLiteral("images/../../hub-token")});
    projects.replace(0, first);
    bundle.insert(QStringLiteral("projects"), projects);
    bundle.insert(QStringLiteral("version"), QStringLiteral("evil"));
    m_hub->bundle = QJsonDocument(bundle).toJson();
    const QString before = ContentStore(*m_db, DataPaths::imagesDir(m_dir->path())).load().version;
    SyncClient client(m_dir->path());
    const SyncReport r = sync(client);
    QVERIFY(!r.contentOk);
    QVERIFY(r.error.en.contains(QStringLiteral("file name")));
    QCOMPARE(ContentStore(*m_db, DataPaths::imagesDir(m_dir->path())).load().version, before);
    QVERIFY(r.pushOk);  // the records side is not affected
}

void tst_SyncClient::boardArrivesOnceThenNotModified()
{
    enrol();
    QFile fixture(QStringLiteral(BOARD_FIXTURE));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_hub->board = fixture.readAll();
    SyncClient client(m_dir->path());
    QSignalSpy updated(&client, &SyncClient::boardUpdated);
    SyncReport r = sync(client);
    QVERIFY2(r.boardOk, qPrintable(r.error.en));
    QVERIFY(r.boardUpdated);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(m_hub->boardIfNoneMatch.constLast(), QByteArray());
    std::optional<BoardStore::Stored> held = BoardStore(*m_db).load();
    QVERIFY(held);
    QCOMPARE(held->etag, QByteArray("\"b1\""));
    QCOMPARE(held->board.value(QStringLiteral("ward")).toString(), QStringLiteral("HONG-BANG"));

    r = sync(client);
    QVERIFY(r.boardOk);
    QVERIFY(!r.boardUpdated);
    QCOMPARE(m_hub->boardIfNoneMatch.constLast(), QByteArray("\"b1\""));
    QCOMPARE(updated.count(), 1);
}

void tst_SyncClient::badBoardKeepsTheOneTheKioskHas()
{
    enrol();
    QFile fixture(QStringLiteral(BOARD_FIXTURE));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray good = fixture.readAll();
    m_hub->board = good;
    SyncClient client(m_dir->path());
    QVERIFY(sync(client).boardUpdated);

    // A new ETag with a body cut off on the way, then one that is JSON but not a board.
    submit(1);
    for (const QByteArray &bad : {good.left(good.size() / 2), QByteArray("{\"months\": []}")}) {
        m_hub->board = bad;
        m_hub->boardEtag = "\"b2\"";
        const SyncReport r = sync(client);
        QVERIFY(!r.boardOk);
        QVERIFY(!r.boardUpdated);
        QVERIFY2(r.error.en.contains(QStringLiteral("board")), qPrintable(r.error.en));
        // The rest of the sync went on: records delivered, statuses asked.
        QVERIFY(r.pushOk);
        QCOMPARE(BoardStore(*m_db).load()->etag, QByteArray("\"b1\""));
        QCOMPARE(BoardStore(*m_db).load()->board, QJsonDocument::fromJson(good).object());
    }
    // The hub failing keeps it too.
    m_hub->boardStatus = 500;
    const SyncReport r = sync(client);
    QVERIFY(!r.boardOk);
    QCOMPARE(BoardStore(*m_db).load()->etag, QByteArray("\"b1\""));
}

void tst_SyncClient::statusesFromTheCity()
{
    enrol();
    submit(3);
    SyncClient client(m_dir->path());
    QVERIFY(sync(client).delivered());
    m_hub->receipts = QJsonArray{QJsonObject{{QStringLiteral("code"), m_codes.at(1)},
                                             {QStringLiteral("status"), QStringLiteral("thanked")},
                                             {QStringLiteral("updatedAt"), QStringLiteral("2026-11-28T01:00:00.000Z")},
                                             {QStringLiteral("note"), QStringLiteral("Cảm ơn bà con")}}};
    const SyncReport r = sync(client);
    QVERIFY(r.receiptsOk);
    QCOMPARE(r.statusesUpdated, 1);
    QCOMPARE(m_hub->askedCodes.size(), 3);
    QVERIFY(m_hub->askedCodes.contains(m_codes.at(0)));
    QCOMPARE(RecordStore(*m_db).find(m_codes.at(1))->status, QStringLiteral("thanked"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT status_note FROM records WHERE receipt_code = '%1'").arg(m_codes.at(1))).toString(),
             QStringLiteral("Cảm ơn bà con"));
    QCOMPARE(RecordStore(*m_db).find(m_codes.at(0))->status, QStringLiteral("received"));
}

void tst_SyncClient::backoffIsFullJitterWithACap()
{
    const SyncWorker::Timing t;
    QCOMPARE(SyncWorker::backoffMs(1, 0.0, t), 0);
    QCOMPARE(SyncWorker::backoffMs(1, 0.999, t), int(0.999 * 4'000));
    QCOMPARE(SyncWorker::backoffMs(3, 0.5, t), 8'000);
    QCOMPARE(SyncWorker::backoffMs(20, 0.5, t), 150'000);
    QCOMPARE(SyncWorker::backoffMs(1'000, 1.0, t), 300'000);
    // Random draws spread over the whole window, not around its end.
    int low = 0;
    for (int i = 0; i < 1'000; ++i)
        low += SyncWorker::backoffMs(10, QRandomGenerator::global()->generateDouble(), t) < 150'000;
    QVERIFY(low > 400 && low < 600);
}

void tst_SyncClient::workerDeliversNewRecordsAtOnce()
{
    enrol();
    SyncWorker::Timing timing;
    timing.pullIntervalMs = 3'600'000;  // nothing periodic during the test
    SyncWorker worker(m_dir->path(), timing);
    QSignalSpy status(&worker, &SyncWorker::statusChanged);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && !status.constLast().at(0).value<SyncStatus>().busy, 10'000);
    QVERIFY(status.constLast().at(0).value<SyncStatus>().online);
    submit(2);
    worker.recordStored();
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->received.size(), 2, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!status.constLast().at(0).value<SyncStatus>().busy, 10'000);
    const SyncStatus last = status.constLast().at(0).value<SyncStatus>();
    QCOMPARE(last.pending, 0);
    QVERIFY(last.enrolled);
    QVERIFY(!last.lastSuccess.isEmpty());
}

void tst_SyncClient::workerTriesAtOnceWhenTheHubIsBack()
{
    enrol();
    submit(3);
    const quint16 port = m_hub->port;
    m_hub.reset();  // the hub is down
    SyncWorker::Timing timing;
    timing.backoffBaseMs = 120'000;  // the backoff alone would wait for minutes
    timing.backoffCapMs = 600'000;
    timing.pullIntervalMs = 3'600'000;
    timing.probeIntervalMs = 200;
    SyncWorker worker(m_dir->path(), timing);
    QSignalSpy status(&worker, &SyncWorker::statusChanged);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && !status.constLast().at(0).value<SyncStatus>().busy, 10'000);
    SyncStatus s = status.constLast().at(0).value<SyncStatus>();
    QVERIFY(!s.online);
    QCOMPARE(s.pending, 3);
    QVERIFY2(s.lastError.en.contains(QStringLiteral("refused the connection")), qPrintable(s.lastError.en));

    m_hub = std::make_unique<FakeHub>(port);  // back on the same address
    QCOMPARE(m_hub->port, port);
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->received.size(), 3, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(status.constLast().at(0).value<SyncStatus>().pending == 0, 10'000);
    QVERIFY(status.constLast().at(0).value<SyncStatus>().online);
}

QTEST_GUILESS_MAIN(tst_SyncClient)
#include "tst_syncclient.moc"
