// SPDX-License-Identifier: GPL-3.0-or-later
// The works and the attract loop's playlist of a content bundle (deploy/CONTENT-BUNDLE.md).
#include "contentbundle.h"

#include "contentfields.h"
#include "datapaths.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr qint64 MaxMoney = 1'000'000'000'000'000LL; // whole VND

/** How long an item stays when the playlist does not say (a video: the longest it may play). */
int defaultSeconds(PlaylistItem::Kind kind)
{
    switch (kind) {
    case PlaylistItem::Kind::Video: return 120;
    case PlaylistItem::Kind::Slide: return 10;
    case PlaylistItem::Kind::Board: return 15;
    case PlaylistItem::Kind::Work: return 12;
    }
    return 10;
}
}

bool ContentBundle::parseProject(const QJsonObject &o, const QString &where, Project *out)
{
    ContentFields f;
    Project &p = *out;
    QString category, status;
    qint64 progress = 0;
    const bool format2 = m_content.formatVersion >= 2;
    if (!f.text(o, "code", 32, true, &p.code) || !f.text(o, "ward", 32, true, &p.wardCode)
        || !f.text(o, "category", 32, true, &category) || !f.text(o, "status", 32, true, &status)
        || !f.localized(o, "name", 200, true, &p.name)
        || !f.localized(o, "description", 5000, false, &p.description, true)
        || !f.localized(o, "location", 300, false, &p.location)
        || !f.localized(o, "owner", 300, false, &p.owner)
        || !f.localized(o, "contractor", 300, false, &p.contractor)
        || !f.integer(o, "progress", 0, 100, &progress)
        || !f.date(o, "startDate", &p.startDate) || !f.date(o, "plannedEnd", &p.plannedEnd)
        || !f.optionalDate(o, "actualEnd", &p.actualEnd)
        || !f.integer(o, format2 ? "budgetOriginal" : "budgetTotal", 0, MaxMoney, &p.budgetOriginal)
        || !f.integer(o, "budgetDisbursed", 0, MaxMoney, &p.budgetDisbursed))
        return fail(where, f.problemVi, f.problemEn);
    p.budgetTotal = p.budgetOriginal;
    if (format2 && !f.optionalInteger(o, "budgetAdjusted", 0, MaxMoney, &p.budgetTotal))
        return fail(where, f.problemVi, f.problemEn);
    p.progress = int(progress);
    if (!ContentEnums::isCode(p.code))
        return fail(where, QStringLiteral("mã “%1” không hợp lệ (chỉ A–Z, 0–9, -)").arg(p.code),
                    QStringLiteral("code “%1” is invalid (A–Z, 0–9, - only)").arg(p.code));
    if (!m_wardCodes.contains(p.wardCode))
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
    if (p.actualEnd.isValid() && (p.actualEnd < p.startDate || p.status != WorkStatus::Completed))
        return fail(where, QStringLiteral("ngày hoàn thành thực tế chỉ có ở công trình đã hoàn thành, sau ngày khởi công"),
                    QStringLiteral("actualEnd belongs only to a completed work, after its startDate"));
    if (p.budgetDisbursed > p.budgetTotal)
        return fail(where,
                    format2 ? QStringLiteral("số đã giải ngân lớn hơn tổng mức đầu tư (sau điều chỉnh)")
                            : QStringLiteral("số đã giải ngân lớn hơn tổng mức đầu tư"),
                    format2 ? QStringLiteral("budgetDisbursed is larger than the budget (budgetAdjusted, or budgetOriginal)")
                            : QStringLiteral("budgetDisbursed is larger than budgetTotal"));

    const QJsonArray images = o.value(QLatin1String("images")).toArray();
    if (images.size() > MaxImagesPerProject)
        return fail(where, QStringLiteral("quá %1 ảnh").arg(MaxImagesPerProject),
                    QStringLiteral("more than %1 images").arg(MaxImagesPerProject));
    for (const QJsonValue &iv : images) {
        const QString path = iv.toString();
        if (!path.startsWith(u"images/") || !isFilePath(path))
            return fail(where, QStringLiteral("đường dẫn ảnh “%1” không hợp lệ").arg(path.left(120)),
                        QStringLiteral("image path “%1” is invalid").arg(path.left(120)));
        if (!useFile(where, path))
            return false;
        p.images.append(path);
    }
    return !format2 || parseHistory(o, where, out);
}

