// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>
#include <QStringView>

/** The kiosk's words for the movement board's keys (deploy/SYNC-PROTOCOL.md), in Vietnamese
    ("vi") or English ("en"): kinds of ward, measures and their units, tiers, why a ward is not
    placed, months. */
namespace BoardText {

QString kind(const QString &key, QStringView lang);
/** "Đất đã bàn giao"; materials name their item: "Vật liệu: Xi măng". */
QString measure(const QString &key, QStringView lang);
/** The unit of the figure: "m²", "ngày công", "%". */
QString unit(const QString &key, QStringView lang);
/** The unit wards are compared in: "m² / 1.000 dân" when divided per 1,000 residents. */
QString comparedUnit(const QString &key, bool perThousand, QStringView lang);
/** "Xuất sắc", "Tốt", "Khá", "Cần cố gắng"; empty for no tier. */
QString tier(const QString &key, QStringView lang);
/** "Chưa xếp hạng: dưới 10 hồ sơ" for `few-records` with minRecords 10. */
QString notPlaced(const QString &reason, int minRecords, QStringView lang);
/** "dựa trên 12 hồ sơ" / "based on 12 records". */
QString records(int count, QStringView lang);
/** A month "YYYY-MM" in full: "Tháng 12/2026" / "December 2026"; empty when not one. */
QString month(const QString &yyyyMm, QStringView lang);
/** A month on the chart's axis: "T12/26" / "Dec 26". */
QString shortMonth(const QString &yyyyMm, QStringView lang);
/** The first day of the month after "YYYY-MM", when it is published: the 5th. */
QDate publishDay(const QString &yyyyMm);

}
