// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <functional>

class Database;
class HubConnection;

/** Brings the movement board to the kiosk (GET /api/v1/board): asks with the ETag of the board
    it holds (304 when unchanged) and stores a new body only when it parses and has what the
    board page needs (BoardStore::check). A failure keeps the board the kiosk has, which it
    goes on showing offline. */
class BoardPull
{
public:
    struct Outcome
    {
        bool ok = false;       // unchanged, or a new board stored
        bool updated = false;  // a new board stored
        LocalizedText error;
    };
    using Done = std::function<void(const Outcome &)>;

    BoardPull(HubConnection &hub, Database &db) : m_hub(hub), m_db(db) {}

    /** Starts a pull; done is called once, when it ends. */
    void start(Done done);

private:
    HubConnection &m_hub;
    Database &m_db;
};
