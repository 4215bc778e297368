// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace DataPaths {
/** The data directory the kiosk and kioskctl share unless told otherwise:
    $CIVIC_KIOSK_DATA_DIR, else <XDG data home>/civic-kiosk. */
QString defaultDataDir();
/** The database file inside a data directory. */
QString databaseFile(const QString &dataDir);
/** Where imported content images live inside a data directory. */
QString imagesDir(const QString &dataDir);
/** The demo bundle built into every program (assets/content/demo), as a resource folder. */
QString builtInDemoBundle();
/** Where the demo's media (the attract loop's sample video) is installed beside the programs,
    not compiled into them: $CIVIC_DEMO_MEDIA_DIR, else <program dir>/../share/civic-kiosk/demo-media
    (the same place in the build tree and under /usr). */
QString demoMediaDir();
}
