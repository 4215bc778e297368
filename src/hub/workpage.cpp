// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpage.h"

#include "htmltemplates.h"
#include "text/formatting.h"

namespace WorkPage {

namespace {

using HtmlTemplates::Data;
using HtmlTemplates::text;

const char16_t Brand[] = u"Cùng Xây Hải Phòng";

struct Words
{
    const char *key;
    const char16_t *vi;
    const char16_t *en;
};

// Every fixed text of the pages, in both languages, for the templates' {{t.key}}.
const Words words[] = {
    {"sample", u"Dữ liệu mẫu", u"Sample data"},
    {"behind", u"Chậm tiến độ", u"Behind schedule"},
    {"progress", u"Tiến độ", u"Progress"},
    {"started", u"Khởi công", u"Started"},
    {"plannedEnd", u"Dự kiến hoàn thành", u"Planned completion"},
    {"budget", u"Kinh phí", u"Budget"},
    {"total", u"Tổng mức đầu tư", u"Total investment"},
    {"disbursed", u"Đã giải ngân", u"Disbursed"},
    {"pledgesTitle", u"Đóng góp của người dân", u"Residents' pledges"},
    {"pledgeHow", u"Muốn góp đất, ngày công hay vật liệu? Hãy đăng ký tại ki-ốt ở UBND phường, xã.",
     u"Want to give land, days of work or materials? Pledge at the kiosk in the ward office."},
    {"who", u"Ai làm, ở đâu", u"Who and where"},
    {"owner", u"Chủ đầu tư", u"Project owner"},
    {"contractor", u"Nhà thầu", u"Contractor"},
    {"place", u"Địa điểm", u"Location"},
    {"about", u"Giới thiệu", u"About this work"},
    {"pictures", u"Thêm hình ảnh", u"More pictures"},
    {"allWorks", u"‹ Xem tất cả công trình", u"‹ See all works"},
    {"chooseWard", u"Xem công trình của phường, xã", u"Show the works of a ward"},
    {"allWards", u"Tất cả phường, xã", u"All wards and communes"},
    {"show", u"Xem", u"Show"},
    {"pages", u"Các trang", u"Pages"},
    {"prev", u"Trước", u"Previous"},
    {"next", u"Sau", u"Next"},
    {"none", u"Chưa có công trình nào được công bố.", u"No works have been published yet."},
    {"typedLabel", u"Mã đã nhập", u"Code entered"},
};

struct StageInfo
{
    WorkStatus status;
    const char16_t *vi;
    const char16_t *en;
};

// The kiosk's words for the stages (qml/components/Labels.qml and its translation).
const StageInfo stages[] = {
    {WorkStatus::Preparing, u"Chuẩn bị", u"Preparing"},
    {WorkStatus::InProgress, u"Đang thi công", u"Under construction"},
    {WorkStatus::Paused, u"Tạm dừng", u"Paused"},
    {WorkStatus::Completed, u"Hoàn thành", u"Completed"},
};

/** One page being built in one language: the data every page template shares. */
class Page
{
public:
    explicit Page(const QString &lang) : m_en(lang == u"en") {}

    bool en() const { return m_en; }
    QString lang() const { return m_en ? QStringLiteral("en") : QStringLiteral("vi"); }
    QString t(const char16_t *vi, const char16_t *en) const { return QString::fromUtf16(m_en ? en : vi); }
    QString t(const LocalizedText &text) const { return text.in(lang()); }

    /** A link inside the hub, in this page's language: path plus query items. */
    QString href(const QString &path, QStringList query = {}) const
    {
        if (m_en)
            query.append(QStringLiteral("lang=en"));
        return query.isEmpty() ? path : path + u'?' + query.join(u'&');
    }

    /** The shared data: head, bar with the other language (this page's query plus lang), sample mark. */
    Data base(const QString &title, QStringList query, bool sample) const
    {
        Data d;
        d.set("lang", text(lang()));
        d.set("title", text(title + QStringLiteral(" · ") + QString::fromUtf16(Brand)));
        d.set("css", text(HtmlTemplates::css()));
        d.set("brand", text(QString::fromUtf16(Brand)));
        d.set("city", text(t(u"Thành phố Hải Phòng", u"Hai Phong City")));
        const QString other = m_en ? QStringLiteral("vi") : QStringLiteral("en");
        query.append(QStringLiteral("lang=") + other);
        d.set("otherLang", text(other));
        d.set("otherHref", text(u'?' + query.join(u'&')));
        d.set("otherName", text(m_en ? QStringLiteral("Tiếng Việt") : QStringLiteral("English")));
        d.set("sample", sample);
        d.set("en", m_en);
        Data labels;
        for (const Words &w : words)
            labels.set(w.key, text(t(w.vi, w.en)));
        d.set("t", labels);
        Data icons;
        icons.set("sample", text(HtmlTemplates::icon(QStringLiteral("sample"))));
        icons.set("behind", text(HtmlTemplates::icon(QStringLiteral("behind"))));
        icons.set("sprite", text(HtmlTemplates::iconSprite()));
        d.set("icons", icons);
        d.set("listHref", text(href(QStringLiteral("/p/"))));
        return d;
    }

