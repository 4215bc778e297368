// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ContentEnums {
namespace {
constexpr std::array<std::pair<Category, const char16_t *>, 10> categoryKeys{{
    {Category::Road, u"road"},         {Category::RuralRoad, u"rural_road"},
    {Category::Bridge, u"bridge"},     {Category::Drainage, u"drainage"},
    {Category::School, u"school"},     {Category::Health, u"health"},
    {Category::Park, u"park"},         {Category::Lighting, u"lighting"},
    {Category::Digital, u"digital"},   {Category::Welfare, u"welfare"},
}};
constexpr std::array<std::pair<WorkStatus, const char16_t *>, 4> statusKeys{{
    {WorkStatus::Preparing, u"preparing"},
    {WorkStatus::InProgress, u"in_progress"},
    {WorkStatus::Paused, u"paused"},
    {WorkStatus::Completed, u"completed"},
}};
constexpr std::array<std::pair<PlaylistItem::Kind, const char16_t *>, 4> playlistKeys{{
    {PlaylistItem::Kind::Video, u"video"},
    {PlaylistItem::Kind::Slide, u"slide"},
    {PlaylistItem::Kind::Board, u"board"},
    {PlaylistItem::Kind::Work, u"work"},
}};

template<typename Table, typename Enum>
QString keyOf(const Table &table, Enum value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromUtf16(key);
    return {};
}

template<typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, QStringView key)
{
    for (const auto &[e, k] : table)
        if (key == QStringView(k))
            return e;
    return std::nullopt;
}
}

bool isCode(QStringView code)
{
    if (code.isEmpty() || code.size() > 32)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QString categoryKey(Category c) { return keyOf(categoryKeys, c); }
std::optional<Category> categoryFromKey(QStringView key) { return valueOf<Category>(categoryKeys, key); }
QList<Category> allCategories()
{
    QList<Category> all;
    for (const auto &entry : categoryKeys)
        all.append(entry.first);
    return all;
}
QString playlistKey(PlaylistItem::Kind kind) { return keyOf(playlistKeys, kind); }
std::optional<PlaylistItem::Kind> playlistKindFromKey(QStringView key) { return valueOf<PlaylistItem::Kind>(playlistKeys, key); }
QString statusKey(WorkStatus s) { return keyOf(statusKeys, s); }
std::optional<WorkStatus> statusFromKey(QStringView key) { return valueOf<WorkStatus>(statusKeys, key); }
QList<WorkStatus> allStatuses()
{
    QList<WorkStatus> all;
    for (const auto &entry : statusKeys)
        all.append(entry.first);
    return all;
}
}

namespace WardKinds {
std::optional<QString> fromBundle(QStringView key, int formatVersion)
{
    if (formatVersion == 1) {
        if (key == u"ward")
            return Phuong;
        if (key == u"commune")
            return Xa;
        return std::nullopt;
    }
    for (const QString &k : {Phuong, Xa, DacKhu})
        if (key == k)
            return k;
    return std::nullopt;
}
}

qint64 Project::daysLate(QDate today) const
{
    if (!plannedEnd.isValid())
        return 0;
    const QDate end = status == WorkStatus::Completed ? (actualEnd.isValid() ? actualEnd : plannedEnd) : today;
    return std::max<qint64>(0, plannedEnd.daysTo(end));
}
