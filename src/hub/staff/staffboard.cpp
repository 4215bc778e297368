// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffboard.h"

#include "board/boardservice.h"
#include "board/boardformat.h"
#include "board/boardtext.h"
#include "hubstore.h"
#include "staff/staffcontext.h"
#include "staff/staffpages.h"
#include "staff/staffsite.h"

#include <QHttpServer>

using HtmlTemplates::Data;
using HtmlTemplates::text;
using StaffPages::word;

namespace {

QHttpServerResponse boardPage(StaffSite &site, StaffContext &ctx)
{
    if (!ctx.account().isOfficer())
        return StaffPages::forbidden(ctx);
    const QString lang = ctx.lang;
    const QDate today = BoardService::today();
    const QString current = BoardService::monthOf(today);
    const QString typed = ctx.param(QStringLiteral("month")).left(16);
    QString month = BoardService::checkedMonth(typed);
    Data d;
    if (!typed.isEmpty() && (month.isEmpty() || month > current))
        d.set("notice", text(word(lang, QStringLiteral("board_bad_month"))));
    if (month.isEmpty() || month > current)
        month = current;
    const auto months = site.board().months(month, 1, today);
    if (!months || months->isEmpty())
        return StaffPages::storageDown(ctx);
    const BoardMonth &m = months->first();
    const QHash<QString, LocalizedText> names = site.store().content().wards();
    auto name = [&](const QString &code) {
        const QString n = names.value(code).in(lang);
        return n.isEmpty() ? code : n;
    };
    d.set("month", text(m.month));
    d.set("maxMonth", text(current));
    d.set("monthName", text(BoardText::month(m.month, lang)));
    d.set("state", text(BoardFormat::state(m, lang)));
    d.set("provisional", !m.frozen);
    if (m.frozen)
        d.set("publishedOn", text(word(lang, QStringLiteral("board_published_on"),
                                       {{QStringLiteral("at"), StaffPages::dateTime(m.frozenAt, lang)}})));
    d.set("publicHref", text(QStringLiteral("/thi-dua?month=%1%2").arg(m.month, lang == u"en" ? QStringLiteral("&lang=en") : QString())));
    Data groups{Data::type::list};
    QString kind;
    Data tables{Data::type::list};
    auto flush = [&] {
        if (kind.isEmpty())
            return;
        Data g;
        g.set("kindName", text(BoardText::kind(kind, lang)));
        g.set("tables", tables);
        groups.push_back(g);
        tables = Data{Data::type::list};
    };
    for (const BoardTable &t : m.tables) {
        if (t.kind != kind) {
            flush();
            kind = t.kind;
        }
        Data table;
        table.set("measure", text(BoardText::measure(t.measure, lang)));
        table.set("unit", text(BoardFormat::comparedUnit(t, lang)));
        table.set("untiered", t.placedCount > 0 && !t.tiered);
        Data rows{Data::type::list};
        for (const BoardEntry &e : t.entries) {
            Data r;
            r.set("name", text(name(e.ward)));
            r.set("code", text(e.ward));
            r.set("figure", text(BoardFormat::compared(t, e, lang)));
            r.set("total", text(BoardFormat::figure(e.value, lang) + u' ' + BoardText::unit(t.measure, lang)));
            r.set("records", text(QString::number(e.records)));
            if (e.placed && !e.tier.isEmpty()) {
                r.set("tierKey", text(e.tier));
                r.set("tierIcon", text(BoardFormat::tierIcon(e.tier)));
                r.set("tierWord", text(BoardText::tier(e.tier, lang)));
            } else if (!e.placed) {
                r.set("why", text(BoardFormat::notPlaced(e, lang)));
            }
            QStringList marks;
            if (e.leader)
                marks.append(QStringLiteral("▲ ") + word(lang, QStringLiteral("board_leader")));
            if (e.mostImproved)
                marks.append(QStringLiteral("↗ ") + word(lang, QStringLiteral("board_improved")) + QStringLiteral(" (+") + BoardFormat::figure(e.rise, lang) + u')');
            r.set("marks", text(marks.join(QStringLiteral(" · "))));
            rows.push_back(r);
        }
        table.set("rows", rows);
        tables.push_back(table);
    }
    flush();
    d.set("groups", groups);
    Data rules{Data::type::list};
    for (const QString &rule : BoardFormat::rules(lang)) {
        Data r;
        r.set("rule", text(rule));
        rules.push_back(r);
    }
    d.set("rules", rules);
    return StaffPages::page(ctx, QStringLiteral("staff-board"), word(lang, QStringLiteral("board_title")),
                            QStringLiteral("board"), d);
}

}

void StaffBoard::install(StaffSite &site, QHttpServer &http)
{
    site.page(http, QStringLiteral("/staff/board"), [&site](StaffContext &ctx) { return boardPage(site, ctx); });
}
