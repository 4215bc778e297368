// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(Database &db)
    : Transaction(db.connection(), QStringLiteral("BEGIN IMMEDIATE"), lcStore())
{
}

Transaction::Transaction(const QSqlDatabase &connection, const QString &beginStatement, const QLoggingCategory &category)
    : m_connection(connection), m_category(category)
{
    QSqlQuery q(m_connection);
    if (q.exec(beginStatement)) {
        m_active = true;
    } else {
        m_begun = StoreError::from(q.lastError(), m_connection);
        qCWarning(m_category) << "cannot begin a transaction:" << q.lastError().text();
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
    QSqlQuery q(m_connection);
    // PostgreSQL answers COMMIT of a transaction a failed statement aborted with a silent
    // rollback, not an error: ask first, so that too is a failed commit.
    const bool postgres = m_connection.driverName() == u"QPSQL";
    if ((!postgres || q.exec(QStringLiteral("SELECT 1"))) && q.exec(QStringLiteral("COMMIT"))) {
        m_active = false;
        return {};
    }
    // SQLite keeps the transaction open after a refused COMMIT (busy, a deferred constraint):
    // end it here so nothing half-done can be committed by a later statement. PostgreSQL has
    // ended it already; the ROLLBACK then only draws a warning from the server.
    const StoreError error = StoreError::from(q.lastError(), m_connection);
    qCWarning(m_category) << "commit failed, rolling back:" << error.detail;
    rollback();
    return error;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_connection);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(m_category) << "rollback failed:" << q.lastError().text();
}
