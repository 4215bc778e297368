// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "settings/kiosknames.h"
#include "store/storeresult.h"

#include <QString>

class Database;

/** Who this kiosk is to the city hub: the settings enrolment wrote, and the device token
    from its own file (mode 0600, never in the database, never logged). */
struct SyncIdentity : KioskNames
{
    QString hubUrl;         // no trailing slash
    QString token;

    bool isEnrolled() const { return !hubUrl.isEmpty() && !token.isEmpty(); }
    static SyncIdentity load(Database &db, const QString &dataDir);
    /** The file holding the device token inside a data directory. */
    static QString tokenFile(const QString &dataDir);

    /** Stores a new enrolment: the token file first, readable by this user only; then, in one
        transaction, the settings and the adoption of the records still queued (Outbox::
        adoptQueued). When anything fails, the token file is removed and nothing changes. */
    StoreResult<> save(Database &db, const QString &dataDir) const;
};
