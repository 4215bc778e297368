// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdatabase.h"

#include "hublogging.h"
#include "hubtransaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace {

QAtomicInt connectionCounter;

// Each entry moves the schema one version up; entries are never edited once released, and
// new ones (the back-office's users, sessions, audit log, works history: store/README.md)
// are appended. The same text serves both dialects: {BLOB} becomes BLOB or BYTEA, {SERIAL}
// an auto-increment primary key, {PAYLOAD_PROJECT} the payload's projectCode read with the
// dialect's JSON function. Times are text, UTC ISO 8601 with milliseconds and "Z", so they
// sort as text in both. Statements end with a ';' at the end of a line (statementsOf()).
const char *const migrations[] = {
    // 1: kiosks and their enrolment codes, records with their status history, the published
    // content, and counters (kiosk ids, receipt prefixes, the hub's own TP receipt sequence).
    R"sql(
    CREATE TABLE kiosks (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, ward TEXT NOT NULL,
        receipt_prefix TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL, last_seen TEXT, revoked_at TEXT,
        pending_hint BIGINT NOT NULL DEFAULT 0);
    CREATE TABLE enrol_codes (
        code_hash TEXT PRIMARY KEY, ward TEXT NOT NULL, expires_at TEXT NOT NULL,
        used_at TEXT, kiosk_id TEXT);
    CREATE TABLE records (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, schema INTEGER NOT NULL,
        created_at TEXT NOT NULL, received_at TEXT NOT NULL, ward TEXT NOT NULL,
        kiosk_id TEXT NOT NULL, receipt_code TEXT NOT NULL UNIQUE, entered_by TEXT NOT NULL,
        payload TEXT NOT NULL, personal TEXT, photo {BLOB}, content_hash TEXT NOT NULL,
        status TEXT NOT NULL, status_note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
    CREATE INDEX records_kiosk ON records (kiosk_id);
    CREATE INDEX records_kind_received ON records (kind, received_at);
    CREATE TABLE status_history (
        seq {SERIAL}, record_id TEXT NOT NULL REFERENCES records (id),
        status TEXT NOT NULL, note TEXT NOT NULL, at TEXT NOT NULL);
    CREATE INDEX status_history_record ON status_history (record_id, seq);
    CREATE TABLE content (
        id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT NOT NULL, json TEXT NOT NULL,
        published_at TEXT NOT NULL);
    CREATE TABLE content_images (name TEXT PRIMARY KEY, bytes {BLOB} NOT NULL);
    CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)
    )sql",
    // 2: a kiosk enrolled again (after its token was revoked or lost) names the kiosk it
    // replaces, proven by that kiosk's old token, so the records it made under its old receipt
    // prefix are still its own.
    R"sql(
    ALTER TABLE kiosks ADD COLUMN replaces TEXT
    )sql",
    // 3: the work a record is for, out of the payload into its own indexed column, so a work's
    // public page counts its pledges without reading every payload.
    R"sql(
    ALTER TABLE records ADD COLUMN project_code TEXT;
    UPDATE records SET project_code = NULLIF({PAYLOAD_PROJECT}, '');
    CREATE INDEX records_project_kind_status ON records (project_code, kind, status)
    )sql",
    // 4: the city's back-office (/staff, src/hub/staff/README.md), its whole schema at once.
    // Staff accounts (roles are a set: "admin,city,ward"; a ward officer has one ward) with an
    // Argon2id hash; browser sessions by the SHA-256 of their token, so hubs sharing one
    // PostgreSQL share them; failed logins per hashed key (an account, a client address);
    // the append-only audit log (who, what, which record and fields: never the values).
    // Records gain what officers work with: the assignee, a duplicate's original, when the
    // city first answered and when the matter closed (retention counts from then), erasure
    // and withdrawn consent, and what a city officer published of a waste report. A status
    // change keeps its public reply in `note` (as before) and gains an internal note and who
    // set it. Reply templates per status and language; pledge handovers with their
    // verification; a work's dated history of what officers changed; what kiosks report on
    // each sync.
    R"sql(
    CREATE TABLE staff_accounts (
        id {SERIAL}, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
        roles TEXT NOT NULL, ward TEXT, password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL, password_set_at TEXT NOT NULL, disabled_at TEXT);
    CREATE TABLE staff_sessions (
        token_hash TEXT PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES staff_accounts (id),
        csrf TEXT NOT NULL, created_at TEXT NOT NULL, last_seen TEXT NOT NULL);
    CREATE INDEX staff_sessions_account ON staff_sessions (account_id);
    CREATE TABLE login_failures (
        key TEXT PRIMARY KEY, failures BIGINT NOT NULL, last_at TEXT NOT NULL);
    CREATE TABLE audit_log (
        seq {SERIAL}, at TEXT NOT NULL, account_id BIGINT, actor TEXT NOT NULL,
        action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '');
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_target ON audit_log (target, seq);
    ALTER TABLE records ADD COLUMN assignee BIGINT;
    ALTER TABLE records ADD COLUMN duplicate_of TEXT;
    ALTER TABLE records ADD COLUMN first_reply_at TEXT;
    ALTER TABLE records ADD COLUMN closed_at TEXT;
    ALTER TABLE records ADD COLUMN personal_erased_at TEXT;
    ALTER TABLE records ADD COLUMN consent_withdrawn_at TEXT;
    ALTER TABLE records ADD COLUMN public_summary TEXT;
    ALTER TABLE records ADD COLUMN public_photo {BLOB};
    ALTER TABLE records ADD COLUMN published_at TEXT;
    CREATE INDEX records_ward_received ON records (ward, received_at);
    CREATE INDEX records_status_received ON records (status, received_at);
    CREATE INDEX records_assignee ON records (assignee);
    ALTER TABLE status_history ADD COLUMN internal_note TEXT NOT NULL DEFAULT '';
    ALTER TABLE status_history ADD COLUMN account_id BIGINT;
    CREATE TABLE reply_templates (
        status TEXT NOT NULL, lang TEXT NOT NULL, body TEXT NOT NULL, updated_at TEXT NOT NULL,
        account_id BIGINT, PRIMARY KEY (status, lang));
    CREATE TABLE handovers (
        seq {SERIAL}, record_id TEXT NOT NULL REFERENCES records (id),
        quantity DOUBLE PRECISION NOT NULL, unit TEXT NOT NULL, item TEXT NOT NULL DEFAULT '',
        handed_on TEXT NOT NULL, document TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
        entered_by BIGINT NOT NULL, entered_at TEXT NOT NULL,
        verified_by BIGINT, verified_at TEXT);
    CREATE INDEX handovers_record ON handovers (record_id, seq);
    CREATE TABLE work_history (
        seq {SERIAL}, project_code TEXT NOT NULL, on_date TEXT NOT NULL, stage TEXT NOT NULL,
        progress DOUBLE PRECISION NOT NULL, disbursed DOUBLE PRECISION, adjusted_budget DOUBLE PRECISION,
        start_date TEXT, planned_end TEXT, actual_end TEXT, account_id BIGINT NOT NULL,
        recorded_at TEXT NOT NULL, published_at TEXT);
    CREATE INDEX work_history_project ON work_history (project_code, seq);
    ALTER TABLE kiosks ADD COLUMN app_version TEXT;
    ALTER TABLE kiosks ADD COLUMN content_version TEXT
    )sql",
    // 5: what the back-office's search reads (store/recordsearch.h): each record's folded text
    // in a narrow table of its own, so a diacritic-insensitive search of 100,000 records scans
    // short rows instead of payloads and photos. Folding is done in C++ (TextFold), so rows of
    // records stored before this step are written by RecordSearch::backfill() when the hub
    // starts serving.
    R"sql(
    CREATE TABLE record_search (
        record_id TEXT PRIMARY KEY REFERENCES records (id), body TEXT NOT NULL,
        personal TEXT NOT NULL DEFAULT '')
    )sql",
    // 6: the inbox of 100,000 records within its budget (bench_inbox). Two covering indexes,
    // one per order (received: newest/oldest; updated: longest waiting), holding every column
    // the inbox filters on and shows, so a page, a deep page and a count read short index
    // entries instead of records' rows (which carry the payload, the contact details and the
    // photo). On SQLite, a trigram full-text index over the search text, keyed by the records'
    // own rowid so a search's matches meet the covering index without reading a row; triggers
    // keep it in step with record_search (VACUUM keeps these rowids: the hub never rewrites a
    // record, and SQLite copies rowids as they are; tst_staffinbox checks a search after one).
    R"sql(
    CREATE INDEX records_inbox_received ON records (received_at, receipt_code, ward, kind, status,
        assignee, entered_by, project_code, updated_at, id);
    CREATE INDEX records_inbox_waiting ON records (updated_at, receipt_code, ward, kind, status,
        assignee, entered_by, project_code, received_at, id);
    {SQLITE}
    CREATE VIRTUAL TABLE record_search_fts USING fts5 (body, personal, content = '', tokenize = 'trigram');
    CREATE TRIGGER record_search_fts_insert AFTER INSERT ON record_search BEGIN
        INSERT INTO record_search_fts (rowid, body, personal) SELECT r.rowid, new.body, new.personal FROM records r WHERE r.id = new.record_id; END;
    CREATE TRIGGER record_search_fts_update AFTER UPDATE ON record_search BEGIN
        INSERT INTO record_search_fts (record_search_fts, rowid, body, personal) SELECT 'delete', r.rowid, old.body, old.personal FROM records r WHERE r.id = old.record_id; INSERT INTO record_search_fts (rowid, body, personal)
        SELECT r.rowid, new.body, new.personal FROM records r WHERE r.id = new.record_id; END;
    CREATE TRIGGER record_search_fts_delete AFTER DELETE ON record_search BEGIN
        INSERT INTO record_search_fts (record_search_fts, rowid, body, personal) SELECT 'delete', r.rowid, old.body, old.personal FROM records r WHERE r.id = old.record_id; END;
    INSERT INTO record_search_fts (rowid, body, personal)
        SELECT r.rowid, s.body, s.personal FROM record_search s JOIN records r ON r.id = s.record_id
    {END}
    )sql",
    // 7: the movement board's published months (store/boardmonths.h): from the 5th of the
    // next month a month's board is kept as published (JSON, as /api/v1/board sends it) and
    // never computed again, so a handover verified late cannot rewrite it.
    R"sql(
    CREATE TABLE board_months (
        month TEXT PRIMARY KEY, json TEXT NOT NULL, published_at TEXT NOT NULL)
    )sql",
};

