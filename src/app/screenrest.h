// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Database;
class IdleReset;
class StaffSession;

/** Screen-off hours (staff settings screenOffFrom/screenOffTo): in them the kiosk shows black,
    after a reset for the next resident; a touch wakes it for 10 minutes. Never in staff mode. */
class ScreenRest : public QObject, public QmlSingleton<ScreenRest>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ScreenRest)
    QML_SINGLETON
    Q_PROPERTY(bool resting READ resting NOTIFY restingChanged)

public:
    ScreenRest(Database &db, StaffSession *session, IdleReset *idleReset, QObject *parent = nullptr);

    bool resting() const { return m_resting; }
    /** A touch on the black screen: the kiosk wakes for 10 minutes. */
    Q_INVOKABLE void wake();
    /** Looks again whether the screen should rest now (the hours changed). */
    void update();

    /** True when `now` lies in [from, to), both "HH:mm"; a window may run past midnight
        (22:00–06:00). Empty or equal times: never. */
    static bool isRestTime(QTime now, const QString &from, const QString &to);

Q_SIGNALS:
    void restingChanged();

private:
    Database &m_db;
    StaffSession *m_session;
    IdleReset *m_idleReset;
    QTimer m_tick;
    bool m_resting = false;
    QDateTime m_wokenUntil;
};
