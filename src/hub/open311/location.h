// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <optional>

namespace Open311 {

/** A report's place as Open311 speaks of it: what a POST gave is kept in the report's place
    text, where GET finds it again. */
struct Location
{
    QString address;  // the place without coordinates
    std::optional<double> lat;
    std::optional<double> lon;
};

/** "20.8449, 106.6881": degrees with at most 7 decimals (about 1 cm), trailing zeros dropped. */
QString coordinatesText(double lat, double lon);

/** "20.8449, 106.6881" or "Ngõ 5 Hạ Lý (20.8449, 106.6881)": coordinates come back as lat and
    long, the rest as the address. Any other place is all address. */
Location locationOf(const QString &place);

}
