// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSqlDatabase>
#include <QString>

/** The kiosk's SQLite file: WAL journal, synchronous=FULL, foreign keys on, secure_delete on,
    and versioned migrations tracked in PRAGMA user_version. One instance per thread. */
class Database
{
public:
    /** How long a statement waits for another connection's lock before failing. */
    static constexpr int BusyTimeoutMs = 5'000;
    /** How long truncateWal keeps trying while another connection reads. */
    static constexpr int CheckpointBudgetMs = 3'000;

    /** What truncateWal came to. */
    enum class Checkpoint { Done, Busy, Failed };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if needed) and migrates to the newest schema. */
    bool open(const QString &path) { return open(path, latestVersion()); }
    /** Opens and migrates up to schema upTo only: how tests make a file as an older
        release left it. */
    bool open(const QString &path, int upTo);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString lastError() const { return m_lastError; }

    /** The schema version this build writes. */
    static int latestVersion();
    int schemaVersion() const;

    /** A row of the settings table, or fallback when there is none. */
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

    /** Runs one statement; records and logs the error on failure. */
    bool exec(const QString &sql);

    /** Copies the WAL into the database file and truncates it to zero bytes, so the old page
        images it holds (deleted personal data among them) leave the files. A connection
        reading an older snapshot blocks it ("busy"): it is tried again, with a growing pause,
        until budgetMs have passed. Sleeps in the calling thread: never call it from the UI
        thread. */
    Checkpoint truncateWal(int budgetMs = CheckpointBudgetMs);

private:
    bool migrate(int target);

    QString m_connectionName;
    QString m_lastError;
};
