// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffhandover.h"

#include "hublogging.h"
#include "hubstore.h"
#include "records/recordstatus.h"
#include "staff/handovermaterials.h"
#include "staff/staffcontext.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"
#include "staff/worksinput.h"
#include "store/statuschanges.h"
#include "text/formatting.h"
#include "text/textfold.h"

#include <QDateTime>
#include <QHttpServer>

#include <algorithm>
#include <variant>

using Status = QHttpServerResponse::StatusCode;
using HtmlTemplates::Data;
using HtmlTemplates::text;
using StaffPages::word;

namespace {

QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
}

/** The record if this account may work it and it is a pledge; else the answer to give. */
std::variant<HubRecordView, QHttpServerResponse> pledgeFor(StaffSite &site, StaffContext &ctx, const QString &code)
{
    const std::optional<HubRecordView> r = site.store().queries().recordView(code);
    // Another ward's record does not exist for a ward officer.
    if (!r || !ctx.account().isOfficer() || !ctx.account().canWorkWard(r->ward))
        return StaffPages::notFound(ctx);
    if (!r->kind.startsWith(QStringLiteral("pledge.")))
        return StaffPages::message(ctx, Status::NotFound, QStringLiteral("not_found_title"),
                                   word(ctx.lang, QStringLiteral("handover_not_pledge")));
    return *r;
}

using HandoverMaterials::unitWord;

Data choices(const QList<HandoverMaterials::Choice> &list, const QString &selected)
{
    Data out{Data::type::list};
    for (const HandoverMaterials::Choice &c : list) {
        Data o;
        o.set("value", text(c.value));
        o.set("label", text(c.label));
        o.set("selected", c.value == selected);
        out.push_back(o);
    }
    return out;
}

/** The pledged amount in the unit handovers of this kind are counted in (0 for materials,
    whose lines each have their own unit). */
double pledgedAmount(const HubRecordView &r)
{
    if (r.kind == u"pledge.land")
        return r.payload.value(QStringLiteral("areaM2")).toDouble();
    if (r.kind == u"pledge.labour")
        return r.payload.value(QStringLiteral("days")).toDouble();
    return 0;
}

QString fixedUnit(const HubRecordView &r)
{
    return r.kind == u"pledge.land" ? QStringLiteral("m2") : r.kind == u"pledge.labour" ? QStringLiteral("day") : QString();
}

/** A status step after the change it follows, by this officer: the record's history names
    them, and the change writes its own audit line. */
bool setStatus(StaffSite &site, StaffContext &ctx, const HubRecordView &r, const QString &status)
{
    const StaffAccount &a = ctx.account();
    const StatusChanges::Result done
            = site.store().statusChanges().change({a.id, a.login}, r.receiptCode, status, QString(), QString(), a.wardScope());
    if (done.outcome == HubChangeOutcome::StorageError || (!done.done() && done.refusal != StatusChanges::Refusal::None)) {
        qCWarning(lcHubHttp).noquote() << "status of" << r.receiptCode << "not set:" << done.message;
        return false;
    }
    return true;
}

struct HandoverForm
{
    QString quantity, unit, item, date, document, note;
};

