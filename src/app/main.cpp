// SPDX-License-Identifier: GPL-3.0-or-later
// civic-kiosk: the composition root. Builds every service, hands them to QML, starts the page
// the command line asks for.
#include "kioskoptions.h"
#include "kioskservices.h"
#include "lockdown.h"
#include "pagecapture.h"
#include "watchdog.h"

#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

int main(int argc, char *argv[])
{
    // The on-screen keyboard is the only keyboard most kiosks have.
    qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    // Qt 6.4's GStreamer backend deadlocks destroying a capture session whose camera was
    // stopped and started again (seen with the waste report's photo step); the FFmpeg
    // backend does not, and it also decodes the H.264 clips GStreamer's default plugins cannot.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("civic-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("CivicKiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    KioskOptions options;
    QString message;
    bool exitCleanly = false;
    if (!KioskOptions::parse(QGuiApplication::arguments(), &options, &message, &exitCleanly)) {
        std::fprintf(exitCleanly ? stdout : stderr, "%s\n", qPrintable(message));
        return exitCleanly ? 0 : 2;
    }

    const bool offscreen = QGuiApplication::platformName() == u"offscreen";
    if (offscreen) // no GPU there: Qt Quick's software renderer draws the same pixels
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    LocalizedText error;
    KioskServices::Options serviceOptions;
    serviceOptions.dataDir = options.dataDir;
    serviceOptions.contentFolder = options.contentFolder;
    serviceOptions.language = options.language;
    serviceOptions.idleTimeoutMs = options.idleSeconds * 1000;
    const std::unique_ptr<KioskServices> services = KioskServices::start(serviceOptions, &error);
    if (!services) {
        std::fprintf(stderr, "civic-kiosk: %s\n", qPrintable(error.in(options.language)));
        return 1;
    }
    if (!services->navigator->check(options.route, &error)) {
        std::fprintf(stderr, "civic-kiosk: %s\n", qPrintable(error.in(options.language)));
        return 2;
    }

    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans")));
    services->idle.watch(&app);
    // A kiosk (not --windowed) keeps residents in: no closing keys, no pointer, no close.
    Lockdown lockdown;
    if (!options.windowed)
        lockdown.engage();
    services->kiosk->setAnimations(options.screenshot.isEmpty() && !options.startupProbe);

    std::unique_ptr<PageCapture> capture;
    if (!options.screenshot.isEmpty())
        capture = std::make_unique<PageCapture>(PageCapture::Mode::Screenshot, options.route, options.screenshot,
                                                services->navigator.get());
    else if (options.startupProbe)
        capture = std::make_unique<PageCapture>(PageCapture::Mode::StartupProbe, QStringLiteral("home"), QString(),
                                                services->navigator.get());

    // Under systemd (Type=notify): READY=1 once the first page shows, WATCHDOG=1 from this thread.
    Watchdog watchdog;
    watchdog.start(services->navigator.get());
#ifdef CIVIC_DEBUG_HOOKS
    Watchdog::armDebugFreeze(); // civic-kiosk-debughooks only, never installed
#endif

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    services->kiosk->setEngine(&engine);
    engine.setInitialProperties({
        {QStringLiteral("fullScreen"), !options.windowed && !offscreen},
        {QStringLiteral("width"), options.size.width()},
        {QStringLiteral("height"), options.size.height()},
    });
    bool loaded = false;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app,
                     [&](QObject *root, const QUrl &) {
                         loaded = root != nullptr;
                         if (loaded && capture)
                             capture->setWindow(qobject_cast<QQuickWindow *>(root));
                     },
                     Qt::DirectConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CivicKiosk/Main.qml")));
    if (!loaded) {
        std::fprintf(stderr, "civic-kiosk: the user interface could not be loaded\n");
        return 1;
    }
    if (options.route != u"home")
        services->navigator->go(options.route);
    else if (!services->staff->pinSet() && options.screenshot.isEmpty() && !options.startupProbe) {
        qCInfo(lcKiosk) << "first start: no staff PIN yet, asking staff to set one";
        services->navigator->go(QStringLiteral("admin"));
    }
    return QGuiApplication::exec();
}