/** A migration's statements: separated by a ';' that ends its line (a trigger's body keeps
    the ';' between its own statements inside a line). */
QStringList statementsOf(const QString &sql)
{
    static const QRegularExpression separator(QStringLiteral(";[ \\t]*\\n"));
    QStringList out;
    for (const QString &s : (sql + u'\n').split(separator, Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    return out;
}

QString dialectSql(const char *text, HubDatabase::Dialect dialect)
{
    QString sql = QString::fromUtf8(text);
    const bool pg = dialect == HubDatabase::Dialect::PostgreSQL;
    sql.replace(QStringLiteral("{BLOB}"), pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    sql.replace(QStringLiteral("{SERIAL}"), pg ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                                               : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    // {SQLITE} … {END}: statements only SQLite runs (PostgreSQL's equivalent, if any, elsewhere).
    static const QRegularExpression sqliteOnly(QStringLiteral("\\{SQLITE\\}(.*?)\\{END\\}"),
                                               QRegularExpression::DotMatchesEverythingOption);
    sql.replace(sqliteOnly, pg ? QStringLiteral(";\n") : QStringLiteral("\\1;\n"));
    sql.replace(QStringLiteral("{PAYLOAD_PROJECT}"), pg ? QStringLiteral("(payload::json ->> 'projectCode')")
                                                        : QStringLiteral("json_extract(payload, '$.projectCode')"));
    return sql;
}

// An advisory lock so several hubs starting at once on one PostgreSQL migrate one at a time.
constexpr qint64 MigrationLockKey = 0x43495459485542; // "CITYHUB"

bool isValidSchemaName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch();
}

}

HubDatabase::HubDatabase()
    : m_connectionName(QStringLiteral("city-hub-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

HubDatabase::~HubDatabase()
{
    close();
}

int HubDatabase::latestVersion()
{
    return int(std::size(migrations));
}

QString HubDatabase::redacted(const QString &location)
{
    if (!location.startsWith(QStringLiteral("postgres")))
        return location;
    QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("(an invalid PostgreSQL URL)");
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString();
}

QString HubDatabase::schemaOf(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    return QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
}

bool HubDatabase::open(const QString &location, int targetVersion)
{
    close();
    m_targetVersion = targetVersion < 0 ? latestVersion() : std::min(targetVersion, latestVersion());
    m_lastError.clear();
    bool ok = false;
    if (location.startsWith(QStringLiteral("sqlite:"))) {
        QString path = location.mid(7);
        if (path.startsWith(QStringLiteral("//")))
            path = path.mid(2);
        ok = openSqlite(path);
    } else if (location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"))) {
        ok = openPostgres(location);
    } else {
        m_lastError = QStringLiteral("unknown database location “%1”: use sqlite:PATH or "
                                     "postgresql://user:pass@host:port/dbname").arg(redacted(location));
        return false;
    }
    if (!ok || !migrate()) {
        close();
        return false;
    }
    return true;
}

bool HubDatabase::openSqlite(const QString &path)
{
    m_dialect = Dialect::SQLite;
    if (path.isEmpty()) {
        m_lastError = QStringLiteral("sqlite: needs a file path");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return fail(QStringLiteral("cannot open SQLite database %1").arg(path), db.lastError());
    }
    QSqlQuery mode(connection());
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next())
        return fail(QStringLiteral("cannot set the journal mode of %1").arg(path), mode.lastError());
    if (mode.value(0).toString() != u"wal")
        qCWarning(lcHubStore) << "SQLite kept journal mode" << mode.value(0).toString() << "instead of WAL for" << path;
    // Reads through a memory map and a 32 MiB page cache instead of a system call per 4 KiB
    // page: a back-office count over 100,000 records reads tens of thousands of pages
    // (bench_inbox: about three times faster). The map is address space, not memory.
    return exec(QStringLiteral("PRAGMA synchronous=FULL")) && exec(QStringLiteral("PRAGMA foreign_keys=ON"))
            && exec(QStringLiteral("PRAGMA mmap_size=1073741824")) && exec(QStringLiteral("PRAGMA cache_size=-32768"));
}

bool HubDatabase::openPostgres(const QString &location)
{
    m_dialect = Dialect::PostgreSQL;
    const QUrl url(location, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(u'/')) {
        m_lastError = QStringLiteral("%1 is not a PostgreSQL URL of the form postgresql://user:pass@host:port/dbname")
                              .arg(redacted(location));
        return false;
    }
    const QUrlQuery query(url);
    const QString schema = query.queryItemValue(QStringLiteral("schema"));
    if (!schema.isEmpty() && !isValidSchemaName(schema)) {
        m_lastError = QStringLiteral("schema “%1” is not a plain lower-case name").arg(schema);
        return false;
    }
    QStringList options;
    for (const char *key : {"sslmode", "connect_timeout"}) {
        const QString value = query.queryItemValue(QString::fromLatin1(key));
        if (!value.isEmpty()) {
            if (value.contains(u';') || value.contains(u' ')) {
                m_lastError = QStringLiteral("%1 may not contain spaces or ';'").arg(QString::fromLatin1(key));
                return false;
            }
            options.append(QString::fromLatin1(key) + u'=' + value);
        }
    }
    if (query.queryItemValue(QStringLiteral("connect_timeout")).isEmpty())
        options.append(QStringLiteral("connect_timeout=10"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            m_lastError = QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed");
            return false;
        }
        const QString socketDir = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        db.setHostName(!socketDir.isEmpty() ? socketDir : url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(QUrl::fromPercentEncoding(dbName.toUtf8()));
        db.setUserName(url.userName(QUrl::FullyDecoded));
        db.setPassword(url.password(QUrl::FullyDecoded));
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            return fail(QStringLiteral("cannot connect to %1").arg(redacted(location)), db.lastError());
    }
    if (!exec(QStringLiteral("SET client_encoding = 'UTF8'")))
        return false;
    // The hub answers many short requests at once (kiosk syncs, residents' pages, officers):
    // workers for one query take the cores the others need. On a 2-core server a
    // back-office search of 100,000 records took 248 ms with two workers, 60 ms without
    // (bench_inbox, deploy/POSTGRESQL.md).
    if (!exec(QStringLiteral("SET max_parallel_workers_per_gather = 0")))
        return false;
    if (!schema.isEmpty()) {
        // The name was checked above: plain lower-case letters, digits and '_'.
        if (!exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema)))
            return false;
        if (!exec(QStringLiteral("SET search_path TO %1").arg(schema)))
            return false;
    }
    return true;
}

bool HubDatabase::refreshStatistics()
{
    if (m_dialect == Dialect::SQLite && !exec(QStringLiteral("PRAGMA analysis_limit = 1000")))
        return false;
    return exec(QStringLiteral("ANALYZE"));
}

void HubDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HubDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase HubDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QVariant HubDatabase::nullBytes()
{
    return QVariant(QMetaType::fromType<QByteArray>());
}

QVariant HubDatabase::nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

bool HubDatabase::fail(const QString &what, const QSqlError &error)
{
    m_lastError = what + QStringLiteral(": ") + error.text();
    qCWarning(lcHubStore).noquote() << m_lastError;
    return false;
}

bool HubDatabase::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return fail(QStringLiteral("statement failed"), q.lastError());
    return true;
}

std::optional<qint64> HubDatabase::dataGeneration() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'data_generation'")))
        return std::nullopt;
    // No row yet: nothing was written since the database was made.
    return q.next() ? q.value(0).toString().toLongLong() : 0;
}

