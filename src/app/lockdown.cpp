// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockdown.h"

#include <QCursor>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QWindow>

Q_LOGGING_CATEGORY(lcLockdown, "kiosk.lockdown", QtInfoMsg)

Lockdown::Lockdown(QObject *parent) : QObject(parent)
{
}

Lockdown::~Lockdown()
{
    // The test runner destroys its lockdown after the application object is gone.
    if (m_engaged && QCoreApplication::instance()) {
        qApp->removeEventFilter(this);
        QGuiApplication::restoreOverrideCursor();
    }
}

void Lockdown::engage()
{
    if (m_engaged)
        return;
    m_engaged = true;
    qApp->installEventFilter(this);
    // Residents touch; a pointer left in the middle of the screen is only in the way.
    QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
    qCInfo(lcLockdown) << "kiosk lockdown engaged";
}

bool Lockdown::isBlocked(const QKeyEvent &event)
{
    const int key = event.key();
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    // Window managers and shells act on these; the kiosk has no use for them.
    if (mods & (Qt::AltModifier | Qt::MetaModifier))
        return true;
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Menu:
    case Qt::Key_Print:
    case Qt::Key_SysReq:
    case Qt::Key_Launch0:
    case Qt::Key_LaunchMail:
    case Qt::Key_HomePage:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_PowerOff:
    case Qt::Key_Sleep:
    case Qt::Key_Suspend:
        return true;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return true;
    // Ctrl with anything but the editing keys a field understands (copy, paste, undo are
    // harmless but undo could bring back the previous resident's text: blocked too).
    if (mods & Qt::ControlModifier)
        return !(key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Backspace || key == Qt::Key_Delete);
    return false;
}

bool Lockdown::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isBlocked(*key)) {
            if (event->type() == QEvent::KeyPress)
                qCInfo(lcLockdown).nospace() << "key blocked: 0x" << Qt::hex << key->key() << " modifiers 0x"
                                             << key->modifiers().toInt();
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::Close:
        if (!m_quitAllowed && qobject_cast<QWindow *>(watched)) {
            qCInfo(lcLockdown) << "window close refused";
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
