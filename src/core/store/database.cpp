// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "logging.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace {

QAtomicInt connectionCounter;

// Each entry moves the schema one version up; entries are never edited once released.
const char *const migrations[] = {
    // 1: content published by the city, and kiosk settings.
    R"sql(
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE content_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE wards (
        code TEXT PRIMARY KEY, kind TEXT NOT NULL, name_vi TEXT NOT NULL, name_en TEXT NOT NULL,
        ord INTEGER NOT NULL);
    CREATE TABLE projects (
        code TEXT PRIMARY KEY, ward TEXT NOT NULL REFERENCES wards(code),
        category TEXT NOT NULL, status TEXT NOT NULL,
        name_vi TEXT NOT NULL, name_en TEXT NOT NULL,
        description_vi TEXT NOT NULL, description_en TEXT NOT NULL,
        location_vi TEXT NOT NULL, location_en TEXT NOT NULL,
        owner_vi TEXT NOT NULL, owner_en TEXT NOT NULL,
        contractor_vi TEXT NOT NULL, contractor_en TEXT NOT NULL,
        progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
        start_date TEXT NOT NULL, planned_end TEXT NOT NULL,
        budget_total INTEGER NOT NULL, budget_disbursed INTEGER NOT NULL,
        images TEXT NOT NULL, ord INTEGER NOT NULL);
    CREATE INDEX projects_ward ON projects(ward);
    CREATE TABLE ranking (ward TEXT PRIMARY KEY REFERENCES wards(code), score REAL NOT NULL,
        rank INTEGER NOT NULL);
    CREATE TABLE announcements (id TEXT PRIMARY KEY, title_vi TEXT NOT NULL, title_en TEXT NOT NULL,
        body_vi TEXT NOT NULL, body_en TEXT NOT NULL, ord INTEGER NOT NULL);
    )sql",
    // 2: residents' records (pledges, waste reports), the outbox the sync client drains, and
    // counters (receipt sequence per prefix). Personal data and the photo sit in their own
    // columns so they can be wiped once the city has confirmed the record.
    R"sql(
    CREATE TABLE records (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, schema INTEGER NOT NULL, created_at TEXT NOT NULL,
        ward TEXT NOT NULL, kiosk_id TEXT NOT NULL, receipt_code TEXT NOT NULL UNIQUE,
        payload TEXT NOT NULL, personal TEXT, photo BLOB,
        sync_state TEXT NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'sent', 'confirmed')),
        status TEXT NOT NULL DEFAULT 'submitted',
        entered_by TEXT NOT NULL CHECK (entered_by IN ('resident', 'staff')));
    CREATE INDEX records_created ON records(created_at);
    CREATE TABLE outbox (
        record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
        attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '');
    CREATE INDEX outbox_next ON outbox(next_attempt_at);
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    )sql",
    // 3: sync with the city hub. A record the hub refused (conflict, rejected) stays in the
    // outbox, held for staff with the hub's reason, never deleted; records keep the status
    // the city set last, when, and its note.
    R"sql(
    ALTER TABLE outbox ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE records ADD COLUMN status_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE records ADD COLUMN status_note TEXT NOT NULL DEFAULT '';
    )sql",
    // 4: the outbox's next_attempt_at was written and never read (SyncWorker keeps the backoff
    // in memory): drop it and its index.
    R"sql(
    DROP INDEX outbox_next;
    ALTER TABLE outbox DROP COLUMN next_attempt_at;
    )sql",
    // 5: content format 2. Wards gain their population and the kinds since the 2025
    // reorganisation (phuong, xa, dac-khu); works gain the approved budget beside the current
    // one, the actual end and a dated history of stage, progress and money; the attract loop's
    // playlist. The bare-rank ranking is gone: the city computes the board.
    R"sql(
    ALTER TABLE wards ADD COLUMN population INTEGER NOT NULL DEFAULT 0;
    UPDATE wards SET kind = CASE kind WHEN 'ward' THEN 'phuong' WHEN 'commune' THEN 'xa' ELSE kind END;
    ALTER TABLE projects ADD COLUMN budget_original INTEGER NOT NULL DEFAULT 0;
    UPDATE projects SET budget_original = budget_total;
    ALTER TABLE projects ADD COLUMN actual_end TEXT NOT NULL DEFAULT '';
    CREATE TABLE project_history (
        project TEXT NOT NULL REFERENCES projects(code) ON DELETE CASCADE, on_date TEXT NOT NULL,
        stage TEXT NOT NULL, progress INTEGER NOT NULL, disbursed INTEGER NOT NULL, budget INTEGER NOT NULL,
        PRIMARY KEY (project, on_date));
    CREATE TABLE playlist (
        ord INTEGER PRIMARY KEY, kind TEXT NOT NULL, file TEXT NOT NULL, project TEXT NOT NULL,
        seconds INTEGER NOT NULL, title_vi TEXT NOT NULL, title_en TEXT NOT NULL,
        body_vi TEXT NOT NULL, body_en TEXT NOT NULL);
    DROP TABLE ranking;
    )sql",
    // 6: the movement board as the hub last served it (GET /api/v1/board): one row, the body
    // as received after it parsed, and its ETag for the next If-None-Match.
    R"sql(
    CREATE TABLE board (id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT NOT NULL, json TEXT NOT NULL,
        fetched_at TEXT NOT NULL);
    )sql",
};

}