bool HubDatabase::raiseDataGeneration()
{
    // One row, updated at the end of the transaction: on PostgreSQL its row lock is held only
    // from here to COMMIT, so concurrent writers barely wait for each other.
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('data_generation', '1')"
                              " ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)")))
        return true;
    return fail(QStringLiteral("cannot raise the data generation"), q.lastError());
}

int HubDatabase::schemaVersion() const
{
    QSqlQuery q(connection());
    // The meta table itself is created by the first migration step, so its absence means 0.
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return -1;
    return q.next() ? q.value(0).toString().toInt() : 0;
}

bool HubDatabase::migrate()
{
    HubTransaction transaction(*this);
    if (!transaction.begun()) {
        m_lastError = QStringLiteral("cannot begin a transaction: ") + transaction.begun().error().detail;
        return false;
    }
    auto abort = [&](const QString &why) {
        transaction.rollback();
        if (!why.isEmpty())
            m_lastError = why;
        qCWarning(lcHubStore).noquote() << "migration failed:" << m_lastError;
        return false;
    };
    if (m_dialect == Dialect::PostgreSQL
        && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey)))
        return abort({});
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return abort({});
    const int current = schemaVersion();
    if (current < 0)
        return abort(QStringLiteral("cannot read the schema version"));
    if (current > latestVersion())
        return abort(QStringLiteral("the database has schema %1, newer than this program's %2; use a newer city-hub")
                             .arg(current).arg(latestVersion()));
    for (int version = current; version < m_targetVersion; ++version) {
        const QStringList statements = statementsOf(dialectSql(migrations[version], m_dialect));
        for (const QString &statement : statements) {
            if (!exec(statement))
                return abort({});
        }
        qCInfo(lcHubStore) << "database migrated to schema" << version + 1;
    }
    if (current < m_targetVersion) {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(m_targetVersion));
        if (!q.exec()) {
            fail(QStringLiteral("cannot record the schema version"), q.lastError());
            return abort({});
        }
    }
    if (const StoreResult<> committed = transaction.commit(); !committed)
        return abort(QStringLiteral("cannot commit the migration: ") + committed.error().detail);
    return true;
}
