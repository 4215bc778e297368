// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardpage.h"

#include "board/boardcalculator.h"
#include "board/boardwords.h"
#include "htmltemplates.h"
#include "text/formatting.h"

#include <QDate>

namespace BoardPage {

namespace {

using HtmlTemplates::Data;
using HtmlTemplates::text;

const char16_t Brand[] = u"Cùng Xây Hải Phòng";

QString t(const QString &lang, const char16_t *vi, const char16_t *en)
{
    return QString::fromUtf16(lang == u"en" ? en : vi);
}

QString href(const QString &month, const QString &lang)
{
    QStringList q{QStringLiteral("month=") + month};
    if (lang == u"en")
        q.append(QStringLiteral("lang=en"));
    return QStringLiteral("/thi-dua?") + q.join(u'&');
}

QString recordsText(qint64 n, const QString &lang)
{
    const QString count = Formatting::number(n, lang);
    if (lang == u"en")
        return n == 1 ? QStringLiteral("from 1 record") : QStringLiteral("from %1 records").arg(count);
    return QStringLiteral("dựa trên %1 hồ sơ").arg(count);
}

Data tableData(const BoardTable &table, const BoardPageData &data, const QString &lang)
{
    auto name = [&](const QString &code) {
        const LocalizedText n = data.names.value(code);
        const QString shown = n.in(lang);
        return shown.isEmpty() ? code : shown;
    };
    Data d;
    d.set("measure", text(BoardWords::measure(table.measure, lang)));
    d.set("unit", text(BoardWords::comparedUnit(table, lang)));
    QStringList leaders, improved;
    Data rows{Data::type::list};
    for (const BoardEntry &e : table.entries) {
        if (e.leader)
            leaders.append(name(e.ward));
        if (e.mostImproved)
            improved.append(name(e.ward) + QStringLiteral(" (+") + BoardWords::figure(e.rise, lang) + u')');
        Data r;
        r.set("name", text(name(e.ward)));
        r.set("figure", text(BoardWords::compared(table, e, lang)));
        if (table.perThousand)
            r.set("raw", text(t(lang, u"tổng %1 %2", u"total %1 %2")
                                      .arg(BoardWords::figure(e.value, lang), BoardWords::unit(table.measure, lang))));
        r.set("records", text(recordsText(e.records, lang)));
        r.set("placed", e.placed);
        r.set("why", text(BoardWords::notPlaced(e.notPlaced, lang)));
        if (!e.tier.isEmpty()) {
            Data tier;
            tier.set("key", text(e.tier));
            tier.set("icon", text(BoardWords::tierIcon(e.tier)));
            tier.set("word", text(BoardWords::tier(e.tier, lang)));
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
    const QString title = t(l, u"Bảng thi đua", u"Movement board");
    d.set("lang", text(l));
    d.set("title", text(title + QStringLiteral(" · ") + QString::fromUtf16(Brand)));
    d.set("css", text(HtmlTemplates::css()));
    d.set("brand", text(QString::fromUtf16(Brand)));
    d.set("city", text(t(l, u"Thành phố Hải Phòng", u"Hai Phong City")));
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
    words.set("sample", text(t(l, u"Dữ liệu mẫu", u"Sample data")));
    words.set("heading", text(title));
    words.set("intro", text(t(l, u"Các phường, xã, đặc khu cùng xây thành phố: mỗi chỉ tiêu tính trên 1.000 dân, chỉ so với nơi cùng loại.",
                              u"Wards, communes and special zones building the city together: each measure per 1,000 residents, compared only with places of the same kind.")));
    words.set("leader", text(BoardWords::leader(l)));
    words.set("improved", text(BoardWords::mostImproved(l)));
    words.set("how", text(t(l, u"Cách tính", u"How it is computed")));
    words.set("prev", text(t(l, u"‹ Tháng trước", u"‹ Previous month")));
    words.set("next", text(t(l, u"Tháng sau ›", u"Next month ›")));
    words.set("untiered", text(t(l, u"Dưới 4 nơi được xếp hạng: chưa chia mức.", u"Fewer than 4 places placed: no tiers yet.")));
    words.set("provisionalNote", text(t(l, u"Số liệu tạm tính: sẽ được công bố vào ngày 5 tháng sau và không thay đổi sau đó.",
                                        u"Provisional figures: published on the 5th of next month, never changed after that.")));
    words.set("none", text(t(l, u"Chưa có phường, xã nào trong dữ liệu đã công bố.", u"The published content has no wards yet.")));
    d.set("t", words);

    d.set("monthName", text(BoardWords::month(m.month, l)));
    d.set("state", text(BoardWords::state(m, l)));
    d.set("provisional", !m.frozen);
    if (m.frozen)
        d.set("publishedOn", text(t(l, u"Công bố ngày %1", u"Published on %1")
                                          .arg(Formatting::localDateTime(m.frozenAt, l))));
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
        k.set("kindName", text(BoardWords::kind(currentKind, l)));
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
    for (const QString &rule : BoardWords::rules(l)) {
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
