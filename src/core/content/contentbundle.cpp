// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentbundle.h"

#include "logging.h"
#include "text/textfold.h"

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

const QRegularExpression &imagePathPattern()
{
    static const QRegularExpression re(QStringLiteral("^images/[A-Za-z0-9._-]{1,100}\\.(svg|png|jpg)$"));
    return re;
}

bool looksLike(const QByteArray &head, QStringView extension)
{
    if (extension == u"png")
        return head.startsWith("\x89PNG\r\n\x1a\n");
    if (extension == u"jpg")
        return head.startsWith("\xff\xd8\xff");
    // SVG: XML text whose first element is <svg (an XML declaration or comment may precede it).
    const QByteArray lower = head.left(1024).toLower();
    return lower.contains("<svg") && !lower.contains('\0');
}

/** Reads one text field, cleaned, within a length limit. */
struct FieldReader
{
    ContentBundle *self;
    QString where;
    QString problemVi;
    QString problemEn;

    bool text(const QJsonObject &o, const char *key, int maxLength, bool required, QString *out,
              bool keepNewlines = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (!required)
                return true;
            problemVi = QStringLiteral("thiếu trường “%1”").arg(QLatin1String(key));
            problemEn = QStringLiteral("field “%1” is missing").arg(QLatin1String(key));
            return false;
        }
        if (!v.isString()) {
            problemVi = QStringLiteral("trường “%1” phải là chuỗi ký tự").arg(QLatin1String(key));
            problemEn = QStringLiteral("field “%1” must be a string").arg(QLatin1String(key));
            return false;
        }
        const QString cleaned = TextFold::clean(v.toString(), keepNewlines);
        if (cleaned.size() > maxLength) {
            problemVi = QStringLiteral("trường “%1” dài quá %2 ký tự").arg(QLatin1String(key)).arg(maxLength);
            problemEn = QStringLiteral("field “%1” is longer than %2 characters").arg(QLatin1String(key)).arg(maxLength);
            return false;
        }
        if (required && cleaned.isEmpty()) {
            problemVi = QStringLiteral("trường “%1” đang trống").arg(QLatin1String(key));
            problemEn = QStringLiteral("field “%1” is empty").arg(QLatin1String(key));
            return false;
        }
        *out = cleaned;
        return true;
    }

    bool localized(const QJsonObject &o, const char *base, int maxLength, bool required, LocalizedText *out,
                   bool keepNewlines = false)
    {
        const QByteArray vi = QByteArray(base) + "Vi";
        const QByteArray en = QByteArray(base) + "En";
        return text(o, vi.constData(), maxLength, required, &out->vi, keepNewlines)
                && text(o, en.constData(), maxLength, false, &out->en, keepNewlines);
    }

    bool integer(const QJsonObject &o, const char *key, qint64 min, qint64 max, qint64 *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
            problemVi = QStringLiteral("trường “%1” phải là số nguyên từ %2 đến %3")
                                .arg(QLatin1String(key)).arg(min).arg(max);
            problemEn = QStringLiteral("field “%1” must be a whole number from %2 to %3")
                                .arg(QLatin1String(key)).arg(min).arg(max);
            return false;
        }
        *out = qint64(d);
        return true;
    }

    bool date(const QJsonObject &o, const char *key, QDate *out)
    {
        const QString s = o.value(QLatin1String(key)).toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (s.size() != 10 || !d.isValid()) {
            problemVi = QStringLiteral("trường “%1” phải là ngày dạng YYYY-MM-DD").arg(QLatin1String(key));
            problemEn = QStringLiteral("field “%1” must be a date as YYYY-MM-DD").arg(QLatin1String(key));
            return false;
        }
        *out = d;
        return true;
    }
};

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
        if (!imagePathPattern().match(it.key()).hasMatch())
            return refuse(where, QStringLiteral("tên tệp không hợp lệ"), QStringLiteral("invalid file name"));
        const QJsonObject entry = it.value().toObject();
        const double size = entry.value(QLatin1String("size")).toDouble(-1);
        const QString sha = entry.value(QLatin1String("sha256")).toString();
        if (!(size >= 0 && size <= double(MaxImageBytes)) || size != std::floor(size))
            return refuse(where, QStringLiteral("“size” phải là số byte từ 0 đến 4 MiB"),
                          QStringLiteral("“size” must be a byte count from 0 to 4 MiB"));
        if (!hex.match(sha).hasMatch())
            return refuse(where, QStringLiteral("“sha256” phải là 64 chữ số hex viết thường"),
                          QStringLiteral("“sha256” must be 64 lower-case hex digits"));
        out.insert(it.key(), {qint64(size), sha.toLatin1()});
    }
    return out;
}

