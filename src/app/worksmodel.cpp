// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksmodel.h"

#include "content/workwords.h"
#include "text/formatting.h"

#include <QDir>
#include <QUrl>

#include <algorithm>


WorksModel::WorksModel(const ProjectCatalog &catalog, const QList<Ward> &wards, const QString &imagesDir,
                       QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_wards(wards), m_imagesDir(imagesDir)
{
    refresh();
}

int WorksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WorksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = m_catalog.projects().at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return p.name.in(m_language);
    case CodeRole: return p.code;
    case CategoryRole: return ContentEnums::categoryKey(p.category);
    case StatusRole: return ContentEnums::statusKey(p.status);
    case ProgressRole: return p.progress;
    case BehindRole: return p.isBehindSchedule(m_today);
    case WardNameRole: return wardName(p.wardCode);
    case LocationRole: return p.location.in(m_language);
    case ImageRole: return p.images.isEmpty() ? QString() : imageUrl(p.images.constFirst());
    default: return {};
    }
}

QHash<int, QByteArray> WorksModel::roleNames() const
{
    return {{CodeRole, "code"},         {NameRole, "name"},         {CategoryRole, "category"},
            {StatusRole, "status"},     {ProgressRole, "progress"}, {BehindRole, "behind"},
            {WardNameRole, "wardName"}, {LocationRole, "location"}, {ImageRole, "image"}};
}

QString WorksModel::imageUrl(const QString &name) const
{
    return QUrl::fromLocalFile(QDir(m_imagesDir).filePath(name)).toString();
}

void WorksModel::refresh()
{
    const int before = count();
    beginResetModel();
    m_rows = m_catalog.search(m_filter);
    endResetModel();
    if (before != count())
        emit countChanged();
}

void WorksModel::setQuery(const QString &query)
{
    const QString limited = query.left(100);
    if (limited == m_filter.query)
        return;
    m_filter.query = limited;
    refresh();
    emit filterChanged();
}

QString WorksModel::category() const
{
    return m_filter.category ? ContentEnums::categoryKey(*m_filter.category) : QString();
}

void WorksModel::setCategory(const QString &key)
{
    const auto value = ContentEnums::categoryFromKey(key);
    if (value == m_filter.category)
        return;
    m_filter.category = value;
    refresh();
    emit filterChanged();
}

QString WorksModel::status() const
{
    return m_filter.status ? ContentEnums::statusKey(*m_filter.status) : QString();
}

void WorksModel::setStatus(const QString &key)
{
    const auto value = ContentEnums::statusFromKey(key);
    if (value == m_filter.status)
        return;
    m_filter.status = value;
    refresh();
    emit filterChanged();
}

void WorksModel::setWard(const QString &code)
{
    const bool known = std::any_of(m_wards.cbegin(), m_wards.cend(), [&](const Ward &w) { return w.code == code; });
    const QString value = known ? code : QString();
    if (value == m_filter.wardCode)
        return;
    m_filter.wardCode = value;
    refresh();
    emit filterChanged();
}

bool WorksModel::isFiltered() const
{
    return !m_filter.query.isEmpty() || m_filter.category || m_filter.status
            || m_filter.wardCode != m_defaultWard;
}

QStringList WorksModel::categories() const
{
    QStringList keys;
    for (Category c : ContentEnums::allCategories())
        keys.append(ContentEnums::categoryKey(c));
    return keys;
}

QStringList WorksModel::statuses() const
{
    QStringList keys;
    for (WorkStatus s : ContentEnums::allStatuses())
        keys.append(ContentEnums::statusKey(s));
    return keys;
}

QVariantList WorksModel::wards() const
{
    QVariantList list;
    for (const Ward &w : m_wards)
        list.append(QVariantMap{{QStringLiteral("code"), w.code}, {QStringLiteral("name"), w.name.in(m_language)}});
    return list;
}

QString WorksModel::wardName(const QString &code) const
{
    for (const Ward &w : m_wards)
        if (w.code == code)
            return w.name.in(m_language);
    return {};
}

