// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/adminpages.h"

#include "staff/staffhttp.h"
#include "staff/worksinput.h"

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
    // Typed day/month/year ("05/03/2026") or sent by a date picker as ISO ("2026-03-05").
    const std::optional<QDate> typed = WorksInput::date(day);
    const QDate d = typed.value_or(QDate());
    if (!d.isValid() || d.year() < 2000)
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
