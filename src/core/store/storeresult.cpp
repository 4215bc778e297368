// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeresult.h"

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

LocalizedText StoreError::message() const
{
    return {QStringLiteral("Lỗi lưu trữ của ki-ốt: %1").arg(detail), QStringLiteral("Kiosk storage error: %1").arg(detail)};
}