QVariantList WorksModel::wardWorks(const QString &language) const
{
    ProjectFilter wardOnly;
    wardOnly.wardCode = m_defaultWard;
    QVariantList list;
    for (const qsizetype i : m_catalog.search(wardOnly)) {
        const Project &p = m_catalog.projects().at(i);
        list.append(QVariantMap{{QStringLiteral("code"), p.code},
                                {QStringLiteral("name"), p.name.in(language)},
                                {QStringLiteral("category"), ContentEnums::categoryKey(p.category)},
                                {QStringLiteral("status"), ContentEnums::statusKey(p.status)}});
    }
    return list;
}

namespace {

/** One point of a line: a QVariant holding [x, y], so QList::append adds it whole. */
QVariant point(double x, double y)
{
    return QVariantList{x, y};
}

/** A work's dated history as lines on a 0–1 square: x from the start date to the later of the
    planned end, the actual end, the last history date and (unfinished) today; progress 0–1;
    money over the largest budget the work has had. */
QVariantMap chartOf(const Project &p, QDate today, QStringView language)
{
    if (!p.startDate.isValid() || !p.plannedEnd.isValid() || p.plannedEnd <= p.startDate)
        return {};
    QDate end = p.plannedEnd;
    if (p.actualEnd.isValid())
        end = std::max(end, p.actualEnd);
    if (!p.history.isEmpty())
        end = std::max(end, p.history.constLast().date);
    const bool finished = p.status == WorkStatus::Completed;
    if (!finished && today > p.startDate)
        end = std::max(end, today);
    const double span = double(p.startDate.daysTo(end));
    const auto x = [&](QDate d) { return std::clamp(double(p.startDate.daysTo(d)) / span, 0.0, 1.0); };
    qint64 moneyMax = std::max(p.budgetOriginal, p.budgetTotal);
    for (const WorkHistoryPoint &h : p.history)
        moneyMax = std::max({moneyMax, h.budget, h.disbursed});
    if (moneyMax <= 0)
        moneyMax = 1;
    const auto m = [&](qint64 v) { return double(v) / double(moneyMax); };

    QVariantList actual{point(0, 0)}, budget{point(0, m(p.budgetOriginal))}, disbursed{point(0, 0)};
    qint64 lastBudget = p.budgetOriginal;
    for (const WorkHistoryPoint &h : p.history) {
        if (h.date < p.startDate)
            continue;
        actual.append(point(x(h.date), h.progress / 100.0));
        disbursed.append(point(x(h.date), m(h.disbursed)));
        const qint64 b = h.budget > 0 ? h.budget : lastBudget;
        if (b != lastBudget)  // a step: the budget changed on that day
            budget.append(point(x(h.date), m(lastBudget)));
        budget.append(point(x(h.date), m(b)));
        lastBudget = b;
    }
    const QDate last = finished ? (p.actualEnd.isValid() ? p.actualEnd : end) : std::min(today, end);
    if (p.history.isEmpty() || p.history.constLast().date < last) {
        actual.append(point(x(last), p.progress / 100.0));
        disbursed.append(point(x(last), m(p.budgetDisbursed)));
        if (p.budgetTotal != lastBudget)
            budget.append(point(x(last), m(lastBudget)));
        budget.append(point(x(last), m(p.budgetTotal)));
    }
    // The plan reaches 100 % on the planned end and stays there: a late work's chart shows the
    // gap between plan and progress up to its last date.
    QVariantList planned{point(0, 0), point(x(p.plannedEnd), 1)};
    if (p.plannedEnd < end)
        planned.append(point(1, 1));
    return {
        {QStringLiteral("planned"), planned},
        {QStringLiteral("actual"), actual},
        {QStringLiteral("budget"), budget},
        {QStringLiteral("disbursed"), disbursed},
        {QStringLiteral("plannedEndX"), x(p.plannedEnd)},
        {QStringLiteral("todayX"), finished || today < p.startDate || today > end ? -1.0 : x(today)},
        {QStringLiteral("startLabel"), Formatting::date(p.startDate, language)},
        {QStringLiteral("endLabel"), Formatting::date(end, language)},
        {QStringLiteral("moneyMaxLabel"), Formatting::money(moneyMax, language)},
    };
}

}