bool ContentBundle::checkImage(const QString &where, const QString &path, const QByteArray &bytes)
{
    if (bytes.size() > MaxImageBytes)
        return fail(where, QStringLiteral("ảnh “%1” lớn quá 4 MiB").arg(path),
                    QStringLiteral("image “%1” is larger than 4 MiB").arg(path));
    const auto listed = m_files.constFind(path);
    if (listed != m_files.constEnd()) {
        // A download cut off or damaged on the way shows here, before anything is replaced.
        if (bytes.size() != listed->size
            || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != listed->sha256)
            return fail(where,
                        QStringLiteral("ảnh “%1” không đầy đủ hoặc bị hỏng (%2 byte, cần %3; SHA-256 không khớp)")
                                .arg(path).arg(bytes.size()).arg(listed->size),
                        QStringLiteral("image “%1” is incomplete or damaged (%2 bytes, expected %3; SHA-256 differs)")
                                .arg(path).arg(bytes.size()).arg(listed->size));
    } else if (m_manifest == Manifest::Required) {
        return fail(where, QStringLiteral("ảnh “%1” không có trong danh sách tệp").arg(path),
                    QStringLiteral("image “%1” is not listed in “files”").arg(path));
    }
    if (!looksLike(bytes.left(1024), QStringView(path).mid(path.lastIndexOf(u'.') + 1)))
        return fail(where, QStringLiteral("tệp “%1” không đúng định dạng ảnh").arg(path),
                    QStringLiteral("file “%1” is not the image type its name says").arg(path));
    return true;
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
    if (root.value(QLatin1String("formatVersion")).toInt(-1) != 1)
        return fail(QStringLiteral("formatVersion"),
                    QStringLiteral("phiên bản định dạng không được hỗ trợ (cần 1)"),
                    QStringLiteral("unsupported format version (expected 1)"));

    FieldReader f{this, {}, {}, {}};
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
        return fail(QStringLiteral("files"), QStringLiteral("thiếu danh sách tệp (kích thước và SHA-256 của từng ảnh)"),
                    QStringLiteral("is missing (the size and SHA-256 of every image)"));
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

    // Wards
    const QJsonArray wards = root.value(QLatin1String("wards")).toArray();
    if (wards.isEmpty() || wards.size() > MaxWards)
        return fail(QStringLiteral("wards"), QStringLiteral("cần từ 1 đến %1 phường/xã").arg(MaxWards),
                    QStringLiteral("needs 1 to %1 wards").arg(MaxWards));
    QSet<QString> wardCodes;
    for (qsizetype i = 0; i < wards.size(); ++i) {
        const QString where = QStringLiteral("wards[%1]").arg(i);
        const QJsonObject o = wards.at(i).toObject();
        Ward w;
        if (!f.text(o, "code", 32, true, &w.code) || !f.text(o, "kind", 16, true, &w.kind)
            || !f.localized(o, "name", 120, true, &w.name))
            return failField(where);
        if (!ContentEnums::isCode(w.code))
            return fail(where, QStringLiteral("mã “%1” không hợp lệ (chỉ A–Z, 0–9, -)").arg(w.code),
                        QStringLiteral("code “%1” is invalid (A–Z, 0–9, - only)").arg(w.code));
        if (w.kind != u"ward" && w.kind != u"commune")
            return fail(where, QStringLiteral("kind phải là ward hoặc commune"),
                        QStringLiteral("kind must be ward or commune"));
        if (wardCodes.contains(w.code))
            return fail(where, QStringLiteral("mã “%1” bị trùng").arg(w.code),
                        QStringLiteral("code “%1” appears twice").arg(w.code));
        wardCodes.insert(w.code);
        m_content.wards.append(w);
    }

    // Projects
    const QJsonValue projectsValue = root.value(QLatin1String("projects"));
    const QJsonArray projects = projectsValue.toArray();
    if (!projectsValue.isArray() || projects.size() > MaxProjects)
        return fail(QStringLiteral("projects"), QStringLiteral("cần một danh sách tối đa %1 công trình").arg(MaxProjects),
                    QStringLiteral("needs a list of at most %1 works").arg(MaxProjects));
    QSet<QString> projectCodes;
    qint64 totalBytes = json.size();
    const QDir base(folder);
    m_content.projects.reserve(projects.size());
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QString where = QStringLiteral("projects[%1]").arg(i);
        const QJsonObject o = projects.at(i).toObject();
        Project p;
        QString category, status;
        qint64 progress = 0;
        if (!f.text(o, "code", 32, true, &p.code) || !f.text(o, "ward", 32, true, &p.wardCode)
            || !f.text(o, "category", 32, true, &category) || !f.text(o, "status", 32, true, &status)
            || !f.localized(o, "name", 200, true, &p.name)
            || !f.localized(o, "description", 5000, false, &p.description, true)
            || !f.localized(o, "location", 300, false, &p.location)
            || !f.localized(o, "owner", 300, false, &p.owner)
            || !f.localized(o, "contractor", 300, false, &p.contractor)
            || !f.integer(o, "progress", 0, 100, &progress)
            || !f.date(o, "startDate", &p.startDate) || !f.date(o, "plannedEnd", &p.plannedEnd)
            || !f.integer(o, "budgetTotal", 0, 1'000'000'000'000'000LL, &p.budgetTotal)
            || !f.integer(o, "budgetDisbursed", 0, 1'000'000'000'000'000LL, &p.budgetDisbursed))
            return failField(where);
        p.progress = int(progress);
        if (!ContentEnums::isCode(p.code))
            return fail(where, QStringLiteral("mã “%1” không hợp lệ (chỉ A–Z, 0–9, -)").arg(p.code),
                        QStringLiteral("code “%1” is invalid (A–Z, 0–9, - only)").arg(p.code));
        if (projectCodes.contains(p.code))
            return fail(where, QStringLiteral("mã “%1” bị trùng").arg(p.code),
                        QStringLiteral("code “%1” appears twice").arg(p.code));
        projectCodes.insert(p.code);
        if (!wardCodes.contains(p.wardCode))
            return fail(where, QStringLiteral("phường “%1” không có trong danh sách").arg(p.wardCode),
                        QStringLiteral("ward “%1” is not in the bundle").arg(p.wardCode));
        const auto cat = ContentEnums::categoryFromKey(category);
        if (!cat)
            return fail(where, QStringLiteral("loại công trình “%1” không hợp lệ").arg(category),
                        QStringLiteral("unknown category “%1”").arg(category));
        p.category = *cat;
        const auto st = ContentEnums::statusFromKey(status);
        if (!st)
            return fail(where, QStringLiteral("tình trạng “%1” không hợp lệ").arg(status),
                        QStringLiteral("unknown status “%1”").arg(status));
        p.status = *st;
        if (p.plannedEnd < p.startDate)
            return fail(where, QStringLiteral("ngày hoàn thành dự kiến trước ngày khởi công"),
                        QStringLiteral("plannedEnd is before startDate"));
        if (p.budgetDisbursed > p.budgetTotal)
            return fail(where, QStringLiteral("số đã giải ngân lớn hơn tổng mức đầu tư"),
                        QStringLiteral("budgetDisbursed is larger than budgetTotal"));

        const QJsonArray images = o.value(QLatin1String("images")).toArray();
        if (images.size() > MaxImagesPerProject)
            return fail(where, QStringLiteral("quá %1 ảnh").arg(MaxImagesPerProject),
                        QStringLiteral("more than %1 images").arg(MaxImagesPerProject));
        for (const QJsonValue &iv : images) {
            const QString path = iv.toString();
            if (!imagePathPattern().match(path).hasMatch())
                return fail(where, QStringLiteral("đường dẫn ảnh “%1” không hợp lệ").arg(path.left(120)),
                            QStringLiteral("image path “%1” is invalid").arg(path.left(120)));
            if (m_readImageFiles && !m_imageFiles.contains(path)) {
                const QString absolute = base.filePath(path);
                QFile image(absolute);
                const QFileInfo info(absolute);
                if (!info.isFile() || info.isSymLink() || !image.open(QIODevice::ReadOnly))
                    return fail(where, QStringLiteral("thiếu tệp ảnh “%1”").arg(path),
                                QStringLiteral("image file “%1” is missing").arg(path));
                if (!checkImage(where, path, image.read(MaxImageBytes + 1)))
                    return false;
                totalBytes += image.size();
                m_imageFiles.insert(path, absolute);
                if (m_imageFiles.size() > MaxImageFiles)
                    return fail(QStringLiteral("images"), QStringLiteral("quá %1 tệp ảnh").arg(MaxImageFiles),
                                QStringLiteral("more than %1 image files").arg(MaxImageFiles));
                if (totalBytes > MaxTotalBytes)
                    return fail(QString(), QStringLiteral("gói nội dung lớn quá 256 MiB"),
                                QStringLiteral("the bundle is larger than 256 MiB"));
            }
            p.images.append(path);
        }
        m_content.projects.append(std::move(p));
    }

    // Ranking (optional)
    const QJsonArray ranking = root.value(QLatin1String("ranking")).toArray();
    for (qsizetype i = 0; i < ranking.size(); ++i) {
        const QString where = QStringLiteral("ranking[%1]").arg(i);
        const QJsonObject o = ranking.at(i).toObject();
        RankingEntry r;
        qint64 rank = 0;
        const double score = o.value(QLatin1String("score")).toDouble(-1);
        if (!f.text(o, "ward", 32, true, &r.wardCode) || !f.integer(o, "rank", 1, MaxWards, &rank))
            return failField(where);
        if (!wardCodes.contains(r.wardCode))
            return fail(where, QStringLiteral("phường “%1” không có trong danh sách").arg(r.wardCode),
                        QStringLiteral("ward “%1” is not in the bundle").arg(r.wardCode));
        if (!(score >= 0 && score <= 1000))
            return fail(where, QStringLiteral("điểm phải từ 0 đến 1.000"), QStringLiteral("score must be 0 to 1,000"));
        r.rank = int(rank);
        r.score = score;
        m_content.ranking.append(r);
    }

    // Announcements (optional)
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
    return true;
}
