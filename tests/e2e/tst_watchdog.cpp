// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

/** The kiosk under a service manager's watchdog (sd_notify, as civic-kiosk.service runs it):
    READY=1 once home shows, WATCHDOG=1 from the UI thread; a kiosk whose UI thread freezes
    is killed within WatchdogSec, started again, shows home again, and the records it held
    are still there. tests/e2e/supervisor.h keeps systemd's side of the contract, because
    test machines (containers) have no systemd as PID 1. */
class tst_Watchdog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keepsPinging();
    void foreignWatchdogPidIsIgnored();
    void frozenKioskIsKilledAndRestarted();

private:
    QStringList kioskArguments(const QString &dataDir) const;
    QString socketPath(const QString &name) const;
    QString submitRecord(const QString &dataDir);
    QString listRecords(const QString &dataDir);
    static QString describe(const Supervisor &supervisor);
    static qint64 longestGap(const QList<Supervisor::Event> &pings);

    QTemporaryDir m_dir;
};

namespace {
constexpr int watchdogMs = 3000;   // WatchdogSec=3 here; the unit has 15
constexpr int restartMs = 1000;    // RestartSec=1 here; the unit has 2
constexpr int startTimeoutMs = 60'000;
}

void tst_Watchdog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QStringList tst_Watchdog::kioskArguments(const QString &dataDir) const
{
    return {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--data-dir"), dataDir};
}

QString tst_Watchdog::socketPath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString tst_Watchdog::describe(const Supervisor &supervisor)
{
    static const char *names[] = {"started", "ready", "ping", "watchdog-timeout", "killed", "exited"};
    QString text;
    for (const Supervisor::Event &e : supervisor.events())
        text += QStringLiteral("\n  %1 ms %2 pid %3 signal %4 code %5")
                        .arg(e.atMs).arg(QLatin1String(names[int(e.kind)])).arg(e.pid).arg(e.exitSignal).arg(e.exitCode);
    for (const auto &line : supervisor.outputLines())
        text += QStringLiteral("\n  %1 ms | %2").arg(line.first).arg(line.second);
    return text;
}

qint64 tst_Watchdog::longestGap(const QList<Supervisor::Event> &pings)
{
    qint64 gap = 0;
    for (qsizetype i = 1; i < pings.size(); ++i)
        gap = qMax(gap, pings[i].atMs - pings[i - 1].atMs);
    return gap;
}

QString tst_Watchdog::submitRecord(const QString &dataDir)
{
    QFile json(m_dir.filePath(QStringLiteral("land.json")));
    if (!json.open(QIODevice::WriteOnly))
        return {};
    json.write(R"({
  "kind": "pledge.land",
  "projectCode": "HB-001",
  "areaM2": 25.5,
  "plotNo": "112",
  "mapSheetNo": "7",
  "address": "Số 12 ngõ 34 đường Hạ Lý, phường Hồng Bàng",
  "person": { "fullName": "Nguyễn Thị Hoa", "phone": "0912 345 678", "residentialGroup": "Tổ dân phố số 5" },
  "consent": { "given": true, "textVersion": "paper-2025-01", "text": "Tôi đồng ý." }
})");
    json.close();
    QProcess p;
    p.start(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("records"),
                                       QStringLiteral("submit"), QStringLiteral("--json"), json.fileName()});
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("kioskctl records submit: %s", p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString tst_Watchdog::listRecords(const QString &dataDir)
{
    QProcess p;
    p.start(QStringLiteral(KIOSKCTL), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("records"), QStringLiteral("list")});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The real civic-kiosk, idle on home for 8 s: READY=1 once, then WATCHDOG=1 from its own pid
// at about half of WatchdogSec, never a gap of WatchdogSec, never killed.
void tst_Watchdog::keepsPinging()
{
    Supervisor supervisor(QStringLiteral(CIVIC_KIOSK), kioskArguments(m_dir.filePath(QStringLiteral("steady"))),
                          socketPath(QStringLiteral("steady.sock")));
    supervisor.setWatchdogMs(watchdogMs);
    supervisor.setRestartMs(restartMs);
    QVERIFY2(supervisor.start(), qPrintable(supervisor.errorString()));
    QVERIFY2(QTest::qWaitFor([&] { return !supervisor.eventsOf(Supervisor::Kind::Ready).isEmpty()
                                          || !supervisor.eventsOf(Supervisor::Kind::Exited).isEmpty(); },
                             startTimeoutMs),
             qPrintable(QStringLiteral("no READY=1:") + describe(supervisor)));
    QVERIFY2(supervisor.eventsOf(Supervisor::Kind::Exited).isEmpty(), qPrintable(describe(supervisor)));
    const Supervisor::Event ready = supervisor.eventsOf(Supervisor::Kind::Ready).constFirst();
    const qint64 pid = supervisor.childPid();
    QCOMPARE(ready.pid, pid);

    QTest::qWait(8000);
    const auto pings = supervisor.eventsOf(Supervisor::Kind::Ping);
    const QString log = describe(supervisor);
    QVERIFY2(supervisor.eventsOf(Supervisor::Kind::WatchdogTimeout).isEmpty(), qPrintable(log));
    QVERIFY2(supervisor.eventsOf(Supervisor::Kind::Exited).isEmpty(), qPrintable(log));
    QCOMPARE(supervisor.eventsOf(Supervisor::Kind::Ready).size(), 1);
    QCOMPARE(supervisor.childPid(), pid);
    // 8 s at one ping per 1.5 s is 5; a loaded machine may lose one.
    QVERIFY2(pings.size() >= 4, qPrintable(log));
    for (const auto &ping : pings)
        QCOMPARE(ping.pid, pid);
    QVERIFY2(longestGap(pings) < watchdogMs, qPrintable(log));
    QVERIFY2(pings.constLast().atMs > supervisor.nowMs() - watchdogMs, qPrintable(log));
    qInfo("READY=1 at %lld ms, then %lld pings from pid %lld in 8 s, longest gap %lld ms", ready.atMs,
          qint64(pings.size()), pid, longestGap(pings));
}

// systemd names the process it watches in $WATCHDOG_PID; a kiosk that is neither it nor its
// child must not ping (sd_watchdog_enabled(3)), though it still says READY=1.
void tst_Watchdog::foreignWatchdogPidIsIgnored()
{
    Supervisor supervisor(QStringLiteral(CIVIC_KIOSK), kioskArguments(m_dir.filePath(QStringLiteral("foreign"))),
                          QStringLiteral("@civic-watchdog-foreign-%1").arg(::getpid()));
    supervisor.setWatchdogMs(1000);     // a kiosk that took it for itself would ping every 0.5 s
    supervisor.setEnforcing(false);     // only listen: do not kill it for the missing pings
    supervisor.setWatchdogPid(1);
    QVERIFY2(supervisor.start(), qPrintable(supervisor.errorString()));
    QVERIFY2(QTest::qWaitFor([&] { return !supervisor.eventsOf(Supervisor::Kind::Ready).isEmpty(); }, startTimeoutMs),
             qPrintable(QStringLiteral("no READY=1:") + describe(supervisor)));
    QTest::qWait(3000);
    supervisor.stop();
    QVERIFY2(supervisor.eventsOf(Supervisor::Kind::Exited).size() == 1, qPrintable(describe(supervisor)));
    QVERIFY2(supervisor.eventsOf(Supervisor::Kind::Ping).isEmpty(), qPrintable(describe(supervisor)));
}

// civic-kiosk-debughooks (the same kiosk plus CIVIC_KIOSK_DEBUG_FREEZE_AFTER_MS) freezes its
// UI thread 5 s after start while its other threads run on. The supervisor, on an abstract
// socket this time, must see the pings stop, kill it within WatchdogSec, start it again, and
// the new kiosk must show home (READY=1) with the record submitted before still stored.
void tst_Watchdog::frozenKioskIsKilledAndRestarted()
{
#ifndef CIVIC_KIOSK_DEBUGHOOKS
    QSKIP("built with CIVIC_DEBUG_HOOKS=OFF: no civic-kiosk-debughooks to freeze");
#else
    const QString dataDir = m_dir.filePath(QStringLiteral("frozen"));
    Supervisor supervisor(QStringLiteral(CIVIC_KIOSK_DEBUGHOOKS), kioskArguments(dataDir),
                          QStringLiteral("@civic-watchdog-frozen-%1").arg(::getpid()));
    supervisor.setWatchdogMs(watchdogMs);
    supervisor.setRestartMs(restartMs);
    QProcessEnvironment env;
    env.insert(QStringLiteral("CIVIC_KIOSK_DEBUG_FREEZE_AFTER_MS"), QStringLiteral("5000"));
    supervisor.setEnvironment(env);
    QVERIFY2(supervisor.start(), qPrintable(supervisor.errorString()));
    QVERIFY2(QTest::qWaitFor([&] { return !supervisor.eventsOf(Supervisor::Kind::Ready).isEmpty(); }, startTimeoutMs),
             qPrintable(QStringLiteral("no READY=1:") + describe(supervisor)));
    const qint64 firstPid = supervisor.childPid();
    QVERIFY(firstPid > 0);

    // A paper pledge keyed in by staff while the kiosk runs, before it hangs.
    const QString code = submitRecord(dataDir);
    QVERIFY2(!code.isEmpty(), "kioskctl records submit failed");

    QVERIFY2(QTest::qWaitFor([&] { return !supervisor.eventsOf(Supervisor::Kind::Exited).isEmpty(); }, 30'000),
             qPrintable(QStringLiteral("the frozen kiosk was not stopped:") + describe(supervisor)));
    const QString log = describe(supervisor);
    const auto timeouts = supervisor.eventsOf(Supervisor::Kind::WatchdogTimeout);
    const Supervisor::Event exited = supervisor.eventsOf(Supervisor::Kind::Exited).constFirst();
    QVERIFY2(timeouts.size() == 1 && timeouts.constFirst().pid == firstPid, qPrintable(log));
    QCOMPARE(exited.pid, firstPid);
    QVERIFY2(exited.exitSignal == SIGABRT || exited.exitSignal == SIGKILL, qPrintable(log));

    // It pinged until it froze, and was stopped within WatchdogSec of the freeze.
    qint64 frozeAt = -1;
    for (const auto &line : supervisor.outputLines())
        if (line.second.contains(QStringLiteral("UI thread freezes now")))
            frozeAt = line.first;
    QVERIFY2(frozeAt >= 0, qPrintable(log));
    qint64 pingsBeforeFreeze = 0;
    for (const auto &ping : supervisor.eventsOf(Supervisor::Kind::Ping)) {
        QVERIFY2(ping.atMs <= frozeAt + 500, qPrintable(QStringLiteral("a ping after the freeze:") + log));
        pingsBeforeFreeze += ping.pid == firstPid;
    }
    QVERIFY2(pingsBeforeFreeze >= 1, qPrintable(log));
    QVERIFY2(timeouts.constFirst().atMs - frozeAt <= watchdogMs + 500, qPrintable(log));

    // Started again after RestartSec, home shown again by a new process.
    QVERIFY2(QTest::qWaitFor([&] { return supervisor.eventsOf(Supervisor::Kind::Ready).size() >= 2; }, startTimeoutMs),
             qPrintable(QStringLiteral("no READY=1 after the restart:") + describe(supervisor)));
    const auto starts = supervisor.eventsOf(Supervisor::Kind::Started);
    const Supervisor::Event secondReady = supervisor.eventsOf(Supervisor::Kind::Ready).at(1);
    QVERIFY2(starts.size() >= 2 && starts.at(1).atMs - exited.atMs >= restartMs - 50, qPrintable(describe(supervisor)));
    QCOMPARE(secondReady.pid, starts.at(1).pid);
    QVERIFY(secondReady.pid != firstPid);

    const QString records = listRecords(dataDir);
    supervisor.stop();
    qInfo("pid %lld: READY=1 at %lld ms, %lld pings, froze at %lld ms, watchdog timeout at %lld ms, ended by "
          "signal %d at %lld ms; pid %lld started at %lld ms, READY=1 at %lld ms",
          firstPid, supervisor.eventsOf(Supervisor::Kind::Ready).constFirst().atMs, pingsBeforeFreeze, frozeAt,
          timeouts.constFirst().atMs, exited.exitSignal, exited.atMs, secondReady.pid, starts.at(1).atMs,
          secondReady.atMs);
    QVERIFY2(records.contains(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(code) + QStringLiteral("\\b"),
                                                 QRegularExpression::MultilineOption)),
             qPrintable(QStringLiteral("%1 is missing after the restart:\n%2").arg(code, records)));
#endif
}

QTEST_GUILESS_MAIN(tst_Watchdog)
#include "tst_watchdog.moc"
