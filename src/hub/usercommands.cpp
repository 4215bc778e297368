// SPDX-License-Identifier: GPL-3.0-or-later
#include "usercommands.h"

#include "commandoutput.h"
#include "hubstore.h"
#include "staff/passwordhasher.h"
#include "staff/secretinput.h"
#include "store/auditlog.h"

namespace UserCommands {

using namespace CommandOutput;

const char usage[] =
        "  user add LOGIN --role ROLE[,ROLE] [--ward CODE] [--name \"DISPLAY NAME\"]\n"
        "                               add a back-office account: roles city (city officer,\n"
        "                               every ward), ward (ward officer, needs --ward), admin\n"
        "                               (accounts, kiosks, content); the password (at least 12\n"
        "                               characters) is read twice from stdin, without echo\n"
        "  user list                    list accounts: login, roles, ward, created, disabled\n"
        "  user disable LOGIN           disable an account and end its sessions\n"
        "  user enable LOGIN            enable it again\n"
        "  user reset-password LOGIN    set a new password (read as for add); ends its sessions\n"
        "  user roles LOGIN --role ROLE[,ROLE] [--ward CODE]\n"
        "                               change an account's roles; ends its sessions\n";

namespace {

/** A new password, typed twice; exit code on failure. */
int newPassword(QByteArray *hash)
{
    QString first;
    QString second;
    if (!SecretInput::readLine("New password: ", &first) || !SecretInput::readLine("Type it again: ", &second))
        return fail(ExitUsage, QStringLiteral("the password must be given twice on stdin"));
    if (first != second)
        return fail(ExitUsage, QStringLiteral("the two passwords differ"));
    if (first.size() < StaffRules::MinPasswordLength)
        return fail(ExitUsage, QStringLiteral("the password must have at least %1 characters").arg(StaffRules::MinPasswordLength));
    if (first.size() > StaffRules::MaxPasswordLength)
        return fail(ExitUsage, QStringLiteral("the password may have at most %1 characters").arg(StaffRules::MaxPasswordLength));
    *hash = PasswordHasher::hash(first);
    if (hash->isEmpty())
        return fail(ExitIo, QStringLiteral("the password could not be hashed (libsodium did not start)"));
    return ExitOk;
}

bool parseRoles(const QString &text, StaffRole::Roles *roles, QString *bad)
{
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        StaffRole::Role r;
        if (!StaffRole::parse(word.trimmed(), &r)) {
            *bad = word;
            return false;
        }
        *roles |= r;
    }
    return true;
}

int outcome(StaffAccounts::Outcome o, const QString &login, const QString &done, const QString &error = {})
{
    switch (o) {
    case StaffAccounts::Outcome::Done:
        out(done);
        return ExitOk;
    case StaffAccounts::Outcome::NotFound:
        return fail(ExitRefused, QStringLiteral("there is no account %1").arg(login));
    case StaffAccounts::Outcome::Exists:
    case StaffAccounts::Outcome::Invalid:
        return fail(ExitRefused, error);
    case StaffAccounts::Outcome::StorageError:
        return fail(ExitDatabase, error.isEmpty() ? QStringLiteral("cannot store the change") : error);
    }
    return ExitDatabase;
}

int list(HubStore &store)
{
    const auto accounts = store.accounts().list();
    if (!accounts)
        return fail(ExitDatabase, QStringLiteral("cannot read the accounts"));
    out(QStringLiteral("LOGIN\tROLES\tWARD\tCREATED\tDISABLED\tNAME"));
    for (const StaffAccount &a : *accounts)
        out(QStringList{a.login, StaffRole::toText(a.roles), a.ward.isEmpty() ? QStringLiteral("-") : a.ward, a.createdAt,
                        a.disabledAt.isEmpty() ? QStringLiteral("no") : a.disabledAt, a.displayName}
                    .join(u'\t'));
    return ExitOk;
}

}

int run(HubStore &store, const QStringList &arguments, const QHash<QString, QString> &options)
{
    if (arguments.isEmpty())
        return fail(ExitUsage, QStringLiteral("user needs a subcommand: add, list, disable, enable, reset-password, roles"));
    const QString sub = arguments.first();
    const AuditActor actor = AuditActor::commandLine();
    if (sub == u"list")
        return arguments.size() == 1 ? list(store) : fail(ExitUsage, QStringLiteral("user list takes no argument"));
    if (arguments.size() != 2)
        return fail(ExitUsage, QStringLiteral("user %1 takes one account name").arg(sub));
    const QString login = arguments.at(1);
    const QString ward = options.value(QStringLiteral("--ward"));
    auto wardKnown = [&store, &ward]() {
        QString error;
        return ward.isEmpty() || (store.content().ensureContent(&error) && store.content().wardExists(ward));
    };
    if (sub == u"add" || sub == u"roles") {
        StaffRole::Roles roles;
        QString bad;
        if (!parseRoles(options.value(QStringLiteral("--role")), &roles, &bad))
            return fail(ExitUsage, QStringLiteral("unknown role “%1”: use city, ward or admin").arg(bad));
        if (!wardKnown())
            return fail(ExitRefused, QStringLiteral("ward “%1” is not in the published content").arg(ward));
        QString error;
        if (sub == u"roles")
            return outcome(store.accounts().setRoles(actor, login, roles, ward, &error), login,
                           QStringLiteral("account %1 now has roles %2; its sessions ended").arg(login, StaffRole::toText(roles)), error);
        const QString name = options.value(QStringLiteral("--name"), login);
        error = StaffAccounts::checkShape(login, name, roles, ward);
        if (!error.isEmpty())
            return fail(ExitUsage, error);
        if (store.accounts().byLogin(login))
            return fail(ExitRefused, QStringLiteral("there is already an account %1").arg(login));
        QByteArray hash;
        if (const int code = newPassword(&hash))
            return code;
        return outcome(store.accounts().add(actor, login, name, roles, ward, hash, &error), login,
                       QStringLiteral("account %1 added").arg(login), error);
    }
    if (sub == u"disable")
        return outcome(store.accounts().disable(actor, login), login, QStringLiteral("account %1 disabled; its sessions ended").arg(login));
    if (sub == u"enable")
        return outcome(store.accounts().enable(actor, login), login, QStringLiteral("account %1 enabled").arg(login));
    if (sub == u"reset-password") {
        if (!store.accounts().byLogin(login))
            return fail(ExitRefused, QStringLiteral("there is no account %1").arg(login));
        QByteArray hash;
        if (const int code = newPassword(&hash))
            return code;
        return outcome(store.accounts().setPassword(actor, login, hash), login,
                       QStringLiteral("password of %1 set; its sessions ended").arg(login));
    }
    return fail(ExitUsage, QStringLiteral("unknown subcommand “user %1”").arg(sub));
}

}
