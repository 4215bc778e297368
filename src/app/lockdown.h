// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

class QKeyEvent;

/** Keeps residents inside the kiosk app: installed on the application, it swallows every key
    that could close, switch away from or reconfigure the window (Alt+F4, Ctrl+Q, Ctrl+W,
    Alt+Tab, the Super key, Esc, F1–F12 …) and refuses window close requests, and hides the
    mouse pointer on a touch screen. Typing in the kiosk's fields (letters, digits, Backspace,
    arrows, Enter) passes. Only staff, after their PIN, let the app quit (setQuitAllowed). */
class Lockdown : public QObject
{
    Q_OBJECT
public:
    explicit Lockdown(QObject *parent = nullptr);
    ~Lockdown() override;

    /** Installs the filter on the application and hides the pointer. */
    void engage();
    void setQuitAllowed(bool allowed) { m_quitAllowed = allowed; }
    bool quitAllowed() const { return m_quitAllowed; }

    /** True for a key press or release the kiosk swallows. */
    static bool isBlocked(const QKeyEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_engaged = false;
    bool m_quitAllowed = false;
};
