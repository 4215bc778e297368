// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentpull.h"

#include "content/contentstore.h"
#include "datapaths.h"
#include "hubconnection.h"
#include "logging.h"
#include "networkproblem.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/storeresult.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <utility>

namespace {

// File names the kiosk accepts from the hub: a bundle path, no deeper folders, no dot files.
const QRegularExpression fileName(QStringLiteral("^(images|media)/[A-Za-z0-9][A-Za-z0-9._-]{0,120}$"));

/** Every file the content names: the works' images and the playlist's images and media. */
QStringList filesOf(const QJsonObject &root)
{
    QStringList files;
    auto add = [&files](const QString &path) {
        if (!path.isEmpty() && !files.contains(path))
            files.append(path);
    };
    for (const QJsonValue &p : root.value(QStringLiteral("projects")).toArray())
        for (const QJsonValue &i : p.toObject().value(QStringLiteral("images")).toArray())
            add(i.toString());
    for (const QJsonValue &item : root.value(QStringLiteral("playlist")).toArray()) {
        add(item.toObject().value(QStringLiteral("file")).toString());
        add(item.toObject().value(QStringLiteral("image")).toString());
    }
    return files;
}

}

ContentPull::ContentPull(HubConnection &hub, Database &db, const QString &dataDir) : m_hub(hub), m_db(db), m_dataDir(dataDir)
{
}

ContentPull::~ContentPull() = default;

void ContentPull::start(Done done)
{
    m_done = std::move(done);
    QNetworkRequest r = m_hub.request(QStringLiteral("/api/v1/content"));
    const QString etag = Settings(m_db).stored(Settings::Key::SyncContentEtag);
    if (!etag.isEmpty())
        r.setRawHeader("If-None-Match", etag.toLatin1());
    m_hub.get(r, [this](const HubReply &reply) {
        if (reply.status == 304)
            return end({true, false, {}});
        if (!reply.error.isEmpty())
            return end({false, false, reply.error});
        const QStringList files = filesOf(QJsonDocument::fromJson(reply.body).object());
        for (const QString &name : files)
            if (!fileName.match(name).hasMatch())
                return end({false, false, NetworkProblem::badAnswer(QStringLiteral("file name %1").arg(name.left(80)))});
        m_incoming = std::make_unique<QTemporaryDir>(QDir(m_dataDir).filePath(QStringLiteral("incoming-XXXXXX")));
        QFile json(m_incoming->filePath(QStringLiteral("bundle.json")));
        if (!m_incoming->isValid() || !QDir(m_incoming->path()).mkpath(QStringLiteral("images"))
            || !QDir(m_incoming->path()).mkpath(QStringLiteral("media"))
            || !json.open(QIODevice::WriteOnly) || json.write(reply.body) != reply.body.size())
            return end({false, false, StoreError::failed(QStringLiteral("incoming content")).message()});
        json.close();
        downloadFiles(files, reply.etag);
    });
}

void ContentPull::downloadFiles(QStringList names, const QByteArray &etag)
{
    if (names.isEmpty()) {
        ContentStore store(m_db, DataPaths::imagesDir(m_dataDir));
        // Every image must match the size and SHA-256 the hub listed: a download cut off or
        // damaged on the way leaves the old content whole, and the ETag unsaved.
        if (!store.importFolder(m_incoming->path(), ContentBundle::Manifest::Required)) {
            qCWarning(lcSync) << "content from the hub refused:" << store.error().en;
            return end({false, false, store.error()});
        }
        (void)Settings(m_db).set(Settings::Key::SyncContentEtag, QString::fromLatin1(etag));
        qCInfo(lcSync) << "content updated from the hub, etag" << etag;
        return end({true, true, {}});
    }
    const QString name = names.takeFirst();
    m_hub.get(m_hub.request(QStringLiteral("/api/v1/content/") + name), [this, names, name, etag](const HubReply &reply) {
        QFile file(QDir(m_incoming->path()).filePath(name));
        if (!reply.error.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(reply.body) != reply.body.size())
            return end({false, false, reply.error.isEmpty() ? StoreError::failed(name).message() : reply.error});
        file.close();
        downloadFiles(names, etag);
    });
}

void ContentPull::end(Outcome outcome)
{
    m_incoming.reset();
    // The handler may start the next pull: take it out first.
    const Done done = std::exchange(m_done, {});
    if (done)
        done(outcome);
}
