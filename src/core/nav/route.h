// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QString>
#include <QVariantMap>

/** A place in the kiosk, written as a short string ("home", "projects?q=cau",
    "project/HB-001"). The one parser every way in (command line, QR, buttons) goes through. */
struct Route
{
    QString page;          // "home", "projects", "project", "pledge", "report", "receipt",
                           // "board", "waste", "lookup" (receipt lookup), "admin" (the staff
                           // PIN pad), "loop" (the attract loop)
    QVariantMap params;    // projects: q, category, status, ward; project, receipt: code;
                           // pledge: kind (land, labour, materials) when chosen in advance;
                           // lookup: code (the characters typed so far), optional

    /** Parses a route; on failure returns false and says why in both languages. */
    static bool parse(const QString &text, Route *route, LocalizedText *error);
    /** The canonical string for this route. */
    QString toString() const;
};
