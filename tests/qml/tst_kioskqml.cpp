// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the QML tests against the kiosk's real services on a fresh data directory holding the
// built-in demo content.
#include "kioskservices.h"
#include "lockdown.h"

#include <QDir>
#include <QFont>
#include <QQmlContext>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

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
        m_services->kiosk->setEngine(engine);
    }
    void cleanupTestCase() { m_services.reset(); }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<KioskServices> m_services;
    Lockdown m_lockdown;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)
#include "tst_kioskqml.moc"
