// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetext.h"
#include "phonepage.h"
#include "records/receiptcode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

/** The page a resident opens from the receipt's QR code: both languages, Vietnamese formats,
    status and history, nothing personal, nothing unescaped, and the friendly 404. */
class tst_PhonePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void landInVietnamese();
    void landInEnglish();
    void labour_data();
    void labour();
    void materials_data();
    void materials();
    void wasteReport();
    void everyTextIsEscaped();
    void onlyKnownPayloadFieldsArePrinted();
    void statusBadges_data();
    void statusBadges();
    void notFound_data();
    void notFound();
    void writeSamplePages();
};

namespace {

const QString Code = ReceiptCode::make(u"HC", 2345);

HubNames names()
{
    return {{QStringLiteral("Phường Hồng Bàng"), QStringLiteral("Hong Bang Ward")},
            {QStringLiteral("Cải tạo, nâng cấp đường Hoàng Văn Thụ"), QStringLiteral("Renovation and upgrade of Hoang Van Thu Street")},
            QStringLiteral("https://hub.example")};
}

HubRecordView record(const QString &kind, const QJsonObject &payload)
{
    HubRecordView r;
    r.id = QStringLiteral("0b9c5e1e-2f2d-4b53-9a7e-3f6f0e5d8a11");
    r.receiptCode = Code;
    r.kind = kind;
    r.createdAt = QStringLiteral("2026-11-27T09:15:02.118+07:00");
    r.receivedAt = QStringLiteral("2026-11-27T02:15:03.004Z");
    r.ward = QStringLiteral("HONG-BANG");
    r.kioskId = QStringLiteral("K0007");
    r.enteredBy = QStringLiteral("resident");
    r.payload = payload;
    r.history = {{QStringLiteral("received"), QString(), QStringLiteral("2026-11-27T02:15:03.004Z")},
                 {QStringLiteral("verified"), QStringLiteral("Cán bộ đã gọi điện xác nhận."), QStringLiteral("2026-11-28T01:00:00.000Z")}};
    r.status = QStringLiteral("verified");
    r.updatedAt = QStringLiteral("2026-11-28T01:00:00.000Z");
    return r;
}

HubRecordView land()
{
    return record(QStringLiteral("pledge.land"),
                  {{QStringLiteral("projectCode"), QStringLiteral("HB-001")}, {QStringLiteral("anonymous"), false},
                   {QStringLiteral("areaM2"), 25.5}, {QStringLiteral("plotNo"), QStringLiteral("112")},
                   {QStringLiteral("mapSheetNo"), QStringLiteral("7")},
                   {QStringLiteral("address"), QStringLiteral("Số 12 ngõ 34 đường Hạ Lý")}});
}

HubRecordView materials()
{
    const QJsonArray items{
            QJsonObject{{QStringLiteral("item"), QStringLiteral("cement")}, {QStringLiteral("quantity"), 20}, {QStringLiteral("unit"), QStringLiteral("bao")}},
            QJsonObject{{QStringLiteral("item"), QStringLiteral("sand")}, {QStringLiteral("quantity"), 2.5}, {QStringLiteral("unit"), QStringLiteral("m3")}},
            QJsonObject{{QStringLiteral("item"), QStringLiteral("other")}, {QStringLiteral("otherItem"), QStringLiteral("Tấm lợp tôn")},
                        {QStringLiteral("quantity"), 1500}, {QStringLiteral("unit"), QStringLiteral("other")},
                        {QStringLiteral("otherUnit"), QStringLiteral("tấm")}}};
    HubRecordView r = record(QStringLiteral("pledge.materials"),
                             {{QStringLiteral("projectCode"), QStringLiteral("HB-001")}, {QStringLiteral("anonymous"), false},
                              {QStringLiteral("items"), items}});
    r.history.append({QStringLiteral("thanked"), QStringLiteral("UBND phường đã gửi thư cảm ơn."),
                      QStringLiteral("2026-12-02T03:30:00.000Z")});
    r.status = QStringLiteral("thanked");
    r.updatedAt = QStringLiteral("2026-12-02T03:30:00.000Z");
    return r;
}

HubRecordView waste(const QString &description)
{
    HubRecordView r = record(QStringLiteral("report.waste"),
                             {{QStringLiteral("anonymous"), true}, {QStringLiteral("category"), QStringLiteral("idle_works")},
                              {QStringLiteral("place"), QStringLiteral("Nhà văn hoá tổ 5, phố Hạ Lý")},
                              {QStringLiteral("description"), description}, {QStringLiteral("hasPhoto"), true}});
    r.enteredBy = QStringLiteral("open311");
    return r;
}

QString page(const HubRecordView &r, const QString &lang, const HubNames &n = names())
{
    const HubReply reply = PhonePage::render(r.receiptCode, r, n, lang);
    return QString::fromUtf8(reply.body);
}

}

