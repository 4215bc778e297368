// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentbundle.h"

#include "contentfields.h"

#include "datapaths.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace {

const QRegularExpression &filePathPattern()
{
    static const QRegularExpression re(
            QStringLiteral("^(images/[A-Za-z0-9._-]{1,100}\\.(svg|png|jpg)|media/[A-Za-z0-9._-]{1,100}\\.(webm|mp4))$"));
    return re;
}

bool looksLike(const QByteArray &head, QStringView extension)
{
    if (extension == u"webm")
        return head.startsWith("\x1a\x45\xdf\xa3"); // EBML, as Matroska and WebM begin
    if (extension == u"mp4")
        return head.mid(4, 4) == "ftyp";
    if (extension == u"png")
        return head.startsWith("\x89PNG\r\n\x1a\n");
    if (extension == u"jpg")
        return head.startsWith("\xff\xd8\xff");
    // SVG: XML text whose first element is <svg (an XML declaration or comment may precede it).
    const QByteArray lower = head.left(1024).toLower();
    return lower.contains("<svg") && !lower.contains('\0');
}

bool isWebUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return s.size() <= 200 && url.isValid() && !url.host().isEmpty()
            && (url.scheme() == u"https" || url.scheme() == u"http");
}

}

bool ContentBundle::fail(const QString &where, const QString &vi, const QString &en)
{
    m_error.vi = where.isEmpty() ? vi : QStringLiteral("%1: %2").arg(where, vi);
    m_error.en = where.isEmpty() ? en : QStringLiteral("%1: %2").arg(where, en);
    qCWarning(lcContent).noquote() << "content bundle refused:" << m_error.en;
    return false;
}

bool ContentBundle::read(const QString &folder)
{
    const QFileInfo dir(folder);
    if (!dir.isDir())
        return fail(folder, QStringLiteral("không phải là thư mục gói nội dung"),
                    QStringLiteral("is not a content bundle folder"));
    QFile file(QDir(folder).filePath(QStringLiteral("bundle.json")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("bundle.json"), QStringLiteral("không mở được tệp"),
                    QStringLiteral("cannot be opened"));
    if (file.size() > MaxJsonBytes)
        return fail(QStringLiteral("bundle.json"), QStringLiteral("tệp lớn quá 64 MiB"),
                    QStringLiteral("is larger than 64 MiB"));
    return parse(file.read(MaxJsonBytes + 1), folder);
}

bool ContentBundle::isFilePath(const QString &path)
{
    return filePathPattern().match(path).hasMatch();
}

qint64 ContentBundle::maxBytes(const QString &path)
{
    return path.startsWith(u"media/") ? MaxMediaBytes : MaxImageBytes;
}

std::optional<QHash<QString, ContentBundle::FileEntry>> ContentBundle::readManifest(const QJsonValue &files,
                                                                                    LocalizedText *error)
{
    auto refuse = [error](const QString &where, const QString &vi, const QString &en) {
        *error = {QStringLiteral("%1: %2").arg(where, vi), QStringLiteral("%1: %2").arg(where, en)};
        return std::nullopt;
    };
    if (!files.isObject())
        return refuse(QStringLiteral("files"), QStringLiteral("phải là một đối tượng JSON"),
                      QStringLiteral("must be a JSON object"));
    const QJsonObject o = files.toObject();
    if (o.size() > MaxImageFiles)
        return refuse(QStringLiteral("files"), QStringLiteral("quá %1 tệp").arg(MaxImageFiles),
                      QStringLiteral("more than %1 files").arg(MaxImageFiles));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QHash<QString, FileEntry> out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString where = QStringLiteral("files[\"%1\"]").arg(it.key().left(120));
        if (!isFilePath(it.key()))
            return refuse(where, QStringLiteral("tên tệp không hợp lệ"), QStringLiteral("invalid file name"));
        const QJsonObject entry = it.value().toObject();
        const double size = entry.value(QLatin1String("size")).toDouble(-1);
        const QString sha = entry.value(QLatin1String("sha256")).toString();
        const qint64 limit = maxBytes(it.key());
        if (!(size >= 0 && size <= double(limit)) || size != std::floor(size))
            return refuse(where, QStringLiteral("“size” phải là số byte từ 0 đến %1 MiB").arg(limit >> 20),
                          QStringLiteral("“size” must be a byte count from 0 to %1 MiB").arg(limit >> 20));
        if (!hex.match(sha).hasMatch())
            return refuse(where, QStringLiteral("“sha256” phải là 64 chữ số hex viết thường"),
                          QStringLiteral("“sha256” must be 64 lower-case hex digits"));
        out.insert(it.key(), {qint64(size), sha.toLatin1()});
    }
    return out;
}

