// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "board/boardtypes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class ContentRepository;
class HubDatabase;

/** What the movement board rests on, read per ward and month (months in Hải Phòng's time,
    UTC+7): verified handovers by their handover date (unverified ones never count, nor those
    of a pledge the city rejected), waste
    reports closed as resolved by their closing date with the days since they arrived, and
    works finished by the actual end in their newest work history row, on time when that is
    on or before the planned end (the row's, else the published content's; a work with no
    planned end counts as finished, not on time). The ward of a work is the published
    content's. No personal data is read. */
class BoardFigures
{
public:
    BoardFigures(HubDatabase &db, ContentRepository &content);

    /** The figures of the months from `first` to `last` (yyyy-MM, both included), only the
        ward/month pairs that have any; nullopt when the database cannot answer. */
    std::optional<QList<WardMonthFigures>> read(const QString &first, const QString &last);

    /** A ward's waste reports for the kiosk's page "Tiết kiệm, chống lãng phí". */
    struct WastePage
    {
        QMap<QString, qint64> byCategory;  // the report's category key → reports
        QMap<QString, qint64> byStatus;    // status key → reports
        qint64 resolved = 0;
        double medianDaysToResolve = 0;    // over every report of the ward resolved so far
        struct Published
        {
            QString receiptCode;
            QString summary;      // the city officer's public words, never the resident's
            QString publishedAt;  // UTC ISO
        };
        QList<Published> published;  // newest first
    };
    static constexpr int MaxPublished = 20;
    std::optional<WastePage> wastePage(const QString &ward);

    /** The local (UTC+7) date of a UTC ISO time; invalid when it is not one. */
    static QDate localDate(const QString &isoUtc);

private:
    HubDatabase &m_db;
    ContentRepository &m_content;
};
