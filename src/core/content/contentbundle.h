// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "project.h"

#include <QHash>
#include <QSet>
#include <QJsonValue>

#include <optional>

/** Reads and checks a content bundle folder (deploy/CONTENT-BUNDLE.md) without touching the
    store: a bundle either passes every check or is refused with the first problem found. */
class ContentBundle
{
public:
    static constexpr qint64 MaxJsonBytes = 64LL * 1024 * 1024;
    static constexpr qint64 MaxImageBytes = 4LL * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 256LL * 1024 * 1024;
    static constexpr int MaxImageFiles = 2000;
    static constexpr int MaxWards = 500;
    static constexpr int MaxProjects = 20000;
    static constexpr int MaxImagesPerProject = 8;
    static constexpr int MaxAnnouncements = 50;
    static constexpr qint64 MaxMediaBytes = 32LL * 1024 * 1024;
    static constexpr int MaxHistoryPoints = 120;
    static constexpr int MaxPlaylistItems = 100;
    static constexpr int LatestFormat = 2;

    /** Whether the bundle must list every image's size and SHA-256 in `files`. Content pulled
        from the hub must (a download cut off or damaged on the way is refused); a bundle
        brought on a USB stick may leave `files` out, but what it lists is checked. */
    enum class Manifest { Optional, Required };

    explicit ContentBundle(Manifest manifest = Manifest::Optional) : m_manifest(manifest) {}

    /** Reads folder/bundle.json (format 1 or 2). On success content() holds the checked
        content, with each project's images and each playlist item's file named by their path
        inside the bundle ("images/x.svg", "media/loop.webm"). */
    bool read(const QString &folder);
    /** The same checks on bytes already in memory; images are looked up under folder. */
    bool parse(const QByteArray &json, const QString &folder);
    /** The same checks on content published earlier, whose images are no longer files (the
        hub keeps them in its database): image paths are checked, imageFiles() stays empty. */
    bool parsePublished(const QByteArray &json);

    const Content &content() const { return m_content; }
    /** Absolute paths of the files the bundle uses (images and the playlist's media), keyed
        by their bundle path. */
    const QHash<QString, QString> &imageFiles() const { return m_imageFiles; }
    /** What was wrong, in both languages, naming the field. Empty after success. */
    const LocalizedText &error() const { return m_error; }

    /** One entry of `files`: what an image must be. */
    struct FileEntry
    {
        qint64 size = 0;
        QByteArray sha256;  // lower-case hex
    };
    /** The `files` object of bundle JSON, checked: file paths, sizes, SHA-256 digests. */
    static std::optional<QHash<QString, FileEntry>> readManifest(const QJsonValue &files, LocalizedText *error);
    /** Whether path names a file a bundle may carry: "images/<name>.svg|png|jpg" or
        "media/<name>.webm|mp4". */
    static bool isFilePath(const QString &path);
    /** The largest such a file may be. */
    static qint64 maxBytes(const QString &path);

private:
    bool fail(const QString &where, const QString &vi, const QString &en);
    bool checkFile(const QString &where, const QString &path, const QByteArray &bytes);
    /** Checks that the bundle's file at path exists and is what it claims, once per path. */
    bool useFile(const QString &where, const QString &path);
    /** Where the bundle's file at path is: in the bundle folder, or for a media file listed in
        `files` (so its digest is checked) and absent there, the demo media installed beside the
        programs (DataPaths::demoMediaDir). Empty when neither has it. */
    QString locate(const QString &path) const;
    bool parseWards(const QJsonObject &root);
    bool parseProject(const QJsonObject &o, const QString &where, Project *p);
    bool parseHistory(const QJsonObject &o, const QString &where, Project *p);
    bool parsePlaylist(const QJsonObject &root);

    Manifest m_manifest;
    QHash<QString, FileEntry> m_files;
    Content m_content;
    QHash<QString, QString> m_imageFiles;
    QString m_folder;
    QSet<QString> m_wardCodes;
    qint64 m_totalBytes = 0;
    LocalizedText m_error;
    bool m_readImageFiles = true;
};
