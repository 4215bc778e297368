// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptpull.h"

#include "hubconnection.h"
#include "records/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

ReceiptPull::ReceiptPull(HubConnection &hub, Database &db) : m_hub(hub), m_db(db)
{
}

void ReceiptPull::start(Done done)
{
    const StoreResult<QStringList> codes = RecordStore(m_db).codesAwaitingStatus(MaxCodes);
    if (!codes)
        return done({false, 0, codes.error().message()});
    if (codes.value().isEmpty())
        return done({true, 0, {}});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("codes"), codes.value().join(u','));
    const QNetworkRequest r = m_hub.request(QStringLiteral("/api/v1/receipts?") + query.toString(QUrl::FullyEncoded));
    m_hub.get(r, [this, done = std::move(done)](const HubReply &reply) {
        if (!reply.error.isEmpty())
            return done({false, 0, reply.error});
        QList<ReceiptStatus> statuses;
        const QJsonArray receipts = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("receipts")).toArray();
        for (const QJsonValue &v : receipts) {
            const QJsonObject o = v.toObject();
            // Bounded: the hub's words go to the kiosk's screen and database as they are.
            ReceiptStatus s{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("status")).toString().left(40),
                            o.value(QStringLiteral("updatedAt")).toString().left(40),
                            o.value(QStringLiteral("note")).toString().left(1000)};
            if (!s.code.isEmpty() && !s.status.isEmpty())  // an entry without them says nothing
                statuses.append(std::move(s));
        }
        const StoreResult<int> updated = RecordStore(m_db).applyStatuses(statuses);
        if (!updated)
            return done({false, 0, updated.error().message()});
        done({true, updated.value(), {}});
    });
}
