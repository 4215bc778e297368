// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(90'000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer.setInterval(std::max(1000, milliseconds));
    poke();
}

void IdleWatcher::watch(QObject *application)
{
    application->installEventFilter(this);
    poke();
}

void IdleWatcher::poke()
{
    m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        // The same event reaches the filter once per receiver on its way down; restarting
        // a running timer is cheap enough not to deduplicate.
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
