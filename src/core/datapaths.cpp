// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace DataPaths {

QString defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("CIVIC_KIOSK_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/civic-kiosk");
}

QString databaseFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("kiosk.sqlite"));
}

QString imagesDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("images"));
}

QString builtInDemoBundle()
{
    return QStringLiteral(":/demo-content");
}

QString demoMediaDir()
{
    const QString fromEnv = qEnvironmentVariable("CIVIC_DEMO_MEDIA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/civic-kiosk/demo-media"));
}

}
