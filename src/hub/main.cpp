// SPDX-License-Identifier: GPL-3.0-or-later
// city-hub: the city service kiosks sync to (deploy/SYNC-PROTOCOL.md), and its admin commands.
// The composition root only: parsing arguments, opening the database, wiring store and server.
#include "board/boardcommand.h"
#include "board/boardservice.h"
#include "commandoutput.h"
#include "hubdatabase.h"
#include "hubserver.h"
#include "hublogging.h"
#include "hubstore.h"
#include "usercommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace CommandOutput;

namespace {

const char usage[] =
        "Usage: city-hub [--db LOCATION] [--public-url URL] COMMAND\n"
        "\n"
        "Commands:\n"
        "  serve --listen ADDRESS:PORT  serve the kiosk API, the residents' pages and Open311 on an\n"
        "                               explicit address (127.0.0.1:8080, [::1]:8080; never a\n"
        "                               wildcard: nginx in front terminates TLS). Port 0 picks a\n"
        "                               free one. Prints \"listening on ADDRESS:PORT\" when ready.\n"
        "  enrol-code --ward CODE       print a one-time enrolment code for a kiosk of the ward\n"
        "                               (valid 24 h; the ward must be in the published content)\n"
        "  kiosks                       list kiosks: id, ward, prefix, last seen, records, revoked\n"
        "  revoke KIOSK                 revoke a kiosk's device token at once\n"
        "  set-status CODE STATUS [--note TEXT]\n"
        "                               set a record's status (kept in its history): received;\n"
        "                               a pledge: contacted, handed_over, verified, thanked;\n"
        "                               a report: verified, in_progress, scheduled, resolved,\n"
        "                               rejected or duplicate\n"
        "  export --csv FILE [--with-personal]\n"
        "                               every record as CSV (UTF-8 with BOM, RFC 4180); name,\n"
        "                               phone, group and consent version only with --with-personal;\n"
        "                               never photos\n"
        "  publish DIR                  check a content bundle folder and publish it to kiosks\n"
        "  purge                        erase the personal data (name, phone, group, consent,\n"
        "                               photo) of records closed more than 5 years ago, as the\n"
        "                               consent text promises; prints how many (serve runs it daily)\n"
        "  board [--month YYYY-MM] [--ward CODE] [--freeze]\n"
        "                               the movement board of a month (default: this one) as text\n"
        "                               tables, one ward's lines with --ward; --freeze first publishes\n"
        "                               every month due (from the 5th of the next month; serve does it\n"
        "                               daily); a published month never changes\n"
        "%USER%"
        "\n"
        "Options:\n"
        "  --db LOCATION      sqlite:PATH (default: $CITY_HUB_DATA_DIR/hub.sqlite, else\n"
        "                     ~/.local/share/city-hub/hub.sqlite) or\n"
        "                     postgresql://user:pass@host:port/dbname[?schema=NAME]\n"
        "  --public-url URL   the https:// address residents reach the hub at; QR codes and the\n"
        "                     content's publicUrl use it (default: the published bundle's)\n"
        "  serve's back-office (/staff) options:\n"
        "  --trusted-proxy ADDRESS  the nginx in front: only its X-Real-IP is believed\n"
        "  --staff-idle SECONDS     a session ends after this long without a request (1800)\n"
        "  --staff-lifetime SECONDS and this long after sign-in at the latest (43200)\n"
        "  --help             this text\n"
        "\n"
        "An empty hub publishes the built-in demo content when it first serves or issues a code.\n"
        "\n"
        "Exit codes:\n"
        "  0  done\n"
        "  1  wrong usage: unknown command or option, a missing or malformed argument\n"
        "  2  the database cannot be opened, migrated, read or written\n"
        "  3  refused: unknown ward, kiosk or receipt code, an invalid bundle or status\n"
        "  4  a file or address cannot be used (export file, listen address)\n";

int usageError(const QString &text)
{
    fail(ExitUsage, text);
    std::fputs("Run city-hub --help for usage.\n", stderr);
    return ExitUsage;
}

QString defaultLocation()
{
    QString dir = qEnvironmentVariable("CITY_HUB_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/city-hub");
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("hub.sqlite"));
}