bool ContentBundle::checkFile(const QString &where, const QString &path, const QByteArray &bytes)
{
    const qint64 limit = maxBytes(path);
    const bool image = path.startsWith(u"images/");
    const QString nounVi = image ? QStringLiteral("ảnh") : QStringLiteral("tệp");
    const QString nounEn = image ? QStringLiteral("image") : QStringLiteral("file");
    if (bytes.size() > limit)
        return fail(where, QStringLiteral("%1 “%2” lớn quá %3 MiB").arg(nounVi, path).arg(limit >> 20),
                    QStringLiteral("%1 “%2” is larger than %3 MiB").arg(nounEn, path).arg(limit >> 20));
    const auto listed = m_files.constFind(path);
    if (listed != m_files.constEnd()) {
        // A download cut off or damaged on the way shows here, before anything is replaced.
        if (bytes.size() != listed->size
            || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != listed->sha256)
            return fail(where,
                        QStringLiteral("%1 “%2” không đầy đủ hoặc bị hỏng (%3 byte, cần %4; SHA-256 không khớp)")
                                .arg(nounVi, path).arg(bytes.size()).arg(listed->size),
                        QStringLiteral("%1 “%2” is incomplete or damaged (%3 bytes, expected %4; SHA-256 differs)")
                                .arg(nounEn, path).arg(bytes.size()).arg(listed->size));
    } else if (m_manifest == Manifest::Required || path.startsWith(u"media/")) {
        // Media are large: every bundle lists their size and digest, so a copy cut short is caught.
        return fail(where, QStringLiteral("%1 “%2” không có trong danh sách tệp").arg(nounVi, path),
                    QStringLiteral("%1 “%2” is not listed in “files”").arg(nounEn, path));
    }
    if (!looksLike(bytes.left(1024), QStringView(path).mid(path.lastIndexOf(u'.') + 1)))
        return image ? fail(where, QStringLiteral("tệp “%1” không đúng định dạng ảnh").arg(path),
                            QStringLiteral("file “%1” is not the image type its name says").arg(path))
                     : fail(where, QStringLiteral("tệp “%1” không đúng định dạng như tên của nó").arg(path),
                            QStringLiteral("file “%1” is not the type its name says").arg(path));
    return true;
}

bool ContentBundle::useFile(const QString &where, const QString &path)
{
    if (!isFilePath(path))
        return fail(where, QStringLiteral("đường dẫn tệp “%1” không hợp lệ").arg(path.left(120)),
                    QStringLiteral("file path “%1” is invalid").arg(path.left(120)));
    if (!m_readImageFiles) {
        // Published content: the hub keeps the files; a media file must still be listed.
        if (path.startsWith(u"media/") && !m_files.contains(path))
            return fail(where, QStringLiteral("tệp “%1” không có trong danh sách tệp").arg(path),
                        QStringLiteral("file “%1” is not listed in “files”").arg(path));
        return true;
    }
    if (m_imageFiles.contains(path))
        return true;
    const QString absolute = locate(path);
    QFile file(absolute);
    if (absolute.isEmpty() || !file.open(QIODevice::ReadOnly))
        return path.startsWith(u"images/")
                ? fail(where, QStringLiteral("thiếu tệp ảnh “%1”").arg(path), QStringLiteral("image file “%1” is missing").arg(path))
                : fail(where, QStringLiteral("thiếu tệp “%1”").arg(path), QStringLiteral("file “%1” is missing").arg(path));
    if (!checkFile(where, path, file.read(maxBytes(path) + 1)))
        return false;
    m_totalBytes += file.size();
    m_imageFiles.insert(path, absolute);
    if (m_imageFiles.size() > MaxImageFiles)
        return fail(QStringLiteral("files"), QStringLiteral("quá %1 tệp").arg(MaxImageFiles),
                    QStringLiteral("more than %1 files").arg(MaxImageFiles));
    if (m_totalBytes > MaxTotalBytes)
        return fail(QString(), QStringLiteral("gói nội dung lớn quá 256 MiB"),
                    QStringLiteral("the bundle is larger than 256 MiB"));
    return true;
}

