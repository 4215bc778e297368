// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

#include <optional>

class HubDatabase;

/** The figures of the back-office's dashboard (/staff/dashboard), read straight from the
    records: how many of each kind are in each status per ward, how long the city took to
    answer first (the median of first_reply_at − received_at, in days), and how many waste
    reports are still open after two weeks. Pure reads, the same SQL on both dialects but for
    the day difference; the median is taken here over the sorted day counts, so it is the
    same on both. No personal data. */
class DashboardFigures
{
public:
    static constexpr int OverdueDays = 14;

    explicit DashboardFigures(HubDatabase &db);

    struct Count
    {
        QString ward;
        QString kind;  // "pledge" or "report"
        QString status;
        qint64 count = 0;
    };
    struct FirstReply
    {
        QString ward;  // empty: every ward in reach together
        qint64 answered = 0;
        double medianDays = 0;
    };
    struct Overdue
    {
        QString ward;
        qint64 count = 0;
    };
    struct Figures
    {
        QList<Count> counts;          // by ward, then kind, then status
        QList<FirstReply> firstReply; // by ward, then the whole (ward empty) last
        QList<Overdue> overdue;       // wards with at least one
        QString overdueBefore;        // UTC: open reports received before this are overdue
    };

    /** The figures of one ward, or of every ward when `ward` is empty; `nowUtc` is the time
        "older than 14 days" counts from. nullopt when the database cannot answer. */
    std::optional<Figures> read(const QString &ward, const QString &nowUtc);

    /** The median of the values (sorted here); 0 for none. */
    static double median(QList<double> values);

private:
    HubDatabase &m_db;
};
