// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonepage.h"

#include "htmltemplates.h"
#include "records/receiptcode.h"
#include "records/record.h"
#include "records/recordstatus.h"
#include "records/recordsummary.h"
#include "text/formatting.h"

#include <QDateTime>
#include <QJsonArray>

namespace PhonePage {

namespace {

// Vietnam keeps UTC+7 all year, so a fixed offset needs no time zone database.
constexpr int VietnamOffsetSeconds = 7 * 3600;

const char16_t Brand[] = u"Cùng Xây Hải Phòng";

/** Builds the page in one language. */
class Page
{
public:
    explicit Page(const QString &lang) : m_en(lang == u"en") {}

    QString lang() const { return m_en ? QStringLiteral("en") : QStringLiteral("vi"); }
    QString t(const char16_t *vi, const char16_t *en) const { return QString::fromUtf16(m_en ? en : vi); }
    QString t(const LocalizedText &text) const { return text.in(lang()); }

    QString number(double value) const { return Formatting::decimal(value, lang()); }

    /** "27/11/2026, 09:15" / "27 Nov 2026, 09:15" in Vietnam's time; "" when unreadable. */
    QString dateTime(const QString &iso) const
    {
        QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!dt.isValid())
            return {};
        dt = dt.toOffsetFromUtc(VietnamOffsetSeconds);
        return Formatting::date(dt.date(), lang()) + QStringLiteral(", ") + dt.time().toString(QStringLiteral("HH:mm"));
    }

    QString date(const QString &iso) const
    {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? Formatting::date(d, lang()) : QString();
    }

    void open(const QString &title)
    {
        m_html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                                 "<meta name=\"referrer\" content=\"no-referrer\">\n"
                                 "<meta name=\"robots\" content=\"noindex\">\n"
                                 "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                          .arg(lang(), escaped(title), style());
        // The other language is one tap away, at the top, in its own words.
        const QString other = m_en ? QStringLiteral("vi") : QStringLiteral("en");
        m_html += QStringLiteral("<header class=\"bar\"><span class=\"brand\">%1</span>"
                                 "<a class=\"lang\" href=\"?lang=%2\" hreflang=\"%2\" lang=\"%2\">%3</a></header>\n<main>\n")
                          .arg(escaped(QString::fromUtf16(Brand)), other, m_en ? QStringLiteral("Tiếng Việt") : QStringLiteral("English"));
    }

    QString close()
    {
        // Each name kept on one line: "Hải / Phòng" split across lines reads as two words.
        m_html += QStringLiteral("</main>\n<footer><span>%1</span> · <span>%2</span></footer>\n</body>\n</html>\n")
                          .arg(escaped(QString::fromUtf16(Brand)), t(u"Thành phố Hải Phòng", u"Hai Phong City"));
        return m_html;
    }

    void raw(const QString &html) { m_html += html; }

    /** One row of the summary: a label and a value already escaped. */
    void row(const QString &label, const QString &valueHtml, const QString &cls = {})
    {
        if (valueHtml.isEmpty())
            return;
        m_html += QStringLiteral("<dt>%1</dt><dd%2>%3</dd>\n")
                          .arg(escaped(label), cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), valueHtml);
    }

private:
    static QString style()
    {
        // Shared with the works' pages (/p/): one stylesheet in src/hub/templates.
        return HtmlTemplates::css();
    }

    bool m_en;
    QString m_html;
};

QString badge(const Page &page, const QString &status)
{
    const RecordStatus::Info *info = RecordStatus::find(status);
    if (!info)
        return QStringLiteral("<span class=\"badge s-other\">%1</span>").arg(escaped(status));
    return QStringLiteral("<span class=\"badge s-%1\"><span aria-hidden=\"true\">%2</span>%3</span>")
            .arg(info->key, info->icon, escaped(page.t(info->word)));
}

QString statusWord(const Page &page, const QString &status)
{
    return RecordStatus::word(status, page.lang());
}

/** A vocabulary key as people read it, or the resident's own words when they chose "other". */
/** The summary of what was pledged or reported: only the fields each kind is known to
    carry, so an unexpected key in a stored payload is never printed. */
void summary(Page &page, const HubRecordView &record, const std::optional<RecordKind> &kind, const HubNames &names)
{
    const QJsonObject p = record.payload;
    page.raw(QStringLiteral("<section class=\"card\"><h2>%1</h2>\n<dl>\n")
                     .arg(escaped(page.t(u"Nội dung", u"What it is"))));

    const QString projectCode = p.value(QStringLiteral("projectCode")).toString();
    if (!projectCode.isEmpty()) {
        const QString name = page.t(names.project);
        page.row(page.t(u"Công trình", u"Work"),
                 name.isEmpty() ? escaped(projectCode)
                                : QStringLiteral("%1 <span class=\"muted\">(%2)</span>").arg(escaped(name), escaped(projectCode)));
    }
    const QString ward = page.t(names.ward);
    page.row(page.t(u"Phường, xã", u"Ward"), escaped(ward.isEmpty() ? record.ward : ward));

    // An unknown kind shows no fields rather than guessing at them.
    if (kind) {
        for (const SummaryLine &line : RecordSummary::lines(*kind, p, page.lang())) {
            if (!line.items.isEmpty()) {
                QString items;
                for (const QString &item : line.items)
                    items += QStringLiteral("<li>%1</li>").arg(escaped(item));
                page.row(line.label, QStringLiteral("<ul class=\"items\">%1</ul>").arg(items));
            } else {
                page.row(line.label, escaped(line.value), line.freeText ? QStringLiteral("text") : QString());
            }
        }
    }
    page.row(page.t(u"Ngày gửi", u"Sent on"), escaped(page.dateTime(record.createdAt)));
    page.raw(QStringLiteral("</dl>\n</section>\n"));
}

