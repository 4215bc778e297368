// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <optional>

class HubDatabase;

/** The hub's named counters (kiosk ids, receipt prefixes, each prefix's receipt sequence),
    shared by every hub on one database, over the kiosk's own ReceiptSequence (the same
    counter step and receipt codes). Call inside the caller's transaction: the row lock a step
    takes is held to its end, so no two hubs hand out the same value. */
class HubCounters
{
public:
    explicit HubCounters(HubDatabase &db);

    /** The counter's next value (1 for a new one); nullopt when the database fails. */
    std::optional<qint64> next(const QString &name);
    /** The next receipt code of this prefix that no stored record has yet; nullopt when the
        database fails or the prefix's sequence is used up. */
    std::optional<QString> nextReceiptCode(const QString &prefix);

private:
    HubDatabase &m_db;
};
