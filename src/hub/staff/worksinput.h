// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>

#include <optional>

/** Numbers and dates as officers type them in the works and handover forms: money in whole
    đồng with or without grouping ("1.250.000", "1 250 000", "1250000", "1.250.000 đ"),
    quantities with a decimal comma or point ("12,5", "12.5"), dates as dd/mm/yyyy or ISO.
    Pure, so every form reads them the same way (tests/hub/tst_staffworks). */
namespace WorksInput {

/** Whole đồng, 0 – 10^15; nullopt for anything else (decimals, letters, negatives). */
std::optional<qint64> money(const QString &typed);
/** A quantity > 0 with at most two decimals, up to 10^9; nullopt otherwise. */
std::optional<double> quantity(const QString &typed);
/** "05/03/2026", "5/3/2026" or "2026-03-05"; an invalid QDate for empty text; nullopt when
    the text is not a date. */
std::optional<QDate> date(const QString &typed);
/** A date for an input field: "05/03/2026", empty for an invalid date. */
QString dateField(const QDate &date);
/** Money for an input field with Vietnamese grouping: "1.250.000". */
QString moneyField(qint64 vnd);

}