QHttpServerResponse page(StaffSite &site, StaffContext &ctx, const QString &code, const HandoverForm *typed = nullptr,
                         const QStringList &problems = {})
{
    auto found = pledgeFor(site, ctx, code);
    if (auto *answer = std::get_if<QHttpServerResponse>(&found))
        return std::move(*answer);
    const HubRecordView r = std::get<HubRecordView>(found);
    const std::optional<QList<Handover>> handovers = site.store().handovers().forRecord(r.id);
    if (!handovers)
        return StaffPages::storageDown(ctx);
    const StaffAccount &a = ctx.account();
    Data d;
    d.set("code", text(r.receiptCode));
    d.set("kind", text(word(ctx.lang, QStringLiteral("handover_kind_") + r.kind)));
    d.set("ward", text(site.store().content().names(r.ward, {}).ward.in(ctx.lang)));
    const QString project = r.payload.value(QStringLiteral("projectCode")).toString();
    if (!project.isEmpty()) {
        d.set("hasWork", true);
        d.set("workName", text(project + QStringLiteral(" · ") + site.store().content().names(r.ward, project).project.in(ctx.lang)));
        d.set("workHref", text(QStringLiteral("/staff/works/") + project));
    }
    d.set("status", text(RecordStatus::word(r.status, ctx.lang)));
    d.set("statusKey", text(r.status));
    // What was pledged, and how much of it is handed over.
    Data pledged{Data::type::list};
    const QString unit = fixedUnit(r);
    double done = 0;
    for (const Handover &h : *handovers)
        done += h.quantity;
    auto progress = [&ctx](double handed, double amount, const QString &unitKey) {
        return word(ctx.lang, QStringLiteral("handover_progress"),
                    {{QStringLiteral("done"), Formatting::decimal(handed, ctx.lang)},
                     {QStringLiteral("pledged"), Formatting::decimal(amount, ctx.lang)},
                     {QStringLiteral("unit"), unitWord(unitKey, ctx.lang)}})
                + QStringLiteral(" (")
                + word(ctx.lang, handed >= amount ? QStringLiteral("handover_full") : QStringLiteral("handover_partial")) + u')';
    };
    if (!unit.isEmpty()) {
        const double amount = pledgedAmount(r);
        pledged.push_back(text(Formatting::decimal(amount, ctx.lang) + u' ' + unitWord(unit, ctx.lang)));
        if (!handovers->isEmpty())
            d.set("progress", text(progress(done, amount, unit)));
    } else {
        // "Xi măng 20 bao", as the receipt and the phone page word it; what of it is handed over.
        for (const HandoverMaterials::PledgedLine &line : HandoverMaterials::pledged(r.payload, ctx.lang)) {
            double handed = 0;
            for (const Handover &h : *handovers)
                if (h.item == line.item && h.unit == line.unit)
                    handed += h.quantity;
            pledged.push_back(text(handed > 0 ? line.text + QStringLiteral(" · ") + progress(handed, line.quantity, line.unit)
                                              : line.text));
        }
    }
    d.set("pledged", pledged);
    Data rows{Data::type::list};
    bool ownUnverified = false;
    bool othersUnverified = false;
    for (const Handover &h : *handovers) {
        Data row;
        row.set("quantity", text(Formatting::decimal(h.quantity, ctx.lang) + u' ' + unitWord(h.unit, ctx.lang)));
        row.set("item", text(h.item.isEmpty() ? QStringLiteral("—") : HandoverMaterials::itemWord(h.item, ctx.lang)));
        row.set("date", text(Formatting::date(QDate::fromString(h.handedOn, Qt::ISODate), ctx.lang)));
        row.set("document", text(h.document));
        row.set("note", text(h.note));
        row.set("entered", text(h.enteredByName + QStringLiteral(" · ") + StaffPages::dateTime(h.enteredAt, ctx.lang)));
        row.set("verified", text(h.isVerified() ? h.verifiedByName + QStringLiteral(" · ") + StaffPages::dateTime(h.verifiedAt, ctx.lang)
                                                : word(ctx.lang, QStringLiteral("handover_unverified"))));
        row.set("isVerified", h.isVerified());
        rows.push_back(row);
        if (!h.isVerified())
            (h.enteredBy == a.id ? ownUnverified : othersUnverified) = true;
    }
    d.set("handovers", rows);
    d.set("none", handovers->isEmpty());
    d.set("materials", unit.isEmpty());
    d.set("fixedUnit", text(unitWord(unit, ctx.lang)));
    d.set("canContact", r.status == u"received");
    d.set("canAdd", r.status == u"received" || r.status == u"contacted" || r.status == u"handed_over" || r.status == u"verified");
    d.set("canVerify", a.canVerify() && othersUnverified);
    d.set("verifyOwnOnly", a.canVerify() && ownUnverified && !othersUnverified);
    d.set("canThank", r.status == u"verified");
    const QString base = QStringLiteral("/staff/records/%1/handover").arg(r.receiptCode);
    d.set("action", text(base));
    Data form;
    form.set("quantity", text(typed ? typed->quantity : QString()));
    if (unit.isEmpty()) {
        // The first material the pledge lists, unless the officer chose another.
        const QList<HandoverMaterials::PledgedLine> lines = HandoverMaterials::pledged(r.payload, ctx.lang);
        const HandoverMaterials::PledgedLine first = lines.isEmpty() ? HandoverMaterials::PledgedLine() : lines.first();
        form.set("itemChoices", choices(HandoverMaterials::itemChoices(r.payload, ctx.lang), typed ? typed->item : first.item));
        form.set("unitChoices", choices(HandoverMaterials::unitChoices(r.payload, ctx.lang), typed ? typed->unit : first.unit));
    }
    form.set("date", text(typed ? typed->date : WorksInput::dateField(vietnamToday())));
    form.set("document", text(typed ? typed->document : QString()));
    form.set("note", text(typed ? typed->note : QString()));
    d.set("form", form);
    if (!problems.isEmpty()) {
        Data list{Data::type::list};
        for (const QString &p : problems)
            list.push_back(text(p));
        d.set("problems", list);
        d.set("hasProblems", true);
    }
    const QString done_ = ctx.param(QStringLiteral("done"));
    if (done_ == u"saved")
        d.set("notice", text(word(ctx.lang, QStringLiteral("handover_saved"))));
    else if (done_ == u"verified")
        d.set("notice", text(word(ctx.lang, QStringLiteral("handover_verified_done"),
                                  {{QStringLiteral("count"), QString::number(ctx.param(QStringLiteral("n")).toInt())}})));
    return StaffPages::page(ctx, QStringLiteral("staff-handover"),
                            word(ctx.lang, QStringLiteral("handover_title"), {{QStringLiteral("code"), r.receiptCode}}),
                            QStringLiteral("inbox"), d, problems.isEmpty() ? Status::Ok : Status::BadRequest);
}