/** "127.0.0.1:8080" or "[::1]:8080": an explicit, non-wildcard address and a port. */
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0 || text.indexOf(u':') != colon)
            return false;
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    if (*address == QHostAddress::AnyIPv4 || *address == QHostAddress::AnyIPv6 || address->isNull())
        return false;
    *port = quint16(p);
    return true;
}

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

int serve(HubStore &store, const QString &listen, const StaffSite::Options &staff)
{
    QHostAddress address;
    quint16 port = 0;
    if (listen.isEmpty())
        return usageError(QStringLiteral("serve needs --listen ADDRESS:PORT, e.g. --listen 127.0.0.1:8080"));
    if (!parseListen(listen, &address, &port))
        return usageError(QStringLiteral("--listen %1 is not an explicit address and port such as 127.0.0.1:8080 "
                                         "(wildcards like 0.0.0.0 are refused)").arg(listen));
    QString error;
    if (!store.content().ensureContent(&error))
        return fail(ExitDatabase, error);
    // Read the works once now rather than on a resident's first /p/ request (about 2 s for
    // a city of 20,000 works on a small machine).
    store.content().publishedWorks();
    // The back-office's search text of records stored before it existed (a no-op after).
    if (store.search().backfill() < 0)
        return fail(ExitDatabase, QStringLiteral("cannot write the records' search text"));
    HubServer server(store, staff);
    // The retention the consent text names, kept while serving: once at start, then daily;
    // with it the planner's statistics, so the inbox picks its covering indexes, and the
    // board's months due for publication (from the 5th of the next month).
    auto purge = [&store] {
        if (!store.residentRights().purge(AuditActor::commandLine()))
            qCWarning(lcHubStore) << "the daily purge of expired personal data failed; it runs again tomorrow";
        store.database().refreshStatistics();
        if (!BoardService(store).freezeDue(BoardService::today()))
            qCWarning(lcHubStore) << "the board's due months could not be published; it runs again tomorrow";
    };
    purge();
    QTimer purgeTimer;
    QObject::connect(&purgeTimer, &QTimer::timeout, purge);
    purgeTimer.start(std::chrono::hours(24));
    const quint16 bound = server.listen(address, port);
    if (bound == 0)
        return fail(ExitIo, QStringLiteral("cannot listen on %1").arg(listen));
    // SIGTERM and SIGINT end the event loop, so the database is closed cleanly.
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(bound)
            : QStringLiteral("%1:%2").arg(address.toString()).arg(bound);
    out(QStringLiteral("listening on ") + shown);
    return QCoreApplication::exec();
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), u' ');
}

