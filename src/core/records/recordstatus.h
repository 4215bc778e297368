// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

/** The one vocabulary of a record's status: its key as stored and sent, an icon to stand
    beside the word (never instead of it), the word and what it means in both languages,
    which kinds of record it belongs to, and whether it closes the matter. The kiosk, the
    phone page, the hub's commands and its queries all read it from here. */
namespace RecordStatus {

enum class AppliesTo { Any, Pledge, Report };

struct Info
{
    QString key;
    QString icon;           // one character, beside the word
    LocalizedText word;
    LocalizedText meaning;  // one sentence for the resident
    AppliesTo appliesTo = AppliesTo::Any;
    bool closed = false;    // the matter is over: statuses are no longer pulled for it
    bool cityOnly = true;   // set by the city; false: the kiosk's own state before sending
};

/** Every status, in the order a record usually goes through them. */
const QList<Info> &all();
/** The status with this key, or nullptr. */
const Info *find(const QString &key);
/** The word for a key in a language ("vi", "en"); the key itself when unknown. */
QString word(const QString &key, QStringView language);
/** Whether a status closes the matter (resolved, rejected, duplicate). */
bool isClosed(const QString &key);
/** The closed statuses as a SQL list for `status IN (…)`: "'resolved', 'rejected', …". */
QString closedSqlList();
/** The statuses the city may set, in order. */
QStringList cityKeys();

}
