// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storeresult.h"

class Database;

/** One write transaction on the kiosk's database. It begins with BEGIN IMMEDIATE, so the
    kiosk and kioskctl wait for each other's lock (busy timeout) instead of failing half-way;
    it is rolled back when it leaves scope without a successful commit(). A COMMIT that fails
    is an error and the transaction is rolled back: nothing of it is kept. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether BEGIN succeeded, and why not. Nothing is written when it did not. */
    const StoreResult<> &begun() const { return m_begun; }
    /** Began, and neither committed nor rolled back yet. */
    bool isActive() const { return m_active; }

    /** Makes the changes durable. On failure they are rolled back and the error says why. */
    StoreResult<> commit();
    /** Drops the changes now (the destructor does it otherwise). */
    void rollback();

private:
    Database &m_db;
    StoreResult<> m_begun;
    bool m_active = false;
};
