// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

bool KioskOptions::parse(const QStringList &arguments, KioskOptions *options, QString *message, bool *exitCleanly)
{
    *exitCleanly = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cùng Xây Hải Phòng — ward office kiosk"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("Run in a window, not full screen."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory (shared with kioskctl)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption content(QStringLiteral("content"), QStringLiteral("Import this content bundle folder first."),
                                     QStringLiteral("BUNDLE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Start language: vi (default) or en."),
                                  QStringLiteral("vi|en"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, default 1080x1920 (portrait)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption route(QStringLiteral("route"),
                                   QStringLiteral("Open this page: home, projects, projects?q=TEXT, project/CODE."),
                                   QStringLiteral("ROUTE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the page as PNG once it is fully shown, then exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption probe(QStringLiteral("startup-probe"),
                                   QStringLiteral("Print milliseconds from process start to the first frame of home, then exit."));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Seconds without a touch before the kiosk resets (default 90)."),
                                  QStringLiteral("SECONDS"));
    parser.addOptions({help, windowed, dataDir, content, lang, size, route, screenshot, probe, idle});

    if (!parser.parse(arguments)) {
        *message = parser.errorText() + QStringLiteral("\nTry: civic-kiosk --help");
        return false;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        *exitCleanly = true;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = QStringLiteral("Unexpected argument: %1\nTry: civic-kiosk --help").arg(parser.positionalArguments().constFirst());
        return false;
    }
    KioskOptions o;
    o.windowed = parser.isSet(windowed);
    o.dataDir = parser.value(dataDir);
    o.contentFolder = parser.value(content);
    o.startupProbe = parser.isSet(probe);
    o.screenshot = parser.value(screenshot);
    if (parser.isSet(lang)) {
        o.language = parser.value(lang);
        if (o.language != u"vi" && o.language != u"en") {
            *message = QStringLiteral("--lang must be vi or en, not “%1”").arg(o.language);
            return false;
        }
    }
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto m = re.match(parser.value(size));
        const int w = m.captured(1).toInt();
        const int h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 480 || h < 480 || w > 7680 || h > 7680) {
            *message = QStringLiteral("--size must be WIDTHxHEIGHT between 480 and 7680, such as 1080x1920 or 1920x1080");
            return false;
        }
        o.size = QSize(w, h);
    }
    if (parser.isSet(route))
        o.route = parser.value(route);
    if (parser.isSet(idle)) {
        bool ok = false;
        o.idleSeconds = parser.value(idle).toInt(&ok);
        if (!ok || o.idleSeconds < 5 || o.idleSeconds > 3600) {
            *message = QStringLiteral("--idle-timeout must be 5 to 3600 seconds");
            return false;
        }
    }
    if (!o.screenshot.isEmpty() && !o.screenshot.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
        *message = QStringLiteral("--screenshot needs a file name ending in .png");
        return false;
    }
    if (o.startupProbe && !o.screenshot.isEmpty()) {
        *message = QStringLiteral("--startup-probe and --screenshot cannot be used together");
        return false;
    }
    *options = o;
    return true;
}
