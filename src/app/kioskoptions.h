// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSize>
#include <QString>
#include <QStringList>

/** civic-kiosk's command line, checked before anything starts. */
struct KioskOptions
{
    bool windowed = false;
    QString dataDir;
    QString contentFolder;
    QString language = QStringLiteral("vi");
    QSize size{1080, 1920};
    QString route = QStringLiteral("home");
    QString screenshot;
    bool startupProbe = false;
    int idleSeconds = 90;

    /** Parses arguments (Qt's own, such as -platform, already removed). On a problem returns
        false with a message for the terminal; helpRequested/versionRequested say why
        the program should exit 0 after printing `message`. */
    static bool parse(const QStringList &arguments, KioskOptions *options, QString *message,
                      bool *exitCleanly);
};