int listKiosks(HubStore &store)
{
    const auto rows = store.kiosks().list();
    if (!rows)
        return fail(ExitDatabase, QStringLiteral("cannot read the kiosks"));
    QList<QStringList> table{{QStringLiteral("ID"), QStringLiteral("WARD"), QStringLiteral("PREFIX"),
                              QStringLiteral("LAST SEEN"), QStringLiteral("RECORDS"), QStringLiteral("REVOKED"),
                              QStringLiteral("NAME")}};
    for (const HubKioskRow &k : *rows)
        table.append({k.id, k.ward, k.receiptPrefix, k.lastSeen.isEmpty() ? QStringLiteral("never") : k.lastSeen,
                      QString::number(k.recordsReceived), k.revokedAt.isEmpty() ? QStringLiteral("no") : k.revokedAt,
                      k.name});
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &row : std::as_const(table))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? padded(row.at(i), widths[i] + 2) : row.at(i);
        out(line);
    }
    return ExitOk;
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("city-hub"));

    // Options may come before or after the command; each command says which it takes.
    QString location = defaultLocation();
    QString publicUrl;
    QHash<QString, QString> options;
    QSet<QString> flags;
    QStringList positional;
    const QStringList valued{QStringLiteral("--db"), QStringLiteral("--public-url"), QStringLiteral("--listen"),
                             QStringLiteral("--ward"), QStringLiteral("--note"), QStringLiteral("--csv"),
                             QStringLiteral("--role"), QStringLiteral("--name"), QStringLiteral("--trusted-proxy"),
                             QStringLiteral("--staff-idle"), QStringLiteral("--staff-lifetime"),
                             QStringLiteral("--month")};
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool hasValue = false;
        if (arg.startsWith(QStringLiteral("--")) && arg.contains(u'=')) {
            value = arg.section(u'=', 1);
            arg = arg.section(u'=', 0, 0);
            hasValue = true;
        }
        if (arg == u"--help" || arg == u"-h") {
            std::fputs(qPrintable(QString::fromUtf8(usage).replace(QStringLiteral("%USER%"),
                                                                   QString::fromUtf8(UserCommands::usage))), stdout);
            return ExitOk;
        }
        if (valued.contains(arg)) {
            if (!hasValue) {
                if (i + 1 >= args.size())
                    return usageError(QStringLiteral("%1 needs a value").arg(arg));
                value = args.at(++i);
            }
            // --role may repeat: "--role city --role admin" is "city,admin".
            if (arg == u"--role" && options.contains(arg))
                value = options.value(arg) + u',' + value;
            options.insert(arg, value);
        } else if (arg == u"--with-personal" || arg == u"--freeze") {
            flags.insert(arg);
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            return usageError(QStringLiteral("unknown option %1").arg(arg));
        } else {
            positional.append(arg);
        }
    }
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = positional.takeFirst();

    // Which options and how many arguments each command takes.
    const QHash<QString, QStringList> allowed{
            {QStringLiteral("serve"), {QStringLiteral("--listen"), QStringLiteral("--trusted-proxy"),
                                       QStringLiteral("--staff-idle"), QStringLiteral("--staff-lifetime")}},
            {QStringLiteral("user"), {QStringLiteral("--role"), QStringLiteral("--ward"), QStringLiteral("--name")}},
            {QStringLiteral("enrol-code"), {QStringLiteral("--ward")}},
            {QStringLiteral("kiosks"), {}},
            {QStringLiteral("revoke"), {}},
            {QStringLiteral("set-status"), {QStringLiteral("--note")}},
            {QStringLiteral("export"), {QStringLiteral("--csv"), QStringLiteral("--with-personal")}},
            {QStringLiteral("publish"), {}},
            {QStringLiteral("purge"), {}},
            {QStringLiteral("board"), {QStringLiteral("--month"), QStringLiteral("--ward"), QStringLiteral("--freeze")}},
    };
    const QHash<QString, int> arity{{QStringLiteral("serve"), 0}, {QStringLiteral("enrol-code"), 0},
                                    {QStringLiteral("kiosks"), 0}, {QStringLiteral("revoke"), 1},
                                    {QStringLiteral("set-status"), 2}, {QStringLiteral("export"), 0},
                                    {QStringLiteral("publish"), 1}, {QStringLiteral("purge"), 0},
                                    {QStringLiteral("board"), 0}};
    if (!allowed.contains(command))
        return usageError(QStringLiteral("unknown command “%1”").arg(command));
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        if (it.key() != u"--db" && it.key() != u"--public-url" && !allowed.value(command).contains(it.key()))
            return usageError(QStringLiteral("%1 does not take %2").arg(command, it.key()));
    for (const QString &flag : std::as_const(flags))
        if (!allowed.value(command).contains(flag))
            return usageError(QStringLiteral("%1 does not take %2").arg(command, flag));
    if (command != u"user" && positional.size() != arity.value(command))
        return usageError(QStringLiteral("%1 takes %2 argument(s), got %3")
                                  .arg(command).arg(arity.value(command)).arg(positional.size()));

    location = options.value(QStringLiteral("--db"), location);
    publicUrl = options.value(QStringLiteral("--public-url"));
    if (!publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
            || publicUrl.size() > 200 || url.hasQuery() || url.hasFragment())
            return usageError(QStringLiteral("--public-url %1 is not an http(s) address such as https://hub.example")
                                      .arg(publicUrl));
    }

    HubDatabase db;
    if (!db.open(location))
        return fail(ExitDatabase, db.lastError());
    HubStore store(db);
    store.content().setPublicUrl(publicUrl);
    QString error;

    if (command == u"serve") {
        StaffSite::Options staff;
        if (options.contains(QStringLiteral("--trusted-proxy"))
            && !staff.trustedProxy.setAddress(options.value(QStringLiteral("--trusted-proxy"))))
            return usageError(QStringLiteral("--trusted-proxy %1 is not an IP address").arg(options.value(QStringLiteral("--trusted-proxy"))));
        for (const auto &[option, target] : {std::pair{QStringLiteral("--staff-idle"), &staff.sessions.idleSeconds},
                                             std::pair{QStringLiteral("--staff-lifetime"), &staff.sessions.lifetimeSeconds}}) {
            if (!options.contains(option))
                continue;
            bool ok = false;
            const int seconds = options.value(option).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 7 * 24 * 3600)
                return usageError(QStringLiteral("%1 takes a number of seconds from 1 to 604800").arg(option));
            *target = seconds;
        }
        return serve(store, options.value(QStringLiteral("--listen")), staff);
    }

    if (command == u"user")
        return UserCommands::run(store, positional, options);

    if (command == u"enrol-code") {
        const QString ward = options.value(QStringLiteral("--ward"));
        if (ward.isEmpty())
            return usageError(QStringLiteral("enrol-code needs --ward CODE"));
        if (!store.content().ensureContent(&error))
            return fail(ExitDatabase, error);
        if (!store.content().wardExists(ward))
            return fail(ExitRefused, QStringLiteral("ward “%1” is not in the published content").arg(ward));
        const std::optional<QString> code = store.kiosks().createEnrolCode(ward, &error);
        if (!code)
            return fail(ExitDatabase, error);
        out(*code);
        return ExitOk;
    }

    if (command == u"kiosks")
        return listKiosks(store);

    if (command == u"revoke") {
        switch (store.kiosks().revoke(positional.first())) {
        case HubChangeOutcome::Done:
            out(QStringLiteral("kiosk %1 revoked").arg(positional.first()));
            return ExitOk;
        case HubChangeOutcome::Unchanged:
            out(QStringLiteral("kiosk %1 was already revoked").arg(positional.first()));
            return ExitOk;
        case HubChangeOutcome::NotFound:
            return fail(ExitRefused, QStringLiteral("there is no kiosk %1").arg(positional.first()));
        case HubChangeOutcome::StorageError:
            return fail(ExitDatabase, QStringLiteral("cannot revoke kiosk %1").arg(positional.first()));
        }
    }

    if (command == u"set-status") {
        const StatusChanges::Result r = store.statusChanges().change(
                AuditActor::commandLine(), positional.at(0), positional.at(1), options.value(QStringLiteral("--note")), QString());
        switch (r.outcome) {
        case HubChangeOutcome::Done:
            return ExitOk;
        case HubChangeOutcome::Unchanged:
            if (r.refusal == StatusChanges::Refusal::None) {
                out(r.message);  // the same status again without a note: nothing to do
                return ExitOk;
            }
            return fail(ExitRefused, r.message);
        case HubChangeOutcome::NotFound:
            return fail(ExitRefused, r.message);
        case HubChangeOutcome::StorageError:
            return fail(ExitDatabase, r.message);
        }
    }

    if (command == u"export") {
        const QString path = options.value(QStringLiteral("--csv"));
        if (path.isEmpty())
            return usageError(QStringLiteral("export needs --csv FILE"));
        qint64 rows = 0;
        if (!store.csvExport().write(path, flags.contains(QStringLiteral("--with-personal")), &error, &rows))
            return fail(error.startsWith(QStringLiteral("cannot read")) ? ExitDatabase : ExitIo, error);
        std::fprintf(stderr, "city-hub: %lld records written to %s\n", static_cast<long long>(rows), qPrintable(path));
        return ExitOk;
    }

    if (command == u"purge") {
        const std::optional<qint64> erased = store.residentRights().purge(AuditActor::commandLine());
        if (!erased)
            return fail(ExitDatabase, QStringLiteral("cannot purge personal data: the database failed, nothing was erased"));
        out(QStringLiteral("personal data erased from %1 records closed more than %2 years ago")
                    .arg(*erased).arg(ResidentRights::RetentionYears));
        return ExitOk;
    }

    if (command == u"board")
        return BoardCommand::run(store, options.value(QStringLiteral("--month")), options.value(QStringLiteral("--ward")),
                                 flags.contains(QStringLiteral("--freeze")));

    if (command == u"publish") {
        if (!store.content().publish(positional.first(), &error))
            return fail(error.startsWith(QStringLiteral("cannot store")) ? ExitDatabase : ExitRefused, error);
        out(QStringLiteral("published %1").arg(positional.first()));
        return ExitOk;
    }
    return ExitUsage;
}
