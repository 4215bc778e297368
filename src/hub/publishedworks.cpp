// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedworks.h"

#include "content/contentbundle.h"

std::shared_ptr<const PublishedWorks> PublishedWorks::fromJson(const QByteArray &json, QString *error)
{
    ContentBundle bundle;
    if (!bundle.parsePublished(json)) {
        *error = bundle.error().en;
        return nullptr;
    }
    auto works = std::make_shared<PublishedWorks>();
    works->m_content = bundle.content();
    const Content &c = works->m_content;
    for (qsizetype i = 0; i < c.wards.size(); ++i)
        works->m_wardIndex.insert(c.wards.at(i).code, i);
    QList<QList<qsizetype>> perWard(c.wards.size());
    for (qsizetype i = 0; i < c.projects.size(); ++i) {
        works->m_workIndex.insert(c.projects.at(i).code, i);
        // ContentBundle checked that every work's ward is in the bundle.
        perWard[works->m_wardIndex.value(c.projects.at(i).wardCode)].append(i);
    }
    works->m_order.reserve(c.projects.size());
    for (const QList<qsizetype> &list : std::as_const(perWard)) {
        works->m_wardStart.append(works->m_order.size());
        works->m_order.append(list);
    }
    works->m_wardStart.append(works->m_order.size());
    return works;
}

const Ward *PublishedWorks::ward(const QString &code) const
{
    const auto it = m_wardIndex.constFind(code);
    return it == m_wardIndex.constEnd() ? nullptr : &m_content.wards.at(*it);
}

const Project *PublishedWorks::work(const QString &code) const
{
    const auto it = m_workIndex.constFind(code);
    return it == m_workIndex.constEnd() ? nullptr : &m_content.projects.at(*it);
}

qsizetype PublishedWorks::count(const QString &wardCode) const
{
    if (wardCode.isEmpty())
        return m_order.size();
    const auto it = m_wardIndex.constFind(wardCode);
    return it == m_wardIndex.constEnd() ? 0 : m_wardStart.at(*it + 1) - m_wardStart.at(*it);
}

QList<const Project *> PublishedWorks::slice(const QString &wardCode, qsizetype offset, qsizetype limit) const
{
    qsizetype begin = 0;
    qsizetype end = m_order.size();
    if (!wardCode.isEmpty()) {
        const auto it = m_wardIndex.constFind(wardCode);
        if (it == m_wardIndex.constEnd())
            return {};
        begin = m_wardStart.at(*it);
        end = m_wardStart.at(*it + 1);
    }
    QList<const Project *> out;
    for (qsizetype i = begin + std::max<qsizetype>(0, offset); i < end && out.size() < limit; ++i)
        out.append(&m_content.projects.at(m_order.at(i)));
    return out;
}
