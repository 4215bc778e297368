// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class AuditLog;
class HubDatabase;
struct AuditActor;

/** A work's figures as a city officer sets them: its stage (the bundle's status key), progress,
    money and dates. A row of work_history holds all of them, true on its date. */
struct WorkFigures
{
    QString stage;  // preparing, in_progress, paused, completed
    int progress = 0;
    qint64 disbursed = 0;
    qint64 adjustedBudget = 0;
    QDate startDate;
    QDate plannedEnd;
    QDate actualEnd;  // invalid: not finished
};

struct WorkHistoryRow
{
    qint64 seq = 0;
    QString projectCode;
    QDate onDate;
    WorkFigures figures;
    qint64 accountId = 0;
    QString accountName;
    QString recordedAt;
    QString publishedAt;  // empty: not yet in the published content
};

/** The dated history of works' figures (table work_history), as officers change them in the
    back-office. The newest row of a work (by date, then entry) is its current figures; the
    rows not yet published are what ContentRepository::publishWorkHistory applies to the
    content kiosks pull. Each row writes its audit line in the same transaction. */
class WorkHistory
{
public:
    WorkHistory(HubDatabase &db, AuditLog &audit);

    bool add(const AuditActor &actor, const QString &projectCode, const QDate &onDate, const WorkFigures &figures,
             qint64 *seq = nullptr);
    /** A work's rows, newest first; nullopt when reading fails. */
    std::optional<QList<WorkHistoryRow>> forWork(const QString &projectCode, int limit = 100);
    /** Codes of the works that have rows not yet published. */
    std::optional<QStringList> unpublishedWorks();

    /** Reads a row's columns from a query positioned on it (the column order of forWork). */
    static QString selectColumns();

private:
    HubDatabase &m_db;
    AuditLog &m_audit;
};
