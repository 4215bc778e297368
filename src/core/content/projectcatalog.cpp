// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcatalog.h"

#include "text/textfold.h"

#include <algorithm>

namespace {

// Position of needle in hay at the start of a word (hay is folded: words split by one space).
bool containsAtWordStart(const QString &hay, const QString &needle)
{
    qsizetype from = 0;
    while ((from = hay.indexOf(needle, from)) >= 0) {
        if (from == 0 || hay.at(from - 1) == u' ')
            return true;
        ++from;
    }
    return false;
}

int nameScore(const QString &name, const QString &phrase, const QStringList &words)
{
    if (name.startsWith(phrase))
        return 500;
    if (containsAtWordStart(name, phrase))
        return 400;
    if (name.contains(phrase))
        return 300;
    bool allAtWordStart = true;
    bool allInName = true;
    for (const QString &w : words) {
        if (!name.contains(w)) {
            allInName = false;
            allAtWordStart = false;
            break;
        }
        if (!containsAtWordStart(name, w))
            allAtWordStart = false;
    }
    if (allAtWordStart)
        return 200;
    return allInName ? 150 : 0;
}

}

void ProjectCatalog::setProjects(QList<Project> projects)
{
    m_projects = std::move(projects);
    m_index.clear();
    m_index.reserve(m_projects.size());
    m_byCode.clear();
    for (const Project &p : std::as_const(m_projects)) {
        const QString other = QStringList{p.code, p.location.vi, p.location.en, p.owner.vi, p.owner.en,
                                          p.contractor.vi, p.contractor.en}.join(u' ');
        m_byCode.insert(p.code, m_index.size());
        m_index.append(Entry{TextFold::fold(p.code), TextFold::fold(p.name.vi), TextFold::fold(p.name.en), TextFold::fold(other)});
    }
}

qsizetype ProjectCatalog::indexOf(QStringView code) const
{
    return m_byCode.value(code.toString(), -1);
}

const Project *ProjectCatalog::find(QStringView code) const
{
    const qsizetype i = indexOf(code);
    return i < 0 ? nullptr : &m_projects.at(i);
}

QList<qsizetype> ProjectCatalog::search(const ProjectFilter &filter) const
{
    const QString phrase = TextFold::fold(filter.query);
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);

    QList<std::pair<int, qsizetype>> scored;
    scored.reserve(m_projects.size());
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        const Project &p = m_projects.at(i);
        if (filter.category && p.category != *filter.category)
            continue;
        if (filter.status && p.status != *filter.status)
            continue;
        if (!filter.wardCode.isEmpty() && p.wardCode != filter.wardCode)
            continue;
        if (words.isEmpty()) {
            scored.append({0, i});
            continue;
        }
        const Entry &e = m_index.at(i);
        bool all = true;
        for (const QString &w : words) {
            if (!e.nameVi.contains(w) && !e.nameEn.contains(w) && !e.other.contains(w)) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        const int score = e.code == phrase ? 1000
                                           : std::max({nameScore(e.nameVi, phrase, words), nameScore(e.nameEn, phrase, words), 100});
        scored.append({score, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<qsizetype> result;
    result.reserve(scored.size());
    for (const auto &entry : std::as_const(scored))
        result.append(entry.second);
    return result;
}
