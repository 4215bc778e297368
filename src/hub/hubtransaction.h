// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/transaction.h"

class HubDatabase;

/** A write transaction on city-hub's database: the kiosk's Transaction guard, begun the hub's
    way and logged under hub.store. SQLite takes the write lock at once (BEGIN IMMEDIATE) so
    two writers wait for each other instead of failing half-way; PostgreSQL runs READ
    COMMITTED and relies on row locks, UNIQUE constraints and ON CONFLICT. Rolled back when it
    leaves scope without a successful commit(); a failed COMMIT is an error. Every commit
    raises the database's data generation (HubDatabase::dataGeneration) in the same
    transaction. */
class HubTransaction : public Transaction
{
public:
    explicit HubTransaction(HubDatabase &db);

    /** Raises the data generation, then commits; when either fails nothing is kept. */
    StoreResult<> commit();

private:
    HubDatabase &m_db;
};