HubReply notFound(const QString &typedCode, const QString &lang)
{
    Page page(lang);
    page.open(page.t(u"Không tìm thấy mã · Cùng Xây Hải Phòng", u"Code not found · Cùng Xây Hải Phòng"));
    const QString shown = typedCode.trimmed().left(40);
    page.raw(QStringLiteral("<h1 class=\"kind\">%1</h1>\n").arg(escaped(page.t(u"Không tìm thấy mã này", u"We could not find this code"))));
    if (!shown.isEmpty())
        page.raw(QStringLiteral("<p class=\"eyebrow\">%1</p><p class=\"typed\">%2</p>\n")
                         .arg(escaped(page.t(u"Mã đã nhập", u"Code entered")), escaped(shown)));
    page.raw(QStringLiteral("<section class=\"card\">\n"));
    LocalizedText problem;
    if (ReceiptCode::normalize(typedCode, &problem).isEmpty() && !problem.isEmpty())
        page.raw(QStringLiteral("<p><strong>%1</strong></p>\n").arg(escaped(page.t(problem))));
    page.raw(QStringLiteral("<p>%1</p>\n<p>%2</p>\n<p>%3</p>\n</section>\n")
                     .arg(escaped(page.t(u"Mã biên nhận có dạng HC-2345K-M: vài chữ cái, năm chữ hoặc số, rồi một ký tự "
                                         u"kiểm tra. Mã không có chữ O, I, L và số 0, 1.",
                                         u"A receipt code looks like HC-2345K-M: a few letters, five letters or digits, then "
                                         u"one check character. Codes never contain O, I, L, 0 or 1.")),
                          escaped(page.t(u"Nếu bạn vừa gửi ở ki-ốt, mã có thể cần một lúc để về đến thành phố. "
                                         u"Xin thử lại sau ít phút.",
                                         u"If you have just sent it at the kiosk, it can take a little while to reach the "
                                         u"city. Please try again in a few minutes.")),
                          escaped(page.t(u"Vẫn không thấy? Hỏi cán bộ phường và đưa họ giấy biên nhận.",
                                         u"Still not there? Ask the ward staff and show them your receipt."))));
    return {404, QByteArrayLiteral("text/html; charset=utf-8"), page.close().toUtf8()};
}

}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\'': out += QStringLiteral("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

HubReply render(const QString &typedCode, const std::optional<HubRecordView> &record, const HubNames &names,
                const QString &lang)
{
    if (!record)
        return notFound(typedCode, lang);

    Page page(lang);
    const std::optional<RecordKind> kind = RecordKinds::fromKey(record->kind);
    page.open(QStringLiteral("%1 · %2").arg(record->receiptCode, QString::fromUtf16(Brand)));
    page.raw(QStringLiteral("<p class=\"eyebrow\">%1</p>\n<h1 class=\"code\">%2</h1>\n<p class=\"kind\">%3</p>\n")
                     .arg(escaped(page.t(u"Mã biên nhận", u"Receipt code")), escaped(record->receiptCode),
                          escaped(kind ? page.t(RecordKinds::name(*kind)) : record->kind)));

    // Now: the word on a coloured badge, what it means, and when it was set.
    const QString status = record->status.isEmpty() && !record->history.isEmpty() ? record->history.constLast().status
                                                                                   : record->status;
    page.raw(QStringLiteral("<section class=\"card\"><h2>%1</h2>\n<p>%2</p>\n")
                     .arg(escaped(page.t(u"Tình trạng hiện nay", u"Where it stands")), badge(page, status)));
    if (const RecordStatus::Info *info = RecordStatus::find(status))
        page.raw(QStringLiteral("<p>%1</p>\n").arg(escaped(page.t(info->meaning))));
    const QString updated = page.dateTime(record->updatedAt);
    if (!updated.isEmpty())
        page.raw(QStringLiteral("<p class=\"muted\">%1 %2</p>\n").arg(escaped(page.t(u"Cập nhật:", u"Updated:")), escaped(updated)));
    page.raw(QStringLiteral("</section>\n"));

    summary(page, *record, kind, names);

    if (!record->history.isEmpty()) {
        page.raw(QStringLiteral("<section class=\"card\"><h2>%1</h2>\n<ol class=\"history\">\n")
                         .arg(escaped(page.t(u"Các bước đã qua", u"What has happened"))));
        for (const HubStatusEntry &entry : record->history) {
            page.raw(QStringLiteral("<li><span class=\"when\">%1</span><strong>%2</strong>")
                             .arg(escaped(page.dateTime(entry.at)), escaped(statusWord(page, entry.status))));
            if (!entry.note.isEmpty())
                page.raw(QStringLiteral("<span class=\"note\">%1</span>").arg(escaped(entry.note)));
            page.raw(QStringLiteral("</li>\n"));
        }
        page.raw(QStringLiteral("</ol>\n</section>\n"));
    }
    return {200, QByteArrayLiteral("text/html; charset=utf-8"), page.close().toUtf8()};
}

}
