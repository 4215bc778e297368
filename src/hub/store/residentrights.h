// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/recordcorrections.h"

#include <QDateTime>

#include <optional>

class HubDatabase;

/** The resident's rights the consent text promises, and its retention: erasing a record's
    personal data (name, phone, group, consent, photo → NULL, personal_erased_at set) on the
    resident's request at the ward office, recording a withdrawn consent (which erases too),
    and purging the personal data of matters closed longer than the retention. The record's
    content and its content hash stay, so a kiosk's late re-delivery is still a duplicate.
    Each erasure writes its audit line in the same transaction. */
class ResidentRights
{
public:
    /** "5 năm sau khi vụ việc kết thúc" / five years after the matter is closed. */
    static constexpr int RetentionYears = 5;

    explicit ResidentRights(HubDatabase &db);

    /** The fields an erasure empties, as named in the audit log. */
    static QStringList erasedFieldNames();

    CaseChange erase(const AuditActor &actor, const QString &code);
    CaseChange withdrawConsent(const AuditActor &actor, const QString &code);
    /** Erases the personal data of every record closed before now − RetentionYears; the
        number erased, nullopt when the database failed (nothing erased then). */
    std::optional<qint64> purge(const AuditActor &actor, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

private:
    CaseChange eraseWith(const AuditActor &actor, const QString &code, bool withdrawn);

    HubDatabase &m_db;
};
