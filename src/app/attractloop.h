// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "content/project.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVideoSink>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class IdleReset;
class IdleWatcher;
class KioskController;
class Navigator;
class ProjectCatalog;

class QVideoFrame;
class ScreenRest;
class StaffSession;

/** The attract loop: when nobody has touched the kiosk for the idle timeout (after the idle
    reset), it plays the published playlist full screen — videos, slides and works — until the
    first touch, which goes home. Screen-off hours and staff mode win: it never plays in them.
    A video whose file is missing is skipped before it starts; one that shows no frame for
    WatchdogMs (a broken file, a stalled decoder) or reports an error is skipped then. A board
    item shows the ward's figures from the board the hub last served; a kiosk without one
    skips it. With no playlist, the loop shows the kiosk's own ward's works; with none of those
    either, the kiosk stays home. */
class AttractLoop : public QObject, public QmlSingleton<AttractLoop>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(AttractLoop)
    QML_SINGLETON
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    /** {kind: "video"|"slide"|"work"|"board", source (file URL of a video or slide image, or ""),
        title, body (both in the kiosk's language), code (a work's), seconds}. */
    Q_PROPERTY(QVariant item READ item NOTIFY itemChanged)
    /** Counts every item started, so a view knows a new one began even if it looks the same. */
    Q_PROPERTY(int serial READ serial NOTIFY itemChanged)
    Q_PROPERTY(bool sound READ sound NOTIFY soundChanged)
    Q_PROPERTY(int watchdogMs READ watchdogMs CONSTANT)

public:
    /** How long a video may go without a new frame before it is skipped. */
    static constexpr int WatchdogMs = 3000;
    /** How many works of its ward the loop shows when the city published no playlist. */
    static constexpr int FallbackWorks = 8;

    AttractLoop(IdleWatcher *idle, IdleReset *idleReset, Navigator *navigator, KioskController *kiosk,
                const ProjectCatalog &catalog, const QString &imagesDir, QObject *parent = nullptr);

    /** Screen-off hours and staff mode, built after the loop: the loop never plays in them. */
    void setGuards(ScreenRest *screenRest, StaffSession *staff);
    /** Whether the ward lets the loop's videos be heard (a staff setting, off by default). */
    void setSoundSource(std::function<bool()> sound);
    /** Whether the kiosk has board figures to show (BoardModel): board items play only then. */
    void setBoardSource(std::function<bool()> hasBoard);
    /** The published playlist (content format 2); a new one starts the loop over if it plays. */
    void setPlaylist(const QList<PlaylistItem> &playlist);

    bool playing() const { return m_playing; }
    QVariant item() const { return m_item; }
    int serial() const { return m_serial; }
    bool sound() const;
    int watchdogMs() const { return WatchdogMs; }

    /** Starts the loop from its first item (the idle timeout and the route "loop" call it).
        False, and nothing shows, when there is nothing to play, the screen rests or staff
        mode is on. */
    Q_INVOKABLE bool start();
    /** The first touch: the loop ends and the kiosk shows home. */
    Q_INVOKABLE void leave();
    /** The view says the current item is over (a video reached its end). */
    Q_INVOKABLE void next();
    /** The view's video sink: every frame arriving feeds the watchdog. */
    Q_INVOKABLE void watch(QVideoSink *sink);
    /** The view's media player reported an error: the video is skipped now. */
    Q_INVOKABLE void videoFailed(const QString &why);
    /** The view has drawn a slide or work (a video reports its first frame by itself). */
    Q_INVOKABLE void itemDrawn();

Q_SIGNALS:
    void playingChanged();
    void itemChanged();
    void soundChanged();
    /** The current item is on screen: a slide or work drawn, a video's first frame arrived.
        Carries the route "loop" so a screenshot of the route can wait for it. */
    void shown(const QString &route);

private:
    void stop();
    void show(int index);
    bool canPlay() const;
    bool currentIsVideo() const;
    bool hasBoard() const { return m_hasBoard && m_hasBoard(); }
    QList<PlaylistItem> itemsToPlay() const;
    void onFrame(const QVideoFrame &frame);
    void skip(const QString &why);

    IdleWatcher *m_idle;
    IdleReset *m_idleReset;
    Navigator *m_navigator;
    KioskController *m_kiosk;
    const ProjectCatalog &m_catalog;
    QString m_imagesDir;
    QPointer<ScreenRest> m_screenRest;
    QPointer<StaffSession> m_staff;
    std::function<bool()> m_sound;
    std::function<bool()> m_hasBoard;
    QList<PlaylistItem> m_playlist;

    QList<PlaylistItem> m_items; // what this round plays, resolved at start()
    int m_index = -1;
    bool m_playing = false;
    bool m_drawn = false;        // the current item reached the screen
    int m_failedInARow = 0;      // every item failing in turn ends the loop
    int m_serial = 0;
    QVariantMap m_item;
    QTimer m_itemTimer;          // how long the item stays (a video: the longest it may play)
    QTimer m_watchdog;           // a video without a new frame for WatchdogMs is skipped
    QPointer<QVideoSink> m_sink;
};
