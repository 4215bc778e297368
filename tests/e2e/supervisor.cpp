// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

Supervisor::Supervisor(const QString &program, const QStringList &arguments, const QString &socketName,
                       QObject *parent)
    : QObject(parent), m_program(program), m_arguments(arguments), m_socketName(socketName)
{
    m_clock.start();
    m_watchdog.setSingleShot(true);
    m_watchdog.setTimerType(Qt::PreciseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, &Supervisor::onWatchdogExpired);
    m_abortTimeout.setSingleShot(true);
    connect(&m_abortTimeout, &QTimer::timeout, this, [this] {
        if (m_child && m_child->state() != QProcess::NotRunning) {
            record(Kind::Killed, m_pid);
            ::kill(pid_t(m_pid), SIGKILL);
        }
    });
    m_restart.setSingleShot(true);
    connect(&m_restart, &QTimer::timeout, this, &Supervisor::startChild);
}

Supervisor::~Supervisor()
{
    stop();
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_socketName.startsWith(u'/'))
        QFile::remove(m_socketName);
}

bool Supervisor::start()
{
    const QByteArray name = QFile::encodeName(m_socketName);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (name.isEmpty() || std::size_t(name.size()) >= sizeof(address.sun_path)) {
        m_error = QStringLiteral("socket name too long");
        return false;
    }
    std::memcpy(address.sun_path, name.constData(), std::size_t(name.size()));
    if (name[0] == '@')
        address.sun_path[0] = '\0';
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + std::size_t(name.size()));
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const int on = 1;
    // SCM_CREDENTIALS tells who sent each message, as systemd checks it for NotifyAccess=.
    if (m_fd < 0 || ::setsockopt(m_fd, SOL_SOCKET, SO_PASSCRED, &on, sizeof on) != 0
        || ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), length) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &Supervisor::readDatagrams);
    startChild();
    return true;
}

void Supervisor::stop()
{
    m_stopping = true;
    m_watchdog.stop();
    m_restart.stop();
    m_abortTimeout.stop();
    if (m_child && m_child->state() != QProcess::NotRunning) {
        m_child->kill();
        m_child->waitForFinished(10'000);
    }
}

QList<Supervisor::Event> Supervisor::eventsOf(Kind kind) const
{
    QList<Event> out;
    for (const Event &e : m_events)
        if (e.kind == kind)
            out.append(e);
    return out;
}

qint64 Supervisor::childPid() const
{
    return m_child && m_child->state() != QProcess::NotRunning ? m_pid : 0;
}

void Supervisor::startChild()
{
    if (m_stopping)
        return;
    m_abortSent = false;
    m_ready = false;
    m_pid = 0;
    m_partial.clear();
    if (m_child) {
        m_child->disconnect(this);
        m_child.release()->deleteLater();
    }
    m_child = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_extraEnvironment.keys())
        env.insert(key, m_extraEnvironment.value(key));
    env.insert(QStringLiteral("NOTIFY_SOCKET"), m_socketName);
    env.insert(QStringLiteral("WATCHDOG_USEC"), QString::number(qint64(m_watchdogMs) * 1000));
    env.insert(QStringLiteral("WATCHDOG_PID"),
               QString::number(m_watchdogPid ? m_watchdogPid : QCoreApplication::applicationPid()));
    m_child->setProcessEnvironment(env);
    m_child->setProcessChannelMode(QProcess::MergedChannels);
    m_child->setChildProcessModifier([] {
        // A kiosk killed on purpose must not leave a core file (nor die after this test).
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(m_child.get(), &QProcess::readyRead, this, [this] {
        m_partial += m_child->readAll();
        qsizetype newline;
        while ((newline = m_partial.indexOf('\n')) >= 0) {
            m_lines.append({nowMs(), QString::fromUtf8(m_partial.left(newline))});
            m_partial.remove(0, newline + 1);
        }
    });
    connect(m_child.get(), &QProcess::finished, this, &Supervisor::onFinished);
    m_child->start(m_program, m_arguments);
    if (!m_child->waitForStarted(10'000)) {
        m_error = m_child->errorString();
        record(Kind::Exited, 0, 0, -1);
        m_restart.start(m_restartMs);
        return;
    }
    m_pid = m_child->processId();
    record(Kind::Started, m_pid);
}

void Supervisor::readDatagrams()
{
    for (;;) {
        char buffer[4096];
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
        iovec io{buffer, sizeof buffer - 1};
        msghdr message{};
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_fd, &message, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
        if (n < 0)
            return;
        qint64 sender = 0;
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
                ucred credentials;
                std::memcpy(&credentials, CMSG_DATA(c), sizeof credentials);
                sender = credentials.pid;
            }
        }
        const QList<QByteArray> lines = QByteArray(buffer, n).split('\n');
        for (const QByteArray &line : lines) {
            if (line == "READY=1") {
                record(Kind::Ready, sender);
                m_ready = true;
                m_watchdog.start(m_watchdogMs); // armed once start-up is done, as WatchdogSec= says
            } else if (line == "WATCHDOG=1") {
                record(Kind::Ping, sender);
                if (m_ready && !m_abortSent)
                    m_watchdog.start(m_watchdogMs);
            }
        }
    }
}

void Supervisor::onWatchdogExpired()
{
    if (!m_enforcing || !m_child || m_child->state() == QProcess::NotRunning || m_abortSent)
        return;
    record(Kind::WatchdogTimeout, m_pid);
    // systemd's WatchdogSignal= default, then SIGKILL after TimeoutAbortSec=.
    m_abortSent = true;
    ::kill(pid_t(m_pid), SIGABRT);
    m_abortTimeout.start(m_abortTimeoutMs);
}

void Supervisor::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_watchdog.stop();
    m_abortTimeout.stop();
    const bool crashed = status == QProcess::CrashExit;
    record(Kind::Exited, m_pid, crashed ? exitCode : 0, crashed ? 0 : exitCode);
    m_ready = false;
    if (!m_stopping)
        m_restart.start(m_restartMs);
}

void Supervisor::record(Kind kind, qint64 pid, int exitSignal, int exitCode)
{
    const Event event{kind, nowMs(), pid, exitSignal, exitCode};
    m_events.append(event);
    emit eventAdded(event);
}
