// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpage.h"
#include "pagetext.h"

#include <QRegularExpression>
#include <QTest>

/** The public pages of the works (/p/<CODE> and /p/), rendered without a database: every
    field in Vietnamese formats and in English, stage as icon and word, pledges counted,
    hostile content escaped, the friendly 404, and paging of the list ward by ward. */
class tst_WorkPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workInVietnamese();
    void workInEnglish();
    void noPledgesAndNoPictures();
    void hostileContentIsEscaped();
    void notFound_data();
    void notFound();
    void listPagesWardByWard();
    void listFilteredAndInEnglish();
    void pageNumber_data();
    void pageNumber();
};

namespace {

Project work()
{
    Project p;
    p.code = QStringLiteral("HB-001");
    p.wardCode = QStringLiteral("HONG-BANG");
    p.status = WorkStatus::InProgress;
    p.name = {QStringLiteral("Cải tạo, nâng cấp đường Hoàng Văn Thụ"), QStringLiteral("Renovation of Hoang Van Thu Street")};
    p.description = {QStringLiteral("Thay toàn bộ mặt đường."), QStringLiteral("The whole road surface is replaced.")};
    p.location = {QStringLiteral("Đoạn từ ngã tư Điện Biên Phủ"), QStringLiteral("From the Dien Bien Phu crossroads")};
    p.owner = {QStringLiteral("Ban Quản lý dự án giao thông"), QStringLiteral("Transport Project Board")};
    p.contractor = {QStringLiteral("Công ty Cổ phần Xây dựng Hoa Phượng"), QStringLiteral("Hoa Phuong Construction JSC")};
    p.progress = 62;
    p.startDate = QDate(2025, 9, 15);
    p.plannedEnd = QDate(2027, 3, 31);
    p.budgetTotal = 1'250'000'000'000LL;
    p.budgetDisbursed = 625'000'000'000LL;
    p.images = {QStringLiteral("images/road-01.svg"), QStringLiteral("images/road-02.svg")};
    return p;
}

WorkPageData data()
{
    WorkPageData d;
    d.work = work();
    d.wardName = {QStringLiteral("Phường Hồng Bàng"), QStringLiteral("Hong Bang Ward")};
    d.acceptedPledges = 1234;
    d.sample = true;
    d.today = QDate(2026, 11, 27);
    return d;
}

QString html(const HubReply &reply)
{
    return QString::fromUtf8(reply.body);
}

/** total works, ward by ward over three wards, and the slice of one page of them. */
WorkListData list(int total, int page, const QString &ward = {})
{
    WorkListData d;
    d.wards = {{QStringLiteral("HONG-BANG"), QStringLiteral("phuong"), 52000, {QStringLiteral("Phường Hồng Bàng"), QStringLiteral("Hong Bang Ward")}},
               {QStringLiteral("LE-CHAN"), QStringLiteral("phuong"), 52000, {QStringLiteral("Phường Lê Chân"), QStringLiteral("Le Chan Ward")}},
               {QStringLiteral("AN-LAO"), QStringLiteral("xa"), 61000, {QStringLiteral("Xã An Lão"), QStringLiteral("An Lao Commune")}}};
    QList<Project> all;
    for (int i = 0; i < total; ++i) {
        Project p = work();
        p.wardCode = d.wards.at(i * 3 / total).code;
        if (!ward.isEmpty() && p.wardCode != ward)
            continue;
        p.code = QStringLiteral("W-%1").arg(i + 1, 5, 10, QChar(u'0'));
        p.name = {QStringLiteral("Công trình số %1").arg(i + 1), QStringLiteral("Work number %1").arg(i + 1)};
        p.status = WorkStatus(i % 4);
        all.append(p);
    }
    d.wardFilter = ward;
    d.total = all.size();
    d.pageCount = WorkPage::pageCount(d.total);
    d.page = page;
    d.works = all.mid((page - 1) * WorkPage::PerPage, WorkPage::PerPage);
    d.sample = false;
    d.today = QDate(2026, 11, 27);
    return d;
}

}

