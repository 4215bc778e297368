// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpull.h"

#include "board/boardstore.h"
#include "hubconnection.h"
#include "logging.h"
#include "networkproblem.h"

#include <QNetworkRequest>

void BoardPull::start(Done done)
{
    QNetworkRequest r = m_hub.request(QStringLiteral("/api/v1/board"));
    if (const std::optional<BoardStore::Stored> held = BoardStore(m_db).load(); held && !held->etag.isEmpty())
        r.setRawHeader("If-None-Match", held->etag);
    m_hub.get(r, [this, done = std::move(done)](const HubReply &reply) {
        if (reply.status == 304)
            return done({true, false, {}});
        if (!reply.error.isEmpty())
            return done({false, false, reply.error});
        QString why;
        if (!BoardStore::check(reply.body, &why)) {
            qCWarning(lcSync) << "board from the hub refused:" << why;
            return done({false, false, NetworkProblem::badAnswer(QStringLiteral("board: ") + why)});
        }
        if (const StoreResult<> saved = BoardStore(m_db).save(reply.etag, reply.body); !saved)
            return done({false, false, saved.error().message()});
        qCInfo(lcSync) << "board updated from the hub, etag" << reply.etag;
        done({true, true, {}});
    });
}
