// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSqlDatabase>
#include <QString>

/** The kiosk's SQLite file: WAL journal, synchronous=FULL, foreign keys on, and versioned
    migrations tracked in PRAGMA user_version. One instance per thread. */
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if needed) and migrates to the newest schema. */
    bool open(const QString &path);
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

private:
    bool migrate();

    QString m_connectionName;
    QString m_lastError;
};
