// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardpage.h"

#include "board/boardcalculator.h"
#include "board/boardformat.h"
#include "board/boardtext.h"
#include "htmltemplates.h"
#include "staff/staffpages.h"
#include "text/formatting.h"

#include <QDate>

namespace BoardPage {

namespace {

using HtmlTemplates::Data;
using HtmlTemplates::text;

const char16_t Brand[] = u"Cùng Xây Hải Phòng";

/** A word of the page, from staff/text/board-{vi,en}.json. */
QString w(const QString &lang, const char *key, const QList<QPair<QString, QString>> &args = {})
{
    return StaffPages::word(lang, QString::fromLatin1(key), args);
}

QString href(const QString &month, const QString &lang)
{
    QStringList q{QStringLiteral("month=") + month};
    if (lang == u"en")
        q.append(QStringLiteral("lang=en"));
    return QStringLiteral("/thi-dua?") + q.join(u'&');
}

Data tableData(const BoardTable &table, const BoardPageData &data, const QString &lang)
{
    auto name = [&](const QString &code) {
        const LocalizedText n = data.names.value(code);
        const QString shown = n.in(lang);
        return shown.isEmpty() ? code : shown;
    };
    Data d;
    d.set("measure", text(BoardText::measure(table.measure, lang)));
    d.set("unit", text(BoardFormat::comparedUnit(table, lang)));
    QStringList leaders, improved;
    Data rows{Data::type::list};
    for (const BoardEntry &e : table.entries) {
        if (e.leader)
            leaders.append(name(e.ward));
        if (e.mostImproved)
            improved.append(name(e.ward) + QStringLiteral(" (+") + BoardFormat::figure(e.rise, lang) + u')');
        Data r;
        r.set("name", text(name(e.ward)));
        r.set("figure", text(BoardFormat::compared(table, e, lang)));
        if (table.perThousand)
            r.set("raw", text(w(lang, "thidua_total", {{QStringLiteral("figure"), BoardFormat::figure(e.value, lang)},
                                                       {QStringLiteral("unit"), BoardText::unit(table.measure, lang)}})));
        r.set("records", text(BoardText::records(int(e.records), lang)));
        r.set("placed", e.placed);
        r.set("why", text(BoardFormat::notPlaced(e, lang)));
        if (!e.tier.isEmpty()) {
            Data tier;
            tier.set("key", text(e.tier));
            tier.set("icon", text(BoardFormat::tierIcon(e.tier)));
            tier.set("word", text(BoardText::tier(e.tier, lang)));
            r.set("tier", tier);
        }
        r.set("leader", e.leader);
        r.set("improved", e.mostImproved);
        rows.push_back(r);
    }
    d.set("rows", rows);
    if (!leaders.isEmpty())
        d.set("leaders", text(leaders.join(QStringLiteral(", "))));
    if (!improved.isEmpty())
        d.set("improvedWards", text(improved.join(QStringLiteral(", "))));
    d.set("untiered", table.placedCount > 0 && !table.tiered);
    return d;
}

}

HubReply render(const BoardPageData &data, const QString &lang)
{
    const bool en = lang == u"en";
    const QString l = en ? QStringLiteral("en") : QStringLiteral("vi");
    const BoardMonth &m = data.board;
    Data d;
    const QString title = w(l, "board_title");
    d.set("lang", text(l));
    d.set("title", text(title + QStringLiteral(" · ") + QString::fromUtf16(Brand)));
    d.set("css", text(HtmlTemplates::css()));
    d.set("brand", text(QString::fromUtf16(Brand)));
    d.set("city", text(w(l, "thidua_city")));
    const QString other = en ? QStringLiteral("vi") : QStringLiteral("en");
    d.set("otherLang", text(other));
    d.set("otherHref", text(QStringLiteral("?month=%1&lang=%2").arg(m.month, other)));
    d.set("otherName", text(en ? QStringLiteral("Tiếng Việt") : QStringLiteral("English")));
    d.set("sample", data.sample);
    Data icons;
    icons.set("sample", text(HtmlTemplates::icon(QStringLiteral("sample"))));
    icons.set("behind", text(HtmlTemplates::icon(QStringLiteral("behind"))));
    icons.set("sprite", text(HtmlTemplates::iconSprite()));
    d.set("icons", icons);
    Data words;
    words.set("sample", text(w(l, "thidua_sample")));
    words.set("heading", text(title));
    words.set("intro", text(w(l, "thidua_intro")));
    words.set("leader", text(w(l, "board_leader")));
    words.set("improved", text(w(l, "board_improved")));
    words.set("how", text(w(l, "board_how")));
    words.set("prev", text(w(l, "thidua_prev")));
    words.set("next", text(w(l, "thidua_next")));
    words.set("untiered", text(w(l, "board_untiered")));
    words.set("provisionalNote", text(w(l, "thidua_provisional_note")));
    words.set("none", text(w(l, "thidua_none")));
    d.set("t", words);

    if (data.badMonth)
        d.set("notice", text(w(l, "board_bad_month")));
    d.set("monthName", text(BoardText::month(m.month, l)));
    d.set("state", text(BoardFormat::state(m, l)));
    d.set("provisional", !m.frozen);
    if (m.frozen)
        d.set("publishedOn", text(w(l, "thidua_published_on", {{QStringLiteral("at"), Formatting::localDateTime(m.frozenAt, l)}})));
    d.set("prevHref", text(href(BoardCalculator::previousMonth(m.month), l)));
    if (m.month < data.current) {
        const QDate next = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
        d.set("nextHref", text(href(next.toString(QStringLiteral("yyyy-MM")), l)));
    }

    Data kinds{Data::type::list};
    QString currentKind;
    Data tables{Data::type::list};
    auto flush = [&] {
        if (currentKind.isEmpty())
            return;
        Data k;
        k.set("kindName", text(BoardText::kind(currentKind, l)));
        k.set("tables", tables);
        kinds.push_back(k);
        tables = Data{Data::type::list};
    };
    for (const BoardTable &table : m.tables) {
        if (table.kind != currentKind) {
            flush();
            currentKind = table.kind;
        }
        tables.push_back(tableData(table, data, l));
    }
    flush();
    d.set("kinds", kinds);
    d.set("noWards", m.tables.isEmpty());
    Data rules{Data::type::list};
    for (const QString &rule : BoardFormat::rules(l)) {
        Data r;
        r.set("rule", text(rule));
        rules.push_back(r);
    }
    d.set("rules", rules);

    const QByteArray body = HtmlTemplates::render(QStringLiteral("thi-dua"), d);
    if (body.isEmpty())
        return {500, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("page template missing\n")};
    return {200, QByteArrayLiteral("text/html; charset=utf-8"), body};
}

}
