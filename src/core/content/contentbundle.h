// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "project.h"

#include <QHash>
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

    /** Whether the bundle must list every image's size and SHA-256 in `files`. Content pulled
        from the hub must (a download cut off or damaged on the way is refused); a bundle
        brought on a USB stick may leave `files` out, but what it lists is checked. */
    enum class Manifest { Optional, Required };

    explicit ContentBundle(Manifest manifest = Manifest::Optional) : m_manifest(manifest) {}

    /** Reads folder/bundle.json. On success content() holds the checked content, with each
        project's images named by their path inside the bundle ("images/x.svg"). */
    bool read(const QString &folder);
    /** The same checks on bytes already in memory; images are looked up under folder. */
    bool parse(const QByteArray &json, const QString &folder);
    /** The same checks on content published earlier, whose images are no longer files (the
        hub keeps them in its database): image paths are checked, imageFiles() stays empty. */
    bool parsePublished(const QByteArray &json);

    const Content &content() const { return m_content; }
    /** Absolute paths of the image files the bundle uses, keyed by their bundle path. */
    const QHash<QString, QString> &imageFiles() const { return m_imageFiles; }
    /** What was wrong, in both languages, naming the field. Empty after success. */
    const LocalizedText &error() const { return m_error; }

    /** One entry of `files`: what an image must be. */
    struct FileEntry
    {
        qint64 size = 0;
        QByteArray sha256;  // lower-case hex
    };
    /** The `files` object of bundle JSON, checked: image paths, sizes, SHA-256 digests. */
    static std::optional<QHash<QString, FileEntry>> readManifest(const QJsonValue &files, LocalizedText *error);

private:
    bool fail(const QString &where, const QString &vi, const QString &en);
    bool checkImage(const QString &where, const QString &path, const QByteArray &bytes);

    Manifest m_manifest;
    QHash<QString, FileEntry> m_files;
    Content m_content;
    QHash<QString, QString> m_imageFiles;
    LocalizedText m_error;
    bool m_readImageFiles = true;
};
