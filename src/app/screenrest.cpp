// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenrest.h"

#include "idlereset.h"
#include "logging.h"
#include "settings/settings.h"
#include "staffsession.h"

ScreenRest::ScreenRest(Database &db, StaffSession *session, IdleReset *idleReset, QObject *parent)
    : QObject(parent), m_db(db), m_session(session), m_idleReset(idleReset)
{
    m_tick.setInterval(20'000);
    connect(&m_tick, &QTimer::timeout, this, &ScreenRest::update);
    m_tick.start();
    QTimer::singleShot(0, this, &ScreenRest::update);
    connect(m_session, &StaffSession::activeChanged, this, &ScreenRest::update);
}

bool ScreenRest::isRestTime(QTime now, const QString &from, const QString &to)
{
    const QTime start = QTime::fromString(from, QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(to, QStringLiteral("HH:mm"));
    if (!start.isValid() || !end.isValid() || start == end || !now.isValid())
        return false;
    return start < end ? (now >= start && now < end) : (now >= start || now < end);
}

void ScreenRest::update()
{
    const QDateTime local = QDateTime::currentDateTime();
    const Settings settings(m_db);
    const bool rest = !m_session->isActive() && (!m_wokenUntil.isValid() || local >= m_wokenUntil)
                      && isRestTime(local.time(), settings.text(Settings::Key::ScreenOffFrom),
                                    settings.text(Settings::Key::ScreenOffTo));
    if (rest == m_resting)
        return;
    m_resting = rest;
    qCInfo(lcStaff) << (rest ? "screen-off hours: the screen rests" : "the screen is on");
    if (rest)
        m_idleReset->reset();  // nothing of the last resident stays behind the black
    emit restingChanged();
}

void ScreenRest::wake()
{
    m_wokenUntil = QDateTime::currentDateTime().addSecs(10 * 60);
    update();
}
