// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the QML tests against the kiosk's real services on a fresh data directory holding the
// built-in demo content.
#include "hubprocess.h"
#include "kioskservices.h"
#include "lockdown.h"

#include "board/boardstore.h"
#include "datapaths.h"
#include "settings/settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QProcess>
#include <QQmlContext>
#include <QRegularExpression>
#include <QGuiApplication>
#include <QStyleHints>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <cstdio>
#include <functional>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

/** Test-only handles on the staff mode, as the context property `testHooks`: the PIN's clock
    (to see a lockout end without waiting), the restart/quit requests instead of exiting, and
    the records as stored (to check who entered them). */
class TestHooks : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int restarts MEMBER restarts NOTIFY exitRequested)
    Q_PROPERTY(int quits MEMBER quits NOTIFY exitRequested)
    Q_PROPERTY(QString usbRoot MEMBER usbRoot CONSTANT)
public:
    explicit TestHooks(KioskServices *services) : m_services(services)
    {
        services->staffExit->setExitHandler([this](bool restart) {
            ++(restart ? restarts : quits);
            emit exitRequested();
        });
    }
    Q_INVOKABLE void advanceStaffClock(int seconds)
    {
        m_offset += seconds;
        m_services->staff->setClockOffsetForTesting(m_offset);
    }
    /** Who entered the record with this receipt code: "resident", "staff", or "" if unknown. */
    Q_INVOKABLE QString enteredBy(const QString &code) const
    {
        const QList<RecordListEntry> all = m_services->records->store().list();
        for (const RecordListEntry &r : all)
            if (r.receiptCode == code)
                return r.enteredBy;
        return {};
    }
    /** Whether the stored record still holds personal data. */
    Q_INVOKABLE bool hasPersonalData(const QString &code) const
    {
        const auto r = m_services->records->store().find(code);
        return r && r->hasPersonalData;
    }
    Q_INVOKABLE QString readFile(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    Q_INVOKABLE bool startsWithBom(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.read(3) == QByteArray("\xEF\xBB\xBF");
    }
    Q_INVOKABLE QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files, QDir::Name);
    }
    /** tst_loop: the attract loop plays these items instead of the published playlist; each is
        {kind, file, bytes (written to the images folder when given), code, seconds, title}. */
    Q_INVOKABLE void setLoopPlaylist(const QVariantList &items)
    {
        QList<PlaylistItem> playlist;
        const QDir images(DataPaths::imagesDir(dataDir));
        for (const QVariant &v : items) {
            const QVariantMap m = v.toMap();
            PlaylistItem item;
            item.kind = ContentEnums::playlistKindFromKey(m.value(QStringLiteral("kind")).toString()).value_or(PlaylistItem::Kind::Slide);
            item.file = m.value(QStringLiteral("file")).toString();
            item.projectCode = m.value(QStringLiteral("code")).toString();
            item.seconds = m.value(QStringLiteral("seconds"), 10).toInt();
            item.title = {m.value(QStringLiteral("title")).toString(), m.value(QStringLiteral("title")).toString()};
            if (m.contains(QStringLiteral("bytes"))) {
                QFile f(images.filePath(item.file));
                if (f.open(QIODevice::WriteOnly))
                    f.write(m.value(QStringLiteral("bytes")).toString().toUtf8());
            }
            playlist.append(item);
        }
        m_services->loop->setPlaylist(playlist);
    }
    /** tst_loop: the published playlist again. */
    Q_INVOKABLE void restoreLoopPlaylist() { m_services->loop->setPlaylist(m_services->store->load().playlist); }
    /** tst_loop: the published playlist's items as {kind, file}. */
    Q_INVOKABLE QVariantList publishedPlaylist() const
    {
        QVariantList out;
        const QList<PlaylistItem> playlist = m_services->store->load().playlist;
        for (const PlaylistItem &item : playlist)
            out.append(QVariantMap{{QStringLiteral("kind"), ContentEnums::playlistKey(item.kind)},
                                   {QStringLiteral("file"), item.file}});
        return out;
    }
    /** tst_loop: screen-off hours around now (on) or none (off), looked at at once. */
    Q_INVOKABLE void setScreenOffNow(bool on)
    {
        Settings settings(m_services->database);
        if (on) {
            const QTime now = QTime::currentTime();
            if (!settings.set(Settings::Key::ScreenOffFrom, now.addSecs(-120).toString(QStringLiteral("HH:mm")))
                || !settings.set(Settings::Key::ScreenOffTo, now.addSecs(600).toString(QStringLiteral("HH:mm"))))
                qWarning("cannot set the screen-off hours");
        } else {
            settings.clear(Settings::Key::ScreenOffFrom);
            settings.clear(Settings::Key::ScreenOffTo);
        }
        m_services->screenRest->update();
    }

    /** The window's next frame, as TestCase.waitForRendering() waits for it, but back as soon
        as it is swapped: waitForRendering() sleeps 10 ms after every look at the event queue,
        which bench_memory's 10,000 navigations would pay twice each. Objects released with
        deleteLater() meanwhile are deleted before it returns, as waitForRendering() does. */
    Q_INVOKABLE bool waitForFrame(QQuickWindow *window, int timeoutMs) const
    {
        if (!window)
            return false;
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        const bool ok = swapped.wait(timeoutMs);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return ok;
    }
    /** tst_pledge: receipts are printed to this PDF file, as if the ward had a printer. */
    Q_INVOKABLE void printToPdf(const QString &path) { m_services->printer->setPdfOutput(path); }
    /** tst_pledge: a printed receipt read back: its text (pdftotext), its page width in mm
        and what its QR code says (pdftoppm at 300 dpi, then zbarimg), as {text, widthMm, qr}. */
    Q_INVOKABLE QVariantMap readPrintedReceipt(const QString &pdf) const
    {
        const auto run = [](const QString &program, const QStringList &args) {
            QProcess p;
            p.start(program, args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x")).match(info);
        const QString png = pdf + QStringLiteral(".png");
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), pdf, pdf});
        return {{QStringLiteral("text"), run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})},
                {QStringLiteral("widthMm"), size.hasMatch() ? size.captured(1).toDouble() / 72.0 * 25.4 : 0.0},
                {QStringLiteral("qr"), run(QStringLiteral(ZBARIMG), {QStringLiteral("-q"), QStringLiteral("--raw"), png}).trimmed()}};
    }
    /** tst_staffhub: the city hub goes away, so the next sync finds its port closed. */
    Q_INVOKABLE void stopTestHub()
    {
        if (stopHub)
            stopHub();
    }
    /** tst_board: the fixed board (tests/unit/board-fixture.json) as if it just came from the
        hub; false when it could not be stored. */
    Q_INVOKABLE bool loadBoard()
    {
        QFile f(QStringLiteral(BOARD_FIXTURE));
        if (!f.open(QIODevice::ReadOnly) || !BoardStore(m_services->database).save("\"test\"", f.readAll()).ok())
            return false;
        m_services->reloadBoard(true);
        return true;
    }
    /** tst_board: newer figures arriving from the hub: the fixed board with the kiosk's ward's
        compared figures of the current month set to `compared` ({measure: figure}). */
    Q_INVOKABLE bool arriveBoard(const QVariantMap &compared)
    {
        QFile f(QStringLiteral(BOARD_FIXTURE));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject board = QJsonDocument::fromJson(f.readAll()).object();
        const QString ward = board.value(QStringLiteral("ward")).toString();
        QJsonArray months = board.value(QStringLiteral("months")).toArray();
        QJsonObject current = months.last().toObject();
        QJsonArray tables = current.value(QStringLiteral("tables")).toArray();
        for (qsizetype t = 0; t < tables.size(); ++t) {
            QJsonObject table = tables.at(t).toObject();
            const QString measure = table.value(QStringLiteral("measure")).toString();
            QJsonArray entries = table.value(QStringLiteral("entries")).toArray();
            for (qsizetype e = 0; e < entries.size(); ++e) {
                QJsonObject entry = entries.at(e).toObject();
                if (entry.value(QStringLiteral("ward")).toString() == ward && compared.contains(measure))
                    entry.insert(QStringLiteral("compared"), compared.value(measure).toDouble());
                entries.replace(e, entry);
            }
            table.insert(QStringLiteral("entries"), entries);
            tables.replace(t, table);
        }
        current.insert(QStringLiteral("tables"), tables);
        months.replace(months.size() - 1, current);
        board.insert(QStringLiteral("months"), months);
        if (!BoardStore(m_services->database).save("\"newer\"", QJsonDocument(board).toJson()).ok())
            return false;
        m_services->reloadBoard(true);
        return true;
    }
    /** tst_board: back to a kiosk that never received a board. */
    Q_INVOKABLE bool clearBoard()
    {
        const bool ok = m_services->database.exec(QStringLiteral("DELETE FROM board"));
        m_services->reloadBoard(false);
        return ok;
    }

    int restarts = 0;
    QString dataDir;
    std::function<void()> stopHub;
    int quits = 0;
    QString usbRoot;

