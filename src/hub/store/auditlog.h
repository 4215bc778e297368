// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class HubDatabase;

/** Who did something in the back-office or at the command line. */
struct AuditActor
{
    qint64 accountId = 0;  // 0: the command line on the server
    QString name;          // the account's login, or "city-hub" for the command line

    static AuditActor commandLine();
};

/** One line of the audit log: who, when, what, on which record, account, work or kiosk, which
    fields. Never the values of personal fields, old or new. */
struct AuditEntry
{
    qint64 seq = 0;
    QString at;           // UTC ISO 8601
    qint64 accountId = 0;
    QString actor;
    QString action;       // e.g. "record.status", "record.personal.view", "account.roles"
    QString target;       // a receipt code, "account:LOGIN", "work:CODE", "kiosk:ID"
    QStringList fields;   // names only: "name", "phone"
    QString detail;       // non-personal words: a status, the roles given
};

/** The append-only audit log (store/README.md). It has no way to change or delete a line.
    append() writes on the caller's connection, inside the caller's transaction, so a change
    and its line are stored together or not at all. */
class AuditLog
{
public:
    explicit AuditLog(HubDatabase &db);

    bool append(const AuditActor &actor, const QString &action, const QString &target,
                const QStringList &fields = {}, const QString &detail = {});

    struct Filter
    {
        QString from;    // UTC ISO date or time, inclusive; empty: no bound
        QString to;      // exclusive
        QString actor;   // a login
        QString target;
        QString action;  // a prefix: "record." matches every record action
        int limit = 100;
        int offset = 0;
    };
    /** Newest first; nullopt when reading fails. */
    std::optional<QList<AuditEntry>> list(const Filter &filter);
    std::optional<qint64> count(const Filter &filter);

private:
    HubDatabase &m_db;
};
