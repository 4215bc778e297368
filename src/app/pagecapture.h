// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;
class Navigator;

/** Waits until a route's page is fully on screen, then either saves the window as a PNG
    (--screenshot) or prints how long the process took to get there (--startup-probe),
    and quits the application with the outcome. */
class PageCapture : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Screenshot, StartupProbe };

    PageCapture(Mode mode, const QString &route, const QString &file, Navigator *navigator,
                QObject *parent = nullptr);
    void setWindow(QQuickWindow *window);

    /** Milliseconds since this process was started by the kernel. */
    static double processUptimeMs();

private:
    void onShown(const QString &route);
    void onFrameSwapped();
    void finish(int exitCode);

    Mode m_mode;
    QString m_route;
    QString m_file;
    QPointer<QQuickWindow> m_window;
    bool m_armed = false;
    int m_framesLeft = 0;
    QTimer m_timeout;
};
