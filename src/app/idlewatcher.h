// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/** Watches every touch, click and key press the application receives and says when nobody
    has touched the kiosk for `timeout` milliseconds — and, `warningLead` before that, that
    the time is running out (WCAG 2.2.1: warn, and let one tap extend, as often as needed). */
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }
    /** How long before the timeout the warning starts: 30 s, or a third of a short timeout. */
    int warningLead() const;
    bool isWarning() const { return m_warning; }
    /** Whole seconds until idle() while warning, else 0. */
    int secondsLeft() const;
    /** Starts watching input sent to the whole application. */
    void watch(QObject *application);
    /** Counts as a touch: the timeout starts again. */
    void poke();

Q_SIGNALS:
    void idle();
    void warningChanged();
    void secondsLeftChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startWarning();
    void stopWarning();

    int m_timeout = 90'000;
    bool m_warning = false;
    QTimer m_warningTimer;   // fires when the warning starts
    QTimer m_tick;           // once a second during the warning
    QElapsedTimer m_sinceInput;
};
