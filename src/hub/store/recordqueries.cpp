// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordqueries.h"

#include "hubdatabase.h"
#include "hublogging.h"
#include "records/receiptcode.h"
#include "store/storeformats.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

RecordQueries::RecordQueries(HubDatabase &db) : m_db(db)
{
}

const char *RecordQueries::viewColumns()
{
    return "id, receipt_code, kind, created_at, received_at, ward, kiosk_id, entered_by, status, updated_at, payload";
}

HubRecordView RecordQueries::readView(const QSqlQuery &q)
{
    HubRecordView v;
    v.id = q.value(0).toString();
    v.receiptCode = q.value(1).toString();
    v.kind = q.value(2).toString();
    v.createdAt = q.value(3).toString();
    v.receivedAt = q.value(4).toString();
    v.ward = q.value(5).toString();
    v.kioskId = q.value(6).toString();
    v.enteredBy = q.value(7).toString();
    v.status = q.value(8).toString();
    v.updatedAt = q.value(9).toString();
    v.payload = StoreFormats::parseObject(q.value(10).toString());
    return v;
}

std::optional<QList<HubReceiptStatus>> RecordQueries::receipts(const HubKiosk &kiosk, const QStringList &codes)
{
    QList<HubReceiptStatus> out;
    QStringList valid;
    for (const QString &c : codes)
        if (ReceiptCode::isValid(c) && !valid.contains(c))
            valid.append(c);
    if (valid.isEmpty())
        return out;
    QStringList marks(valid.size(), QStringLiteral("?"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT receipt_code, status, updated_at, status_note FROM records"
                             " WHERE kiosk_id = ? AND receipt_code IN (%1) ORDER BY receipt_code").arg(marks.join(u',')));
    q.addBindValue(kiosk.id);
    for (const QString &c : std::as_const(valid))
        q.addBindValue(c);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read receipt statuses:" << q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

bool RecordQueries::fillHistory(QList<HubRecordView> *views)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < views->size(); ++i)
        index.insert(views->at(i).id, i);
    QSqlQuery q(m_db.connection());
    // In chunks, to stay under the bound-parameter limits of both dialects.
    for (qsizetype from = 0; from < views->size(); from += 400) {
        const qsizetype n = std::min<qsizetype>(400, views->size() - from);
        QStringList marks(n, QStringLiteral("?"));
        q.prepare(QStringLiteral("SELECT record_id, status, note, at FROM status_history WHERE record_id IN (%1)"
                                 " ORDER BY record_id, seq").arg(marks.join(u',')));
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(views->at(i).id);
        if (!q.exec()) {
            qCWarning(lcHubStore) << "cannot read status history:" << q.lastError().text();
            return false;
        }
        while (q.next())
            (*views)[index.value(q.value(0).toString())].history.append(
                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return true;
}

std::optional<HubRecordView> RecordQueries::recordView(const QString &typed, bool *storageError)
{
    if (storageError)
        *storageError = false;
    const QString code = ReceiptCode::normalize(typed);
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM records WHERE receipt_code = ?").arg(QLatin1String(viewColumns())));
    q.addBindValue(code);
    if (!q.exec()) {
        qCWarning(lcHubStore) << "cannot read a record by its receipt code:" << q.lastError().text();
        if (storageError)
            *storageError = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QList<HubRecordView> views{readView(q)};
    if (!fillHistory(&views)) {
        if (storageError)
            *storageError = true;
        return std::nullopt;
    }
    return views.first();
}

std::optional<qint64> RecordQueries::acceptedPledges(const QString &projectCode)
{
    // records_project_kind_status answers this from the index alone.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM records WHERE project_code = ?"
                             " AND kind IN ('pledge.land', 'pledge.labour', 'pledge.materials') AND status <> 'rejected'"));
    q.addBindValue(projectCode);
    if (!q.exec() || !q.next()) {
        qCWarning(lcHubStore) << "cannot count a work's pledges:" << q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}