void tst_WorkPage::workInVietnamese()
{
    const HubReply reply = WorkPage::render(data(), QStringLiteral("vi"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("text/html; charset=utf-8"));
    const QString page = html(reply);
    QVERIFY2(page.startsWith(u"<!DOCTYPE html>"), qPrintable(page.left(200)));
    QVERIFY(page.contains(u"<html lang=\"vi\">"));
    QVERIFY(page.contains(u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    QVERIFY(page.contains(u"<title>Cải tạo, nâng cấp đường Hoàng Văn Thụ · Cùng Xây Hải Phòng</title>"));
    // Self-contained: no script, nothing from elsewhere; pictures from the hub itself.
    QVERIFY(!page.contains(u"<script", Qt::CaseInsensitive));
    QVERIFY(!page.contains(QRegularExpression(QStringLiteral("(src|href)=\"(https?:)?//"))));
    QVERIFY2(reply.body.size() < 24 * 1024, QByteArray::number(reply.body.size()));

    const QString text = visibleText(page);
    QVERIFY2(text.contains(u"Dữ liệu mẫu"), qPrintable(text));
    QVERIFY(text.contains(u"Phường Hồng Bàng · HB-001"));
    QVERIFY(page.contains(u"<h1 class=\"title\">Cải tạo, nâng cấp đường Hoàng Văn Thụ</h1>"));
    // Stage: an icon and a word, never colour alone.
    QVERIFY(page.contains(QRegularExpression(QStringLiteral(
            "<span class=\"stage st-in_progress\"><svg class=\"icon\"[^>]*><use href=\"#i-status-in_progress\"/></svg><span>Đang thi công</span>"))));
    QVERIFY(page.contains(u"<symbol id=\"i-status-in_progress\""));
    QVERIFY(!text.contains(u"Chậm tiến độ"));
    QVERIFY2(text.contains(u"Tiến độ 62 %"), qPrintable(text));
    QVERIFY(page.contains(u"aria-valuenow=\"62\""));
    QVERIFY(text.contains(u"Khởi công 15/09/2025"));
    QVERIFY(text.contains(u"Dự kiến hoàn thành 31/03/2027"));
    QVERIFY2(text.contains(u"Tổng mức đầu tư 1.250 tỷ đồng"), qPrintable(text));
    QVERIFY(text.contains(u"Đã giải ngân 625 tỷ đồng (50 %)"));
    QVERIFY2(text.contains(u"1.234 đăng ký đóng góp đã được thành phố tiếp nhận"), qPrintable(text));
    QVERIFY(text.contains(u"Chủ đầu tư Ban Quản lý dự án giao thông"));
    QVERIFY(text.contains(u"Nhà thầu Công ty Cổ phần Xây dựng Hoa Phượng"));
    QVERIFY(text.contains(u"Địa điểm Đoạn từ ngã tư Điện Biên Phủ"));
    QVERIFY(text.contains(u"Thay toàn bộ mặt đường."));
    QVERIFY(page.contains(u"src=\"/api/v1/content/images/road-01.svg\""));
    QVERIFY(page.contains(u"src=\"/api/v1/content/images/road-02.svg\""));
    QVERIFY(page.contains(u"alt=\"Cải tạo, nâng cấp đường Hoàng Văn Thụ – ảnh 2\""));
    // English one tap away; back to the ward's works.
    QVERIFY(page.contains(u"<a class=\"lang\" href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"));
    QVERIFY(page.contains(u"href=\"/p/?ward=HONG-BANG\""));
}

void tst_WorkPage::workInEnglish()
{
    WorkPageData d = data();
    d.work.plannedEnd = QDate(2026, 6, 30);  // passed, at 62 %: behind schedule
    d.acceptedPledges = 1;
    const QString page = html(WorkPage::render(d, QStringLiteral("en")));
    QVERIFY(page.contains(u"<html lang=\"en\">"));
    const QString text = visibleText(page);
    QVERIFY2(text.contains(u"Sample data"), qPrintable(text));
    QVERIFY(text.contains(u"Hong Bang Ward · HB-001"));
    QVERIFY(text.contains(u"Renovation of Hoang Van Thu Street"));
    QVERIFY(text.contains(u"Under construction"));
    QVERIFY(page.contains(u"<use href=\"#i-behind\"/></svg><span>Behind schedule</span>"));
    QVERIFY(text.contains(u"Started 15 Sept 2025") || text.contains(u"Started 15 Sep 2025"));
    QVERIFY2(text.contains(u"Total investment VND 1,250 billion"), qPrintable(text));
    QVERIFY(text.contains(u"Disbursed VND 625 billion (50 %)"));
    QVERIFY(text.contains(u"1 pledge accepted by the city"));
    QVERIFY(text.contains(u"Project owner Transport Project Board"));
    QVERIFY(text.contains(u"Contractor Hoa Phuong Construction JSC"));
    QVERIFY(!text.contains(u"Đang thi công"));
    QVERIFY(page.contains(u"href=\"?lang=vi\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>"));
    QVERIFY(page.contains(u"href=\"/p/?ward=HONG-BANG&amp;lang=en\""));
}

void tst_WorkPage::noPledgesAndNoPictures()
{
    WorkPageData d = data();
    d.acceptedPledges = 0;
    d.sample = false;
    d.work.images.clear();
    d.work.owner = {};
    const QString page = html(WorkPage::render(d, QStringLiteral("vi")));
    const QString text = visibleText(page);
    QVERIFY(text.contains(u"Chưa có đăng ký đóng góp nào."));
    QVERIFY(!text.contains(u"Dữ liệu mẫu"));
    QVERIFY(!page.contains(u"<img"));
    QVERIFY(text.contains(u"Chủ đầu tư —"));
    QVERIFY(visibleText(html(WorkPage::render(d, QStringLiteral("en")))).contains(u"No pledges yet."));
}

void tst_WorkPage::hostileContentIsEscaped()
{
    WorkPageData d = data();
    const QString attack = QStringLiteral("<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;");
    d.work.name = {attack, attack};
    d.work.description = {attack, attack};
    d.work.owner = {attack, attack};
    d.work.contractor = {attack, attack};
    d.work.location = {attack, attack};
    d.wardName = {attack, attack};
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        const QString page = html(WorkPage::render(d, lang));
        QVERIFY(!page.contains(u"<script", Qt::CaseInsensitive));
        QVERIFY(!page.contains(u"<img src=x"));
        QVERIFY(!page.contains(u"\"'>"));
        QVERIFY(page.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&apos;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;"));
        // …and reads back as the city typed it.
        QVERIFY(visibleText(page).contains(attack));
    }
    WorkListData l = list(3, 1);
    l.wards[0].name = {attack, attack};
    l.works[0].name = {attack, attack};
    const QString page = html(WorkPage::renderList(l, QStringLiteral("vi")));
    QVERIFY(!page.contains(u"<script", Qt::CaseInsensitive));
    QVERIFY(!page.contains(u"<img src=x"));
}

void tst_WorkPage::notFound_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::newRow("work vi") << int(WorkPage::Missing::Work) << QStringLiteral("HB-999") << QStringLiteral("vi")
                             << QStringLiteral("Không tìm thấy công trình này");
    QTest::newRow("work en") << int(WorkPage::Missing::Work) << QStringLiteral("HB-999") << QStringLiteral("en")
                             << QStringLiteral("We could not find this work");
    QTest::newRow("ward vi") << int(WorkPage::Missing::Ward) << QStringLiteral("NOWHERE") << QStringLiteral("vi")
                             << QStringLiteral("Không tìm thấy phường, xã này");
    QTest::newRow("hostile") << int(WorkPage::Missing::Work) << QStringLiteral("<script>alert('x')</script>")
                             << QStringLiteral("vi") << QStringLiteral("Không tìm thấy công trình này");
    QTest::newRow("very long") << int(WorkPage::Missing::Work) << QString(500, u'A') << QStringLiteral("en")
                               << QStringLiteral("We could not find this work");
}

void tst_WorkPage::notFound()
{
    QFETCH(int, what);
    QFETCH(QString, typed);
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    const HubReply reply = WorkPage::notFound(WorkPage::Missing(what), typed, true, lang);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.contentType, QByteArray("text/html; charset=utf-8"));
    const QString page = html(reply);
    QVERIFY(page.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
    QVERIFY(!page.contains(u"<script", Qt::CaseInsensitive));
    const QString text = visibleText(page);
    QVERIFY2(text.contains(heading), qPrintable(text));
    QVERIFY(text.contains(typed.left(40)));
    QVERIFY(!text.contains(typed.left(41)) || typed.size() <= 40);
    QVERIFY(page.contains(lang == u"en" ? u"href=\"/p/?lang=en\"" : u"href=\"/p/\""));
}

void tst_WorkPage::listPagesWardByWard()
{
    // 120 works in three wards of 40: page 2 holds works 51–100, across two wards.
    const HubReply reply = WorkPage::renderList(list(120, 2), QStringLiteral("vi"));
    QCOMPARE(reply.status, 200);
    const QString page = html(reply);
    const QString text = visibleText(page);
    QVERIFY2(text.contains(u"120 công trình · đang xem 51–100"), qPrintable(text));
    QVERIFY(text.contains(u"Trang 2/3"));
    QVERIFY(page.contains(u"href=\"/p/\" rel=\"prev\""));
    QVERIFY(page.contains(u"href=\"/p/?page=3\" rel=\"next\""));
    QCOMPARE(page.count(u"<li><a href=\"/p/W-"), 50);
    QVERIFY(page.contains(u"href=\"/p/W-00051\""));
    QVERIFY(page.contains(u"href=\"/p/W-00100\""));
    QVERIFY(!page.contains(u"href=\"/p/W-00050\""));
    QVERIFY(!page.contains(u"href=\"/p/W-00101\""));
    // A heading for each ward as it comes: Lê Chân (41–80) then An Lão (81–120).
    const qsizetype leChan = page.indexOf(u"<h2>Phường Lê Chân</h2>");
    const qsizetype anLao = page.indexOf(u"<h2>Xã An Lão</h2>");
    QVERIFY(leChan > 0 && anLao > leChan);
    QVERIFY(page.indexOf(u"W-00081") > anLao);
    QVERIFY(!page.contains(u"<h2>Phường Hồng Bàng</h2>"));
    // Each work with its stage as icon and word, and its progress.
    QVERIFY(text.contains(u"Công trình số 51 W-00051"));
    QVERIFY(page.contains(u"<option value=\"LE-CHAN\">Phường Lê Chân</option>"));
    QVERIFY(page.contains(u"href=\"?page=2&amp;lang=en\""));

    // The first and the last page have one way to go.
    const QString first = html(WorkPage::renderList(list(120, 1), QStringLiteral("vi")));
    QVERIFY(first.contains(u"<span class=\"off\">‹ Trước</span>"));
    QVERIFY(first.contains(u"href=\"/p/?page=2\" rel=\"next\""));
    const QString last = html(WorkPage::renderList(list(120, 3), QStringLiteral("vi")));
    QVERIFY(last.contains(u"<span class=\"off\">Sau ›</span>"));
    QCOMPARE(last.count(u"<li><a href=\"/p/W-"), 20);
    // One page needs no pager; nothing published says so.
    QVERIFY(!html(WorkPage::renderList(list(30, 1), QStringLiteral("vi"))).contains(u"class=\"pages\""));
    QVERIFY(visibleText(html(WorkPage::renderList(list(0, 1), QStringLiteral("vi")))).contains(u"Chưa có công trình nào được công bố."));
}

void tst_WorkPage::listFilteredAndInEnglish()
{
    const QString page = html(WorkPage::renderList(list(300, 2, QStringLiteral("LE-CHAN")), QStringLiteral("en")));
    QVERIFY(page.contains(u"<html lang=\"en\">"));
    const QString text = visibleText(page);
    QVERIFY2(text.contains(u"Le Chan Ward 100 works · showing 51–100"), qPrintable(text));
    QVERIFY(text.contains(u"Page 2 of 2"));
    QVERIFY(page.contains(u"<option value=\"LE-CHAN\" selected>Le Chan Ward</option>"));
    QVERIFY(page.contains(u"<input type=\"hidden\" name=\"lang\" value=\"en\">"));
    QVERIFY(page.contains(u"href=\"/p/?ward=LE-CHAN&amp;lang=en\" rel=\"prev\""));
    QVERIFY(page.contains(u"href=\"/p/W-00151?lang=en\""));
    QVERIFY(page.contains(u"href=\"?ward=LE-CHAN&amp;page=2&amp;lang=vi\""));
    QVERIFY(text.contains(u"Under construction") && text.contains(u"Completed") && text.contains(u"Paused"));
}

void tst_WorkPage::pageNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("page");
    QTest::newRow("none") << QString() << 120 << 1;
    QTest::newRow("two") << QStringLiteral("2") << 120 << 2;
    QTest::newRow("last") << QStringLiteral("3") << 120 << 3;
    QTest::newRow("past the end") << QStringLiteral("4") << 120 << 3;
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << 120 << 1;
    QTest::newRow("big") << QStringLiteral("2147483648") << 120 << 3;
    QTest::newRow("zero") << QStringLiteral("0") << 120 << 1;
    QTest::newRow("negative") << QStringLiteral("-5") << 120 << 1;
    QTest::newRow("text") << QStringLiteral("abc") << 120 << 1;
    QTest::newRow("hostile") << QStringLiteral("<script>") << 120 << 1;
    QTest::newRow("empty list") << QStringLiteral("7") << 0 << 1;
    QTest::newRow("20,000 works") << QStringLiteral("400") << 20000 << 400;
    QTest::newRow("20,000 works, past") << QStringLiteral("401") << 20000 << 400;
}

void tst_WorkPage::pageNumber()
{
    QFETCH(QString, typed);
    QFETCH(int, total);
    QFETCH(int, page);
    QCOMPARE(WorkPage::pageNumber(typed, total), page);
}

QTEST_GUILESS_MAIN(tst_WorkPage)
#include "tst_workpage.moc"
