// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardtext.h"

#include "records/record.h"
#include "text/formatting.h"

#include <QLocale>

namespace BoardText {

namespace {

QString t(QStringView lang, const char16_t *vi, const char16_t *en)
{
    return QString::fromUtf16(lang == u"en" ? en : vi);
}

const QString MaterialsPrefix = QStringLiteral("materials:");

QDate firstDay(const QString &yyyyMm)
{
    return QDate::fromString(yyyyMm + QStringLiteral("-01"), Qt::ISODate);
}

}

QString kind(const QString &key, QStringView lang)
{
    if (key == u"phuong")
        return t(lang, u"Phường", u"Urban wards (phường)");
    if (key == u"xa")
        return t(lang, u"Xã", u"Communes (xã)");
    if (key == u"dac-khu")
        return t(lang, u"Đặc khu", u"Special zones (đặc khu)");
    return key.left(40);
}

QString measure(const QString &key, QStringView lang)
{
    if (key == u"land")
        return t(lang, u"Đất đã bàn giao", u"Land handed over");
    if (key == u"labour")
        return t(lang, u"Ngày công đã làm", u"Labour days worked");
    if (key == u"pledges")
        return t(lang, u"Đăng ký đã bàn giao", u"Pledges handed over");
    if (key == u"waste-resolved")
        return t(lang, u"Phản ánh lãng phí đã xử lý", u"Waste reports resolved");
    if (key == u"resolve-days")
        return t(lang, u"Số ngày xử lý (trung vị)", u"Days to resolve (median)");
    if (key == u"works-on-time")
        return t(lang, u"Công trình xong đúng hạn", u"Works finished on time");
    if (key.startsWith(MaterialsPrefix)) {
        const QString item = key.mid(MaterialsPrefix.size()).section(u'|', 0, 0);
        return t(lang, u"Vật liệu: ", u"Materials: ") + RecordVocabulary::label(u"item", item).in(lang.toString());
    }
    return key.left(60);
}

QString unit(const QString &key, QStringView lang)
{
    if (key == u"land")
        return QStringLiteral("m²");
    if (key == u"labour")
        return t(lang, u"ngày công", u"days");
    if (key == u"pledges")
        return t(lang, u"đăng ký", u"pledges");
    if (key == u"waste-resolved")
        return t(lang, u"phản ánh", u"reports");
    if (key == u"resolve-days")
        return t(lang, u"ngày", u"days");
    if (key == u"works-on-time")
        return QStringLiteral("%");
    if (key.startsWith(MaterialsPrefix))
        return RecordVocabulary::label(u"unit", key.section(u'|', 1)).in(lang.toString());
    return {};
}

QString comparedUnit(const QString &key, bool perThousand, QStringView lang)
{
    const QString u = unit(key, lang);
    return perThousand ? u + t(lang, u" / 1.000 dân", u" per 1,000 residents") : u;
}

QString tier(const QString &key, QStringView lang)
{
    if (key == u"excellent")
        return t(lang, u"Xuất sắc", u"Excellent");
    if (key == u"good")
        return t(lang, u"Tốt", u"Good");
    if (key == u"fair")
        return t(lang, u"Khá", u"Fair");
    if (key == u"needs-effort")
        return t(lang, u"Cần cố gắng", u"Needs effort");
    return {};
}

QString notPlaced(const QString &reason, int minRecords, QStringView lang)
{
    if (reason == u"no-population")
        return t(lang, u"Chưa xếp hạng: chưa có số dân", u"Not placed: population unknown");
    if (reason == u"few-records")
        return t(lang, u"Chưa xếp hạng: dưới %1 hồ sơ", u"Not placed: under %1 records")
                .arg(Formatting::number(minRecords, lang));
    return t(lang, u"Chưa xếp hạng", u"Not placed");
}

QString records(int count, QStringView lang)
{
    if (lang == u"en")
        return count == 1 ? QStringLiteral("based on 1 record")
                          : QStringLiteral("based on %1 records").arg(Formatting::number(count, lang));
    return QStringLiteral("dựa trên %1 hồ sơ").arg(Formatting::number(count, lang));
}

QString month(const QString &yyyyMm, QStringView lang)
{
    const QDate d = firstDay(yyyyMm);
    if (!d.isValid())
        return {};
    if (lang == u"en")
        return QLocale(QLocale::English).toString(d, QStringLiteral("MMMM yyyy"));
    return QStringLiteral("Tháng %1/%2").arg(d.month()).arg(d.year());
}

QString shortMonth(const QString &yyyyMm, QStringView lang)
{
    const QDate d = firstDay(yyyyMm);
    if (!d.isValid())
        return {};
    if (lang == u"en")
        return QLocale(QLocale::English).toString(d, QStringLiteral("MMM yy"));
    return QStringLiteral("T%1/%2").arg(d.month()).arg(d.year() % 100, 2, 10, QLatin1Char('0'));
}

QDate publishDay(const QString &yyyyMm)
{
    const QDate d = firstDay(yyyyMm);
    return d.isValid() ? d.addMonths(1).addDays(4) : QDate();
}

}
