// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_warningTimer.setSingleShot(true);
    connect(&m_warningTimer, &QTimer::timeout, this, &IdleWatcher::startWarning);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_sinceInput.elapsed() >= m_timeout) {
            stopWarning();
            emit idle();
            return;
        }
        emit secondsLeftChanged();
    });
    setTimeout(m_timeout);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeout = std::max(1000, milliseconds);
    poke();
}

int IdleWatcher::warningLead() const
{
    return std::min(30'000, m_timeout / 3);
}

int IdleWatcher::secondsLeft() const
{
    if (!m_warning)
        return 0;
    return int((m_timeout - m_sinceInput.elapsed() + 999) / 1000);
}

void IdleWatcher::watch(QObject *application)
{
    application->installEventFilter(this);
    poke();
}

void IdleWatcher::poke()
{
    m_sinceInput.start();
    m_warningTimer.start(m_timeout - warningLead());
    stopWarning();
}

void IdleWatcher::startWarning()
{
    m_warning = true;
    m_tick.start();
    emit warningChanged();
    emit secondsLeftChanged();
}

void IdleWatcher::stopWarning()
{
    m_tick.stop();
    if (!m_warning)
        return;
    m_warning = false;
    emit warningChanged();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        // The same event reaches the filter once per receiver on its way down; restarting
        // the timers is cheap enough not to deduplicate.
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
