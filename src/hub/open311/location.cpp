// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311/location.h"

#include <QRegularExpression>

#include <cmath>

namespace Open311 {

namespace {

QString degrees(double v)
{
    QString s = QString::number(v, 'f', 7);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

}

QString coordinatesText(double lat, double lon)
{
    return QStringLiteral("%1, %2").arg(degrees(lat), degrees(lon));
}

Location locationOf(const QString &place)
{
    static const QRegularExpression coords(
            QStringLiteral("^(?:(.*\\S)\\s*\\()?(-?\\d{1,2}(?:\\.\\d+)?), (-?\\d{1,3}(?:\\.\\d+)?)(\\)?)$"));
    const QRegularExpressionMatch m = coords.match(place);
    const bool open = !m.captured(1).isEmpty();
    if (!m.hasMatch() || open != (m.captured(4) == u")"))
        return {place, {}, {}};
    const double lat = m.captured(2).toDouble();
    const double lon = m.captured(3).toDouble();
    if (std::abs(lat) > 90 || std::abs(lon) > 180)
        return {place, {}, {}};
    return {m.captured(1), lat, lon};
}

}