QString ContentBundle::locate(const QString &path) const
{
    const auto usable = [](const QString &file) {
        const QFileInfo info(file);
        return info.isFile() && !info.isSymLink();
    };
    const QString inBundle = QDir(m_folder).filePath(path);
    if (usable(inBundle))
        return inBundle;
    if (path.startsWith(u"media/") && m_files.contains(path)) {
        const QString shipped = QDir(DataPaths::demoMediaDir()).filePath(path.mid(6));
        if (usable(shipped))
            return shipped;
    }
    return {};
}

bool ContentBundle::parsePublished(const QByteArray &json)
{
    m_readImageFiles = false;
    const bool ok = parse(json, QString());
    m_readImageFiles = true;
    return ok;
}

bool ContentBundle::parse(const QByteArray &json, const QString &folder)
{
    m_content = {};
    m_imageFiles.clear();
    m_error = {};
    m_folder = folder;
    m_totalBytes = json.size();
    if (json.size() > MaxJsonBytes)
        return fail(QStringLiteral("bundle.json"), QStringLiteral("tệp lớn quá 64 MiB"),
                    QStringLiteral("is larger than 64 MiB"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("bundle.json"),
                    QStringLiteral("không phải JSON hợp lệ (vị trí %1)").arg(parseError.offset),
                    QStringLiteral("is not valid JSON (at offset %1: %2)").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != u"civic-kiosk-content")
        return fail(QStringLiteral("format"), QStringLiteral("không phải gói nội dung của ki-ốt"),
                    QStringLiteral("this is not a kiosk content bundle"));
    const int formatVersion = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (formatVersion < 1 || formatVersion > LatestFormat)
        return fail(QStringLiteral("formatVersion"),
                    QStringLiteral("phiên bản định dạng không được hỗ trợ (cần 1 hoặc 2)"),
                    QStringLiteral("unsupported format version (expected 1 or 2)"));
    m_content.formatVersion = formatVersion;

    ContentFields f;
    auto failField = [&](const QString &where) { return fail(where, f.problemVi, f.problemEn); };

    if (!f.text(root, "version", 64, true, &m_content.version))
        return failField(QString());
    if (!f.text(root, "generatedAt", 64, false, &m_content.generatedAt))
        return failField(QString());
    m_content.sample = root.value(QLatin1String("sample")).toBool(false);

    const QJsonValue files = root.value(QLatin1String("files"));
    m_files.clear();
    if (!files.isUndefined() && !files.isNull()) {
        LocalizedText problem;
        const auto manifest = readManifest(files, &problem);
        if (!manifest)
            return fail(QString(), problem.vi, problem.en);
        m_files = *manifest;
    } else if (m_manifest == Manifest::Required) {
        return fail(QStringLiteral("files"), QStringLiteral("thiếu danh sách tệp (kích thước và SHA-256 của từng tệp)"),
                    QStringLiteral("is missing (the size and SHA-256 of every file)"));
    }

    const QJsonObject city = root.value(QLatin1String("city")).toObject();
    if (!f.localized(city, "name", 120, true, &m_content.cityName))
        return failField(QStringLiteral("city"));
    for (auto [key, out] : {std::pair{"portalUrl", &m_content.portalUrl}, std::pair{"publicUrl", &m_content.publicUrl}}) {
        if (!f.text(city, key, 200, true, out))
            return failField(QStringLiteral("city"));
        if (!isWebUrl(*out))
            return fail(QStringLiteral("city.%1").arg(QLatin1String(key)),
                        QStringLiteral("phải là địa chỉ http(s) hợp lệ"),
                        QStringLiteral("must be a valid http(s) address"));
    }
    while (m_content.publicUrl.endsWith(u'/'))
        m_content.publicUrl.chop(1);

    if (!parseWards(root))
        return false;

    const QJsonValue projectsValue = root.value(QLatin1String("projects"));
    const QJsonArray projects = projectsValue.toArray();
    if (!projectsValue.isArray() || projects.size() > MaxProjects)
        return fail(QStringLiteral("projects"), QStringLiteral("cần một danh sách tối đa %1 công trình").arg(MaxProjects),
                    QStringLiteral("needs a list of at most %1 works").arg(MaxProjects));
    QSet<QString> projectCodes;
    m_content.projects.reserve(projects.size());
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QString where = QStringLiteral("projects[%1]").arg(i);
        Project p;
        if (!parseProject(projects.at(i).toObject(), where, &p))
            return false;
        if (projectCodes.contains(p.code))
            return fail(where, QStringLiteral("mã “%1” bị trùng").arg(p.code),
                        QStringLiteral("code “%1” appears twice").arg(p.code));
        projectCodes.insert(p.code);
        m_content.projects.append(std::move(p));
    }

    // Announcements (optional). Format 1's `ranking` is not read: the hub computes the board.
    const QJsonArray announcements = root.value(QLatin1String("announcements")).toArray();
    if (announcements.size() > MaxAnnouncements)
        return fail(QStringLiteral("announcements"), QStringLiteral("quá %1 thông báo").arg(MaxAnnouncements),
                    QStringLiteral("more than %1 announcements").arg(MaxAnnouncements));
    for (qsizetype i = 0; i < announcements.size(); ++i) {
        const QJsonObject o = announcements.at(i).toObject();
        Announcement a;
        if (!f.text(o, "id", 32, true, &a.id) || !f.localized(o, "title", 200, true, &a.title)
            || !f.localized(o, "body", 2000, false, &a.body, true))
            return failField(QStringLiteral("announcements[%1]").arg(i));
        m_content.announcements.append(a);
    }
    return parsePlaylist(root);
}

