// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "project.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/** Which works to show: every unset filter lets all works through. */
struct ProjectFilter
{
    QString query;                       // typed by the resident, any case, with or without tones
    std::optional<Category> category;
    std::optional<WorkStatus> status;
    QString wardCode;                    // empty: all wards
};

/** The works in memory with a folded search index. search() is what the kiosk's list and
    `kioskctl projects --search` both call, so they always agree. */
class ProjectCatalog
{
public:
    void setProjects(QList<Project> projects);
    const QList<Project> &projects() const { return m_projects; }
    qsizetype size() const { return m_projects.size(); }

    /** Index of the work with this code, or -1. */
    qsizetype indexOf(QStringView code) const;
    const Project *find(QStringView code) const;

    /** Indices of matching works, best match first; with no query, in the bundle's order.
        Every word of the query must occur (folded) in the work's name, code, place, owner or
        contractor. A name starting with the query ranks first, then the whole query at a word
        start in the name, anywhere in the name, every word at a word start in the name, and
        last a match outside the name. A query that is a work's code puts that work first. */
    QList<qsizetype> search(const ProjectFilter &filter) const;

private:
    struct Entry
    {
        QString code;     // folded
        QString nameVi;   // folded
        QString nameEn;   // folded
        QString other;    // folded code, location, owner, contractor in both languages
    };
    QList<Project> m_projects;
    QList<Entry> m_index;
    QHash<QString, qsizetype> m_byCode;
};