void tst_PhonePage::landInVietnamese()
{
    const HubReply reply = PhonePage::render(Code, land(), names(), QString());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("text/html; charset=utf-8"));
    const QString html = QString::fromUtf8(reply.body);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(html.contains(u"<html lang=\"vi\">"));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"));
    QVERIFY(html.contains(u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    QVERIFY(html.contains(QRegularExpression(QStringLiteral("<title>[^<]*Cùng Xây Hải Phòng[^<]*</title>"))));
    // Small and self-contained: no script, no outside resource.
    QVERIFY2(reply.body.size() < 20 * 1024, QByteArray::number(reply.body.size()));
    QVERIFY(!html.contains(u"<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("(src|href)=\"(https?:)?//"))));
    QVERIFY(!html.contains(u"<link"));

    const QString text = visibleText(html);
    QVERIFY2(text.contains(QStringLiteral("Mã biên nhận ") + Code), qPrintable(text));
    QVERIFY(html.contains(QStringLiteral("<h1 class=\"code\">%1</h1>").arg(Code)));
    QVERIFY(text.contains(u"Hiến đất"));
    QVERIFY(text.contains(u"Công trình Cải tạo, nâng cấp đường Hoàng Văn Thụ (HB-001)"));
    QVERIFY(text.contains(u"Phường, xã Phường Hồng Bàng"));
    QVERIFY2(text.contains(u"Diện tích hiến 25,5 m²"), qPrintable(text));
    // Times in Vietnam's time (UTC+7), Vietnamese date order.
    QVERIFY2(text.contains(u"Ngày gửi 27/11/2026, 09:15"), qPrintable(text));
    QVERIFY(text.contains(u"Tình trạng hiện nay ✓ Đã xác minh"));
    QVERIFY(text.contains(u"Cập nhật: 28/11/2026, 08:00"));
    // History oldest first, with dates and notes.
    const qsizetype received = text.indexOf(u"27/11/2026, 09:15 Đã tiếp nhận");
    const qsizetype verified = text.indexOf(u"28/11/2026, 08:00 Đã xác minh Cán bộ đã gọi điện xác nhận.");
    QVERIFY2(received > 0 && verified > received, qPrintable(text));
    // The way to English, and the footer: the product and the city only.
    QVERIFY(html.contains(u"<a class=\"lang\" href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"));
    QVERIFY(html.contains(u"<footer><span>Cùng Xây Hải Phòng</span> · <span>Thành phố Hải Phòng</span></footer>"));
}

void tst_PhonePage::landInEnglish()
{
    const HubReply reply = PhonePage::render(Code, land(), names(), QStringLiteral("en"));
    QCOMPARE(reply.status, 200);
    const QString html = QString::fromUtf8(reply.body);
    QVERIFY(html.contains(u"<html lang=\"en\">"));
    const QString text = visibleText(html);
    QVERIFY2(text.contains(QStringLiteral("Receipt code ") + Code), qPrintable(text));
    QVERIFY(text.contains(u"Land pledge"));
    QVERIFY(text.contains(u"Work Renovation and upgrade of Hoang Van Thu Street (HB-001)"));
    QVERIFY(text.contains(u"Ward Hong Bang Ward"));
    QVERIFY2(text.contains(u"Area pledged 25.5 m²"), qPrintable(text));
    QVERIFY2(text.contains(u"Sent on 27 Nov 2026, 09:15"), qPrintable(text));
    QVERIFY(text.contains(u"Where it stands ✓ Verified"));
    QVERIFY(text.contains(u"28 Nov 2026, 08:00 Verified Cán bộ đã gọi điện xác nhận."));
    QVERIFY(!text.contains(u"Hiến đất"));
    QVERIFY(!text.contains(u"Đã xác minh"));
    QVERIFY(html.contains(u"href=\"?lang=vi\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>"));
    QVERIFY(html.contains(u"<footer><span>Cùng Xây Hải Phòng</span> · <span>Hai Phong City</span></footer>"));

    // No English name in the content: the Vietnamese one rather than nothing.
    HubNames viOnly = names();
    viOnly.project.en.clear();
    QVERIFY(visibleText(page(land(), QStringLiteral("en"), viOnly)).contains(u"Work Cải tạo, nâng cấp đường Hoàng Văn Thụ (HB-001)"));
    // An unknown work: its code alone.
    HubNames none = names();
    none.project = {};
    none.ward = {};
    const QString bare = visibleText(page(land(), QStringLiteral("en"), none));
    QVERIFY2(bare.contains(u"Work HB-001 Ward HONG-BANG"), qPrintable(bare));
}

