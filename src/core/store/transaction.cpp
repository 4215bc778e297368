// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(Database &db) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
    } else {
        m_begun = StoreError::from(q.lastError());
        qCWarning(lcStore) << "cannot begin a transaction:" << q.lastError().text();
    }
}

Transaction::~Transaction()
{
    rollback();
}

StoreResult<> Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? StoreError::failed(QStringLiteral("the transaction has already ended")) : m_begun.error();
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("COMMIT"))) {
        m_active = false;
        return {};
    }
    // SQLite keeps the transaction open after a refused COMMIT (busy, a deferred constraint):
    // end it here so nothing half-done can be committed by a later statement.
    const StoreError error = StoreError::from(q.lastError());
    qCWarning(lcStore) << "commit failed, rolling back:" << error.detail;
    rollback();
    return error;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
}
