// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "localizedtext.h"
#include "sync/syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;
class ContentStore;
class Database;
class IdleWatcher;
class KioskController;
class Navigator;
class RecordsController;
class SyncController;

/** Staff mode for QML: the PIN pad (the core's StaffPin: PBKDF2, lockout), and, once the PIN
    was right, the staff screens' data and actions — enrolment, sync health, content and USB
    import, the records list and its CSV export, the kiosk's settings, paper pledges, restart
    and leaving the kiosk. Staff mode ends on Leave, after staffIdleMs without a touch, on the
    kiosk's reset and whenever the kiosk goes home. Every action needs it to be on. */
class StaffController : public QObject, public QmlSingleton<StaffController>
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
    // Sync and enrolment
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY syncChanged)
    Q_PROPERTY(QString kioskId READ kioskId NOTIFY syncChanged)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY syncChanged)
    Q_PROPERTY(QString syncError READ syncError NOTIFY syncChanged)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrollingChanged)
    // Content
    Q_PROPERTY(QString contentImportedText READ contentImportedText NOTIFY contentChanged)
    Q_PROPERTY(QVariantList usbBundles READ usbBundles NOTIFY usbChanged)
    Q_PROPERTY(QVariantList usbSticks READ usbSticks NOTIFY usbChanged)
    // Records
    Q_PROPERTY(int recordsRevision READ recordsRevision NOTIFY recordsChanged)
    // Settings
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY settingsChanged)
    // Screen-off hours: the kiosk shows black (a touch wakes it for 10 minutes)
    Q_PROPERTY(bool screenResting READ screenResting NOTIFY screenRestingChanged)

public:
    /** The exit code of restartApp() under systemd: the unit starts the kiosk again (a unit
        with RestartPreventExitStatus=0 then keeps quitKiosk's exit 0 down). */
    static constexpr int RestartExitCode = 75;

    StaffController(Database &db, const QString &dataDir, ContentStore *content, IdleWatcher *idle,
                    Navigator *navigator, KioskController *kiosk, RecordsController *records, SyncController *sync,
                    std::function<void()> reloadContent, QObject *parent = nullptr);
    ~StaffController() override;

    bool pinSet() const;
    bool isActive() const { return m_active; }
    bool checking() const { return m_checking; }
    int lockedSeconds() const;
    /** Tries left before the pad locks, after a wrong PIN; -1 when none was wrong yet. */
    int triesLeft() const { return m_triesLeft; }
    QString lastMessage() const;
    int minPinLength() const;
    int maxPinLength() const;
    int staffIdleSeconds() const { return m_staffIdleMs / 1000; }

    /** Checks the PIN in a worker thread (PBKDF2 takes ~170 ms); on success staff mode starts
        and the staff home replaces the pad. checking is true meanwhile. */
    bool screenResting() const { return m_screenResting; }
    /** A touch on the black screen: the kiosk wakes for 10 minutes. */
    Q_INVOKABLE void wakeScreen();
    /** True when `now` lies in [from, to), both "HH:mm"; a window may run past midnight
        (22:00–06:00). Empty or equal times: never. */
    static bool isRestTime(QTime now, const QString &from, const QString &to);

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

    QString hubUrl() const;
    QString kioskId() const;
    QString lastSuccessText() const;
    QString syncError() const;
    bool enrolling() const { return m_enrolClient != nullptr; }
    Q_INVOKABLE void enrol(const QString &url, const QString &code);
    Q_INVOKABLE bool unenrol();
    Q_INVOKABLE void syncNow();

    QString contentImportedText() const;
    QVariantList usbBundles() const { return m_usbBundles; }
    QVariantList usbSticks() const { return m_usbSticks; }
    /** Looks for USB sticks and the bundles on them again. */
    Q_INVOKABLE void scanUsb();
    Q_INVOKABLE bool importBundle(const QString &folder);

    int recordsRevision() const { return m_recordsRevision; }
    /** The records, newest first, at most `limit`, matching a receipt code typed in part or in
        full (any typing ReceiptCode::normalize accepts): code, kind name, time, sync state,
        status. No personal data: the store's list has none. */
    Q_INVOKABLE QVariantList records(const QString &codeQuery, int limit = 200) const;
    Q_INVOKABLE int recordCount() const;
    /** Writes every record as CSV onto the stick; the file's path, or empty with lastMessage. */
    Q_INVOKABLE QString exportRecords(const QString &stick);

    QVariantMap settings() const;
    /** The wards of the content, [{code, name}], in the kiosk's language. */
    Q_INVOKABLE QVariantList wards() const;
    /** Checks and stores one setting; applies it at once where the kiosk can. */
    Q_INVOKABLE bool setSetting(const QString &key, const QVariant &value);

    /** Restarts the kiosk app (staff mode only). */
    Q_INVOKABLE void restartApp();
    /** Quits the kiosk app, leaving the kiosk (staff mode only). */
    Q_INVOKABLE void quitKiosk();

    // For main() and tests.
    void setStaffIdleMs(int ms) { m_staffIdleMs = std::max(1000, ms); }
    void setResidentIdleMs(int ms) { m_residentIdleMs = ms; }
    /** What restartApp / quitKiosk do (default: restart the process, or quit it). */
    void setExitHandler(std::function<void(bool restart)> handler) { m_exit = std::move(handler); }
    /** Moves the PIN's clock (the lockout) by this many seconds: tests only. */
    void setClockOffsetForTesting(qint64 seconds);
    void setLanguage(const QString &language);

Q_SIGNALS:
    void pinSetChanged();
    void screenRestingChanged();
    void activeChanged();
    void checkingChanged();
    void lockChanged();
    void lastMessageChanged();
    void syncChanged();
    void enrollingChanged();
    void contentChanged();
    void usbChanged();
    void recordsChanged();
    void settingsChanged();
    /** A PIN check ended: accepted or not. */
    void pinChecked(bool accepted);
    /** changePin() ended: the new PIN is stored, or not (lastMessage says why). */
    void pinChanged(bool changed);

private:
    QDateTime now() const;
    void setMessage(const LocalizedText &message);
    void start();
    void updateLock();
    void runCheck(const QString &pin, std::function<void(bool accepted)> then);
    bool requireActive(const char *what);

    Database &m_db;
    QString m_dataDir;
    ContentStore *m_content;
    IdleWatcher *m_idle;
    Navigator *m_navigator;
    KioskController *m_kiosk;
    RecordsController *m_records;
    SyncController *m_sync;
    std::function<void()> m_reloadContent;
    std::function<void(bool)> m_exit;
    QPointer<SyncClient> m_enrolClient;
    QPointer<QThread> m_checkThread;

    bool m_active = false;
    bool m_checking = false;
    int m_triesLeft = -1;
    int m_lastLocked = 0;
    LocalizedText m_message;
    QString m_language = QStringLiteral("vi");
    qint64 m_clockOffset = 0;
    int m_staffIdleMs = 120'000;
    int m_residentIdleMs = 90'000;
    QTimer m_lockTick;
    QVariantList m_usbBundles;
    QVariantList m_usbSticks;
    int m_recordsRevision = 0;
    void updateRest();
    QTimer m_restTick;
    bool m_screenResting = false;
    QDateTime m_wokenUntil;
};
