// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data leaves the kiosk's files once the city has it. The kiosk keeps its own
// connection open while it runs, so SQLite's checkpoint on the last close never happens:
// records with unique names, phones, groups and photo bytes are stored through that held
// connection, kioskctl delivers them to the real city-hub on 127.0.0.1, and then no byte of
// any file in the data directory may hold any of them, in UTF-8, UTF-16LE or UTF-16BE.
#include "datapaths.h"
#include "hubprocess.h"
#include "programrun.h"
#include "recordfixture.h"
#include "records/recordstore.h"
#include "store/database.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

namespace {

const QByteArray CheckpointBlocked = "WAL checkpoint blocked";
const QByteArray CheckpointCompleted = "WAL checkpoint completed";
const QByteArray CheckpointGaveUp = "WAL checkpoint still blocked";

/** A byte string that must not survive in the files, and what it is (never its value). */
struct Marker
{
    QString what;
    QByteArray bytes;
};

QString randomLetters(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return s;
}

QString randomDigits(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return s;
}

/** The text in UTF-8, UTF-16LE and UTF-16BE. */
QList<Marker> encodings(const QString &what, const QString &text)
{
    QByteArray le, be;
    for (const QChar c : text) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    return {{what + QStringLiteral(" (UTF-8)"), text.toUtf8()},
            {what + QStringLiteral(" (UTF-16LE)"), le},
            {what + QStringLiteral(" (UTF-16BE)"), be}};
}

/** Every marker found in any file under dir (recursively), as "file: what". */
QStringList scan(const QString &dir, const QList<Marker> &markers, int *files = nullptr)
{
    QStringList found;
    int count = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Read by another process: closing a descriptor of the database file here would drop
        // every POSIX lock this process holds on it, the kiosk connection's read lock included.
        QProcess cat;
        cat.start(QStringLiteral("cat"), {QStringLiteral("--"), path});
        if (!cat.waitForFinished(60'000) || cat.exitCode() != 0) {
            found.append(path + QStringLiteral(": cannot be read"));
            continue;
        }
        ++count;
        const QByteArray bytes = cat.readAllStandardOutput();
        for (const Marker &m : markers)
            if (bytes.contains(m.bytes))
                found.append(QDir(dir).relativeFilePath(path) + QStringLiteral(": ") + m.what);
    }
    if (files)
        *files = count;
    return found;
}

}

class tst_SecureDelete : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void personalDataLeavesTheFilesAfterSync();
    void checkpointKeptBusyIsReportedAndFinishedNextSync();

private:
    void enrol();
    /** Stores records of every kind with unique personal data through the held connection. */
    void submitMarked(int variants);
    /** Runs kioskctl sync; while `reader` is set, finishes it when kioskctl says its
        checkpoint is blocked. Returns the exit code; the output goes to *log. */
    int sync(QByteArray *log, QSqlQuery *reader = nullptr, bool *readerReleasedOnBusy = nullptr);
    qint64 hubCount(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<Database> m_kiosk;  // the running kiosk's connection, open throughout
    QString m_kioskDir;
    QString m_hubDb;
    QList<Marker> m_markers;     // every encoding of every value
    QList<Marker> m_controls;    // the UTF-8 form of every value: must be found before the sync
    QStringList m_codes;
};

void tst_SecureDelete::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_kioskDir = m_dir->filePath(QStringLiteral("kiosk"));
    m_hubDb = m_dir->filePath(QStringLiteral("hub.sqlite"));  // outside the kiosk's folder
    m_hub = std::make_unique<HubProcess>(QStringLiteral("sqlite:") + m_hubDb);
    QVERIFY(m_hub->start());
    m_markers.clear();
    m_controls.clear();
    m_codes.clear();
}

void tst_SecureDelete::cleanup()
{
    m_kiosk.reset();
    m_hub.reset();
    m_dir.reset();
}

