// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the record page (staff-record.mustache) for one loaded record.
#include "staff/staffrecord.h"

#include "hubstore.h"
#include "records/recordstatus.h"
#include "records/recordsummary.h"
#include "staff/staffcontext.h"
#include "staff/staffpages.h"
#include "store/replytemplates.h"
#include "store/statuschanges.h"

#include <QDateTime>
#include <QJsonObject>

using HtmlTemplates::Data;
using HtmlTemplates::text;

namespace StaffRecord {

/** The statuses an officer may set on a record of this kind, in their usual order. A pledge
    is verified by a city officer only: wards are compared on verified figures. */
QStringList offeredStatuses(const QString &kind, const StaffAccount &account)
{
    const std::optional<RecordKind> k = RecordKinds::fromKey(kind);
    const bool pledge = k && RecordKinds::isPledge(*k);
    QStringList out;
    for (const RecordStatus::Info &s : RecordStatus::all()) {
        if (!s.cityOnly)
            continue;
        if ((s.appliesTo == RecordStatus::AppliesTo::Pledge && !pledge)
            || (s.appliesTo == RecordStatus::AppliesTo::Report && pledge))
            continue;
        if (pledge && s.key == u"verified" && !account.canVerify())
            continue;
        out.append(s.key);
    }
    return out;
}

namespace {

QString statusClass(const QString &status)
{
    return RecordStatus::find(status) ? status : QStringLiteral("other");
}

QString enteredByWord(const QString &lang, const QString &enteredBy)
{
    if (enteredBy == u"resident" || enteredBy == u"staff" || enteredBy == u"open311")
        return StaffPages::word(lang, QStringLiteral("record_entered_") + enteredBy);
    return enteredBy;
}

Data summaryLines(const CaseFile &file, const QString &lang)
{
    Data lines{Data::type::list};
    const std::optional<RecordKind> kind = RecordKinds::fromKey(file.view.kind);
    if (!kind)
        return lines;
    for (const SummaryLine &line : RecordSummary::lines(*kind, file.view.payload, lang)) {
        if (line.value.isEmpty() && line.items.isEmpty())
            continue;  // a work not named, an optional field left out
        Data l;
        l.set("label", text(line.label));
        l.set("value", text(line.value));
        l.set("free", line.freeText);
        Data items{Data::type::list};
        for (const QString &item : line.items)
            items.push_back(text(item));
        l.set("hasItems", !line.items.isEmpty());
        l.set("items", items);
        lines.push_back(l);
    }
    // Where the land is: not on the public pages, but the officers' to check at handover.
    if (*kind == RecordKind::PledgeLand) {
        for (const char *field : {"address", "plotNo", "mapSheetNo"}) {
            const QString value = file.view.payload.value(QLatin1String(field)).toString();
            if (value.isEmpty())
                continue;
            Data l;
            l.set("label", text(StaffPages::word(lang, QStringLiteral("record_field_") + QLatin1String(field))));
            l.set("value", text(value));
            l.set("free", true);
            l.set("hasItems", false);
            lines.push_back(l);
        }
    }
    return lines;
}

Data history(const CaseFile &file, const QString &lang)
{
    Data list{Data::type::list};
    for (const CaseHistoryEntry &e : file.history) {
        Data h;
        h.set("statusClass", text(statusClass(e.status)));
        h.set("word", text(RecordStatus::word(e.status, lang)));
        h.set("at", text(StaffPages::dateTime(e.at, lang)));
        if (!e.by.isEmpty())  // an empty string is still "true" to a Mustache section
            h.set("by", text(e.by));
        if (!e.publicReply.isEmpty())
            h.set("reply", text(e.publicReply));
        if (!e.internalNote.isEmpty())
            h.set("note", text(e.internalNote));
        list.push_back(h);
    }
    return list;
}

/** One form per correctable field, holding its current value. Contact fields only in the
    audited view that already shows them. */
Data corrections(const CaseFile &file, const PageState &state, const QString &lang)
{
    Data list{Data::type::list};
    auto add = [&](const QString &field, const QString &value, int max) {
        Data c;
        c.set("field", text(field));
        c.set("label", text(StaffPages::word(lang, QStringLiteral("record_field_") + field)));
        c.set("value", text(value));
        c.set("max", text(QString::number(max)));
        list.push_back(c);
    };
    for (const QString &field : RecordCorrections::payloadFields(file.view.kind))
        add(field, file.view.payload.value(field).toString(), field == u"description" ? 5000 : 300);
    if (state.personal) {
        add(QStringLiteral("fullName"), state.personal->fullName, 100);
        add(QStringLiteral("phone"), state.personal->phone, 20);
        add(QStringLiteral("residentialGroup"), state.personal->group, 100);
    }
    return list;
}

}

QHttpServerResponse render(StaffContext &ctx, HubStore &store, const CaseFile &file, PageState state)
{
    const QString &lang = ctx.lang;
    const StaffAccount &me = ctx.account();
    const HubRecordView &v = file.view;
    const QString code = v.receiptCode;
    Data r;
    r.set("code", text(code));
    const std::optional<RecordKind> kind = RecordKinds::fromKey(v.kind);
    r.set("kindName", text(kind ? RecordKinds::name(*kind).in(lang) : v.kind));
    r.set("statusClass", text(statusClass(v.status)));
    const RecordStatus::Info *info = RecordStatus::find(v.status);
    r.set("statusIcon", text(info ? info->icon : QString()));
    r.set("statusWord", text(RecordStatus::word(v.status, lang)));
    if (!state.notice.isEmpty())
        r.set("notice", text(state.notice));
    if (!state.error.isEmpty())
        r.set("error", text(state.error));

    const HubNames names = store.content().names(v.ward, v.payload.value(QStringLiteral("projectCode")).toString());
    if (!names.project.isEmpty())
        r.set("workName", text(names.project.in(lang)));  // not "work": that names a template
    r.set("lines", summaryLines(file, lang));
    if (!file.duplicateOf.isEmpty())
        r.set("duplicateOf", text(file.duplicateOf));
    r.set("hasPhoto", file.hasPhoto);
    // A pledge is handed over and verified on a page of its own.
    if (kind && RecordKinds::isPledge(*kind))
        r.set("handoverHref", text(QStringLiteral("/staff/records/%1/handover").arg(code)));

    // The status form: the chosen status (from "fill in template" or a refused form) or the
    // record's own, with the template's text unless the officer already typed a reply.
    const QStringList offered = offeredStatuses(v.kind, me);
    const QString chosen = offered.contains(state.status) ? state.status : v.status;
    Data statuses{Data::type::list};
    for (const QString &key : offered) {
        Data s;
        s.set("key", text(key));
        s.set("word", text(RecordStatus::word(key, lang)));
        s.set("selected", key == chosen);
        statuses.push_back(s);
    }
    r.set("statuses", statuses);
    QString reply = state.reply;
    if (reply.isEmpty() && state.replyFromTemplate && offered.contains(state.status))
        reply = store.replyTemplates().text(state.status, lang).value_or(QString());
    Data form;
    form.set("reply", text(reply));
    form.set("note", text(state.note));
    form.set("original", text(state.original));
    form.set("summary", text(state.summary));
    r.set("form", form);
    r.set("history", history(file, lang));

    const bool isReport = kind == RecordKind::ReportWaste;
    r.set("canDuplicate", isReport && v.status != u"duplicate");
    r.set("dupReply", text(store.replyTemplates().text(QStringLiteral("duplicate"), lang).value_or(QString())));
    if (isReport && me.canVerify() && (v.status == u"resolved" || !file.publishedAt.isEmpty())) {
        Data publish;
        if (!file.publishedAt.isEmpty()) {
            Data p;
            p.set("at", text(StaffPages::dateTime(file.publishedAt, lang)));
            p.set("photo", file.hasPublicPhoto);
            p.set("summary", text(file.publicSummary));
            publish.set("published", p);
        } else {
            publish.set("published", false);
        }
        r.set("publish", publish);
    }
    const Data fixes = corrections(file, state, lang);
    r.set("hasCorrections", !RecordCorrections::payloadFields(v.kind).isEmpty() || state.personal.has_value());
    r.set("corrections", fixes);

    r.set("ward", text(names.ward.isEmpty() ? v.ward : names.ward.in(lang) + QStringLiteral(" (") + v.ward + u')'));
    r.set("createdAt", text(StaffPages::dateTime(QDateTime::fromString(v.createdAt, Qt::ISODate).toUTC()
                                                         .toString(Qt::ISODateWithMs), lang)));
    r.set("receivedAt", text(StaffPages::dateTime(v.receivedAt, lang)));
    r.set("kiosk", text(file.kioskName.isEmpty() ? v.kioskId : file.kioskName + QStringLiteral(" (") + v.kioskId + u')'));
    r.set("enteredBy", text(enteredByWord(lang, v.enteredBy)));
    if (!file.firstReplyAt.isEmpty())
        r.set("firstReplyAt", text(StaffPages::dateTime(file.firstReplyAt, lang)));
    if (!file.closedAt.isEmpty())
        r.set("closedAt", text(StaffPages::dateTime(file.closedAt, lang)));

    const bool allowed = me.canSeePersonal(v.ward);
    if (!file.personalErasedAt.isEmpty()) {
        r.set("erasedAt", text(StaffPages::dateTime(file.personalErasedAt, lang)));
        if (!file.consentWithdrawnAt.isEmpty())
            r.set("withdrawnAt", text(StaffPages::dateTime(file.consentWithdrawnAt, lang)));
    } else if (!file.hasPersonal) {
        r.set("noPersonal", true);
    } else if (!allowed) {
        r.set("notAllowed", true);
    } else if (state.personal) {
        Data p;
        p.set("name", text(state.personal->fullName));
        if (!state.personal->phone.isEmpty())
            p.set("phone", text(state.personal->phone));
        p.set("group", text(state.personal->group));
        p.set("consent", text(state.personal->consentGiven
                                      ? StaffPages::word(lang, QStringLiteral("record_consent_given"),
                                                         {{QStringLiteral("version"), state.personal->consentVersion}})
                                      : StaffPages::word(lang, QStringLiteral("record_consent_missing"))));
        r.set("personal", p);
    } else {
        r.set("canReveal", true);
    }
    r.set("rights", allowed && file.personalErasedAt.isEmpty() && (file.hasPersonal || file.hasPhoto));

    Data d;
    d.set("r", r);
    return StaffPages::page(ctx, QStringLiteral("staff-record"),
                            StaffPages::word(lang, QStringLiteral("record_title"), {{QStringLiteral("code"), code}}),
                            QStringLiteral("inbox"), d, state.code);
}

}
