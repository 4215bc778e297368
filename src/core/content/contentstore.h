// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "contentbundle.h"
#include "project.h"

#include <QString>

class Database;

/** Keeps the published content in the kiosk's database and its images in the data folder.
    An import replaces everything in one transaction, so the kiosk shows either the old
    content or the new one, never a mix. */
class ContentStore
{
public:
    ContentStore(Database &db, const QString &imagesDir);

    /** Replaces the current content with a bundle that has passed ContentBundle's checks. */
    bool importBundle(const ContentBundle &bundle);
    /** Reads and checks a bundle folder, then imports it. Content pulled from the hub
        passes Manifest::Required: every image must match the size and SHA-256 it lists. */
    bool importFolder(const QString &folder, ContentBundle::Manifest manifest = ContentBundle::Manifest::Optional);

    bool hasContent() const;
    Content load() const;
    QString importedAt() const;

    const LocalizedText &error() const { return m_error; }

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

private:
    bool copyImages(const ContentBundle &bundle, QHash<QString, QString> *storedNames);
    void removeUnusedImages() const;
    void loadHistory(Content *c) const;
    bool failStore(const QString &detail);

    Database &m_db;
    QString m_imagesDir;
    LocalizedText m_error;
};
