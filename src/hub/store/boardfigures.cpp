// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/boardfigures.h"

#include "board/boardcalculator.h"
#include "hubdatabase.h"
#include "hublogging.h"
#include "publishedworks.h"
#include "store/contentrepository.h"
#include "store/storeformats.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString WasteKind = QStringLiteral("report.waste");

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcHubStore) << "cannot read the board's figures:" << q.lastError().text();
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read the board's figures:" << q.lastError().text();
        return false;
    }
    return true;
}

QString monthOf(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

}

BoardFigures::BoardFigures(HubDatabase &db, ContentRepository &content) : m_db(db), m_content(content)
{
}

QDate BoardFigures::localDate(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? t.toUTC().toOffsetFromUtc(7 * 3600).date() : QDate();
}

std::optional<QList<WardMonthFigures>> BoardFigures::read(const QString &first, const QString &last)
{
    const QDate from = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate);
    const QDate lastStart = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    if (!from.isValid() || !lastStart.isValid() || lastStart < from)
        return QList<WardMonthFigures>{};
    const QDate until = lastStart.addMonths(1);  // exclusive
    QMap<QPair<QString, QString>, WardMonthFigures> out;  // (ward, month), in order
    auto at = [&out](const QString &ward, const QString &month) -> WardMonthFigures & {
        WardMonthFigures &f = out[{ward, month}];
        f.ward = ward;
        f.month = month;
        return f;
    };

    // Verified handovers by handover date (a local date already), of pledges the city has not
    // rejected: a pledge rejected after its handover was verified no longer counts, as on the
    // work's page (WorkPledges).
    QSqlQuery h(m_db.connection());
    if (!run(h,
             QStringLiteral("SELECT r.ward, r.kind, r.id, h.handed_on, h.quantity, h.unit, h.item"
                            " FROM handovers h JOIN records r ON r.id = h.record_id"
                            " WHERE h.verified_by IS NOT NULL AND r.status <> 'rejected'"
                            " AND h.handed_on >= ? AND h.handed_on < ?"),
             {from.toString(Qt::ISODate), until.toString(Qt::ISODate)}))
        return std::nullopt;
    // Each measure counts the pledges it rests on, once a month however many handovers.
    QHash<QString, QSet<QString>> pledgesOf;  // "ward|month|measure" → record ids
    while (h.next()) {
        const QString ward = h.value(0).toString();
        const QString kind = h.value(1).toString();
        const QString id = h.value(2).toString();
        const QString month = h.value(3).toString().left(7);
        const double quantity = h.value(4).toDouble();
        WardMonthFigures &f = at(ward, month);
        const QString key = ward + u'|' + month + u'|';
        pledgesOf[key + QStringLiteral("all")].insert(id);
        if (kind == u"pledge.land") {
            f.land.value += quantity;
            pledgesOf[key + QStringLiteral("land")].insert(id);
        } else if (kind == u"pledge.labour") {
            f.labour.value += quantity;
            pledgesOf[key + QStringLiteral("labour")].insert(id);
        } else if (kind == u"pledge.materials") {
            const QString item = h.value(6).toString() + u'|' + h.value(5).toString();
            f.materials[item].value += quantity;
            pledgesOf[key + QStringLiteral("m:") + item].insert(id);
        }
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QString key = it->ward + u'|' + it->month + u'|';
        it->land.records = pledgesOf.value(key + QStringLiteral("land")).size();
        it->labour.records = pledgesOf.value(key + QStringLiteral("labour")).size();
        it->pledgesHandedOver = pledgesOf.value(key + QStringLiteral("all")).size();
        for (auto m = it->materials.begin(); m != it->materials.end(); ++m)
            m->records = pledgesOf.value(key + QStringLiteral("m:") + m.key()).size();
    }

    // Waste reports resolved, by local closing date; a day either side in UTC, then sorted
    // into local months here.
    QSqlQuery w(m_db.connection());
    if (!run(w,
             QStringLiteral("SELECT ward, received_at, closed_at FROM records WHERE kind = ? AND status = 'resolved'"
                            " AND closed_at IS NOT NULL AND closed_at >= ? AND closed_at < ?"),
             {WasteKind, from.addDays(-1).toString(Qt::ISODate), until.addDays(1).toString(Qt::ISODate)}))
        return std::nullopt;
    while (w.next()) {
        const QDate closed = localDate(w.value(2).toString());
        if (!closed.isValid() || closed < from || closed >= until)
            continue;
        const QDateTime received = QDateTime::fromString(w.value(1).toString(), Qt::ISODateWithMs);
        const QDateTime closedAt = QDateTime::fromString(w.value(2).toString(), Qt::ISODateWithMs);
        const double days = received.isValid() && closedAt.isValid()
                ? std::max<qint64>(0, received.msecsTo(closedAt)) / 86400000.0 : 0.0;
        at(w.value(0).toString(), monthOf(closed)).resolveDays.append(days);
    }

    // Works finished: the newest history row of each work (by date, then entry).
    const auto works = m_content.publishedWorks();
    QSqlQuery k(m_db.connection());
    if (!run(k,
             QStringLiteral("SELECT project_code, planned_end, actual_end FROM work_history"
                            " ORDER BY project_code, on_date, seq"),
             {}))
        return std::nullopt;
    QHash<QString, QPair<QString, QString>> newest;  // code → (planned end, actual end)
    while (k.next())
        newest.insert(k.value(0).toString(), {k.value(1).toString(), k.value(2).toString()});
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const QDate actual = QDate::fromString(it->second, Qt::ISODate);
        if (!actual.isValid() || actual < from || actual >= until)
            continue;
        const Project *work = works ? works->work(it.key()) : nullptr;
        if (!work)
            continue;  // not (or no longer) published: no ward to count it for
        QDate planned = QDate::fromString(it->first, Qt::ISODate);
        if (!planned.isValid())
            planned = work->plannedEnd;
        WardMonthFigures &f = at(work->wardCode, monthOf(actual));
        ++f.worksFinished;
        if (planned.isValid() && actual <= planned)
            ++f.worksOnTime;
    }
    return out.values();
}

std::optional<BoardFigures::WastePage> BoardFigures::wastePage(const QString &ward)
{
    WastePage page;
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT status, payload, received_at, closed_at FROM records WHERE kind = ? AND ward = ?"),
             {WasteKind, ward}))
        return std::nullopt;
    QList<double> days;
    while (q.next()) {
        const QString status = q.value(0).toString();
        ++page.byStatus[status];
        QString category = StoreFormats::parseObject(q.value(1).toString()).value(QStringLiteral("category")).toString();
        ++page.byCategory[category.isEmpty() ? QStringLiteral("other") : category];
        if (status == u"resolved" && !q.value(3).isNull()) {
            const QDateTime received = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            const QDateTime closed = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            if (received.isValid() && closed.isValid())
                days.append(std::max<qint64>(0, received.msecsTo(closed)) / 86400000.0);
        }
    }
    page.resolved = page.byStatus.value(QStringLiteral("resolved"));
    page.medianDaysToResolve = BoardCalculator::median(days);
    QSqlQuery p(m_db.connection());
    if (!run(p,
             QStringLiteral("SELECT receipt_code, public_summary, published_at FROM records WHERE kind = ? AND ward = ?"
                            " AND published_at IS NOT NULL ORDER BY published_at DESC, receipt_code LIMIT %1")
                     .arg(MaxPublished),
             {WasteKind, ward}))
        return std::nullopt;
    while (p.next())
        page.published.append({p.value(0).toString(), p.value(1).toString(), p.value(2).toString()});
    return page;
}
