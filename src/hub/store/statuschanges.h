// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QString>
#include <QStringList>

class HubDatabase;

/** The statuses the city sets on records (`city-hub set-status`): each change updates the
    record and appends to its history in one transaction, so the kiosk, the phone page and
    Open311 all see the same latest status and how it got there. */
class StatusChanges
{
public:
    static constexpr int MaxStatusNoteLength = 1000;

    explicit StatusChanges(HubDatabase &db);

    /** received, verified, scheduled, thanked, resolved, rejected. */
    static QStringList statuses();
    /** Sets a record's status and appends it to its history. NotFound for an unknown code;
        an unknown status or a note over 1,000 characters is refused with *error. */
    HubChangeOutcome setStatus(const QString &code, const QString &status, const QString &note, QString *error);

private:
    HubDatabase &m_db;
};