bool ContentBundle::parseHistory(const QJsonObject &o, const QString &where, Project *p)
{
    const QJsonValue value = o.value(QLatin1String("history"));
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonArray history = value.toArray();
    if (!value.isArray() || history.size() > MaxHistoryPoints)
        return fail(where + QStringLiteral(".history"),
                    QStringLiteral("cần một danh sách tối đa %1 mốc").arg(MaxHistoryPoints),
                    QStringLiteral("needs a list of at most %1 points").arg(MaxHistoryPoints));
    ContentFields f;
    qint64 budget = p->budgetOriginal;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QString at = QStringLiteral("%1.history[%2]").arg(where).arg(i);
        const QJsonObject h = history.at(i).toObject();
        WorkHistoryPoint point;
        QString stage;
        qint64 progress = 0;
        if (!f.date(h, "date", &point.date) || !f.text(h, "stage", 32, true, &stage)
            || !f.integer(h, "progress", 0, 100, &progress) || !f.integer(h, "disbursed", 0, MaxMoney, &point.disbursed)
            || !f.optionalInteger(h, "budget", 0, MaxMoney, &budget))
            return fail(at, f.problemVi, f.problemEn);
        const auto st = ContentEnums::statusFromKey(stage);
        if (!st)
            return fail(at, QStringLiteral("giai đoạn “%1” không hợp lệ").arg(stage),
                        QStringLiteral("unknown stage “%1”").arg(stage));
        if (!p->history.isEmpty() && point.date <= p->history.constLast().date)
            return fail(at, QStringLiteral("các mốc phải theo thứ tự ngày, mỗi ngày một mốc"),
                        QStringLiteral("points must be in date order, one per date"));
        point.stage = *st;
        point.progress = int(progress);
        point.budget = budget;
        p->history.append(point);
    }
    return true;
}

bool ContentBundle::parsePlaylist(const QJsonObject &root)
{
    const QJsonValue value = root.value(QLatin1String("playlist"));
    if (m_content.formatVersion < 2 || value.isUndefined() || value.isNull())
        return true;
    const QJsonArray items = value.toArray();
    if (!value.isArray() || items.size() > MaxPlaylistItems)
        return fail(QStringLiteral("playlist"), QStringLiteral("cần một danh sách tối đa %1 mục").arg(MaxPlaylistItems),
                    QStringLiteral("needs a list of at most %1 items").arg(MaxPlaylistItems));
    QSet<QString> projectCodes;
    for (const Project &p : std::as_const(m_content.projects))
        projectCodes.insert(p.code);
    ContentFields f;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("playlist[%1]").arg(i);
        const QJsonObject o = items.at(i).toObject();
        const auto kind = ContentEnums::playlistKindFromKey(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return fail(where, QStringLiteral("kind phải là video, slide, board hoặc work"),
                        QStringLiteral("kind must be video, slide, board or work"));
        PlaylistItem item;
        item.kind = *kind;
        qint64 seconds = defaultSeconds(*kind);
        const bool slide = item.kind == PlaylistItem::Kind::Slide;
        if (!f.optionalInteger(o, "seconds", 3, 600, &seconds) || !f.localized(o, "title", 120, slide, &item.title)
            || !f.localized(o, "body", 500, false, &item.body, true))
            return fail(where, f.problemVi, f.problemEn);
        item.seconds = int(seconds);
        switch (item.kind) {
        case PlaylistItem::Kind::Video:
            if (!f.text(o, "file", 120, true, &item.file))
                return fail(where, f.problemVi, f.problemEn);
            if (!item.file.startsWith(u"media/"))
                return fail(where, QStringLiteral("video phải là tệp media/…webm hoặc .mp4"),
                            QStringLiteral("a video must be a media/….webm or .mp4 file"));
            // The built-in demo's video ships beside the programs, not inside them: where it
            // is not installed, the demo plays without it rather than not importing at all.
            if (m_readImageFiles && m_folder == DataPaths::builtInDemoBundle() && locate(item.file).isEmpty()) {
                qCWarning(lcContent).noquote() << "demo media" << item.file << "not found in" << DataPaths::demoMediaDir()
                                               << "- the demo's playlist goes without it";
                continue;
            }
            if (!useFile(where, item.file))
                return false;
            break;
        case PlaylistItem::Kind::Slide:
            if (!f.text(o, "image", 120, false, &item.file))
                return fail(where, f.problemVi, f.problemEn);
            if (item.file.isEmpty())
                break;
            if (!item.file.startsWith(u"images/"))
                return fail(where, QStringLiteral("ảnh phải là tệp images/…"), QStringLiteral("the image must be an images/… file"));
            if (!useFile(where, item.file))
                return false;
            break;
        case PlaylistItem::Kind::Work:
            if (!f.text(o, "project", 32, true, &item.projectCode))
                return fail(where, f.problemVi, f.problemEn);
            if (!projectCodes.contains(item.projectCode))
                return fail(where, QStringLiteral("công trình “%1” không có trong gói").arg(item.projectCode),
                            QStringLiteral("work “%1” is not in the bundle").arg(item.projectCode));
            break;
        case PlaylistItem::Kind::Board:
            break;
        }
        m_content.playlist.append(item);
    }
    return true;
}
