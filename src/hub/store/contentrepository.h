// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

class AuditLog;
class HubDatabase;
class PublishedWorks;
struct AuditActor;

/** The published content as a kiosk downloads it. */
struct HubContent
{
    QByteArray json;  // bundle.json with city.publicUrl set to the hub's public URL
    QByteArray etag;  // quoted SHA-256 of json, e.g. "\"9f0c…\""
};

/** The content the city publishes (bundle.json and its images) and what the rest of the hub
    reads from it: the served JSON and its ETag, the images, ward and work names, the works
    of the public /p/ pages, and the public URL. Read from the database once per published
    version and kept until another is published (by this hub or another on the same database). */
class ContentRepository
{
public:
    explicit ContentRepository(HubDatabase &db);

    /** The hub's public URL (`--public-url`, no trailing slash); empty keeps the bundle's. */
    void setPublicUrl(const QString &url);
    /** The URL residents' QR codes point to: the one set, else the published bundle's. */
    QString publicUrl();

    /** Checks the bundle folder with ContentBundle::read and publishes it (bundle.json and
        its images) in one transaction. On failure *error says why and nothing changes. */
    bool publish(const QString &folder, QString *error);
    /** A new content version with each work's newest figures from work_history that are not
        yet published (stage, progress, money, dates) applied to the published bundle.json:
        a new version name and so a new ETag, the rows marked published and the audit line
        "content.publish-works" in one transaction. Images stay as they are. Returns how many
        works changed (0: nothing to publish, nothing changes); nullopt with *error when the
        result would not pass the bundle's checks or storing failed. */
    std::optional<int> publishWorkHistory(AuditLog &audit, const AuditActor &actor, QString *error);
    /** Publishes the built-in demo bundle when nothing was ever published. */
    bool ensureContent(QString *error);

    /** The published content, nullopt when none or unreadable. */
    std::optional<HubContent> served();
    /** The bytes of a published file by its bundle path ("images/road-01.svg", "media/loop.webm")
        and its MIME type; nullopt for any path the published bundle does not have. */
    std::optional<QByteArray> file(const QString &path, QByteArray *mimeType);
    /** The published works for the public /p/ pages, read from the content once per
        published version; nullptr when nothing is published or it cannot be read. */
    std::shared_ptr<const PublishedWorks> publishedWorks();

    bool wardExists(const QString &code);
    bool projectExists(const QString &code);
    /** The published works' names by work code, for checking a whole batch against one
        version; empty when nothing was ever read. */
    QHash<QString, LocalizedText> projects();
    /** The published wards' names by ward code (the back-office's ward filter). */
    QHash<QString, LocalizedText> wards();
    /** The ward's and the work's (code in any case) names and the public URL, for public pages. */
    HubNames names(const QString &ward, const QString &projectCode);

private:
    struct Cache
    {
        QString storedEtag;
        HubContent served;
        QString servedPublicUrl;
        QString bundlePublicUrl;
        QHash<QString, LocalizedText> wards;
        QHash<QString, LocalizedText> projects;
        std::shared_ptr<const PublishedWorks> works;  // built when a /p/ page first asks
    };
    bool load();
    bool publishBytes(const QByteArray &json, const QHash<QString, QString> &imageFiles, QString *error);

    HubDatabase &m_db;
    QString m_publicUrl;
    std::optional<Cache> m_cache;
};
