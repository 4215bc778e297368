// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptlookup.h"

#include <QJsonArray>

QJsonObject ReceiptLookup::body(const HubRecordView &record, const HubNames &names)
{
    QJsonArray history;
    for (const HubStatusEntry &e : record.history)
        history.append(QJsonObject{{QStringLiteral("status"), e.status},
                                   {QStringLiteral("at"), e.at},
                                   {QStringLiteral("reply"), e.note}});
    const QString status = record.status.isEmpty() && !record.history.isEmpty() ? record.history.constLast().status
                                                                                 : record.status;
    QJsonObject o{{QStringLiteral("code"), record.receiptCode},
                  {QStringLiteral("kind"), record.kind},
                  {QStringLiteral("ward"), record.ward},
                  {QStringLiteral("createdAt"), record.createdAt},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("updatedAt"), record.updatedAt},
                  {QStringLiteral("history"), history}};
    const QString project = record.payload.value(QStringLiteral("projectCode")).toString();
    if (!project.isEmpty()) {
        QJsonObject work{{QStringLiteral("code"), project}};
        if (!names.project.isEmpty())
            work.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("vi"), names.project.vi},
                                                            {QStringLiteral("en"), names.project.en}});
        o.insert(QStringLiteral("work"), work);
    }
    return o;
}

bool ReceiptLookup::allow(const QString &kioskId, const QDateTime &now)
{
    const qint64 minute = now.toSecsSinceEpoch() / 60;
    Window &w = m_windows[kioskId];
    if (w.minute != minute) {
        w.minute = minute;
        w.count = 0;
    }
    if (w.count >= MaxPerMinute)
        return false;
    ++w.count;
    return true;
}
