// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

class StaffSession;

/** Staff restart the kiosk app or leave it (quit), in staff mode only. */
class StaffExit : public QObject, public QmlSingleton<StaffExit>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(StaffExit)
    QML_SINGLETON

public:
    /** The exit code of restartApp() under systemd: the unit starts the kiosk again (a unit
        with RestartPreventExitStatus=0 then keeps quitKiosk's exit 0 down). */
    static constexpr int RestartExitCode = 75;

    explicit StaffExit(StaffSession *session, QObject *parent = nullptr);

    /** Restarts the kiosk app (staff mode only). */
    Q_INVOKABLE void restartApp();
    /** Quits the kiosk app, leaving the kiosk (staff mode only). */
    Q_INVOKABLE void quitKiosk();

    /** What restartApp / quitKiosk do (default: restart the process, or quit it): tests. */
    void setExitHandler(std::function<void(bool restart)> handler) { m_exit = std::move(handler); }

private:
    StaffSession *m_session;
    std::function<void(bool)> m_exit;
};
