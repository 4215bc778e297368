// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QVariant>

class Database;

/** Test helper: the first column of the first row a statement returns, or an invalid
    QVariant when it fails or returns no row. */
QVariant scalar(Database &db, const QString &sql);
