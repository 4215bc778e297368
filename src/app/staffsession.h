// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "localizedtext.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class Database;
class IdleReset;
class KioskController;
class Navigator;
class RecordsController;

/** Staff mode for QML: the PIN pad (the core's StaffPin: PBKDF2, lockout), entering and
    leaving, which staff screen is open, and the one message line every staff screen shows.
    Staff mode ends on Leave, after staffIdleSeconds without a touch, on the idle reset and
    whenever the kiosk goes home. The other staff objects act only while it is on (allows()). */
class StaffSession : public QObject, public QmlSingleton<StaffSession>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Staff)
    QML_SINGLETON
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY lockChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY lockChanged)
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastMessageChanged)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)
    Q_PROPERTY(int maxPinLength READ maxPinLength CONSTANT)
    Q_PROPERTY(int staffIdleSeconds READ staffIdleSeconds CONSTANT)

public:
    StaffSession(Database &db, Navigator *navigator, KioskController *kiosk, RecordsController *records,
                 IdleReset *idleReset, QObject *parent = nullptr);
    ~StaffSession() override;

    bool pinSet() const;
    bool isActive() const { return m_active; }
    bool checking() const { return m_checking; }
    int lockedSeconds() const { return m_lastLocked; }
    /** Tries left before the pad locks, after a wrong PIN; -1 when none was wrong yet. */
    int triesLeft() const { return m_triesLeft; }
    QString lastMessage() const;
    int minPinLength() const;
    int maxPinLength() const;
    int staffIdleSeconds() const { return m_staffIdleMs / 1000; }

    /** Checks the PIN in a worker thread (PBKDF2 takes ~170 ms); on success staff mode starts
        and the staff home replaces the pad. checking is true meanwhile. */
    Q_INVOKABLE void enter(const QString &pin);
    /** The first PIN, typed twice; only while none is set. Starts staff mode. */
    Q_INVOKABLE bool setFirstPin(const QString &pin, const QString &again);
    /** A new PIN, after the current one (checked like enter, lockout included). */
    Q_INVOKABLE void changePin(const QString &oldPin, const QString &newPin, const QString &again);
    /** Ends staff mode and goes home. */
    Q_INVOKABLE void leave();
    /** Opens a staff screen: "sync", "enrol", "content", "records", "settings", "pin". */
    Q_INVOKABLE bool open(const QString &section);
    /** A paper pledge ("pledge") or waste report ("report") keyed in by staff. */
    Q_INVOKABLE bool startPaperEntry(const QString &what);

    /** True in staff mode; outside it logs the refused action (`what`) and says false. */
    bool allows(const char *what) const;
    /** The staff screens' message line, in the kiosk's language; empty hides it. */
    void say(const LocalizedText &message);
    QString language() const;

    // For main() and tests.
    void setStaffIdleMs(int ms) { m_staffIdleMs = std::max(1000, ms); }
    /** Moves the PIN's clock (the lockout) by this many seconds: tests only. */
    void setClockOffsetForTesting(qint64 seconds);

Q_SIGNALS:
    void pinSetChanged();
    void activeChanged();
    void checkingChanged();
    void lockChanged();
    void lastMessageChanged();
    /** A PIN check ended: accepted or not. */
    void pinChecked(bool accepted);
    /** changePin() ended: the new PIN is stored, or not (lastMessage says why). */
    void pinChanged(bool changed);
    /** The kiosk's language changed: staff screens' words follow. */
    void languageChanged();
    /** A staff screen is about to open (its data can be looked for first). */
    void opening(const QString &section);

private:
    QDateTime now() const;
    void start();
    void updateLock();
    void runCheck(const QString &pin, std::function<void(bool accepted)> then);

    Database &m_db;
    Navigator *m_navigator;
    KioskController *m_kiosk;
    RecordsController *m_records;
    IdleReset *m_idleReset;
    QPointer<QThread> m_checkThread;

    bool m_active = false;
    bool m_checking = false;
    int m_triesLeft = -1;
    int m_lastLocked = 0;
    LocalizedText m_message;
    qint64 m_clockOffset = 0;
    int m_staffIdleMs = 120'000;
    QTimer m_lockTick;
};
