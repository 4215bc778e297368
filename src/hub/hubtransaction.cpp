// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtransaction.h"

#include "hubdatabase.h"
#include "hublogging.h"

HubTransaction::HubTransaction(HubDatabase &db)
    : Transaction(db.connection(),
                  db.dialect() == HubDatabase::Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                  lcHubStore()),
      m_db(db)
{
}

StoreResult<> HubTransaction::commit()
{
    if (isActive() && !m_db.raiseDataGeneration()) {
        rollback();
        return StoreError::failed(m_db.lastError());
    }
    return Transaction::commit();
}
