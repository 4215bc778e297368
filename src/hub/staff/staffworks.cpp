// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffworks.h"

#include "hublogging.h"
#include "hubstore.h"
#include "publishedworks.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "staff/worksinput.h"
#include "text/formatting.h"

#include <QDateTime>
#include <QHttpServer>
#include <QUrl>

#include <variant>

using Status = QHttpServerResponse::StatusCode;
using HtmlTemplates::Data;
using HtmlTemplates::text;
using StaffPages::word;

namespace {

constexpr int PageSize = 50;

QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
}

QString stageWord(const QString &lang, const QString &stage)
{
    return word(lang, QStringLiteral("works_stage_") + stage);
}

WorkFigures publishedFigures(const Project &p)
{
    WorkFigures f;
    f.stage = ContentEnums::statusKey(p.status);
    f.progress = p.progress;
    f.disbursed = p.budgetDisbursed;
    f.adjustedBudget = p.budgetTotal;
    f.startDate = p.startDate;
    f.plannedEnd = p.plannedEnd;
    return f;
}

Data factsOf(const WorkFigures &f, const QString &lang)
{
    Data d;
    d.set("stage", text(stageWord(lang, f.stage)));
    d.set("stageKey", text(f.stage));
    d.set("progress", text(QString::number(f.progress) + u'%'));
    d.set("disbursed", text(Formatting::money(f.disbursed, lang)));
    d.set("budget", text(Formatting::money(f.adjustedBudget, lang)));
    d.set("start", text(Formatting::date(f.startDate, lang)));
    d.set("plannedEnd", text(Formatting::date(f.plannedEnd, lang)));
    d.set("actualEnd", text(f.actualEnd.isValid() ? Formatting::date(f.actualEnd, lang) : QStringLiteral("—")));
    return d;
}

/** The form's fields as typed (kept when the form comes back with problems). */
struct WorkForm
{
    QString onDate, stage, progress, disbursed, budget, start, plannedEnd, actualEnd;

    static WorkForm of(const WorkFigures &f)
    {
        return {WorksInput::dateField(vietnamToday()), f.stage, QString::number(f.progress),
                WorksInput::moneyField(f.disbursed), WorksInput::moneyField(f.adjustedBudget),
                WorksInput::dateField(f.startDate), WorksInput::dateField(f.plannedEnd),
                WorksInput::dateField(f.actualEnd)};
    }
    static WorkForm of(const StaffContext &ctx)
    {
        auto f = [&ctx](const char *name) { return ctx.field(QString::fromLatin1(name)).left(40); };
        return {f("on_date"), f("stage"), f("progress"), f("disbursed"), f("budget"), f("start"), f("planned_end"),
                f("actual_end")};
    }
    /** The figures, or the problems (words in the page's language). */
    std::optional<WorkFigures> check(const QString &lang, QDate *on, QStringList *problems) const
    {
        WorkFigures f;
        const auto date = [&](const QString &typed, bool required, QDate *out) {
            const std::optional<QDate> d = WorksInput::date(typed);
            if (!d || (required && !d->isValid())) {
                if (!problems->contains(word(lang, QStringLiteral("works_bad_date"))))
                    problems->append(word(lang, QStringLiteral("works_bad_date")));
                return;
            }
            *out = *d;
        };
        date(onDate, false, on);
        if (!on->isValid())
            *on = vietnamToday();
        if (!ContentEnums::statusFromKey(stage))
            problems->append(word(lang, QStringLiteral("works_bad_stage")));
        f.stage = stage;
        bool ok = false;
        const int p = progress.trimmed().toInt(&ok);
        if (!ok || p < 0 || p > 100)
            problems->append(word(lang, QStringLiteral("works_bad_progress")));
        f.progress = p;
        const std::optional<qint64> d = WorksInput::money(disbursed);
        const std::optional<qint64> b = WorksInput::money(budget);
        if (!d || !b)
            problems->append(word(lang, QStringLiteral("works_bad_money")));
        else if (*d > *b)
            problems->append(word(lang, QStringLiteral("works_disbursed_over_budget")));
        f.disbursed = d.value_or(0);
        f.adjustedBudget = b.value_or(0);
        date(start, true, &f.startDate);
        date(plannedEnd, true, &f.plannedEnd);
        date(actualEnd, false, &f.actualEnd);
        if ((f.startDate.isValid() && f.plannedEnd.isValid() && f.plannedEnd < f.startDate)
            || (f.startDate.isValid() && f.actualEnd.isValid() && f.actualEnd < f.startDate))
            problems->append(word(lang, QStringLiteral("works_end_before_start")));
        if (f.actualEnd.isValid() && stage != u"completed")
            problems->append(word(lang, QStringLiteral("works_actual_end_needs_completed")));
        if (!problems->isEmpty())
            return std::nullopt;
        return f;
    }
    Data data(const QString &lang) const
    {
        Data d;
        d.set("onDate", text(onDate));
        d.set("progress", text(progress));
        d.set("disbursed", text(disbursed));
        d.set("budget", text(budget));
        d.set("start", text(start));
        d.set("plannedEnd", text(plannedEnd));
        d.set("actualEnd", text(actualEnd));
        Data stages{Data::type::list};
        for (const WorkStatus s : ContentEnums::allStatuses()) {
            Data o;
            const QString key = ContentEnums::statusKey(s);
            o.set("key", text(key));
            o.set("label", text(stageWord(lang, key)));
            o.set("selected", key == stage);
            stages.push_back(o);
        }
        d.set("stages", stages);
        return d;
    }
};

