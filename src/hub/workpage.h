// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/project.h"
#include "hubtypes.h"

#include <QDate>
#include <QList>
#include <QString>

/** What /p/<CODE> shows: one published work and what the hub knows of it. */
struct WorkPageData
{
    Project work;
    LocalizedText wardName;
    qint64 acceptedPledges = 0;  // pledges for it the city has not rejected
    bool sample = false;         // the content is the demo: the page says so
    QDate today;                 // for the "behind schedule" mark
};

/** What one page of /p/ shows: works ward by ward, and the ward filter. */
struct WorkListData
{
    QList<Ward> wards;       // every ward, for the filter and the headings
    QString wardFilter;      // a ward's code, empty for all wards
    QList<Project> works;    // this page's works, ward by ward
    qsizetype total = 0;     // works in the whole list (all wards, or the filtered ward)
    int page = 1;            // 1 … pageCount
    int pageCount = 1;
    bool sample = false;
    QDate today;
};

/** The public pages of the published works, for a resident's phone: a work (opened from the
    QR code on its kiosk page) and the list of every work, ward by ward. Pure: the server
    looks the data up and sends what these return. Rendered from the templates in
    src/hub/templates, so every text from the content is escaped. lang "en" gives English,
    anything else Vietnamese. */
namespace WorkPage {

constexpr int PerPage = 50;

HubReply render(const WorkPageData &data, const QString &lang);
/** One page of the list. */
HubReply renderList(const WorkListData &data, const QString &lang);

enum class Missing { Work, Ward };
/** The friendly 404 page: no such work (typed: the code as it came in the URL) or ward. */
HubReply notFound(Missing what, const QString &typed, bool sample, const QString &lang);

/** The page to show for ?page=TEXT of a list of total works: a whole number from 1 to the
    last page; anything else is brought into that range (1 when it is not a number). */
int pageNumber(const QString &typed, qsizetype total);
int pageCount(qsizetype total);

}
