// SPDX-License-Identifier: GPL-3.0-or-later
#include "attractloop.h"

#include "content/projectcatalog.h"
#include "idlereset.h"
#include "idlewatcher.h"
#include "kioskcontroller.h"
#include "navigator.h"
#include "screenrest.h"
#include "staffsession.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

AttractLoop::AttractLoop(IdleWatcher *idle, IdleReset *idleReset, Navigator *navigator, KioskController *kiosk,
                         const ProjectCatalog &catalog, const QString &imagesDir, QObject *parent)
    : QObject(parent), m_idle(idle), m_idleReset(idleReset), m_navigator(navigator), m_kiosk(kiosk),
      m_catalog(catalog), m_imagesDir(imagesDir)
{
    m_itemTimer.setSingleShot(true);
    connect(&m_itemTimer, &QTimer::timeout, this, &AttractLoop::next);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(WatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        skip(QStringLiteral("no video frame for %1 ms").arg(WatchdogMs));
    });
    // The idle reset runs first (it was connected first): the loop starts on a clean home.
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        if (!m_playing && m_idleReset->isAtRest())
            start();
    });
    // A reset for the next resident (or by staff, or before the screen rests) ends the loop.
    connect(m_idleReset, &IdleReset::done, this, &AttractLoop::stop);
    connect(m_navigator, &Navigator::loopRequested, this, &AttractLoop::start);
}

void AttractLoop::setGuards(ScreenRest *screenRest, StaffSession *staff)
{
    m_screenRest = screenRest;
    m_staff = staff;
    connect(screenRest, &ScreenRest::restingChanged, this, [this] {
        if (m_screenRest->resting())
            stop();
    });
    connect(staff, &StaffSession::activeChanged, this, [this] {
        if (m_staff->isActive())
            stop();
    });
}

void AttractLoop::setSoundSource(std::function<bool()> sound)
{
    m_sound = std::move(sound);
    emit soundChanged();
}

bool AttractLoop::sound() const
{
    return m_sound && m_sound();
}

void AttractLoop::setBoardSource(std::function<bool()> hasBoard)
{
    m_hasBoard = std::move(hasBoard);
}

void AttractLoop::setPlaylist(const QList<PlaylistItem> &playlist)
{
    m_playlist = playlist;
    if (m_playing) {
        stop();
        start();
    }
}

bool AttractLoop::canPlay() const
{
    return !(m_screenRest && m_screenRest->resting()) && !(m_staff && m_staff->isActive());
}

QList<PlaylistItem> AttractLoop::itemsToPlay() const
{
    QList<PlaylistItem> out;
    for (const PlaylistItem &item : m_playlist) {
        switch (item.kind) {
        case PlaylistItem::Kind::Video:
            // A missing file never gets as far as a black screen.
            if (item.file.isEmpty() || !QFileInfo(QDir(m_imagesDir).filePath(item.file)).isFile()) {
                qCWarning(lcKiosk).noquote() << "attract loop: video" << item.file << "is missing, skipped";
                continue;
            }
            break;
        case PlaylistItem::Kind::Board:
            // Never an empty board on screen: without figures from the hub, the item waits.
            if (!hasBoard())
                continue;
            break;
        case PlaylistItem::Kind::Work:
            if (!m_catalog.find(item.projectCode))
                continue;
            break;
        case PlaylistItem::Kind::Slide:
            break;
        }
        out.append(item);
    }
    if (!m_playlist.isEmpty())
        return out;
    // No playlist published: the kiosk's own ward's works, which are what it is there for.
    for (const Project &p : m_catalog.projects()) {
        if (p.wardCode != m_kiosk->wardCode())
            continue;
        PlaylistItem work;
        work.kind = PlaylistItem::Kind::Work;
        work.projectCode = p.code;
        work.seconds = 12;
        out.append(work);
        if (out.size() == FallbackWorks)
            break;
    }
    return out;
}

