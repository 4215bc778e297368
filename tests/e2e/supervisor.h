// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <memory>

class QSocketNotifier;

/** A small stand-in for systemd's service supervision, for tests on machines without systemd
    as PID 1. It keeps the contract of a unit with Type=notify, NotifyAccess=all,
    WatchdogSec=, Restart=always and RestartSec=: the child gets $NOTIFY_SOCKET (a path or an
    abstract "@name") and $WATCHDOG_USEC; READY=1 arms the watchdog; each WATCHDOG=1 resets
    it; when WatchdogSec passes without one the child gets SIGABRT, then SIGKILL after
    abortTimeoutMs; whenever the child exits it is started again after RestartSec. Every
    step is kept as an Event for the test to check. $WATCHDOG_PID names this process — the
    child's parent, as cage is the kiosk's parent under systemd. */
class Supervisor : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Started, Ready, Ping, WatchdogTimeout, Killed, Exited };
    struct Event
    {
        Kind kind;
        qint64 atMs;      // since the supervisor was created
        qint64 pid;       // the child's pid; for Ready/Ping the sender's, from SCM_CREDENTIALS
        int exitSignal;   // Exited: the signal that ended the child, 0 for a normal exit
        int exitCode;     // Exited: its exit code when no signal
    };

    Supervisor(const QString &program, const QStringList &arguments, const QString &socketName,
               QObject *parent = nullptr);
    ~Supervisor() override;

    void setWatchdogMs(int ms) { m_watchdogMs = ms; }
    void setRestartMs(int ms) { m_restartMs = ms; }
    void setAbortTimeoutMs(int ms) { m_abortTimeoutMs = ms; }
    /** false: pass $WATCHDOG_USEC on and record pings, but never kill for missing ones. */
    void setEnforcing(bool enforcing) { m_enforcing = enforcing; }
    /** Extra environment for the child (added to this process's). */
    void setEnvironment(const QProcessEnvironment &environment) { m_extraEnvironment = environment; }
    /** Overrides $WATCHDOG_PID (default: this process). */
    void setWatchdogPid(qint64 pid) { m_watchdogPid = pid; }

    /** Binds the notify socket and starts the child; false (with errorString) if the socket
        cannot be bound. */
    bool start();
    /** Stops supervising: kills the child, no restart. */
    void stop();

    QList<Event> events() const { return m_events; }
    QList<Event> eventsOf(Kind kind) const;
    qint64 childPid() const;
    qint64 nowMs() const { return m_clock.elapsed(); }
    /** The child's stdout and stderr so far, with the time each line arrived. */
    QList<QPair<qint64, QString>> outputLines() const { return m_lines; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void eventAdded(const Supervisor::Event &event);

private:
    void startChild();
    void readDatagrams();
    void onWatchdogExpired();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void record(Kind kind, qint64 pid, int exitSignal = 0, int exitCode = 0);

    QString m_program;
    QStringList m_arguments;
    QString m_socketName;
    QProcessEnvironment m_extraEnvironment;
    qint64 m_watchdogPid = 0;
    int m_watchdogMs = 3000;
    int m_restartMs = 1000;
    int m_abortTimeoutMs = 2000;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<QProcess> m_child;
    QTimer m_watchdog;
    QTimer m_abortTimeout;
    QTimer m_restart;
    bool m_stopping = false;
    bool m_enforcing = true;
    bool m_abortSent = false;
    bool m_ready = false;   // READY=1 came from the current child
    qint64 m_pid = 0;       // the current child's
    QElapsedTimer m_clock;
    QList<Event> m_events;
    QList<QPair<qint64, QString>> m_lines;
    QString m_error;
    QByteArray m_partial;
};