Database::Database()
    : m_connectionName(QStringLiteral("civic-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

int Database::latestVersion()
{
    return int(std::size(migrations));
}

bool Database::open(const QString &path, int upTo)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            m_lastError = db.lastError().text();
            qCWarning(lcStore) << "cannot open database" << path << m_lastError;
            return false;
        }
    }
    {
        // SQLite answers with the mode it really uses: a file system without shared memory
        // keeps the rollback journal, which is still durable but lets readers block writers.
        QSqlQuery mode(connection());
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next()) {
            m_lastError = mode.lastError().text();
            return false;
        }
        if (mode.value(0).toString() != u"wal")
            qCWarning(lcStore) << "SQLite kept journal mode" << mode.value(0).toString() << "instead of WAL for" << path;
    }
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL")) || !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return false;
    {
        // Deleted content (a resident's name and phone once the city has the record) is
        // overwritten with zeros instead of lingering in free space. SQLite's default depends
        // on how it was built, so every connection sets it itself.
        QSqlQuery secure(connection());
        if (!secure.exec(QStringLiteral("PRAGMA secure_delete=ON")) || !secure.next() || secure.value(0).toInt() != 1) {
            m_lastError = QStringLiteral("SQLite refused secure_delete: %1").arg(secure.lastError().text());
            qCWarning(lcStore) << m_lastError;
            return false;
        }
    }
    return migrate(std::min(upTo, latestVersion()));
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "statement failed:" << m_lastError;
        return false;
    }
    return true;
}

Database::Checkpoint Database::truncateWal(int budgetMs)
{
    // SQLite's busy handler would wait up to BusyTimeoutMs inside each try; this loop does the
    // waiting itself so the bound is budgetMs and a blocked try is seen and logged.
    if (!exec(QStringLiteral("PRAGMA busy_timeout=0")))
        return Checkpoint::Failed;
    QElapsedTimer elapsed;
    elapsed.start();
    Checkpoint result = Checkpoint::Failed;
    int tries = 0;
    int pauseMs = 5;
    for (;;) {
        ++tries;
        QSqlQuery q(connection());
        // One row: busy (1 when a reader or writer blocked it), WAL frames, frames copied.
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
            m_lastError = q.lastError().text();
            qCWarning(lcStore) << "WAL checkpoint failed:" << m_lastError;
            break;
        }
        if (q.value(0).toInt() == 0) {
            result = Checkpoint::Done;
            break;
        }
        q.finish();
        if (tries == 1)
            qCInfo(lcStore) << "WAL checkpoint blocked by another connection; trying again for up to" << budgetMs << "ms";
        const qint64 left = budgetMs - elapsed.elapsed();
        if (left <= 0) {
            result = Checkpoint::Busy;
            break;
        }
        QThread::msleep(ulong(std::min<qint64>(pauseMs, left)));
        pauseMs = std::min(pauseMs * 2, 100);
    }
    exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs));
    if (result == Checkpoint::Done && tries > 1)
        qCInfo(lcStore) << "WAL checkpoint completed after" << tries << "tries," << elapsed.elapsed() << "ms";
    else if (result == Checkpoint::Busy)
        qCWarning(lcStore) << "WAL checkpoint still blocked after" << tries << "tries," << elapsed.elapsed()
                           << "ms; deleted data stays in the WAL until the next try";
    return result;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);  // a null QString binds as NULL
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "cannot save setting" << key << m_lastError;
        return false;
    }
    return true;
}

bool Database::migrate(int target)
{
    const int current = schemaVersion();
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        m_lastError = QStringLiteral("database schema %1 is newer than this program (%2)")
                              .arg(current).arg(latestVersion());
        qCWarning(lcStore) << m_lastError;
        return false;
    }
    for (int version = current; version < target; ++version) {
        Transaction transaction(*this);
        if (!transaction.begun()) {
            m_lastError = transaction.begun().error().detail;
            return false;
        }
        // Another process (kioskctl, the kiosk) may have migrated while this one waited for the lock.
        if (schemaVersion() > version)
            continue;
        // QSQLITE runs one statement per exec(): split the migration on ';'.
        const QStringList statements = QString::fromUtf8(migrations[version]).split(u';', Qt::SkipEmptyParts);
        bool ok = true;
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!(ok = exec(statement)))
                break;
        }
        ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        if (ok) {
            if (const StoreResult<> committed = transaction.commit(); !committed) {
                m_lastError = committed.error().detail;
                ok = false;
            }
        }
        if (!ok) {
            qCWarning(lcStore) << "migration to schema" << version + 1 << "failed";
            return false;
        }
        qCInfo(lcStore) << "database migrated to schema" << version + 1;
    }
    return true;
}