QHttpServerResponse listPage(StaffSite &site, StaffContext &ctx)
{
    const StaffAccount &a = ctx.account();
    if (!a.isOfficer())
        return StaffPages::forbidden(ctx);
    const std::shared_ptr<const PublishedWorks> works = site.store().content().publishedWorks();
    const std::optional<QStringList> waiting = site.store().workHistory().unpublishedWorks();
    if (!works || !waiting)
        return StaffPages::storageDown(ctx);
    QString ward = ctx.param(QStringLiteral("ward")).left(40);
    if (!a.wardScope().isEmpty()) {
        if (!ward.isEmpty() && ward != a.wardScope())
            return StaffPages::notFound(ctx);
        ward = a.wardScope();
    } else if (!ward.isEmpty() && !works->ward(ward)) {
        ward.clear();
    }
    Data d;
    Data wards{Data::type::list};
    for (const Ward &w : works->wards()) {
        if (!a.canWorkWard(w.code))
            continue;
        Data o;
        o.set("code", text(w.code));
        o.set("name", text(w.name.in(ctx.lang)));
        o.set("selected", w.code == ward);
        wards.push_back(o);
    }
    d.set("wards", wards);
    d.set("chooseWard", a.wardScope().isEmpty());
    const qsizetype total = works->count(ward);
    const int pages = int(qMax<qsizetype>(1, (total + PageSize - 1) / PageSize));
    const int page = qBound(1, ctx.param(QStringLiteral("page")).toInt(), pages);
    Data rows{Data::type::list};
    for (const Project *p : works->slice(ward, qsizetype(page - 1) * PageSize, PageSize)) {
        Data r = factsOf(publishedFigures(*p), ctx.lang);
        r.set("code", text(p->code));
        r.set("href", text(QStringLiteral("/staff/works/") + p->code));
        r.set("name", text(p->name.in(ctx.lang)));
        const Ward *w = works->ward(p->wardCode);
        r.set("ward", text(w ? w->name.in(ctx.lang) : p->wardCode));
        r.set("waiting", waiting->contains(p->code));
        rows.push_back(r);
    }
    d.set("rows", rows);
    d.set("empty", total == 0);
    if (pages > 1) {
        const QString base = QStringLiteral("/staff/works?ward=%1&page=").arg(QString::fromLatin1(QUrl::toPercentEncoding(ward)));
        Data pager;
        pager.set("text", text(word(ctx.lang, QStringLiteral("works_page"),
                                    {{QStringLiteral("page"), QString::number(page)}, {QStringLiteral("pages"), QString::number(pages)}})));
        if (page > 1)
            pager.set("prev", text(base + QString::number(page - 1)));
        if (page < pages)
            pager.set("next", text(base + QString::number(page + 1)));
        d.set("paging", pager);  // not "pager": that names a template
    }
    // Waiting works the reader may not see still wait; a ward officer is only told of theirs.
    qsizetype visibleWaiting = 0;
    for (const QString &code : *waiting)
        if (const Project *p = works->work(code); p && a.canWorkWard(p->wardCode))
            ++visibleWaiting;
    if (a.canVerify() && visibleWaiting > 0) {
        d.set("waitingText", text(word(ctx.lang, QStringLiteral("works_waiting_text"),
                                       {{QStringLiteral("count"), Formatting::number(visibleWaiting, ctx.lang)}})));
        d.set("canPublish", true);
    }
    const QString published = ctx.param(QStringLiteral("published"));
    if (!published.isEmpty())
        d.set("notice", text(published == u"0" ? word(ctx.lang, QStringLiteral("works_nothing_to_publish"))
                                               : word(ctx.lang, QStringLiteral("works_published"),
                                                      {{QStringLiteral("count"), QString::number(published.toInt())}})));
    return StaffPages::page(ctx, QStringLiteral("staff-works"), word(ctx.lang, QStringLiteral("works_title")),
                            QStringLiteral("works"), d);
}

/** A work an officer may open, and the published works it is read from. */
struct OpenWork
{
    std::shared_ptr<const PublishedWorks> works;
    const Project *project = nullptr;
};

/** The work of code, or the page that answers instead: another ward's work does not exist for
    a ward officer. */
std::variant<OpenWork, QHttpServerResponse> workFor(StaffSite &site, StaffContext &ctx, const QString &code)
{
    std::shared_ptr<const PublishedWorks> works = site.store().content().publishedWorks();
    if (!works)
        return StaffPages::storageDown(ctx);
    const Project *p = works->work(code);
    if (!p || !ctx.account().isOfficer() || !ctx.account().canWorkWard(p->wardCode))
        return StaffPages::notFound(ctx);
    return OpenWork{std::move(works), p};
}

