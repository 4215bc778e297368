// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/inbox.h"

#include "hublogging.h"
#include "hubstore.h"
#include "staff/inboxview.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "staff/worksinput.h"

#include <QHttpServer>
#include <QUrl>

using Status = QHttpServerResponse::StatusCode;

namespace {

/** At most this many records in one bulk change: a page is 50. */
constexpr int MaxBulk = 200;

const char *const filterKeys[] = {"kind", "ward", "status", "project", "assignee", "from", "to", "by", "sort", "page"};

/** The filter fields of a posted form, read as if they were the query. */
QUrlQuery formQuery(const StaffContext &ctx)
{
    QUrlQuery q;
    for (const char *key : filterKeys) {
        QString value = ctx.field(QString::fromLatin1(key));
        // Dates are typed day/month/year; the filter's URL keeps them as ISO. Text that is no
        // date goes on as it is, and the filter names the field it could not use.
        if (qstrcmp(key, "from") == 0 || qstrcmp(key, "to") == 0) {
            const std::optional<QDate> day = WorksInput::date(value.trimmed());
            if (day && day->isValid())
                value = day->toString(Qt::ISODate);
        }
        if (!value.isEmpty())
            q.addQueryItem(QString::fromLatin1(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return q;
}

QString rejectedText(const QString &lang, const QStringList &rejected)
{
    QStringList names;
    for (const QString &key : rejected) {
        // Each parameter's label as the filter form shows it.
        names.append(StaffPages::word(lang, key == u"page" ? QStringLiteral("inbox_page_number") : QStringLiteral("inbox_") + key));
    }
    return StaffPages::word(lang, QStringLiteral("inbox_bad_filter"), {{QStringLiteral("names"), names.join(QStringLiteral(", "))}});
}

class Inbox
{
public:
    explicit Inbox(HubStore &store) : m_store(store) {}

    QHttpServerResponse get(StaffContext &ctx)
    {
        if (!ctx.account().isOfficer())
            return StaffPages::notFound(ctx);
        QStringList rejected;
        const RecordFilter filter = RecordFilter::fromQuery(ctx.query, &rejected);
        if (filter.outsideScope(ctx.account()))
            return StaffPages::notFound(ctx);
        QStringList notices;
        // What the last bulk change did: numbers only, so nothing typed comes back from the URL.
        auto number = [&ctx](const char *name) { return ctx.param(QString::fromLatin1(name)).toInt(); };
        if (ctx.query.hasQueryItem(QStringLiteral("changed"))) {
            notices.append(StaffPages::word(ctx.lang, QStringLiteral("inbox_done"),
                                            {{QStringLiteral("changed"), QString::number(std::max(0, number("changed")))}}));
            if (number("unchanged") > 0)
                notices.append(StaffPages::word(ctx.lang, QStringLiteral("inbox_done_unchanged"),
                                                {{QStringLiteral("count"), QString::number(number("unchanged"))}}));
            if (number("refused") > 0)
                notices.append(StaffPages::word(ctx.lang, QStringLiteral("inbox_done_refused"),
                                                {{QStringLiteral("count"), QString::number(number("refused"))}}));
        }
        return render(ctx, filter, rejected.isEmpty() ? QString() : rejectedText(ctx.lang, rejected), notices,
                      rejected.isEmpty() ? Status::Ok : Status::BadRequest);
    }

    QHttpServerResponse post(StaffContext &ctx)
    {
        if (!ctx.account().isOfficer())
            return StaffPages::notFound(ctx);
        QStringList rejected;
        RecordFilter filter = RecordFilter::fromQuery(formQuery(ctx), &rejected);
        if (filter.outsideScope(ctx.account()))
            return StaffPages::notFound(ctx);
        const QString action = ctx.field(QStringLiteral("action"));
        if (action == u"filter")
            return search(ctx, filter, rejected);
        if (action == u"status" || action == u"assign")
            return bulk(ctx, filter, action == u"status");
        return bad(ctx, filter, StaffPages::word(ctx.lang, QStringLiteral("inbox_bad_action")));
    }

private:
    /** The filter form: without search text it becomes a plain GET of the filter; with it the
        page is answered here, so the text stays out of the URL. */
    QHttpServerResponse search(StaffContext &ctx, RecordFilter filter, const QStringList &rejected)
    {
        const QString typed = ctx.field(QStringLiteral("q")).trimmed();
        if (typed.size() > RecordFilter::MaxSearchLength)
            return bad(ctx, filter,
                       StaffPages::word(ctx.lang, QStringLiteral("inbox_bad_search"),
                                        {{QStringLiteral("max"), QString::number(RecordFilter::MaxSearchLength)}}));
        if (typed.isEmpty()) {
            if (!rejected.isEmpty())
                return render(ctx, filter, rejectedText(ctx.lang, rejected), {}, Status::BadRequest);
            return StaffHttp::redirect(InboxView::href(filter, filter.page));
        }
        filter.search = typed;
        return render(ctx, filter, rejected.isEmpty() ? QString() : rejectedText(ctx.lang, rejected), {},
                      rejected.isEmpty() ? Status::Ok : Status::BadRequest);
    }

    QHttpServerResponse bulk(StaffContext &ctx, RecordFilter filter, bool setStatus)
    {
        const QStringList codes = ctx.form.value(QStringLiteral("code"));
        if (codes.isEmpty())
            return bad(ctx, filter, StaffPages::word(ctx.lang, QStringLiteral("inbox_bad_none")));
        if (codes.size() > MaxBulk)
            return bad(ctx, filter, StaffPages::word(ctx.lang, QStringLiteral("inbox_bad_too_many"),
                                                     {{QStringLiteral("max"), QString::number(MaxBulk)}}));
        const StaffAccount &me = ctx.account();
        const AuditActor actor{me.id, me.login};
        const QString scope = me.wardScope();
        std::function<StatusChanges::Result(const QString &)> one;
        std::optional<StaffAccount> assignee;
        if (setStatus) {
            // Not "status" or "to": those name the list's filter, carried in the same form.
            const QString status = ctx.field(QStringLiteral("new_status"));
            const QString reply = ctx.field(QStringLiteral("reply"));
            if (!StatusChanges::statuses().contains(status))
                return bad(ctx, filter, StaffPages::word(ctx.lang, QStringLiteral("inbox_bad_status")));
            if (reply.size() > StatusChanges::MaxPublicReplyLength)
                return bad(ctx, filter, StaffPages::word(ctx.lang, QStringLiteral("inbox_bad_reply"),
                                                         {{QStringLiteral("max"),
                                                           QString::number(StatusChanges::MaxPublicReplyLength)}}));
            one = [this, actor, status, reply, scope](const QString &code) {
                return m_store.statusChanges().change(actor, code, status, reply, QString(), scope);
            };
        } else {
            const QString to = ctx.field(QStringLiteral("assign_to"));
            if (to != u"nobody") {
                bool number = false;
                const qint64 id = to.toLongLong(&number);
                assignee = number && id > 0 ? m_store.accounts().byId(id) : std::nullopt;
                if (!assignee || !assignee->isActive() || !assignee->isOfficer())
                    return bad(ctx, filter, StaffPages::word(ctx.lang, QStringLiteral("inbox_bad_assignee")));
            }
            one = [this, actor, &assignee, scope](const QString &code) {
                return m_store.statusChanges().assign(actor, code, assignee ? &*assignee : nullptr, scope);
            };
        }
        int changed = 0, unchanged = 0, refused = 0;
        for (const QString &code : codes) {
            const StatusChanges::Result r = one(code.left(40));
            if (r.outcome == HubChangeOutcome::StorageError)
                return StaffPages::storageDown(ctx);
            if (r.done())
                ++changed;
            else if (r.outcome == HubChangeOutcome::Unchanged && r.refusal == StatusChanges::Refusal::None)
                ++unchanged;
            else
                ++refused;
        }
        qCInfo(lcHubHttp) << "inbox bulk" << (setStatus ? "status" : "assign") << "by" << me.login << ":" << changed
                          << "changed," << unchanged << "unchanged," << refused << "refused";
        QString to = InboxView::href(filter, filter.page);
        to += (to.contains(u'?') ? u'&' : u'?')
                + QStringLiteral("changed=%1&unchanged=%2&refused=%3").arg(changed).arg(unchanged).arg(refused);
        return StaffHttp::redirect(to);
    }

    QHttpServerResponse bad(StaffContext &ctx, const RecordFilter &filter, const QString &problem)
    {
        return render(ctx, filter, problem, {}, Status::BadRequest);
    }

    QHttpServerResponse render(StaffContext &ctx, const RecordFilter &filter, const QString &problem,
                               const QStringList &notices, Status status)
    {
        const StaffAccount &me = ctx.account();
        const RecordFilter::Sql sql = filter.where(me);
        const std::optional<InboxPage> page = m_store.inbox().page(me, filter);
        if (!page)
            return StaffPages::storageDown(ctx);
        // A search that looked in names and phones is a use of personal data: its line says
        // which fields, never the words searched.
        if (sql.searchedPersonal)
            m_store.audit().append({me.id, me.login}, QStringLiteral("record.personal.search"), QString(),
                                   {QStringLiteral("name"), QStringLiteral("phone")});
        InboxView view;
        view.lang = ctx.lang;
        view.account = me;
        view.filter = filter;
        view.page = *page;
        view.searchedPersonal = sql.searchedPersonal;
        view.exportPersonal = FilteredExport::mayIncludePersonal(me, filter);
        view.problem = problem;
        view.notices = notices;
        view.wards = m_store.content().wards();
        view.now = QDateTime::currentDateTimeUtc();
        if (const auto all = m_store.accounts().list()) {
            for (const StaffAccount &a : *all) {
                // Who may work records this officer sees: city officers, and ward officers of
                // a ward in reach.
                if (a.isActive() && a.isOfficer() && (me.wardScope().isNull() || a.canWorkWard(me.ward)))
                    view.officers.append(a);
            }
        }
        return StaffPages::page(ctx, QStringLiteral("staff-inbox"), StaffPages::word(ctx.lang, QStringLiteral("inbox_title")),
                                QStringLiteral("inbox"), view.data(), status);
    }

    HubStore &m_store;
};

}

namespace StaffInbox {

void install(StaffSite &site, QHttpServer &http)
{
    auto inbox = std::make_shared<Inbox>(site.store());
    site.page(http, QStringLiteral("/staff/inbox"),
              StaffSite::Handler([inbox](StaffContext &ctx) { return inbox->get(ctx); }),
              StaffSite::Handler([inbox](StaffContext &ctx) { return inbox->post(ctx); }));
}

}
