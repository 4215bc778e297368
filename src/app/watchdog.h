// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QObject>
#include <QTimer>

class Navigator;

/** Talks systemd's sd_notify protocol (a datagram to $NOTIFY_SOCKET) without libsystemd:
    READY=1 once the kiosk's first page is on screen, then WATCHDOG=1 at half of
    $WATCHDOG_USEC from a timer of the thread that owns it — the UI thread — so a frozen UI
    stops the pings and the service manager kills and restarts the kiosk. Does nothing when
    not started by a service manager. */
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(QObject *parent = nullptr);

    /** Arms READY=1 for the navigator's first shown page and starts the pings. */
    void start(Navigator *navigator);
    bool isPinging() const { return m_ping.isActive(); }

    /** Sends one sd_notify message ("READY=1", "WATCHDOG=1", "STATUS=…") to $NOTIFY_SOCKET:
        a path, or an abstract socket written "@name". False when unset or not delivered. */
    static bool notify(const QByteArray &state);
    /** $WATCHDOG_USEC in microseconds, or 0 when unset, malformed or meant for another
        process ($WATCHDOG_PID neither this process nor its parent). */
    static qint64 watchdogUsec();

    /** Test builds only (CIVIC_DEBUG_HOOKS, src/app/CMakeLists.txt): with
        CIVIC_KIOSK_DEBUG_FREEZE_AFTER_MS=N the UI thread sleeps for ever N ms after the event
        loop starts, as a hung UI would. Defined in debughooks.cpp, which the installed
        civic-kiosk never links. */
    static void armDebugFreeze();

private:
    QTimer m_ping;
    bool m_ready = false;
};
