// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecapture.h"

#include "navigator.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

PageCapture::PageCapture(Mode mode, const QString &route, const QString &file, Navigator *navigator,
                         QObject *parent)
    : QObject(parent), m_mode(mode), m_route(route), m_file(file)
{
    connect(navigator, &Navigator::shown, this, &PageCapture::onShown);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(30'000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "civic-kiosk: the page “%s” did not finish loading within 30 s\n", qPrintable(m_route));
        finish(3);
    });
    m_timeout.start();
}

void PageCapture::setWindow(QQuickWindow *window)
{
    m_window = window;
    connect(window, &QQuickWindow::frameSwapped, this, &PageCapture::onFrameSwapped);
}

void PageCapture::onShown(const QString &route)
{
    if (m_armed || route != m_route)
        return;
    m_armed = true;
    // The frame in flight may predate the last change; two swaps later the page is on screen.
    m_framesLeft = m_mode == Mode::StartupProbe ? 1 : 2;
    if (m_window)
        m_window->update();
}

void PageCapture::onFrameSwapped()
{
    if (!m_armed || !m_window)
        return;
    if (--m_framesLeft > 0) {
        m_window->update();
        return;
    }
    m_armed = false;
    if (m_mode == Mode::StartupProbe) {
        std::printf("%.1f\n", processUptimeMs());
        std::fflush(stdout);
        finish(0);
        return;
    }
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_file, "PNG")) {
        std::fprintf(stderr, "civic-kiosk: cannot save the screenshot to %s\n", qPrintable(m_file));
        finish(4);
        return;
    }
    finish(0);
}

void PageCapture::finish(int exitCode)
{
    m_timeout.stop();
    // Queued so the current frame finishes before the window goes away.
    QMetaObject::invokeMethod(QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); },
                              Qt::QueuedConnection);
}

double PageCapture::processUptimeMs()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks after boot; CLOCK_BOOTTIME
    // counts from the same moment. Ticks are 10 ms here, which bounds the precision.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After "pid (comm) " the state is field 3, so start time (22) is index 19 here.
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}