void tst_PhonePage::labour_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<double>("days");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vi") << QStringLiteral("vi") << 3.5
                        << QStringLiteral("Số ngày công 3,5 ngày Việc có thể làm Xây, trát, Lái xe, Sửa mái tôn "
                                          "Thời gian có thể làm 10/06/2026 – 30/06/2026");
    QTest::newRow("en") << QStringLiteral("en") << 3.5
                        << QStringLiteral("Days of work 3.5 days Work offered Masonry, Driving, Sửa mái tôn "
                                          "Available 10 Jun 2026 – 30 Jun 2026");
    QTest::newRow("en one day") << QStringLiteral("en") << 1.0 << QStringLiteral("Days of work 1 day Work offered");
}

void tst_PhonePage::labour()
{
    QFETCH(QString, lang);
    QFETCH(double, days);
    QFETCH(QString, expected);
    const HubRecordView r = record(QStringLiteral("pledge.labour"),
                                   {{QStringLiteral("anonymous"), false}, {QStringLiteral("days"), days},
                                    {QStringLiteral("availableFrom"), QStringLiteral("2026-06-10")},
                                    {QStringLiteral("availableTo"), QStringLiteral("2026-06-30")},
                                    {QStringLiteral("skills"), QJsonArray{QStringLiteral("masonry"), QStringLiteral("driving"), QStringLiteral("other")}},
                                    {QStringLiteral("otherSkill"), QStringLiteral("Sửa mái tôn")}});
    const QString text = visibleText(page(r, lang));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.contains(lang == u"en" ? u"Labour pledge" : u"Góp ngày công"));
}

void tst_PhonePage::materials_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vi") << QStringLiteral("vi") << QStringLiteral("Vật liệu Xi măng 20 bao Cát 2,5 m³ Tấm lợp tôn 1.500 tấm");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Materials Cement 20 bags Sand 2.5 m³ Tấm lợp tôn 1,500 tấm");
}

void tst_PhonePage::materials()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const QString html = page(::materials(), lang);
    const QString text = visibleText(html);
    QVERIFY2(text.contains(expected), qPrintable(text));
    const QRegularExpressionMatch list = QRegularExpression(QStringLiteral("<ul class=\"items\">(.*?)</ul>")).match(html);
    QVERIFY(list.hasMatch());
    QCOMPARE(list.captured(1).count(u"<li>"), 3);
    QVERIFY(text.contains(lang == u"en" ? u"Thanked UBND phường đã gửi thư cảm ơn." : u"Đã cảm ơn UBND phường đã gửi thư cảm ơn."));
}

void tst_PhonePage::wasteReport()
{
    const QString description = QStringLiteral("Nhà văn hoá xây xong từ 2023 nhưng khoá cửa suốt.\nCỏ mọc kín sân.");
    const QString html = page(waste(description), QStringLiteral("vi"));
    const QString text = visibleText(html);
    QVERIFY(text.contains(u"Phản ánh lãng phí"));
    QVERIFY2(text.contains(u"Loại lãng phí Công trình bỏ hoang, không sử dụng Nơi xảy ra Nhà văn hoá tổ 5, phố Hạ Lý "
                           u"Nội dung phản ánh Nhà văn hoá xây xong từ 2023 nhưng khoá cửa suốt. Cỏ mọc kín sân."),
             qPrintable(text));
    // The line break is kept (pre-wrap), not flattened.
    QVERIFY(html.contains(u"khoá cửa suốt.\nCỏ mọc"));
    // A report without a work has no work line.
    QVERIFY(!text.contains(u"Công trình Cải tạo"));
    // The photo stays in the store.
    QVERIFY(!html.contains(u"<img"));
    QVERIFY(!text.contains(u"hasPhoto"));
    const QString en = visibleText(page(waste(description), QStringLiteral("en")));
    QVERIFY(en.contains(u"Waste report"));
    QVERIFY(en.contains(u"Kind of waste Abandoned or idle works Where Nhà văn hoá tổ 5"));
}

