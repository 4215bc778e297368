// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

/** The real city-hub executable for end-to-end tests and benchmarks: serves on 127.0.0.1
    only, and is stopped (or killed) by the test. */
class HubProcess
{
public:
    explicit HubProcess(const QString &dbLocation, const QString &publicUrl = QStringLiteral("http://127.0.0.1"));
    ~HubProcess();

    /** Starts `city-hub serve` on 127.0.0.1:port (0: a free one) and waits for it to listen. */
    bool start(quint16 port = 0);
    /** SIGKILL, as a power cut or a crash would. */
    void kill();
    /** SIGTERM, then wait. */
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString url() const;

    /** Runs an admin command on the same database; returns stdout, trimmed. */
    QString admin(const QStringList &args, int *exitCode = nullptr, QString *errorText = nullptr) const;

private:
    QString m_db;
    QString m_publicUrl;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

/** tests/tools/faultproxy between a client and the hub. */
class FaultProxy
{
public:
    ~FaultProxy();
    bool start(quint16 upstreamPort);
    /** Sends one command and returns the proxy's one-line answer. */
    QString command(const QString &line);
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};
