// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workpledges.h"

#include "hubdatabase.h"
#include "hublogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::optional<HubWorkPledges> WorkPledges::of(const QString &projectCode)
{
    HubWorkPledges w;
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM records WHERE project_code = ?"
                                 " AND kind IN ('pledge.land', 'pledge.labour', 'pledge.materials') AND status <> 'rejected'"));
    count.addBindValue(projectCode);
    if (!count.exec() || !count.next()) {
        qCWarning(lcHubStore) << "cannot count a work's pledges:" << count.lastError().text();
        return std::nullopt;
    }
    w.pledges = count.value(0).toLongLong();
    // Only what a city officer verified counts as handed over, as on the movement board.
    QSqlQuery given(m_db.connection());
    given.prepare(QStringLiteral("SELECT r.kind, h.unit, sum(h.quantity), count(*) FROM handovers h"
                                 " JOIN records r ON r.id = h.record_id"
                                 " WHERE r.project_code = ? AND h.verified_by IS NOT NULL AND r.status <> 'rejected'"
                                 " GROUP BY r.kind, h.unit"));
    given.addBindValue(projectCode);
    if (!given.exec()) {
        qCWarning(lcHubStore) << "cannot sum a work's handovers:" << given.lastError().text();
        return std::nullopt;
    }
    while (given.next()) {
        const QString kind = given.value(0).toString();
        const QString unit = given.value(1).toString();
        if (kind == u"pledge.land" && unit == u"m2")
            w.landM2 += given.value(2).toDouble();
        else if (kind == u"pledge.labour" && unit == u"day")
            w.labourDays += given.value(2).toDouble();
        else if (kind == u"pledge.materials")
            w.materialDeliveries += given.value(3).toLongLong();
    }
    return w;
}
