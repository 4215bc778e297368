// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardwords.h"

#include "records/record.h"
#include "text/formatting.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace BoardWords {

namespace {

QString t(const QString &lang, const char16_t *vi, const char16_t *en)
{
    return QString::fromUtf16(lang == u"en" ? en : vi);
}

const QString MaterialsPrefix = QStringLiteral("materials:");

}

QString kind(const QString &k, const QString &lang)
{
    if (k == u"phuong")
        return t(lang, u"Phường", u"Urban wards (phường)");
    if (k == u"xa")
        return t(lang, u"Xã", u"Communes (xã)");
    if (k == u"dac-khu")
        return t(lang, u"Đặc khu", u"Special zones (đặc khu)");
    return k;
}

QString measure(const QString &m, const QString &lang)
{
    if (m == u"land")
        return t(lang, u"Đất đã bàn giao", u"Land handed over");
    if (m == u"labour")
        return t(lang, u"Ngày công đã làm", u"Labour days worked");
    if (m == u"pledges")
        return t(lang, u"Đăng ký đã bàn giao", u"Pledges handed over");
    if (m == u"waste-resolved")
        return t(lang, u"Phản ánh lãng phí đã xử lý xong", u"Waste reports resolved");
    if (m == u"resolve-days")
        return t(lang, u"Số ngày xử lý (trung vị)", u"Days to resolve (median)");
    if (m == u"works-on-time")
        return t(lang, u"Công trình xong đúng hạn", u"Works finished by their planned end");
    if (m.startsWith(MaterialsPrefix)) {
        const QString item = m.mid(MaterialsPrefix.size()).section(u'|', 0, 0);
        return t(lang, u"Vật liệu: ", u"Materials: ") + RecordVocabulary::label(u"item", item).in(lang);
    }
    return m;
}

QString unit(const QString &m, const QString &lang)
{
    if (m == u"land")
        return QStringLiteral("m²");
    if (m == u"labour")
        return t(lang, u"ngày công", u"days");
    if (m == u"pledges")
        return t(lang, u"đăng ký", u"pledges");
    if (m == u"waste-resolved")
        return t(lang, u"phản ánh", u"reports");
    if (m == u"resolve-days")
        return t(lang, u"ngày", u"days");
    if (m == u"works-on-time")
        return QStringLiteral("%");
    if (m.startsWith(MaterialsPrefix))
        return RecordVocabulary::label(u"unit", m.section(u'|', 1)).in(lang);
    return {};
}

QString comparedUnit(const BoardTable &table, const QString &lang)
{
    const QString u = unit(table.measure, lang);
    return table.perThousand ? u + t(lang, u" / 1.000 dân", u" per 1,000 residents") : u;
}

QString tier(const QString &k, const QString &lang)
{
    if (k == u"excellent")
        return t(lang, u"Xuất sắc", u"Excellent");
    if (k == u"good")
        return t(lang, u"Tốt", u"Good");
    if (k == u"fair")
        return t(lang, u"Khá", u"Fair");
    if (k == u"needs-effort")
        return t(lang, u"Cần cố gắng", u"Needs effort");
    return {};
}

QString tierIcon(const QString &k)
{
    if (k == u"excellent")
        return QStringLiteral("★★★");
    if (k == u"good")
        return QStringLiteral("★★");
    if (k == u"fair")
        return QStringLiteral("★");
    if (k == u"needs-effort")
        return QStringLiteral("☆");
    return {};
}

QString notPlaced(const QString &reason, const QString &lang)
{
    if (reason == u"no-population")
        return t(lang, u"Chưa xếp hạng: chưa có số dân", u"Not placed: population unknown");
    if (reason == u"few-records")
        return t(lang, u"Chưa xếp hạng: dưới 10 hồ sơ", u"Not placed: under 10 records");
    return {};
}

QString leader(const QString &lang)
{
    return t(lang, u"Dẫn đầu", u"Leading");
}

QString mostImproved(const QString &lang)
{
    return t(lang, u"Tiến bộ nhất", u"Most improved");
}

QString state(const BoardMonth &m, const QString &lang)
{
    return m.frozen ? t(lang, u"Đã công bố", u"Published") : t(lang, u"Tạm tính", u"Provisional");
}