void tst_PhonePage::everyTextIsEscaped()
{
    const QString evil = QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\" 'a'");
    HubRecordView r = waste(evil);
    r.payload.insert(QStringLiteral("place"), evil);
    r.payload.insert(QStringLiteral("projectCode"), evil);
    r.history.append({QStringLiteral("<b>odd</b>"), evil, QStringLiteral("2026-12-01T00:00:00.000Z")});
    r.status = QStringLiteral("<b>odd</b>");
    HubNames n = names();
    n.project = {evil, evil};
    n.ward = {evil, evil};

    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        const QString html = page(r, lang, n);
        QVERIFY(!html.contains(u"<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img", Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<b>"));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;q&quot; &#39;a&#39;"));
        // Every occurrence came out inert, and the text still reads as written.
        QVERIFY(html.count(u"&lt;script&gt;") >= 6);
        QVERIFY(visibleText(html).contains(evil));
    }

    // A code typed into the URL is shown on the 404 page, escaped.
    const QString typed = QStringLiteral("\"><script>alert(3)</script>");
    const QString notFound = QString::fromUtf8(PhonePage::render(typed, std::nullopt, HubNames{}, QString()).body);
    QVERIFY(!notFound.contains(u"<script"));
    QVERIFY(notFound.contains(u"&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));

    QCOMPARE(PhonePage::escaped(QStringLiteral("a<b>&\"'")), QStringLiteral("a&lt;b&gt;&amp;&quot;&#39;"));
}

void tst_PhonePage::onlyKnownPayloadFieldsArePrinted()
{
    // A payload that somehow carries personal keys: none of them may reach the page.
    const QStringList secrets{QStringLiteral("Nguyễn Văn Bí Mật"), QStringLiteral("0912345678"), QStringLiteral("Tổ dân phố số 9"),
                              QStringLiteral("hp-consent-1"), QStringLiteral("/9j/4AAQSkZJRg"), QStringLiteral("secret@example.vn")};
    const QJsonObject person{{QStringLiteral("fullName"), secrets.at(0)}, {QStringLiteral("phone"), secrets.at(1)},
                             {QStringLiteral("residentialGroup"), secrets.at(2)}};
    const QList<HubRecordView> kinds{land(), ::materials(), waste(QStringLiteral("Đèn đường sáng cả ban ngày nhiều tuần nay.")),
                                     record(QStringLiteral("pledge.labour"), {{QStringLiteral("days"), 2}})};
    for (HubRecordView r : kinds) {
        r.payload.insert(QStringLiteral("fullName"), secrets.at(0));
        r.payload.insert(QStringLiteral("phone"), secrets.at(1));
        r.payload.insert(QStringLiteral("residentialGroup"), secrets.at(2));
        r.payload.insert(QStringLiteral("person"), person);
        r.payload.insert(QStringLiteral("consent"), QJsonObject{{QStringLiteral("given"), true}, {QStringLiteral("textVersion"), secrets.at(3)}});
        r.payload.insert(QStringLiteral("photo"), secrets.at(4));
        r.payload.insert(QStringLiteral("email"), secrets.at(5));
        for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
            const QString html = page(r, lang);
            for (const QString &secret : secrets)
                QVERIFY2(!html.contains(secret), qPrintable(r.kind + u' ' + lang + u' ' + secret));
        }
    }
    // Where donated land lies (address, plot and map sheet) points at its owner through the
    // land register: the public page gives the area only.
    const QString html = page(land(), QStringLiteral("vi"));
    QVERIFY(!html.contains(u"Hạ Lý"));
    QVERIFY(!html.contains(u"112"));
    // The kiosk and who entered it are not the resident's business either.
    QVERIFY(!html.contains(u"K0007"));
}

void tst_PhonePage::statusBadges_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("received") << QStringLiteral("received") << QStringLiteral("Đã tiếp nhận") << QStringLiteral("Received");
    QTest::newRow("verified") << QStringLiteral("verified") << QStringLiteral("Đã xác minh") << QStringLiteral("Verified");
    QTest::newRow("scheduled") << QStringLiteral("scheduled") << QStringLiteral("Đã lên lịch") << QStringLiteral("Scheduled");
    QTest::newRow("thanked") << QStringLiteral("thanked") << QStringLiteral("Đã cảm ơn") << QStringLiteral("Thanked");
    QTest::newRow("resolved") << QStringLiteral("resolved") << QStringLiteral("Đã xử lý xong") << QStringLiteral("Resolved");
    QTest::newRow("rejected") << QStringLiteral("rejected") << QStringLiteral("Không được chấp nhận") << QStringLiteral("Not accepted");
    QTest::newRow("unknown") << QStringLiteral("on_hold") << QStringLiteral("on_hold") << QStringLiteral("on_hold");
}

