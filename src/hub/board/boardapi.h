// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"
#include "store/boardfigures.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** The body of GET /api/v1/board (deploy/SYNC-PROTOCOL.md): the board's months, oldest first
    (the last is the current month), and the kiosk's ward's waste page. Compact JSON with a
    strong ETag of its own bytes, so kiosks fetch it again only when a figure changed, and a
    status change never makes them download the content. */
namespace BoardApi {
struct Body
{
    QByteArray json;
    QByteArray etag;  // "\"…\"", strong
};
Body body(const QList<BoardMonth> &months, const QString &ward, const BoardFigures::WastePage &waste);
}
