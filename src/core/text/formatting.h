// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>

/** Money, number and date formats residents expect, in Vietnamese ("vi") or English ("en"). */
namespace Formatting {

/** "1.250 tỷ đồng", "850 triệu đồng", "1,5 tỷ đồng", "750.000 đồng";
    English "VND 1,250 billion", "VND 850 million", "VND 750,000". */
QString money(qint64 vnd, QStringView language);

/** A whole number with the language's grouping: "10.000" / "10,000". */
QString number(qint64 value, QStringView language);

/** A number with at most two decimals and the language's separators: "1.234,5" / "1,234.5". */
QString decimal(double value, QStringView language);

/** A calendar date: "05/03/2026" / "5 Mar 2026". Invalid dates give "—". */
QString date(QDate date, QStringView language);

/** An ISO 8601 time stamp in the kiosk's local time: "27/11/2026 08:30" / "27 Nov 2026 08:30";
    empty when it is not one. */
QString localDateTime(const QString &iso, QStringView language);

/** Today's date for a header: "Thứ Sáu, 27/11/2026" / "Friday, 27 November 2026". */
QString longDate(QDate date, QStringView language);

}
