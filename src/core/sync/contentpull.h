// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Database;
class HubConnection;
class QTemporaryDir;

/** Brings the content the city published to the kiosk: asks for it with the ETag of the last
    import (304 when unchanged), downloads the images it lists into a temporary folder, and
    imports everything at once through ContentStore, which checks each image against the
    size and SHA-256 the hub listed. A failure anywhere leaves the old content whole. */
class ContentPull
{
public:
    /** How one pull ended. */
    struct Outcome
    {
        bool ok = false;       // unchanged, or new content imported
        bool updated = false;  // new content imported
        LocalizedText error;
    };
    using Done = std::function<void(const Outcome &)>;

    ContentPull(HubConnection &hub, Database &db, const QString &dataDir);
    ~ContentPull();

    /** Starts a pull; done is called once, when it ends. */
    void start(Done done);

private:
    void downloadFiles(QStringList names, const QByteArray &etag);
    void end(Outcome outcome);

    HubConnection &m_hub;
    Database &m_db;
    QString m_dataDir;
    Done m_done;
    // The incoming folder lives until the last image arrived and the import ran.
    std::unique_ptr<QTemporaryDir> m_incoming;
};
