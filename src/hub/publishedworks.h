// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/project.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

/** The works of the published content as the public /p/ pages read them: one by its code,
    or all of them ward by ward (wards in the bundle's order, works in the bundle's order
    within each ward), a slice at a time. Built once per published version, then read-only,
    so a page costs a hash lookup or a slice however many works the city has. */
class PublishedWorks
{
public:
    /** Reads the published bundle.json (ContentBundle::parsePublished); nullptr when it does
        not pass, with *error saying why. */
    static std::shared_ptr<const PublishedWorks> fromJson(const QByteArray &json, QString *error);

    bool isSample() const { return m_content.sample; }
    const QList<Ward> &wards() const { return m_content.wards; }
    const Ward *ward(const QString &code) const;
    const Project *work(const QString &code) const;

    /** How many works the list holds: all of them, or one ward's (wardCode not empty). */
    qsizetype count(const QString &wardCode = {}) const;
    /** Works [offset, offset + limit) of that list, in its order. */
    QList<const Project *> slice(const QString &wardCode, qsizetype offset, qsizetype limit) const;

private:
    Content m_content;
    QHash<QString, qsizetype> m_workIndex;
    QHash<QString, qsizetype> m_wardIndex;
    QList<qsizetype> m_order;      // indices into m_content.projects, ward by ward
    QList<qsizetype> m_wardStart;  // where each ward's works start in m_order; one extra at the end
};
