// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/replytemplates.h"

#include "hubdatabase.h"
#include "hubtransaction.h"
#include "hublogging.h"
#include "records/recordstatus.h"
#include "store/storeformats.h"
#include "text/textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Default
{
    const char16_t *status;
    const char16_t *vi;
    const char16_t *en;
};

const Default defaults[] = {
    {u"received", u"Thành phố đã nhận được thông tin của bạn. Cán bộ sẽ xem xét trong thời gian sớm nhất.",
     u"The city has received your record. An officer will look at it soon."},
    {u"contacted", u"Cán bộ phường đã liên hệ với bạn để thống nhất việc đóng góp. Xin cảm ơn bạn.",
     u"Ward staff have contacted you to agree on your contribution. Thank you."},
    {u"handed_over", u"Phần đóng góp của bạn đã được bàn giao. Thành phố sẽ xác nhận trong thời gian tới.",
     u"Your contribution has been handed over. The city will confirm it shortly."},
    {u"verified", u"Cán bộ đã kiểm tra và xác nhận thông tin.", u"An officer has checked and confirmed the details."},
    {u"in_progress", u"Cơ quan có trách nhiệm đang xử lý phản ánh của bạn.",
     u"The body responsible is dealing with your report."},
    {u"scheduled", u"Việc này đã được xếp lịch thực hiện.", u"This has been given a date for the work."},
    {u"thanked", u"Thành phố trân trọng cảm ơn đóng góp của bạn cho công trình.",
     u"The city thanks you warmly for your contribution to the work."},
    {u"resolved", u"Phản ánh của bạn đã được xử lý xong. Cảm ơn bạn đã góp sức xây dựng thành phố.",
     u"Your report has been dealt with. Thank you for helping to build the city."},
    {u"rejected", u"Rất tiếc, thành phố không thể tiếp nhận việc này vì lý do sau: ",
     u"We are sorry: the city cannot take this up, for this reason: "},
    {u"duplicate", u"Việc này đã được phản ánh trước đó (mã {original}) và được xử lý cùng phản ánh kia.",
     u"This was reported before (code {original}) and is dealt with together with that report."},
};

bool knownLang(const QString &lang)
{
    return lang == u"vi" || lang == u"en";
}

}

ReplyTemplates::ReplyTemplates(HubDatabase &db) : m_db(db)
{
}

QString ReplyTemplates::defaultText(const QString &status, const QString &lang)
{
    for (const Default &d : defaults)
        if (status == QStringView(d.status))
            return QString::fromUtf16(lang == u"en" ? d.en : d.vi);
    return {};
}

bool ReplyTemplates::ensureSeeded()
{
    if (m_seeded)
        return true;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM reply_templates")) || !q.next())
        return false;
    const bool empty = q.value(0).toLongLong() == 0;
    q.finish();
    if (empty) {
        // ON CONFLICT: another hub on the same PostgreSQL may seed at the same moment.
        const QString now = StoreFormats::nowUtc();
        q.prepare(QStringLiteral("INSERT INTO reply_templates (status, lang, body, updated_at) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT DO NOTHING"));
        for (const Default &d : defaults) {
            for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
                q.addBindValue(QString::fromUtf16(d.status));
                q.addBindValue(lang);
                q.addBindValue(defaultText(QString::fromUtf16(d.status), lang));
                q.addBindValue(now);
                if (!q.exec()) {
                    qCWarning(lcHubStore) << "cannot seed the reply templates:" << q.lastError().text();
                    return false;
                }
            }
        }
    }
    m_seeded = true;
    return true;
}

std::optional<QList<ReplyTemplate>> ReplyTemplates::all()
{
    if (!ensureSeeded())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT status, lang, body, updated_at FROM reply_templates")))
        return std::nullopt;
    QHash<QString, ReplyTemplate> stored;
    while (q.next())
        stored.insert(q.value(0).toString() + u'/' + q.value(1).toString(),
                      {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    QList<ReplyTemplate> out;
    for (const QString &status : RecordStatus::cityKeys())
        for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")})
            out.append(stored.value(status + u'/' + lang, {status, lang, QString(), QString()}));
    return out;
}

std::optional<QString> ReplyTemplates::text(const QString &status, const QString &lang)
{
    if (!ensureSeeded())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body FROM reply_templates WHERE status = ? AND lang = ?"));
    q.addBindValue(status);
    q.addBindValue(lang);
    if (!q.exec())
        return std::nullopt;
    return q.next() ? q.value(0).toString() : QString();
}

HubChangeOutcome ReplyTemplates::set(const AuditActor &actor, const QString &status, const QString &lang,
                                     const QString &typed)
{
    const QString body = TextFold::clean(typed, true);
    if (!RecordStatus::cityKeys().contains(status) || !knownLang(lang) || body.size() > MaxBodyLength)
        return HubChangeOutcome::Unchanged;
    if (!ensureSeeded())
        return HubChangeOutcome::StorageError;
    HubTransaction transaction(m_db);
    if (!transaction.begun())
        return HubChangeOutcome::StorageError;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reply_templates (status, lang, body, updated_at, account_id) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (status, lang) DO UPDATE SET body = excluded.body,"
                             " updated_at = excluded.updated_at, account_id = excluded.account_id"));
    q.addBindValue(status);
    q.addBindValue(lang);
    q.addBindValue(body.isEmpty() ? QStringLiteral("") : body);
    q.addBindValue(StoreFormats::nowUtc());
    q.addBindValue(actor.accountId > 0 ? QVariant(actor.accountId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec() || !AuditLog(m_db).append(actor, QStringLiteral("template.edit"), QStringLiteral("template:") + status + u'/' + lang)
        || !transaction.commit()) {
        qCWarning(lcHubStore) << "cannot store a reply template:" << q.lastError().text();
        transaction.rollback();
        return HubChangeOutcome::StorageError;
    }
    return HubChangeOutcome::Done;
}
