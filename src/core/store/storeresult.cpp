// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeresult.h"

#include <QSqlDatabase>
#include <QSqlError>

StoreError StoreError::from(const QSqlError &error)
{
    // The driver reports SQLite's extended result code; its low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    Kind kind = Kind::Failed;
    if (code == 13 || error.databaseText().contains(QStringLiteral("full"), Qt::CaseInsensitive))
        kind = Kind::Full;  // SQLITE_FULL
    else if (code == 5 || code == 6)
        kind = Kind::Busy;  // SQLITE_BUSY, SQLITE_LOCKED
    else if (code == 19)
        kind = Kind::Constraint;  // SQLITE_CONSTRAINT
    return {kind, error.text()};
}

StoreError StoreError::from(const QSqlError &error, const QSqlDatabase &connection)
{
    if (connection.driverName() != u"QPSQL")
        return from(error);
    // PostgreSQL reports its SQLSTATE: class 23 is an integrity constraint, 53100 a full disk,
    // 40001, 40P01 and 55P03 a serialization failure, a deadlock and a lock not available.
    const QString state = error.nativeErrorCode();
    Kind kind = Kind::Failed;
    if (state == u"53100")
        kind = Kind::Full;
    else if (state == u"40001" || state == u"40P01" || state == u"55P03")
        kind = Kind::Busy;
    else if (state.startsWith(u"23"))
        kind = Kind::Constraint;
    return {kind, error.text()};
}

LocalizedText StoreError::message() const
{
    return {QStringLiteral("Lỗi lưu trữ của ki-ốt: %1").arg(detail), QStringLiteral("Kiosk storage error: %1").arg(detail)};
}
