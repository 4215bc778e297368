// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/adminpages.h"

#include "staff/staffhttp.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace AdminPages {

void install(StaffSite &site, QHttpServer &http)
{
    installDashboard(site, http);
    installExport(site, http);
    installAccounts(site, http);
    installAudit(site, http);
}

std::optional<QString> dayStartUtc(const QString &day, int addDays)
{
    if (day.isEmpty())
        return QString();
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid() || day.size() != 10 || d.year() < 2000 || d.year() > 2200)
        return std::nullopt;
    // Officers think in Vietnam's days; the store keeps UTC.
    const QDateTime start(d.addDays(addDays), QTime(0, 0), QTimeZone(7 * 3600));
    return start.toUTC().toString(Qt::ISODateWithMs);
}

QHttpServerResponse csvDownload(const QByteArray &bytes, const QString &fileName)
{
    QHttpServerResponse r("text/csv; charset=utf-8", bytes);
    StaffHttp::secure(r);
    r.setHeader("Content-Disposition", "attachment; filename=\"" + fileName.toLatin1() + '"');
    return r;
}

}
