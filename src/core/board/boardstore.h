// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "store/storeresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class Database;

/** The movement board as the hub last served it (deploy/SYNC-PROTOCOL.md "The movement
    board"), kept in the kiosk's database so the kiosk shows it offline: one row with the body,
    its ETag and when it arrived. Only a body that passes check() is ever stored, so a damaged
    answer never replaces a good board. */
class BoardStore
{
public:
    /** Bodies above this are refused: a board of every ward for 13 months is far smaller. */
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

    struct Stored
    {
        QByteArray etag;
        QJsonObject board;
        QString fetchedAt;  // UTC ISO 8601
    };

    explicit BoardStore(Database &db) : m_db(db) {}

    /** The board body parsed and checked: a JSON object with a current month "YYYY-MM", the
        kiosk's ward, and months (each with its month and tables) ending with the current one.
        Null with the reason (English, for the log) otherwise. */
    static std::optional<QJsonObject> check(const QByteArray &body, QString *why);

    /** The stored board, or none when the kiosk never received one. */
    std::optional<Stored> load() const;
    /** Stores a body (checked again here) and its ETag in place of the last one. */
    StoreResult<> save(const QByteArray &etag, const QByteArray &body);

private:
    Database &m_db;
};
