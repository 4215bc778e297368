// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/handovers.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "store/auditlog.h"
#include "store/storeformats.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Handovers::Handovers(HubDatabase &db, AuditLog &audit) : m_db(db), m_audit(audit)
{
}

std::optional<QList<Handover>> Handovers::forRecord(const QString &recordId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT h.seq, h.quantity, h.unit, h.item, h.handed_on, h.document, h.note, h.entered_by,"
            " COALESCE(e.display_name, ''), h.entered_at, h.verified_by, COALESCE(v.display_name, ''), h.verified_at"
            " FROM handovers h LEFT JOIN staff_accounts e ON e.id = h.entered_by"
            " LEFT JOIN staff_accounts v ON v.id = h.verified_by WHERE h.record_id = ? ORDER BY h.seq"));
    q.addBindValue(recordId);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read handovers:" << q.lastError().text();
        return std::nullopt;
    }
    QList<Handover> out;
    while (q.next()) {
        Handover h;
        h.seq = q.value(0).toLongLong();
        h.quantity = q.value(1).toDouble();
        h.unit = q.value(2).toString();
        h.item = q.value(3).toString();
        h.handedOn = q.value(4).toString();
        h.document = q.value(5).toString();
        h.note = q.value(6).toString();
        h.enteredBy = q.value(7).toLongLong();
        h.enteredByName = q.value(8).toString();
        h.enteredAt = q.value(9).toString();
        h.verifiedBy = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
        h.verifiedByName = q.value(11).toString();
        h.verifiedAt = q.value(12).toString();
        out.append(h);
    }
    return out;
}

Handovers::Outcome Handovers::add(const AuditActor &actor, const QString &recordId, const QString &receiptCode,
                                  const New &n, qint64 *seq)
{
    if (actor.accountId <= 0 || !(n.quantity > 0) || n.quantity > MaxQuantity || n.unit.isEmpty()
        || !n.handedOn.isValid() || n.unit.size() > MaxTextLength || n.item.size() > MaxTextLength
        || n.document.size() > MaxTextLength || n.note.size() > 1000)
        return Outcome::Refused;
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return Outcome::StorageError;
    auto fail = [this, &transaction](const QSqlQuery &q) {
        qCWarning(lcHubStore) << "cannot store a handover:" << q.lastError().text();
        transaction.rollback();
        return Outcome::StorageError;
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM records WHERE id = ?"));
    q.addBindValue(recordId);
    if (!q.exec())
        return fail(q);
    if (!q.next()) {
        transaction.rollback();
        return Outcome::NotFound;
    }
    q.finish();
    auto notNull = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.prepare(QStringLiteral("INSERT INTO handovers (record_id, quantity, unit, item, handed_on, document, note,"
                             " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
    q.addBindValue(recordId);
    q.addBindValue(n.quantity);
    q.addBindValue(n.unit);
    q.addBindValue(notNull(n.item));
    q.addBindValue(n.handedOn.toString(Qt::ISODate));
    q.addBindValue(notNull(n.document));
    q.addBindValue(notNull(n.note));
    q.addBindValue(actor.accountId);
    q.addBindValue(StoreFormats::nowUtc());
    if (!q.exec() || !q.next())
        return fail(q);
    const qint64 newSeq = q.value(0).toLongLong();
    q.finish();
    if (!m_audit.append(actor, QStringLiteral("handover.add"), receiptCode,
                        {QStringLiteral("quantity"), QStringLiteral("unit"), QStringLiteral("handed_on"),
                         QStringLiteral("document")},
                        QStringLiteral("handover %1").arg(newSeq))
        || !transaction.commit()) {
        transaction.rollback();
        return Outcome::StorageError;
    }
    if (seq)
        *seq = newSeq;
    qCInfo(lcHubStore) << "handover" << newSeq << "of" << receiptCode << "entered by" << actor.name;
    return Outcome::Done;
}

Handovers::Outcome Handovers::verify(const AuditActor &actor, const QString &recordId, const QString &receiptCode,
                                     int *verified)
{
    if (actor.accountId <= 0)
        return Outcome::Refused;
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return Outcome::StorageError;
    QSqlQuery q(m_db.connection());
    // The second pair of eyes: never the account that entered the handover.
    q.prepare(QStringLiteral("UPDATE handovers SET verified_by = ?, verified_at = ?"
                             " WHERE record_id = ? AND verified_by IS NULL AND entered_by <> ?"));
    q.addBindValue(actor.accountId);
    q.addBindValue(StoreFormats::nowUtc());
    q.addBindValue(recordId);
    q.addBindValue(actor.accountId);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot verify handovers:" << q.lastError().text();
        transaction.rollback();
        return Outcome::StorageError;
    }
    const int rows = q.numRowsAffected();
    if (rows <= 0) {
        transaction.rollback();
        return Outcome::Refused;
    }
    if (!m_audit.append(actor, QStringLiteral("handover.verify"), receiptCode, {}, QStringLiteral("%1 verified").arg(rows))
        || !transaction.commit()) {
        transaction.rollback();
        return Outcome::StorageError;
    }
    if (verified)
        *verified = rows;
    qCInfo(lcHubStore) << rows << "handovers of" << receiptCode << "verified by" << actor.name;
    return Outcome::Done;
}

std::optional<QList<HandoverTotals>> Handovers::verifiedTotals(const QString &ward)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.ward, r.kind, r.id, h.handed_on, h.quantity, h.unit, h.item"
                             " FROM handovers h JOIN records r ON r.id = h.record_id"
                             " WHERE h.verified_by IS NOT NULL AND r.status <> 'rejected' AND (? = '' OR r.ward = ?)"));
    const QString w = ward.isNull() ? QStringLiteral("") : ward;
    q.addBindValue(w);
    q.addBindValue(w);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot sum handovers:" << q.lastError().text();
        return std::nullopt;
    }
    QMap<QPair<QString, QString>, HandoverTotals> totals;
    QMap<QPair<QString, QString>, QSet<QString>> pledges;
    while (q.next()) {
        const QPair<QString, QString> key{q.value(0).toString(), q.value(3).toString().left(7)};
        HandoverTotals &t = totals[key];
        t.ward = key.first;
        t.month = key.second;
        const QString kind = q.value(1).toString();
        const double quantity = q.value(4).toDouble();
        if (kind == u"pledge.land")
            t.landM2 += quantity;
        else if (kind == u"pledge.labour")
            t.labourDays += quantity;
        else if (kind == u"pledge.materials")
            t.materials[q.value(6).toString() + u'|' + q.value(5).toString()] += quantity;
        pledges[key].insert(q.value(2).toString());
    }
    QList<HandoverTotals> out;
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        it->pledgesHandedOver = int(pledges.value(it.key()).size());
        out.append(*it);
    }
    return out;
}
