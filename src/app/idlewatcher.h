// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QTimer>

/** Watches every touch, click and key press the application receives and says when nobody
    has touched the kiosk for `timeout` milliseconds. */
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    /** Starts watching input sent to the whole application. */
    void watch(QObject *application);
    /** Counts as a touch: the timeout starts again. */
    void poke();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