bool AttractLoop::start()
{
    if (m_playing)
        return true;
    if (!canPlay())
        return false;
    m_items = itemsToPlay();
    if (m_items.isEmpty()) {
        qCInfo(lcKiosk) << "attract loop: nothing to play, the kiosk stays home";
        return false;
    }
    m_navigator->home();
    m_failedInARow = 0;
    m_playing = true;
    qCInfo(lcKiosk) << "attract loop: playing" << m_items.size() << "items";
    emit playingChanged();
    show(0);
    return m_playing;
}

void AttractLoop::leave()
{
    if (!m_playing)
        return;
    qCInfo(lcKiosk) << "attract loop: touched, going home";
    stop();
    m_navigator->home();
    m_idle->poke();
}

void AttractLoop::stop()
{
    m_itemTimer.stop();
    m_watchdog.stop();
    if (!m_playing)
        return;
    m_playing = false;
    m_index = -1;
    m_item.clear();
    ++m_serial;
    emit itemChanged();
    emit playingChanged();
}

void AttractLoop::show(int index)
{
    const PlaylistItem &it = m_items.at(index);
    m_index = index;
    m_drawn = false;
    if (it.kind == PlaylistItem::Kind::Board && !hasBoard()) {
        // The board went away since the round began (the kiosk was unlinked): on to the next.
        qCInfo(lcKiosk) << "attract loop: no board to show, skipped";
        next();
        return;
    }
    const QString language = m_kiosk->language();
    QString kind = ContentEnums::playlistKey(it.kind);
    QUrl source;
    if (!it.file.isEmpty())
        source = QUrl::fromLocalFile(QDir(m_imagesDir).filePath(it.file));
    m_item = {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("source"), source},
        {QStringLiteral("title"), it.title.in(language)},
        {QStringLiteral("body"), it.body.in(language)},
        {QStringLiteral("code"), it.projectCode},
        {QStringLiteral("seconds"), it.seconds},
    };
    ++m_serial;
    m_itemTimer.start(std::max(3, it.seconds) * 1000);
    if (it.kind == PlaylistItem::Kind::Video)
        m_watchdog.start();
    else
        m_watchdog.stop();
    emit itemChanged();
}

void AttractLoop::next()
{
    if (!m_playing)
        return;
    if (m_drawn)
        m_failedInARow = 0;
    else if (++m_failedInARow >= m_items.size()) {
        // Every item failed in turn: a loop of nothing but skips would flicker; stay home.
        qCWarning(lcKiosk) << "attract loop: no item could be shown, the kiosk stays home";
        stop();
        return;
    }
    show((m_index + 1) % int(m_items.size()));
}

void AttractLoop::skip(const QString &why)
{
    if (!m_playing || m_index < 0)
        return;
    qCWarning(lcKiosk).noquote() << "attract loop: skipping" << m_items.at(m_index).file << "-" << why;
    m_drawn = false;
    next();
}

bool AttractLoop::currentIsVideo() const
{
    return m_playing && m_index >= 0 && m_items.at(m_index).kind == PlaylistItem::Kind::Video;
}

void AttractLoop::videoFailed(const QString &why)
{
    if (currentIsVideo())
        skip(why);
}

void AttractLoop::watch(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    // Frames of the video before, still queued, must not feed this one's watchdog.
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, [this, serial = m_serial](const QVideoFrame &frame) {
            if (serial == m_serial)
                onFrame(frame);
        }, Qt::QueuedConnection);
}

void AttractLoop::onFrame(const QVideoFrame &frame)
{
    if (!m_playing || !frame.isValid() || !currentIsVideo())
        return;
    m_watchdog.start();
    if (!m_drawn) {
        m_drawn = true;
        emit shown(QStringLiteral("loop"));
    }
}

void AttractLoop::itemDrawn()
{
    if (!m_playing || m_drawn || currentIsVideo())
        return;
    m_drawn = true;
    emit shown(QStringLiteral("loop"));
}
