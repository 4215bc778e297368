// SPDX-License-Identifier: GPL-3.0-or-later
// Hooks for tests that need a misbehaving kiosk. Linked only into civic-kiosk-debughooks, a
// test build of the kiosk that is never installed (src/app/CMakeLists.txt).
#include "watchdog.h"

#include <QTimer>

#include <chrono>
#include <cstdio>
#include <thread>

void Watchdog::armDebugFreeze()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("CIVIC_KIOSK_DEBUG_FREEZE_AFTER_MS", &ok);
    if (!ok || ms < 0)
        return;
    std::fprintf(stderr, "civic-kiosk: debug hook: the UI thread freezes %d ms after start\n", ms);
    QTimer::singleShot(ms, [] {
        std::fprintf(stderr, "civic-kiosk: debug hook: the UI thread freezes now\n");
        std::fflush(stderr);
        for (;;)
            std::this_thread::sleep_for(std::chrono::hours(1));
    });
}
