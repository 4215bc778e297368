// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlereset.h"

#include "idlewatcher.h"
#include "kioskcontroller.h"
#include "navigator.h"
#include "worksmodel.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

IdleReset::IdleReset(IdleWatcher *idle, Navigator *navigator, WorksModel *works, KioskController *kiosk,
                     QObject *parent)
    : QObject(parent), m_idle(idle), m_navigator(navigator), m_works(works), m_kiosk(kiosk),
      m_residentMs(idle->timeout())
{
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        if (!isAtRest())
            reset();
    });
    connect(m_idle, &IdleWatcher::warningChanged, this, &IdleReset::warningChanged);
    connect(m_idle, &IdleWatcher::secondsLeftChanged, this, &IdleReset::secondsLeftChanged);
}

bool IdleReset::warning() const
{
    return m_idle->isWarning() && !isAtRest();
}

int IdleReset::secondsLeft() const
{
    return m_idle->secondsLeft();
}

void IdleReset::stillHere()
{
    m_idle->poke();
}

bool IdleReset::isAtRest() const
{
    return m_navigator->depth() == 1 && m_kiosk->language() == m_kiosk->defaultLanguage() && !m_works->isFiltered();
}

void IdleReset::reset()
{
    qCInfo(lcKiosk) << "reset for the next resident";
    // Home pops every page above it: a half-filled form goes with its page.
    m_navigator->home();
    m_works->clearFilters();
    m_kiosk->setLanguage(m_kiosk->defaultLanguage());
    // Nothing typed by one resident is left for the next: no keyboard, no pre-edit text.
    if (auto *im = QGuiApplication::inputMethod()) {
        im->reset();
        im->hide();
    }
    // Staff mode, dialogs and sheets end on this signal (StaffSession, Main.qml).
    emit done();
    if (auto action = std::exchange(m_afterReset, nullptr))
        action();
}

void IdleReset::whenAtRest(std::function<void()> action)
{
    if (isAtRest())
        action();
    else
        m_afterReset = std::move(action);
}

void IdleReset::setResidentTimeout(int ms)
{
    m_residentMs = ms;
    if (!m_held)
        m_idle->setTimeout(ms);
}

void IdleReset::holdTimeout(int ms)
{
    m_held = true;
    m_idle->setTimeout(ms);
}

void IdleReset::releaseTimeout()
{
    m_held = false;
    m_idle->setTimeout(m_residentMs);
}