QHttpServerResponse post(StaffSite &site, StaffContext &ctx, const QString &code)
{
    auto found = pledgeFor(site, ctx, code);
    if (auto *answer = std::get_if<QHttpServerResponse>(&found))
        return std::move(*answer);
    const HubRecordView r = std::get<HubRecordView>(found);
    const StaffAccount &a = ctx.account();
    const AuditActor actor{a.id, a.login};
    const QString base = QStringLiteral("/staff/records/%1/handover").arg(r.receiptCode);
    const QString step = ctx.field(QStringLiteral("step"));
    auto refuseStep = [&ctx] {
        return StaffPages::message(ctx, Status::Conflict, QStringLiteral("forbidden_title"),
                                   word(ctx.lang, QStringLiteral("handover_not_allowed_step")));
    };
    if (step == u"contact") {
        if (r.status != u"received")
            return refuseStep();
        return setStatus(site, ctx, r, QStringLiteral("contacted")) ? StaffHttp::redirect(base) : StaffPages::storageDown(ctx);
    }
    if (step == u"thank") {
        if (r.status != u"verified")
            return refuseStep();
        return setStatus(site, ctx, r, QStringLiteral("thanked")) ? StaffHttp::redirect(base) : StaffPages::storageDown(ctx);
    }
    if (step == u"verify") {
        if (!a.canVerify())
            return StaffPages::forbidden(ctx);
        int verified = 0;
        switch (site.store().handovers().verify(actor, r.id, r.receiptCode, &verified)) {
        case Handovers::Outcome::Refused:
            return StaffPages::message(ctx, Status::Forbidden, QStringLiteral("forbidden_title"),
                                       word(ctx.lang, QStringLiteral("handover_verify_own")));
        case Handovers::Outcome::NotFound:
            return StaffPages::notFound(ctx);
        case Handovers::Outcome::StorageError:
            return StaffPages::storageDown(ctx);
        case Handovers::Outcome::Done:
            break;
        }
        // Verified once nothing is left to check.
        const auto all = site.store().handovers().forRecord(r.id);
        const bool allVerified = all && std::all_of(all->begin(), all->end(), [](const Handover &h) { return h.isVerified(); });
        if (allVerified && r.status != u"verified" && r.status != u"thanked")
            setStatus(site, ctx, r, QStringLiteral("verified"));
        return StaffHttp::redirect(base + QStringLiteral("?done=verified&n=") + QString::number(verified));
    }
    if (step != u"add")
        return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"), word(ctx.lang, QStringLiteral("bad_form")));
    if (!(r.status == u"received" || r.status == u"contacted" || r.status == u"handed_over" || r.status == u"verified"))
        return refuseStep();
    HandoverForm typed;
    auto f = [&ctx](const char *name, int max) { return ctx.field(QString::fromLatin1(name)).left(max); };
    typed = {f("quantity", 40), f("unit", 400), f("item", 400), f("date", 40), f("document", 400), f("note", 2000)};
    QStringList problems;
    Handovers::New n;
    const std::optional<double> q = WorksInput::quantity(typed.quantity);
    if (!q)
        problems.append(word(ctx.lang, QStringLiteral("handover_bad_quantity")));
    n.quantity = q.value_or(0);
    const std::optional<QDate> on = WorksInput::date(typed.date);
    if (!on || !on->isValid() || *on > vietnamToday())
        problems.append(word(ctx.lang, QStringLiteral("handover_bad_date")));
    n.handedOn = on.value_or(QDate());
    n.unit = fixedUnit(r);
    if (n.unit.isEmpty()) {
        // One of the form's choices, so the stored keys are the pledge's and the board adds them up.
        n.unit = TextFold::clean(typed.unit, false);
        n.item = TextFold::clean(typed.item, false);
        if (!HandoverMaterials::offers(HandoverMaterials::itemChoices(r.payload, ctx.lang), n.item)
            || !HandoverMaterials::offers(HandoverMaterials::unitChoices(r.payload, ctx.lang), n.unit))
            problems.append(word(ctx.lang, QStringLiteral("handover_bad_unit")));
    }
    n.document = TextFold::clean(typed.document, false);
    n.note = TextFold::clean(typed.note, true);
    if (n.unit.size() > Handovers::MaxTextLength || n.item.size() > Handovers::MaxTextLength
        || n.document.size() > Handovers::MaxTextLength || n.note.size() > 1000)
        problems.append(word(ctx.lang, QStringLiteral("handover_bad_text")));
    if (!problems.isEmpty())
        return page(site, ctx, code, &typed, problems);
    switch (site.store().handovers().add(actor, r.id, r.receiptCode, n)) {
    case Handovers::Outcome::Done:
        break;
    case Handovers::Outcome::NotFound:
        return StaffPages::notFound(ctx);
    case Handovers::Outcome::Refused:
        return StaffPages::message(ctx, Status::BadRequest, QStringLiteral("bad_form"), word(ctx.lang, QStringLiteral("bad_form")));
    case Handovers::Outcome::StorageError:
        return StaffPages::storageDown(ctx);
    }
    // A handover after a verification opens the record again for the second pair of eyes.
    if (r.status != u"handed_over")
        setStatus(site, ctx, r, QStringLiteral("handed_over"));
    return StaffHttp::redirect(base + QStringLiteral("?done=saved"));
}

}

void StaffHandover::install(StaffSite &site, QHttpServer &http)
{
    site.page(
            http, QStringLiteral("/staff/records/<arg>/handover"),
            [&site](StaffContext &ctx, const QString &code) { return page(site, ctx, code); },
            [&site](StaffContext &ctx, const QString &code) { return post(site, ctx, code); });
}
