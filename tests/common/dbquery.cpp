// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbquery.h"

#include "store/database.h"

#include <QSqlQuery>

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
