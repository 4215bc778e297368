// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

namespace {

/** Reads lines from a process until one matches "listening on 127.0.0.1:PORT". */
quint16 waitForPort(QProcess &process, int timeoutMs)
{
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        if (!process.canReadLine() && !process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            if (process.state() != QProcess::Running)
                break;
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            seen += line;
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(line));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
        }
    }
    qWarning("no 'listening on' line; saw: %s (the hub's log is above)", seen.constData());
    return 0;
}

}

HubProcess::HubProcess(const QString &dbLocation, const QString &publicUrl) : m_db(dbLocation), m_publicUrl(publicUrl)
{
}

HubProcess::~HubProcess()
{
    stop();
}

bool HubProcess::start(quint16 port)
{
    stop();
    m_process = std::make_unique<QProcess>();
    // The hub logs every request to stderr: a pipe nobody reads would fill and block it, so the
    // log goes to the test's own stderr (ctest shows it when a test fails).
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral(CITY_HUB),
                     {QStringLiteral("--db"), m_db, QStringLiteral("--public-url"), m_publicUrl, QStringLiteral("serve"),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!m_process->waitForStarted(10'000))
        return false;
    m_port = waitForPort(*m_process, 20'000);
    return m_port != 0;
}

void HubProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10'000);
    }
}

void HubProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10'000))
            kill();
    }
}

bool HubProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString HubProcess::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString HubProcess::admin(const QStringList &args, int *exitCode, QString *errorText) const
{
    QProcess p;
    p.start(QStringLiteral(CITY_HUB), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--public-url"), m_publicUrl} + args);
    p.waitForFinished(60'000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errorText)
        *errorText = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

FaultProxy::~FaultProxy()
{
    if (m_process) {
        m_process->closeWriteChannel();  // end of stdin ends the proxy
        if (!m_process->waitForFinished(5'000))
            m_process->kill();
        m_process->waitForFinished(5'000);
    }
}

bool FaultProxy::start(quint16 upstreamPort)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral(FAULTPROXY), {QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:%1").arg(upstreamPort)});
    if (!m_process->waitForStarted(10'000))
        return false;
    m_port = waitForPort(*m_process, 10'000);
    return m_port != 0;
}

QString FaultProxy::command(const QString &line)
{
    m_process->write(line.toUtf8() + '\n');
    m_process->waitForBytesWritten(5'000);
    QDeadlineTimer deadline(10'000);
    while (!m_process->canReadLine() && !deadline.hasExpired())
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    return QString::fromUtf8(m_process->readLine()).trimmed();
}
