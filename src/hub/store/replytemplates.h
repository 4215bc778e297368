// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "store/auditlog.h"

#include <QList>
#include <QString>

#include <optional>

class HubDatabase;

/** One public reply template: the words an officer starts from when setting a status. */
struct ReplyTemplate
{
    QString status;  // a RecordStatus key the city sets
    QString lang;    // "vi" or "en"
    QString body;
    QString updatedAt;
};

/** The reply templates per status and language (table reply_templates), edited by city
    admins. An empty table is filled with the built-in defaults at first use, so a new hub
    offers sensible replies at once. `{original}` in the duplicate template stands for the
    original record's receipt code. */
class ReplyTemplates
{
public:
    static constexpr int MaxBodyLength = 1000;

    explicit ReplyTemplates(HubDatabase &db);

    /** Every template, statuses in RecordStatus order, Vietnamese first; nullopt when the
        database cannot answer. */
    std::optional<QList<ReplyTemplate>> all();
    /** One template's text ("" when there is none). */
    std::optional<QString> text(const QString &status, const QString &lang);
    /** Changes one template, with its audit line `template.edit`. Unchanged for an unknown
        status or language or a text over MaxBodyLength. */
    HubChangeOutcome set(const AuditActor &actor, const QString &status, const QString &lang, const QString &body);

    /** The built-in text of a status in a language. */
    static QString defaultText(const QString &status, const QString &lang);

private:
    bool ensureSeeded();

    HubDatabase &m_db;
    bool m_seeded = false;
};
