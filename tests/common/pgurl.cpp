// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgurl.h"

#include <QFile>

QString civicTestPgUrl()
{
    const QString url = qEnvironmentVariable("CIVIC_TEST_PG_URL").trimmed();
    if (!url.isEmpty())
        return url;
    const QString path = qEnvironmentVariable("CIVIC_TEST_PG_URL_FILE");
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}
