// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

class IdleWatcher;
class KioskController;
class Navigator;
class WorksModel;

/** The idle reset: after the idle timeout (and the "are you still there?" countdown) the next
    resident gets a clean kiosk — home, in the default language (Vietnamese unless staff chose
    otherwise), no search or filter, no keyboard or typed text, no half-filled form, open
    question or help sheet (Main.qml closes those on done()), and staff mode ended. Also the
    timeout in force: the residents' one, or staff mode's while it lasts. */
class IdleReset : public QObject, public QmlSingleton<IdleReset>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(IdleReset)
    QML_SINGLETON
    Q_PROPERTY(bool warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    IdleReset(IdleWatcher *idle, Navigator *navigator, WorksModel *works, KioskController *kiosk,
              QObject *parent = nullptr);

    /** The "are you still there?" countdown is showing (never on a kiosk already at rest). */
    bool warning() const;
    int secondsLeft() const;
    /** One tap on the warning: the resident is still there, the timeout starts again. */
    Q_INVOKABLE void stillHere();
    /** Home, in the default language, nothing searched or filtered: nothing to reset. */
    bool isAtRest() const;
    /** Hands a clean kiosk to the next resident now (the idle timeout does it by itself). */
    Q_INVOKABLE void reset();
    /** Runs `action` now when the kiosk is at rest, else right after the next reset, so nothing
        changes under a resident's finger (new content from the hub). */
    void whenAtRest(std::function<void()> action);

    /** The residents' timeout; while staff hold another, it applies when they release it. */
    void setResidentTimeout(int ms);
    int residentTimeout() const { return m_residentMs; }
    /** Staff mode's own timeout, from now until releaseTimeout(). */
    void holdTimeout(int ms);
    void releaseTimeout();

Q_SIGNALS:
    /** The reset happened: pages and dialogs drop whatever a resident left behind. */
    void done();
    void warningChanged();
    void secondsLeftChanged();

private:
    IdleWatcher *m_idle;
    Navigator *m_navigator;
    WorksModel *m_works;
    KioskController *m_kiosk;
    int m_residentMs;
    bool m_held = false;
    std::function<void()> m_afterReset;
};
