// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"
#include "localizedtext.h"
#include "hubtypes.h"

#include <QHash>
#include <QString>

/** What /thi-dua shows: one month of the board and the wards' names. */
struct BoardPageData
{
    BoardMonth board;
    QString current;  // the current month, so the page offers no month after it
    QHash<QString, LocalizedText> names;  // ward code → name
    bool sample = false;
    bool badMonth = false;  // a month was asked for that is not one, or not yet: said so, this month shown
};

/** The public movement board for residents' phones (/thi-dua): each kind of ward, each
    measure on its own, every figure with the records it rests on, tiers in words with an
    icon, the leaders and the most improved, and "Cách tính / How it is computed". Pure;
    rendered from templates/thi-dua.mustache, so every text from the content is escaped.
    lang "en" gives English, anything else Vietnamese. */
namespace BoardPage {
HubReply render(const BoardPageData &data, const QString &lang);
}