QHttpServerResponse workPage(StaffSite &site, StaffContext &ctx, const QString &code, const WorkForm *typed = nullptr,
                             const QStringList &problems = {})
{
    auto found = workFor(site, ctx, code);
    if (auto *answer = std::get_if<QHttpServerResponse>(&found))
        return std::move(*answer);
    const auto &[works, p] = std::get<OpenWork>(found);
    const StaffAccount &a = ctx.account();
    const std::optional<QList<WorkHistoryRow>> history = site.store().workHistory().forWork(p->code);
    if (!history)
        return StaffPages::storageDown(ctx);
    const WorkFigures current = history->isEmpty() ? publishedFigures(*p) : history->first().figures;
    Data d;
    d.set("code", text(p->code));
    d.set("name", text(p->name.in(ctx.lang)));
    const Ward *w = works->ward(p->wardCode);
    d.set("ward", text(w ? w->name.in(ctx.lang) : p->wardCode));
    d.set("published", factsOf(publishedFigures(*p), ctx.lang));
    d.set("publicHref", text(QStringLiteral("/p/") + p->code));
    d.set("canEdit", a.canVerify());
    d.set("form", (typed ? *typed : WorkForm::of(current)).data(ctx.lang));
    Data rows{Data::type::list};
    bool waiting = false;
    for (const WorkHistoryRow &r : *history) {
        Data row = factsOf(r.figures, ctx.lang);
        row.set("onDate", text(Formatting::date(r.onDate, ctx.lang)));
        row.set("by", text(r.accountName));
        row.set("recorded", text(StaffPages::dateTime(r.recordedAt, ctx.lang)));
        row.set("unpublished", r.publishedAt.isEmpty());
        waiting = waiting || r.publishedAt.isEmpty();
        rows.push_back(row);
    }
    d.set("history", rows);
    d.set("noHistory", history->isEmpty());
    d.set("canPublish", a.canVerify() && waiting);
    if (!problems.isEmpty()) {
        Data list{Data::type::list};
        for (const QString &problem : problems)
            list.push_back(text(problem));
        d.set("problems", list);
        d.set("hasProblems", true);
    }
    if (ctx.param(QStringLiteral("saved")) == u"1")
        d.set("notice", text(word(ctx.lang, QStringLiteral("works_saved"))));
    return StaffPages::page(ctx, QStringLiteral("staff-work"), p->name.in(ctx.lang), QStringLiteral("works"), d,
                            problems.isEmpty() ? Status::Ok : Status::BadRequest);
}

QHttpServerResponse saveWork(StaffSite &site, StaffContext &ctx, const QString &code)
{
    auto found = workFor(site, ctx, code);
    if (auto *answer = std::get_if<QHttpServerResponse>(&found))
        return std::move(*answer);
    const Project *p = std::get<OpenWork>(found).project;
    const StaffAccount &a = ctx.account();
    // Ward officers see the figures; the city changes them (what wards are compared on).
    if (!a.canVerify())
        return StaffPages::forbidden(ctx);
    const WorkForm typed = WorkForm::of(ctx);
    QStringList problems;
    QDate on;
    const std::optional<WorkFigures> figures = typed.check(ctx.lang, &on, &problems);
    if (!figures)
        return workPage(site, ctx, code, &typed, problems);
    if (!site.store().workHistory().add({a.id, a.login}, p->code, on, *figures))
        return StaffPages::storageDown(ctx);
    return StaffHttp::redirect(QStringLiteral("/staff/works/%1?saved=1").arg(p->code));
}

QHttpServerResponse publish(StaffSite &site, StaffContext &ctx)
{
    const StaffAccount &a = ctx.account();
    if (!a.canVerify())
        return StaffPages::forbidden(ctx);
    QString error;
    const std::optional<int> changed = site.store().content().publishWorkHistory(site.store().audit(), {a.id, a.login}, &error);
    if (!changed) {
        qCWarning(lcHubHttp).noquote() << "publishing the works' figures failed:" << error;
        return StaffPages::message(ctx, Status::Conflict, QStringLiteral("works_title"),
                                   word(ctx.lang, QStringLiteral("works_publish_failed")));
    }
    return StaffHttp::redirect(QStringLiteral("/staff/works?published=%1").arg(*changed));
}

}

void StaffWorks::install(StaffSite &site, QHttpServer &http)
{
    site.page(http, QStringLiteral("/staff/works"), [&site](StaffContext &ctx) { return listPage(site, ctx); });
    site.page(http, QStringLiteral("/staff/works/publish"), StaffSite::Handler(),
              [&site](StaffContext &ctx) { return publish(site, ctx); });
    site.page(
            http, QStringLiteral("/staff/works/<arg>"),
            [&site](StaffContext &ctx, const QString &code) { return workPage(site, ctx, code.toUpper()); },
            [&site](StaffContext &ctx, const QString &code) { return saveWork(site, ctx, code.toUpper()); });
}
