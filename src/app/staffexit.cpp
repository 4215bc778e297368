// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffexit.h"

#include "logging.h"
#include "staffsession.h"

#include <QCoreApplication>
#include <QProcess>

StaffExit::StaffExit(StaffSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    // Restart: under systemd (INVOCATION_ID is set for a service's processes) a plain exit lets
    // the unit start a fresh kiosk, with its cgroup, watchdog and logs; a detached child would
    // be killed with the old process's cgroup. Run by hand, the kiosk starts itself again.
    m_exit = [](bool restart) {
        if (restart && !qEnvironmentVariableIsSet("INVOCATION_ID"))
            QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        // exit(), not quit(): quit() first asks every window to close, which the lockdown refuses.
        QCoreApplication::exit(restart ? RestartExitCode : 0);
    };
}

void StaffExit::restartApp()
{
    if (!m_session->allows("restart"))
        return;
    qCInfo(lcStaff) << "staff restart the kiosk app";
    m_exit(true);
}

void StaffExit::quitKiosk()
{
    if (!m_session->allows("leave kiosk"))
        return;
    qCInfo(lcStaff) << "staff leave kiosk mode: the app quits";
    m_exit(false);
}
