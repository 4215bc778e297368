// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffsession.h"

#include "idlereset.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "navigator.h"
#include "recordscontroller.h"
#include "staff/staffpin.h"
#include "store/database.h"

#include <QThread>

namespace {

const QStringList sections{QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("content"),
                           QStringLiteral("records"), QStringLiteral("settings"), QStringLiteral("pin")};

}

StaffSession::StaffSession(Database &db, Navigator *navigator, KioskController *kiosk, RecordsController *records,
                           IdleReset *idleReset, QObject *parent)
    : QObject(parent), m_db(db), m_navigator(navigator), m_kiosk(kiosk), m_records(records), m_idleReset(idleReset)
{
    m_lockTick.setInterval(1000);
    connect(&m_lockTick, &QTimer::timeout, this, &StaffSession::updateLock);
    // Staff mode never outlives the staff screens: going home (Home, a receipt's Done, the
    // idle reset) or the kiosk's reset for the next resident ends it.
    connect(m_navigator, &Navigator::navigated, this,
            [this](const QString &, const QVariantMap &, Navigator::Operation operation) {
                if (operation == Navigator::Reset)
                    leave();
            });
    connect(m_idleReset, &IdleReset::done, this, &StaffSession::leave);
    connect(m_kiosk, &KioskController::languageChanged, this, [this] {
        emit lastMessageChanged();
        emit languageChanged();
    });
    updateLock();
}

StaffSession::~StaffSession()
{
    if (m_checkThread)
        m_checkThread->wait();
}

QString StaffSession::language() const
{
    return m_kiosk->language();
}

void StaffSession::say(const LocalizedText &message)
{
    m_message = message;
    emit lastMessageChanged();
}

bool StaffSession::allows(const char *what) const
{
    if (m_active)
        return true;
    qCWarning(lcStaff) << "refused outside staff mode:" << what;
    return false;
}

QDateTime StaffSession::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

void StaffSession::setClockOffsetForTesting(qint64 seconds)
{
    m_clockOffset = seconds;
    updateLock();
}

bool StaffSession::pinSet() const
{
    return StaffPin(m_db).isSet();
}

int StaffSession::minPinLength() const
{
    return StaffPin::MinLength;
}

int StaffSession::maxPinLength() const
{
    return StaffPin::MaxLength;
}

QString StaffSession::lastMessage() const
{
    return m_message.in(language());
}

void StaffSession::updateLock()
{
    const int locked = int(StaffPin(m_db).lockedSeconds(now()));
    if (locked > 0 && !m_lockTick.isActive())
        m_lockTick.start();
    else if (locked == 0)
        m_lockTick.stop();
    if (locked == m_lastLocked)
        return;
    const bool unlocked = m_lastLocked > 0 && locked == 0;
    m_lastLocked = locked;
    if (unlocked) {
        qCInfo(lcStaff) << "staff PIN pad unlocked";
        m_triesLeft = -1;
        say({});
    }
    emit lockChanged();
}