Q_SIGNALS:
    void exitRequested();

private:
    KioskServices *m_services;
    qint64 m_offset = 0;
};

namespace {
/** A USB stick for tst_staff: <root>/STICK holding a copy of the demo bundle with another version. */
bool makeUsbStick(const QString &root)
{
    const QString bundle = root + QStringLiteral("/STICK/noi-dung-moi");
    if (!QDir().mkpath(bundle + QStringLiteral("/images")))
        return false;
    QDirIterator it(DataPaths::builtInDemoBundle(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString rel = from.mid(DataPaths::builtInDemoBundle().size() + 1);
        if (rel == u"bundle.json") {
            QFile in(from);
            QFile out(bundle + QStringLiteral("/bundle.json"));
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                return false;
            out.write(in.readAll().replace("\"version\": \"2026.12.07-demo\"", "\"version\": \"2026.12.01-usb\""));
        } else if (!QFile::copy(from, bundle + u'/' + rel)) {
            return false;
        }
    }
    return true;
}
}

/** KioskTestCase.tap() spaces taps by this much (its tapSpacingMs property is the same). */
constexpr int TapSpacingMs = 60;

/** Builds the kiosk's services for the QML tests, the way main() does. */
class Setup : public QObject
{
    Q_OBJECT
public:
    Setup()
    {
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg")); // as main() does
        QStandardPaths::setTestModeEnabled(true);
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans")));
        // Two taps closer than this count as a double click, which buttons do not take as a
        // click. A person's taps are far apart; the tests' need only be KioskTestCase.tap's
        // spacing apart, so the suite does not sit through 400 ms per tap.
        QGuiApplication::styleHints()->setMouseDoubleClickInterval(TapSpacingMs - 10);
        KioskServices::Options options;
        options.dataDir = m_dataDir.path();
        // tst_idle runs with a short timeout (set by CMake) to see the reset happen.
        options.idleTimeoutMs = qEnvironmentVariableIntValue("CIVIC_TEST_IDLE_MS") > 0
                ? qEnvironmentVariableIntValue("CIVIC_TEST_IDLE_MS") : options.idleTimeoutMs;
        LocalizedText error;
        m_services = KioskServices::start(options, &error);
        if (!m_services) {
            std::fprintf(stderr, "cannot start the kiosk services: %s\n", qPrintable(error.en));
            std::abort();
        }
        m_services->kiosk->setAnimations(false);
        // tst_photostep: behave as a kiosk with a camera (there is none on a test machine).
        if (qEnvironmentVariableIsSet("CIVIC_TEST_CAMERA"))
            m_services->records->setCameraAvailableForTesting(true);
        m_services->idle.watch(QGuiApplication::instance());
        // tst_staffidle: staff mode ends after a short time without a touch.
        if (qEnvironmentVariableIntValue("CIVIC_TEST_STAFF_IDLE_MS") > 0)
            m_services->staff->setStaffIdleMs(qEnvironmentVariableIntValue("CIVIC_TEST_STAFF_IDLE_MS"));
        m_hooks = std::make_unique<TestHooks>(m_services.get());
        m_hooks->dataDir = m_dataDir.path();
        // A stick with a content bundle on it, where staff screens look for USB sticks.
        if (!makeUsbStick(m_usbDir.path())) {
            std::fprintf(stderr, "cannot make the test USB stick\n");
            std::abort();
        }
        m_hooks->usbRoot = m_usbDir.path();
        qputenv("CIVIC_KIOSK_USB_ROOT", QFile::encodeName(m_usbDir.path()));
        // tst_staffhub: a real city-hub on 127.0.0.1 and a one-time code for the staff to enrol.
        if (qEnvironmentVariableIsSet("CIVIC_TEST_HUB")) {
            m_hub = std::make_unique<HubProcess>(QStringLiteral("sqlite:") + m_hubDir.filePath(QStringLiteral("hub.sqlite")));
            int exit = -1;
            if (!m_hub->start()
                || (m_hubCode = m_hub->admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")}, &exit)).isEmpty()
                || exit != 0) {
                std::fprintf(stderr, "cannot start the test city-hub\n");
                std::abort();
            }
            m_hooks->stopHub = [this] { m_hub->stop(); };
        }
        // tst_lockdown: the kiosk as civic-kiosk runs it without --windowed.
        if (qEnvironmentVariableIsSet("CIVIC_TEST_LOCKDOWN"))
            m_lockdown.engage();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Test-only: where KioskTestCase.shot() saves the screens it walks through, to be looked at.
        QDir().mkpath(QStringLiteral(SHOTS_DIR));
        engine->rootContext()->setContextProperty(QStringLiteral("testShotsDir"), QStringLiteral(SHOTS_DIR));
        engine->rootContext()->setContextProperty(QStringLiteral("testHooks"), m_hooks.get());
        engine->rootContext()->setContextProperty(QStringLiteral("testHubUrl"), m_hub ? m_hub->url() : QString());
        engine->rootContext()->setContextProperty(QStringLiteral("testHubCode"), m_hubCode);
        m_services->kiosk->setEngine(engine);
    }
    void cleanupTestCase()
    {
        m_hooks.reset();
        m_services.reset();
        m_hub.reset();
    }

private:
    QTemporaryDir m_dataDir;
    QTemporaryDir m_hubDir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_hubCode;
    std::unique_ptr<KioskServices> m_services;
    QTemporaryDir m_usbDir;
    std::unique_ptr<TestHooks> m_hooks;
    Lockdown m_lockdown;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)
#include "tst_kioskqml.moc"
