// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchdog.h"

#include "navigator.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcWatchdog, "kiosk.watchdog")

Watchdog::Watchdog(QObject *parent) : QObject(parent)
{
    m_ping.setTimerType(Qt::CoarseTimer);
    connect(&m_ping, &QTimer::timeout, this, [] { notify(QByteArrayLiteral("WATCHDOG=1")); });
}

void Watchdog::start(Navigator *navigator)
{
    if (qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
        return;
    connect(navigator, &Navigator::shown, this, [this](const QString &route) {
        if (m_ready)
            return;
        m_ready = true;
        notify(QByteArrayLiteral("READY=1\nSTATUS=Showing ") + route.toUtf8());
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [] { notify(QByteArrayLiteral("STOPPING=1")); });
    const qint64 usec = watchdogUsec();
    if (usec <= 0)
        return;
    // Half the timeout, as sd_watchdog_enabled(3) advises: one late ping is not yet a hang.
    m_ping.start(int(qBound(qint64(1), usec / 2000, qint64(24) * 3600 * 1000)));
    qCInfo(lcWatchdog, "watchdog pings every %d ms", m_ping.interval());
}

qint64 Watchdog::watchdogUsec()
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return 0;
    // systemd names the process it watches. Under cage that is cage, our parent, which
    // passed its environment on to us: with NotifyAccess=all our pings count for the unit.
    const QByteArray pid = qgetenv("WATCHDOG_PID");
    if (!pid.isEmpty()) {
        const qint64 watched = pid.toLongLong(&ok);
        if (!ok || (watched != qint64(::getpid()) && watched != qint64(::getppid())))
            return 0;
    }
    return usec;
}

bool Watchdog::notify(const QByteArray &state)
{
    const QByteArray path = qgetenv("NOTIFY_SOCKET");
    if (path.isEmpty())
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if ((path[0] != '/' && path[0] != '@') || std::size_t(path.size()) >= sizeof(address.sun_path)) {
        qCWarning(lcWatchdog, "NOTIFY_SOCKET is neither a path nor an abstract socket name");
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
    if (path[0] == '@')
        address.sun_path[0] = '\0'; // abstract namespace: the name is not NUL-terminated
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + std::size_t(path.size()) + (path[0] == '/' ? 1 : 0));

    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    ssize_t sent;
    do {
        sent = ::sendto(fd, state.constData(), std::size_t(state.size()), MSG_NOSIGNAL,
                        reinterpret_cast<const sockaddr *>(&address), length);
    } while (sent < 0 && errno == EINTR);
    const int error = errno;
    ::close(fd);
    if (sent != ssize_t(state.size())) {
        qCWarning(lcWatchdog, "cannot notify the service manager: %s", std::strerror(error));
        return false;
    }
    return true;
}