void StaffSession::runCheck(const QString &pin, std::function<void(bool)> then)
{
    if (m_checking)
        return;
    updateLock();
    if (m_lastLocked > 0) {
        StaffPin(m_db).verify(pin, now()); // logs the try made while locked; never checks the PIN
        then(false);
        return;
    }
    // PBKDF2 with 120,000 rounds takes a noticeable moment: a worker thread runs it on its own
    // connection to the same database (SQLite in WAL), so the pad keeps drawing meanwhile.
    m_checking = true;
    emit checkingChanged();
    auto attempt = std::make_shared<StaffPin::Attempt>();
    const QString path = m_db.connection().databaseName();
    const QDateTime at = now();
    QThread *thread = QThread::create([path, pin, at, attempt] {
        Database db;
        if (db.open(path))
            *attempt = StaffPin(db).verify(pin, at);
    });
    m_checkThread = thread;
    connect(thread, &QThread::finished, this, [this, attempt, then = std::move(then)] {
        m_checking = false;
        emit checkingChanged();
        bool accepted = false;
        switch (attempt->outcome) {
        case StaffPin::Outcome::Accepted:
            m_triesLeft = -1;
            say({});
            accepted = true;
            break;
        case StaffPin::Outcome::Wrong:
            m_triesLeft = attempt->triesLeft;
            say({QStringLiteral("Mã PIN không đúng. Còn %1 lần thử, sau đó bàn phím bị khoá.").arg(m_triesLeft),
                        QStringLiteral("Wrong PIN. %1 more tries, then the pad locks.").arg(m_triesLeft)});
            break;
        case StaffPin::Outcome::Locked:
            m_triesLeft = 0;
            say({QStringLiteral("Sai mã PIN quá nhiều lần."), QStringLiteral("Too many wrong PINs.")});
            break;
        case StaffPin::Outcome::NotSet:
            say({QStringLiteral("Chưa đặt mã PIN cán bộ."), QStringLiteral("No staff PIN is set.")});
            break;
        }
        updateLock();
        emit lockChanged();
        then(accepted);
        emit pinChecked(accepted);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void StaffSession::enter(const QString &pin)
{
    if (m_active)
        return;
    runCheck(pin, [this](bool accepted) {
        if (accepted)
            start();
    });
}

void StaffSession::start()
{
    m_active = true;
    m_idleReset->holdTimeout(m_staffIdleMs);
    qCInfo(lcStaff) << "staff mode on";
    emit activeChanged();
    m_navigator->openInternal(QStringLiteral("staff-home"), {}, m_navigator->page() == u"admin");
}

void StaffSession::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_records->setEnteredBy(QStringLiteral("resident"));
    m_idleReset->releaseTimeout();
    say({});
    qCInfo(lcStaff) << "staff mode off";
    emit activeChanged();
    m_navigator->home();
}

bool StaffSession::setFirstPin(const QString &pin, const QString &again)
{
    if (pinSet()) {
        say({QStringLiteral("Mã PIN đã được đặt."), QStringLiteral("A PIN is already set.")});
        return false;
    }
    if (pin != again) {
        say({QStringLiteral("Hai lần nhập không giống nhau. Xin nhập lại."),
             QStringLiteral("The two PINs differ. Please type them again.")});
        return false;
    }
    LocalizedText error;
    if (!StaffPin(m_db).set(pin, &error)) {
        say(error);
        return false;
    }
    say({});
    emit pinSetChanged();
    start();
    return true;
}

void StaffSession::changePin(const QString &oldPin, const QString &newPin, const QString &again)
{
    if (!allows("change PIN"))
        return;
    // The new PIN's problems first: a typing slip there should not cost a try of the old one.
    if (newPin != again) {
        say({QStringLiteral("Hai lần nhập mã mới không giống nhau."), QStringLiteral("The two new PINs differ.")});
        emit pinChanged(false);
        return;
    }
    const LocalizedText problem = StaffPin::problem(newPin);
    if (!problem.isEmpty()) {
        say(problem);
        emit pinChanged(false);
        return;
    }
    runCheck(oldPin, [this, newPin](bool accepted) {
        if (!accepted) {
            emit pinChanged(false);
            return;
        }
        LocalizedText error;
        const bool ok = StaffPin(m_db).set(newPin, &error);
        say(ok ? LocalizedText{QStringLiteral("Đã đổi mã PIN."), QStringLiteral("The PIN was changed.")} : error);
        emit pinChanged(ok);
    });
}

bool StaffSession::open(const QString &section)
{
    if (!allows("open a staff screen") || !sections.contains(section))
        return false;
    say({});
    emit opening(section);
    m_navigator->openInternal(QStringLiteral("staff-") + section, {}, false);
    return true;
}

bool StaffSession::startPaperEntry(const QString &what)
{
    if (!allows("paper entry"))
        return false;
    m_records->setEnteredBy(QStringLiteral("staff"));
    qCInfo(lcStaff) << "staff keys in a paper" << (what == u"report" ? "report" : "pledge");
    return m_navigator->go(what == u"report" ? QStringLiteral("report") : QStringLiteral("pledge"));
}