    Data stage(const Project &work) const
    {
        Data s;
        const QString key = ContentEnums::statusKey(work.status);
        s.set("key", text(key));
        s.set("icon", text(HtmlTemplates::icon(QStringLiteral("status-") + key)));
        for (const StageInfo &info : stages)
            if (info.status == work.status)
                s.set("word", text(t(info.vi, info.en)));
        return s;
    }

private:
    bool m_en;
};

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

HubReply html(int status, const QByteArray &body)
{
    if (body.isEmpty())  // a template defect: never a blank 200
        return {500, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("page template missing\n")};
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), body};
}

}

int pageCount(qsizetype total)
{
    return int(std::max<qsizetype>(1, (total + PerPage - 1) / PerPage));
}

int pageNumber(const QString &typed, qsizetype total)
{
    bool ok = false;
    const qlonglong n = typed.trimmed().left(20).toLongLong(&ok);
    if (!ok || n < 1)
        return 1;
    return int(std::min<qlonglong>(n, pageCount(total)));
}

HubReply render(const WorkPageData &data, const QString &lang)
{
    const Page page(lang);
    const Project &w = data.work;
    Data d = page.base(page.t(w.name), {}, data.sample);
    d.set("code", text(w.code));
    d.set("name", text(page.t(w.name)));
    d.set("ward", text(orDash(page.t(data.wardName))));
    d.set("stage", page.stage(w));
    d.set("behind", data.today.isValid() && w.isBehindSchedule(data.today));
    d.set("progress", text(QString::number(w.progress)));
    d.set("started", text(Formatting::date(w.startDate, page.lang())));
    d.set("plannedEnd", text(Formatting::date(w.plannedEnd, page.lang())));
    d.set("total", text(Formatting::money(w.budgetTotal, page.lang())));
    d.set("disbursed", text(Formatting::money(w.budgetDisbursed, page.lang())));
    const qint64 percent = w.budgetTotal > 0 ? (w.budgetDisbursed * 100 + w.budgetTotal / 2) / w.budgetTotal : 0;
    d.set("disbursedPercent", text(QString::number(percent)));
    const QString count = Formatting::number(data.acceptedPledges, page.lang());
    d.set("pledges", text(data.acceptedPledges == 0
                                  ? page.t(u"Chưa có đăng ký đóng góp nào.", u"No pledges yet.")
                          : page.en() ? (data.acceptedPledges == 1 ? QStringLiteral("1 pledge accepted by the city")
                                                                   : QStringLiteral("%1 pledges accepted by the city").arg(count))
                                      : QStringLiteral("%1 đăng ký đóng góp đã được thành phố tiếp nhận").arg(count)));
    d.set("owner", text(orDash(page.t(w.owner))));
    d.set("contractor", text(orDash(page.t(w.contractor))));
    d.set("place", text(orDash(page.t(w.location))));
    if (const QString description = page.t(w.description); !description.isEmpty())
        d.set("description", text(description));
    Data images(Data::type::list);
    for (qsizetype i = 0; i < w.images.size(); ++i) {
        // Bundle paths are "images/<name>" (ContentBundle checked the name's characters); the
        // hub serves them to anyone, as the kiosk downloads them.
        const QString name = w.images.at(i).section(u'/', -1);
        Data image;
        image.set("src", text(QStringLiteral("/api/v1/content/images/") + name));
        image.set("alt", text(page.t(u"%1 – ảnh %2", u"%1 – picture %2").arg(page.t(w.name)).arg(i + 1)));
        if (i == 0)
            d.set("hero", image);  // the first picture under the name, as on the kiosk
        else
            images.push_back(image);
    }
    d.set("hasMoreImages", w.images.size() > 1);
    d.set("images", images);
    d.set("listHref", text(page.href(QStringLiteral("/p/"), {QStringLiteral("ward=") + w.wardCode})));
    d.set("listText", text(page.t(u"‹ Công trình khác của %1", u"‹ Other works in %1").arg(orDash(page.t(data.wardName)))));
    return html(200, HtmlTemplates::render(QStringLiteral("work"), d));
}

