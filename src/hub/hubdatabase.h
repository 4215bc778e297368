// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

/** city-hub's database: SQLite (the embedded default) or PostgreSQL (several hubs on one
    server), one list of migrations for both, versioned in the `meta` table. One instance per
    thread; it owns one connection. Writes that belong together go through a HubTransaction
    (hubtransaction.h).

    Locations:
    - `sqlite:PATH` (also `sqlite:///abs/path`): WAL journal, synchronous=FULL.
    - `postgresql://user:pass@host:port/dbname` (QPSQL). Query items: `schema=NAME` puts every
      table in that schema (created when missing; tests use a fresh one each), `host=/dir`
      a unix socket directory, `sslmode=…` and `connect_timeout=…` go to libpq. */
class HubDatabase
{
public:
    enum class Dialect { SQLite, PostgreSQL };

    HubDatabase();
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    /** Opens the location and migrates it to the newest schema (or only up to
        `targetVersion`: tests of one migration step over data of the step before). */
    bool open(const QString &location, int targetVersion = -1);
    void close();
    bool isOpen() const;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    /** Why the last call failed, for people (never contains a password). */
    QString lastError() const { return m_lastError; }
    /** The location with any password replaced by "***", for messages and logs. */
    static QString redacted(const QString &location);

    static int latestVersion();
    /** The version in `meta`, 0 for an empty database, -1 when it cannot be read. */
    int schemaVersion() const;

    /** The data generation: a number in `meta` that every committed HubTransaction raises
        by one, whichever process or hub wrote (they share the database). What is computed
        from the data (the movement board, BoardCache) is kept while it stays the same.
        nullopt when it cannot be read. */
    std::optional<qint64> dataGeneration() const;
    /** Raises the data generation; HubTransaction::commit() runs it inside the transaction,
        so the new number becomes visible together with the data it stands for. */
    bool raiseDataGeneration();

    /** Runs one statement; records the error on failure. */
    bool exec(const QString &sql);
    /** Lets the query planner know the tables' sizes and spreads again (ANALYZE; on SQLite a
        sampled one, a fraction of a second for 100,000 records). Logged when it fails. */
    bool refreshStatistics();
    /** A BLOB (SQLite) or BYTEA (PostgreSQL) parameter that is NULL. */
    static QVariant nullBytes();
    static QVariant nullText();

    /** The schema name from a PostgreSQL location's `schema=` item, empty when none. */
    static QString schemaOf(const QString &location);

private:
    bool openSqlite(const QString &path);
    bool openPostgres(const QString &location);
    bool migrate();
    bool fail(const QString &what, const QSqlError &error);

    QString m_connectionName;
    Dialect m_dialect = Dialect::SQLite;
    QString m_lastError;
    int m_targetVersion = -1;
};
