// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

/** A message or name in both of the kiosk's languages; Vietnamese is the default. */
struct LocalizedText
{
    QString vi;
    QString en;

    QString in(QStringView language) const
    {
        return (language == u"en" && !en.isEmpty()) ? en : vi;
    }
    bool isEmpty() const { return vi.isEmpty() && en.isEmpty(); }
};