void tst_SecureDelete::enrol()
{
    int exit = -1;
    QString error;
    const QString code = m_hub->admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")},
                                      &exit, &error);
    QVERIFY2(exit == 0, qPrintable(error));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), m_kioskDir, QStringLiteral("enrol"), m_hub->url(), code});
    QVERIFY(p.waitForFinished(60'000));
    QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    // From here on the kiosk runs: its connection stays open.
    m_kiosk = std::make_unique<Database>();
    QVERIFY(m_kiosk->open(DataPaths::databaseFile(m_kioskDir)));
}

void tst_SecureDelete::submitMarked(int variants)
{
    RecordStore store(*m_kiosk);
    const SubmitContext context = KioskIdentity::load(*m_kiosk).submitContext(*m_kiosk, QStringLiteral("resident"));
    for (int v = 0; v < variants; ++v) {
        for (const QString &kind : RecordFixture::kinds()) {
            QJsonObject json = RecordFixture::json(kind, 2 * v);  // even variants carry a person
            const QString name = QStringLiteral("Nguyễn Thị Ánh ") + randomLetters(12);
            const QString phone = QStringLiteral("09") + randomDigits(8);
            const QString group = QStringLiteral("Tổ dân phố Đông Hải ") + randomLetters(12);
            json.insert(QStringLiteral("person"), QJsonObject{{QStringLiteral("fullName"), name},
                                                              {QStringLiteral("phone"), phone},
                                                              {QStringLiteral("residentialGroup"), group}});
            const QString tag = QStringLiteral("%1 #%2 ").arg(kind).arg(v);
            for (const auto &[what, text] : {std::pair{QStringLiteral("name"), name}, std::pair{QStringLiteral("phone"), phone},
                                             std::pair{QStringLiteral("group"), group},
                                             std::pair{QStringLiteral("name's unique part"), name.right(12)},
                                             std::pair{QStringLiteral("group's unique part"), group.right(12)}}) {
                m_markers += encodings(tag + what, text);
                m_controls.append({tag + what, text.toUtf8()});
            }
            if (kind == u"report.waste") {
                // A JPEG's start, then bytes no other file can hold by chance.
                QByteArray photo("\xFF\xD8\xFF\xE0", 4);
                QByteArray unique(64, '\0');
                for (char &c : unique)
                    c = char(QRandomGenerator::global()->bounded(256));
                photo += unique + QByteArray(2048, 'p') + unique;
                json.insert(QStringLiteral("photo"), QString::fromLatin1(photo.toBase64()));
                m_markers.append({tag + QStringLiteral("photo bytes"), unique});
                m_controls.append({tag + QStringLiteral("photo bytes"), unique});
            }
            const SubmitResult r = store.submit(RecordDraft::fromJson(json), context);
            QVERIFY2(r.ok, qPrintable(r.error.en + (r.problems.isEmpty() ? QString() : r.problems.first().field)));
            m_codes.append(r.receiptCode);
        }
    }
}

int tst_SecureDelete::sync(QByteArray *log, QSqlQuery *reader, bool *readerReleasedOnBusy)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), m_kioskDir, QStringLiteral("sync")});
    if (!p.waitForStarted(10'000))
        return -1;
    QDeadlineTimer deadline(120'000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        p.waitForReadyRead(50);
        *log += p.readAll();
        if (reader && reader->isActive() && readerReleasedOnBusy && log->contains(CheckpointBlocked)) {
            reader->finish();  // the kiosk's screen is done reading
            *readerReleasedOnBusy = true;
        }
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *log += p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

qint64 tst_SecureDelete::hubCount(const QString &sql)
{
    return sqliteCount(m_hubDb, sql);
}

void tst_SecureDelete::personalDataLeavesTheFilesAfterSync()
{
    enrol();
    if (QTest::currentTestFailed())
        return;
    submitMarked(3);
    if (QTest::currentTestFailed())
        return;
    // The scan finds what is there: every value is in the files before the sync.
    const QStringList before = scan(m_kioskDir, m_controls);
    for (const Marker &m : std::as_const(m_controls)) {
        const QString suffix = QStringLiteral(": ") + m.what;
        QVERIFY2(std::any_of(before.cbegin(), before.cend(), [&](const QString &hit) { return hit.endsWith(suffix); }),
                 qPrintable(m.what + QStringLiteral(" not found before the sync")));
    }

    // The kiosk's screen is reading (a cursor not yet at its end): the checkpoint is busy
    // until the reader lets go, and must then complete.
    std::optional<QSqlQuery> reader(m_kiosk->connection());
    reader->setForwardOnly(true);
    QVERIFY(reader->exec(QStringLiteral("SELECT receipt_code FROM records")) && reader->next());
    QByteArray log;
    bool released = false;
    const int exit = sync(&log, &*reader, &released);
    reader.reset();
    QVERIFY2(exit == 0, log.constData());
    for (const QByteArray &line : log.split('\n'))
        if (line.contains("WAL checkpoint"))
            qInfo("kioskctl: %s", line.constData());

    // The city has every record, and the kiosk none of the personal data in its rows.
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL")), m_codes.size());
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records WHERE photo IS NOT NULL")), m_codes.size() / 4);
    QSqlQuery q(m_kiosk->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records WHERE personal IS NOT NULL OR photo IS NOT NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records WHERE sync_state = 'confirmed'")) && q.next());
    QCOMPARE(q.value(0).toInt(), m_codes.size());
    q.finish();

    // Nor in its files, with the kiosk's connection still open.
    int files = 0;
    const QStringList after = scan(m_kioskDir, m_markers, &files);
    QVERIFY(files >= 3);  // the database, its WAL and its shared memory at least
    QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("%1 left in the files:\n").arg(after.size()) + after.join(u'\n')));

    // The reader made the checkpoint wait, and it completed once the reader let go.
    QVERIFY2(released, "kioskctl never reported a checkpoint blocked by the open reader");
    QVERIFY2(log.contains(CheckpointCompleted), log.constData());
    QVERIFY2(!log.contains(CheckpointGaveUp), log.constData());
}

void tst_SecureDelete::checkpointKeptBusyIsReportedAndFinishedNextSync()
{
    enrol();
    if (QTest::currentTestFailed())
        return;
    submitMarked(1);
    if (QTest::currentTestFailed())
        return;
    // A reader that never lets go during the sync: the delivery still succeeds, the checkpoint
    // gives up after its bound and says so.
    QByteArray log;
    {
        QSqlQuery reader(m_kiosk->connection());
        reader.setForwardOnly(true);
        QVERIFY(reader.exec(QStringLiteral("SELECT receipt_code FROM records")) && reader.next());
        QCOMPARE(sync(&log), 0);
    }
    QVERIFY2(log.contains(CheckpointGaveUp), log.constData());
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), m_codes.size());
    // The rows are purged, but the WAL still holds their older copies: exactly what the
    // issue is about, and why the next sync tries again.
    QVERIFY(!scan(m_kioskDir, m_markers).isEmpty());

    log.clear();
    QCOMPARE(sync(&log), 0);
    QVERIFY2(!log.contains(CheckpointGaveUp), log.constData());
    const QStringList after = scan(m_kioskDir, m_markers);
    QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("%1 left in the files:\n").arg(after.size()) + after.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_SecureDelete)
#include "tst_securedelete.moc"
