// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

/** GET /api/v1/receipts/lookup?code=…: what a kiosk may show about any kiosk's receipt
    (deploy/SYNC-PROTOCOL.md "Receipt lookup"). The body is built from the record's public
    view only: kind, work, status and the dated history with the city's public replies —
    never a name, phone, address, photo or the resident's own text. Each kiosk may look up
    at most MaxPerMinute codes a minute, so a stolen token cannot walk the code space fast. */
class ReceiptLookup
{
public:
    static constexpr int MaxPerMinute = 30;

    /** The JSON answer for one record; work names come from the published content. */
    static QJsonObject body(const HubRecordView &record, const HubNames &names);

    /** Counts one lookup by this kiosk at `now`; false when it is over its allowance for
        the current minute. */
    bool allow(const QString &kioskId, const QDateTime &now);

private:
    struct Window
    {
        qint64 minute = -1;
        int count = 0;
    };
    QHash<QString, Window> m_windows;
};
