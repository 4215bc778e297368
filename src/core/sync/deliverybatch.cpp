// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverybatch.h"

#include "logging.h"
#include "store/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

QJsonObject envelope(const QueuedRecord &r)
{
    const QJsonObject personal = QJsonDocument::fromJson(r.personal.toUtf8()).object();
    return QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("schema"), r.schema},
            {QStringLiteral("createdAt"), r.createdAt},
            {QStringLiteral("ward"), r.ward},
            {QStringLiteral("kioskId"), r.kioskId},
            {QStringLiteral("receiptCode"), r.receiptCode},
            {QStringLiteral("enteredBy"), r.enteredBy},
            {QStringLiteral("payload"), QJsonDocument::fromJson(r.payload.toUtf8()).object()},
            {QStringLiteral("personal"), personal.isEmpty() ? QJsonValue() : QJsonValue(personal)},
            {QStringLiteral("photo"), r.photo.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(r.photo.toBase64()))},
    };
}

}

DeliveryBatch::DeliveryBatch(const QList<QueuedRecord> &records)
{
    QJsonArray array;
    for (const QueuedRecord &r : records) {
        array.append(envelope(r));
        m_ids.append(r.id);
    }
    m_body = QJsonDocument(QJsonObject{{QStringLiteral("records"), array}}).toJson(QJsonDocument::Compact);
}

StoreResult<DeliveryOutcome> DeliveryBatch::apply(Database &db, const QJsonObject &answer) const
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : answer.value(QStringLiteral("results")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());

    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    Outbox outbox(db);
    DeliveryOutcome outcome;
    for (const QString &id : m_ids) {
        const auto it = byId.constFind(id);
        const QString result = it == byId.constEnd() ? QString() : it->value(QStringLiteral("result")).toString();
        if (result == u"accepted" || result == u"duplicate") {
            if (StoreResult<> marked = outbox.markDelivered(id); !marked)
                return marked.error();
            ++outcome.accepted;
            outcome.duplicates += result == u"duplicate";
        } else if (result == u"conflict" || result == u"rejected") {
            const QString reason = result + QStringLiteral(": ") + it->value(QStringLiteral("reason")).toString().left(300);
            if (StoreResult<> marked = outbox.markHeld(id, reason); !marked)
                return marked.error();
            qCWarning(lcSync) << "the hub refused record" << id << reason << "- held for staff";
            ++outcome.held;
        } else {
            ++outcome.unanswered;  // stays in the outbox for the next try
        }
    }
    if (StoreResult<> committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}