HubReply renderList(const WorkListData &data, const QString &lang)
{
    const Page page(lang);
    QStringList query;
    if (!data.wardFilter.isEmpty())
        query.append(QStringLiteral("ward=") + data.wardFilter);
    QStringList pageQuery = query;
    if (data.page > 1)
        pageQuery.append(QStringLiteral("page=%1").arg(data.page));

    QHash<QString, LocalizedText> wardNames;
    Data wards(Data::type::list);
    for (const Ward &ward : data.wards) {
        wardNames.insert(ward.code, ward.name);
        Data option;
        option.set("code", text(ward.code));
        option.set("name", text(page.t(ward.name)));
        option.set("selected", ward.code == data.wardFilter);
        wards.push_back(option);
    }
    const QString wardName = page.t(wardNames.value(data.wardFilter));
    const QString heading = data.wardFilter.isEmpty() ? page.t(u"Công trình theo phường, xã", u"Works, ward by ward")
                                                      : wardName;
    Data d = page.base(heading, pageQuery, data.sample);
    d.set("heading", text(heading));
    d.set("wards", wards);
    const QString total = Formatting::number(data.total, page.lang());
    QString summary = page.en() ? (data.total == 1 ? QStringLiteral("1 work") : QStringLiteral("%1 works").arg(total))
                                : QStringLiteral("%1 công trình").arg(total);
    if (data.pageCount > 1) {
        const qsizetype first = qsizetype(data.page - 1) * PerPage + 1;
        const qsizetype last = first + data.works.size() - 1;
        summary += page.t(u" · đang xem %1–%2", u" · showing %1–%2")
                           .arg(Formatting::number(first, page.lang()), Formatting::number(last, page.lang()));
    }
    d.set("summary", text(summary));

    // Pages: previous and next, and where this one stands.
    d.set("paged", data.pageCount > 1);
    auto pageHref = [&](int n) {
        QStringList q = query;
        if (n > 1)
            q.append(QStringLiteral("page=%1").arg(n));
        return page.href(QStringLiteral("/p/"), q);
    };
    if (data.page > 1)
        d.set("prevHref", text(pageHref(data.page - 1)));
    if (data.page < data.pageCount)
        d.set("nextHref", text(pageHref(data.page + 1)));
    d.set("pageText", text(page.t(u"Trang %1/%2", u"Page %1 of %2")
                                   .arg(Formatting::number(data.page, page.lang()),
                                        Formatting::number(data.pageCount, page.lang()))));

    // The works, a heading for each ward as it comes.
    Data groups(Data::type::list);
    Data group;
    Data works(Data::type::list);
    QString current;
    auto closeGroup = [&] {
        if (current.isNull())
            return;
        group.set("works", works);
        groups.push_back(group);
        group = Data();
        works = Data(Data::type::list);
    };
    for (const Project &w : data.works) {
        if (current.isNull() || w.wardCode != current) {
            closeGroup();
            current = w.wardCode;
            group.set("ward", text(orDash(page.t(wardNames.value(w.wardCode)))));
        }
        Data item;
        item.set("code", text(w.code));
        item.set("name", text(page.t(w.name)));
        item.set("href", text(page.href(QStringLiteral("/p/") + w.code)));
        item.set("stage", page.stage(w));
        item.set("behind", data.today.isValid() && w.isBehindSchedule(data.today));
        item.set("progress", text(QString::number(w.progress)));
        works.push_back(item);
    }
    closeGroup();
    d.set("groups", groups);
    return html(200, HtmlTemplates::render(QStringLiteral("works"), d));
}

HubReply notFound(Missing what, const QString &typed, bool sample, const QString &lang)
{
    const Page page(lang);
    const bool work = what == Missing::Work;
    const QString heading = work ? page.t(u"Không tìm thấy công trình này", u"We could not find this work")
                                 : page.t(u"Không tìm thấy phường, xã này", u"We could not find this ward");
    Data d = page.base(heading, {}, sample);
    d.set("heading", text(heading));
    const QString shown = typed.trimmed().left(40);
    if (!shown.isEmpty())
        d.set("typed", text(shown));
    d.set("message", text(work ? page.t(u"Mã công trình có dạng HB-001 và được in dưới mã QR trên trang công trình ở ki-ốt. "
                                        u"Công trình có thể đã được gỡ khỏi danh sách công bố.",
                                        u"A work's code looks like HB-001 and is printed under the QR code on its page at "
                                        u"the kiosk. The work may have been taken off the published list.")
                               : page.t(u"Hãy chọn một phường, xã trong danh sách công trình.",
                                        u"Please choose a ward from the list of works.")));
    return html(404, HtmlTemplates::render(QStringLiteral("notfound"), d));
}

}