bool ContentBundle::parseWards(const QJsonObject &root)
{
    const QJsonArray wards = root.value(QLatin1String("wards")).toArray();
    if (wards.isEmpty() || wards.size() > MaxWards)
        return fail(QStringLiteral("wards"), QStringLiteral("cần từ 1 đến %1 phường/xã").arg(MaxWards),
                    QStringLiteral("needs 1 to %1 wards").arg(MaxWards));
    ContentFields f;
    QSet<QString> &codes = m_wardCodes;
    codes.clear();
    for (qsizetype i = 0; i < wards.size(); ++i) {
        const QString where = QStringLiteral("wards[%1]").arg(i);
        const QJsonObject o = wards.at(i).toObject();
        Ward w;
        QString kind;
        if (!f.text(o, "code", 32, true, &w.code) || !f.text(o, "kind", 16, true, &kind)
            || !f.localized(o, "name", 120, true, &w.name)
            || (m_content.formatVersion >= 2 && !f.optionalInteger(o, "population", 1, 100'000'000, &w.population)))
            return fail(where, f.problemVi, f.problemEn);
        if (!ContentEnums::isCode(w.code))
            return fail(where, QStringLiteral("mã “%1” không hợp lệ (chỉ A–Z, 0–9, -)").arg(w.code),
                        QStringLiteral("code “%1” is invalid (A–Z, 0–9, - only)").arg(w.code));
        const auto k = WardKinds::fromBundle(kind, m_content.formatVersion);
        if (!k)
            return m_content.formatVersion == 1
                    ? fail(where, QStringLiteral("kind phải là ward hoặc commune"), QStringLiteral("kind must be ward or commune"))
                    : fail(where, QStringLiteral("kind phải là phuong, xa hoặc dac-khu"),
                           QStringLiteral("kind must be phuong, xa or dac-khu"));
        w.kind = *k;
        if (codes.contains(w.code))
            return fail(where, QStringLiteral("mã “%1” bị trùng").arg(w.code),
                        QStringLiteral("code “%1” appears twice").arg(w.code));
        codes.insert(w.code);
        m_content.wards.append(w);
    }
    return true;
}