QVariantMap WorksModel::details(const QString &code, const QString &language) const
{
    const Project *p = m_catalog.find(code);
    if (!p)
        return {};
    QVariantList images;
    for (const QString &name : p->images)
        images.append(imageUrl(name));
    QString wardLabel;
    for (const Ward &w : m_wards)
        if (w.code == p->wardCode)
            wardLabel = w.name.in(language);
    const int disbursedPercent = p->budgetTotal > 0 ? int((p->budgetDisbursed * 100 + p->budgetTotal / 2) / p->budgetTotal) : 0;
    return {
        {QStringLiteral("code"), p->code},
        {QStringLiteral("name"), p->name.in(language)},
        {QStringLiteral("description"), p->description.in(language)},
        {QStringLiteral("location"), p->location.in(language)},
        {QStringLiteral("owner"), p->owner.in(language)},
        {QStringLiteral("contractor"), p->contractor.in(language)},
        {QStringLiteral("wardName"), wardLabel},
        {QStringLiteral("category"), ContentEnums::categoryKey(p->category)},
        {QStringLiteral("status"), ContentEnums::statusKey(p->status)},
        {QStringLiteral("progress"), p->progress},
        {QStringLiteral("behind"), p->isBehindSchedule(m_today)},
        {QStringLiteral("startDate"), Formatting::date(p->startDate, language)},
        {QStringLiteral("plannedEnd"), Formatting::date(p->plannedEnd, language)},
        {QStringLiteral("budgetTotal"), Formatting::money(p->budgetTotal, language)},
        {QStringLiteral("budgetDisbursed"), Formatting::money(p->budgetDisbursed, language)},
        {QStringLiteral("disbursedPercent"), disbursedPercent},
        {QStringLiteral("images"), images},
        {QStringLiteral("publicUrl"), m_publicUrl + QStringLiteral("/p/") + p->code},
        {QStringLiteral("completed"), p->status == WorkStatus::Completed},
        {QStringLiteral("daysLate"), p->daysLate(m_today)},
        {QStringLiteral("scheduleText"), WorkWords::schedule(*p, m_today, language)},
        {QStringLiteral("overBudget"), p->overBudgetBy() > 0},
        {QStringLiteral("budgetText"), WorkWords::budget(*p, language)},
        {QStringLiteral("budgetOriginal"), Formatting::money(p->budgetOriginal, language)},
        {QStringLiteral("actualEnd"), Formatting::date(p->actualEnd, language)},
        {QStringLiteral("chart"), chartOf(*p, m_today, language)},
    };
}

void WorksModel::clearFilters()
{
    const bool changed = isFiltered();
    m_filter = ProjectFilter{};
    m_filter.wardCode = m_defaultWard;
    refresh();
    if (changed)
        emit filterChanged();
}

void WorksModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, NameRole, WardNameRole, LocationRole});
    emit languageChanged();
}

void WorksModel::setDefaultWard(const QString &code)
{
    m_defaultWard = code;
    ProjectFilter wardOnly;
    wardOnly.wardCode = code;
    m_wardCount = int(m_catalog.search(wardOnly).size());
    emit countChanged();
}

void WorksModel::applyParams(const QVariantMap &params)
{
    m_filter = ProjectFilter{};
    m_filter.wardCode = params.contains(QStringLiteral("ward")) ? params.value(QStringLiteral("ward")).toString()
                                                                : m_defaultWard;
    m_filter.query = params.value(QStringLiteral("q")).toString().left(100);
    m_filter.category = ContentEnums::categoryFromKey(params.value(QStringLiteral("category")).toString());
    m_filter.status = ContentEnums::statusFromKey(params.value(QStringLiteral("status")).toString());
    refresh();
    emit filterChanged();
}

void WorksModel::contentReplaced(const QList<Ward> &wards)
{
    m_wards = wards;
    refresh();
    emit countChanged();
    emit languageChanged();  // the ward list
}