void tst_PhonePage::statusBadges()
{
    QFETCH(QString, status);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    HubRecordView r = land();
    r.status = status;
    r.history.append({status, QString(), QStringLiteral("2026-12-01T00:00:00.000Z")});
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        const QString html = page(r, lang);
        const QString word = lang == u"en" ? en : vi;
        // The colour comes with a word on the badge itself, never alone.
        const QRegularExpression badge(QStringLiteral("<span class=\"badge s-([a-z]+)\">(?:<span aria-hidden=\"true\">[^<]+</span>)?([^<]+)</span>"));
        const QRegularExpressionMatch m = badge.match(html);
        QVERIFY2(m.hasMatch(), qPrintable(html));
        QCOMPARE(m.captured(2), word);
        QCOMPARE(m.captured(1), status == u"on_hold" ? QStringLiteral("other") : status);
        QVERIFY(html.contains(QStringLiteral(".s-%1").arg(m.captured(1))));
        QVERIFY(visibleText(html).contains(QStringLiteral("01/12/2026, 07:00 %1").arg(vi)) || lang == u"en");
    }
}

void tst_PhonePage::notFound_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    const QString unknown = ReceiptCode::make(u"HC", 99);
    QTest::newRow("vi, well formed") << unknown << QStringLiteral("vi")
                                     << QStringList{QStringLiteral("Không tìm thấy mã này"), QStringLiteral("Mã đã nhập ") + unknown,
                                                    QStringLiteral("HC-2345K-M"), QStringLiteral("cần một lúc để về đến thành phố"),
                                                    QStringLiteral("Thành phố Hải Phòng")};
    QTest::newRow("en, well formed") << unknown << QStringLiteral("en")
                                     << QStringList{QStringLiteral("We could not find this code"), QStringLiteral("Code entered ") + unknown,
                                                    QStringLiteral("HC-2345K-M"), QStringLiteral("can take a little while to reach the city"),
                                                    QStringLiteral("Hai Phong City")};
    // A mistyped code says what is wrong with it, in the page's language.
    QTest::newRow("vi, letter O") << QStringLiteral("HC-2O45K-M") << QStringLiteral("vi")
                                  << QStringList{QStringLiteral("Mã biên nhận không có chữ O, I, L và số 0, 1.")};
    QTest::newRow("en, swapped") << QStringLiteral("HC-3245K-M") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("a character may be mistyped or swapped")};
}

void tst_PhonePage::notFound()
{
    QFETCH(QString, typed);
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const HubReply reply = PhonePage::render(typed, std::nullopt, HubNames{}, lang);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.contentType, QByteArray("text/html; charset=utf-8"));
    const QString html = QString::fromUtf8(reply.body);
    QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
    QVERIFY(html.contains(u"<meta name=\"viewport\""));
    const QString text = visibleText(html);
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in: ") + text));
    QVERIFY(html.contains(lang == u"en" ? u">Tiếng Việt</a>" : u">English</a>"));
}

void tst_PhonePage::writeSamplePages()
{
    // Pages to look at and screenshot: tests/hub/phonepage-screenshots.sh.
    QDir dir(QStringLiteral(PHONE_PAGE_OUT_DIR));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const HubRecordView sample = ::materials();
    const QList<std::pair<QString, HubReply>> pages{
            {QStringLiteral("phone-r-vi.html"), PhonePage::render(sample.receiptCode, sample, names(), QStringLiteral("vi"))},
            {QStringLiteral("phone-r-en.html"), PhonePage::render(sample.receiptCode, sample, names(), QStringLiteral("en"))},
            {QStringLiteral("phone-r-404.html"), PhonePage::render(QStringLiteral("HC-2346P-Q"), std::nullopt, HubNames{}, QStringLiteral("vi"))},
            {QStringLiteral("phone-r-waste-vi.html"),
             PhonePage::render(Code, waste(QStringLiteral("Nhà văn hoá xây xong từ năm 2023 nhưng khoá cửa suốt, cỏ mọc kín sân.")),
                               names(), QStringLiteral("vi"))}};
    for (const auto &[name, reply] : pages) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(reply.body), reply.body.size());
    }
}

QTEST_GUILESS_MAIN(tst_PhonePage)
#include "tst_phonepage.moc"
