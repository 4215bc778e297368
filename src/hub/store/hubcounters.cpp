// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubcounters.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "records/receiptsequence.h"

HubCounters::HubCounters(HubDatabase &db) : m_db(db)
{
}

std::optional<qint64> HubCounters::next(const QString &name)
{
    const StoreResult<qint64> value = ReceiptSequence::advance(m_db.connection(), name);
    if (!value) {
        qCWarning(lcHubStore) << "cannot advance counter" << name << value.error().detail;
        return std::nullopt;
    }
    return value.value();
}

std::optional<QString> HubCounters::nextReceiptCode(const QString &prefix)
{
    const StoreResult<QString> code = ReceiptSequence::nextCode(m_db.connection(), prefix);
    if (!code) {
        qCWarning(lcHubStore) << "no receipt code for prefix" << prefix << code.error().detail;
        return std::nullopt;
    }
    return code.value();
}