QString month(const QString &m, const QString &lang)
{
    const QDate d = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return m;
    return lang == u"en" ? QLocale(QLocale::English).toString(d, QStringLiteral("MMM yyyy"))
                         : d.toString(QStringLiteral("MM/yyyy"));
}

QStringList rules(const QString &lang)
{
    if (lang == u"en")
        return {
                QStringLiteral("Only what was really handed over counts: a handover entered by a ward officer and "
                               "verified by a city officer. Pledges alone do not count."),
                QStringLiteral("Each measure stands on its own; there is no combined score."),
                QStringLiteral("Land, labour days, materials, pledges handed over and waste reports resolved are "
                               "divided by the ward's population and shown per 1,000 residents, so a small ward and "
                               "a large one can be compared."),
                QStringLiteral("Days to resolve is the median (the middle value) of the days from a waste report's "
                               "arrival to its resolution; fewer is better. Works finished on time is the share of "
                               "the works finished that month whose actual end was on or before the planned end."),
                QStringLiteral("Wards (phường) are compared only with wards, communes (xã) with communes, special "
                               "zones (đặc khu) with special zones."),
                QStringLiteral("A figure resting on fewer than 10 records, or a ward whose population is not known, "
                               "is listed but not placed."),
                QStringLiteral("Tiers by quarter among the placed wards of a kind: the best quarter Excellent, then "
                               "Good, Fair, Needs effort. Wards with equal figures get the same tier. With fewer than "
                               "4 placed wards no tiers are given."),
                QStringLiteral("Most improved: the largest rise against the month before, among wards placed in "
                               "both months."),
                QStringLiteral("A month is published on the 5th of the next month and never changes after that; "
                               "until then its figures are provisional."),
        };
    return {
            QStringLiteral("Chỉ tính phần đã thực sự bàn giao: biên bản bàn giao do cán bộ phường nhập và cán bộ "
                           "thành phố xác minh. Đăng ký suông không được tính."),
            QStringLiteral("Mỗi chỉ tiêu được xét riêng, không cộng gộp thành một điểm chung."),
            QStringLiteral("Đất, ngày công, vật liệu, đăng ký đã bàn giao và phản ánh lãng phí đã xử lý được chia "
                           "theo số dân của phường, xã và tính trên 1.000 dân, để nơi ít dân và nơi đông dân so "
                           "sánh được với nhau."),
            QStringLiteral("Số ngày xử lý là trung vị (giá trị ở giữa) số ngày từ khi nhận phản ánh đến khi xử lý "
                           "xong; càng ít càng tốt. Công trình xong đúng hạn là tỷ lệ công trình hoàn thành trong "
                           "tháng có ngày hoàn thành thực tế không muộn hơn ngày dự kiến."),
            QStringLiteral("Phường chỉ so với phường, xã với xã, đặc khu với đặc khu."),
            QStringLiteral("Số liệu dựa trên dưới 10 hồ sơ, hoặc nơi chưa có số dân, vẫn được liệt kê nhưng không "
                           "xếp hạng."),
            QStringLiteral("Xếp mức theo phần tư trong các nơi được xếp hạng cùng loại: một phần tư tốt nhất là Xuất "
                           "sắc, rồi Tốt, Khá, Cần cố gắng. Số liệu bằng nhau thì cùng mức. Dưới 4 nơi được xếp hạng "
                           "thì chưa chia mức."),
            QStringLiteral("Tiến bộ nhất: nơi tăng nhiều nhất so với tháng trước, trong các nơi được xếp hạng cả hai "
                           "tháng."),
            QStringLiteral("Số liệu một tháng được công bố vào ngày 5 tháng sau và không thay đổi nữa; trước đó là "
                           "số liệu tạm tính."),
    };
}

QString figure(double value, const QString &lang)
{
    // Two decimals under 10, so wards whose tiers differ never show the same figure.
    return std::fabs(value) < 10 ? Formatting::decimal(std::round(value * 100) / 100, lang)
                                 : Formatting::decimal(std::round(value * 10) / 10, lang);
}

QString compared(const BoardTable &table, const BoardEntry &entry, const QString &lang)
{
    if (table.perThousand && entry.notPlaced == u"no-population")
        return QStringLiteral("—");
    return figure(entry.compared, lang);
}

}
