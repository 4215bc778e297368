// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <functional>

class Database;
class HubConnection;

/** Brings the statuses the city set (received, verified, thanked, resolved …) to the kiosk's
    records: asks the hub about the newest confirmed records it may still change
    (`GET /api/v1/receipts`) and stores what changed through RecordStore::applyStatuses. */
class ReceiptPull
{
public:
    /** Receipt codes asked about at most in one request. */
    static constexpr int MaxCodes = 200;

    /** How one pull ended. */
    struct Outcome
    {
        bool ok = false;
        int updated = 0;  // records whose status changed
        LocalizedText error;
    };
    using Done = std::function<void(const Outcome &)>;

    ReceiptPull(HubConnection &hub, Database &db);

    /** Starts a pull; done is called once, when it ends (at once when there is nothing to ask). */
    void start(Done done);

private:
    HubConnection &m_hub;
    Database &m_db;
};
