// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storeresult.h"

#include <QSqlDatabase>
#include <QString>

class Database;
class QLoggingCategory;

/** One write transaction on a database connection, the only place BEGIN and COMMIT are
    written: the kiosk's (Database) and city-hub's (HubTransaction over HubDatabase). On the
    kiosk it begins with BEGIN IMMEDIATE, so the kiosk and kioskctl wait for each other's lock
    (busy timeout) instead of failing half-way. It is rolled back when it leaves scope without
    a successful commit(). A COMMIT that fails is an error and the transaction is rolled back:
    nothing of it is kept. */
class Transaction
{
public:
    /** A transaction on the kiosk's database, logged under kiosk.store. */
    explicit Transaction(Database &db);
    /** A transaction on any connection: beginStatement starts it (BEGIN, BEGIN IMMEDIATE …),
        and failures are logged under category. */
    Transaction(const QSqlDatabase &connection, const QString &beginStatement, const QLoggingCategory &category);
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
    QSqlDatabase m_connection;
    const QLoggingCategory &m_category;
    StoreResult<> m_begun;
    bool m_active = false;
};
