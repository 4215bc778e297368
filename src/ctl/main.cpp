// SPDX-License-Identifier: GPL-3.0-or-later
// kioskctl: staff and scripts manage the kiosk's data from a shell, with the same core code
// the kiosk runs (validation, search, store).
#include "content/contentstore.h"
#include "content/projectcatalog.h"
#include "datapaths.h"
#include "outbox/outbox.h"
#include "records/recordstore.h"
#include "records/validation.h"
#include "settings/settings.h"
#include "staff/secretinput.h"
#include "staff/staffpin.h"
#include "store/database.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>
#include <unistd.h>
#include <optional>

namespace {

QString language()
{
    const QByteArray lang = qgetenv("LC_ALL").isEmpty() ? (qgetenv("LC_MESSAGES").isEmpty() ? qgetenv("LANG")
                                                                                             : qgetenv("LC_MESSAGES"))
                                                        : qgetenv("LC_ALL");
    return lang.startsWith("vi") ? QStringLiteral("vi") : QStringLiteral("en");
}

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("kioskctl: ") + text + u'\n'), stderr);
}

void err(const LocalizedText &text)
{
    err(text.in(language()));
}

const char usage[] =
        "Usage: kioskctl [--data-dir DIR] COMMAND\n"
        "\n"
        "Commands:\n"
        "  content import BUNDLE       import a content bundle folder (all or nothing)\n"
        "  content status              show the content version and when it was imported\n"
        "  projects [--search TEXT]    list works: code, a tab, the Vietnamese name; best match first\n"
        "  records list                list pledges and waste reports, oldest first, tab-separated:\n"
        "                              receipt code, kind, created at, sync state, the city's status\n"
        "                              and its latest public reply (no personal data)\n"
        "  enrol URL CODE [--name TEXT] enrol the kiosk with the city hub at URL using a one-time code\n"
        "                              from `city-hub enrol-code`; earlier unsent records become this\n"
        "                              kiosk's. Exit 1: refused or unreachable\n"
        "  set-pin                     set the staff PIN (6–12 digits) and clear any lock; reads it\n"
        "                              from stdin, asked twice without echo on a terminal\n"
        "  status                      enrolment, last sync, outbox counts (pending, held), content\n"
        "  sync                        one full sync now: deliver the outbox, pull content and statuses.\n"
        "                              Exit 0: everything delivered; 1: something is still queued or\n"
        "                              held, or the hub is unreachable; 3: not enrolled\n"
        "  records submit --json FILE  store a pledge or report keyed from paper (FILE may be - for\n"
        "                              stdin; format in deploy/RECORDS-JSON.md). Prints the receipt\n"
        "                              code. Exit 1: invalid, each problem on stderr as\n"
        "                              \"field: message\" (Vietnamese when LANG is vi*); exit 2: the\n"
        "                              file is unreadable or not JSON; exit 3: it could not be stored\n"
        "\n"
        "The data directory defaults to $CIVIC_KIOSK_DATA_DIR or ~/.local/share/civic-kiosk, the same\n"
        "as civic-kiosk's; an empty one is filled with the built-in demo content.\n";

int usageError(const QString &problem)
{
    err(problem);
    std::fputs(usage, stderr);
    return 2;
}

int listRecords(Database &db)
{
    LocalizedText error;
    const QList<RecordListEntry> records = RecordStore(db).list(&error);
    if (!error.isEmpty()) {
        err(error);
        return 3;
    }
    for (const RecordListEntry &r : records) {
        // The reply is the city's free text: on one line, so each record stays one row.
        QString reply = r.statusNote;
        reply.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        out(QStringList{r.receiptCode, r.kind, r.createdAt, r.syncState, r.status, reply}.join(u'\t'));
    }
    return 0;
}

/** Staff keying a paper pledge: the same rules as the kiosk, entered_by = staff. */
int submitRecord(Database &db, const QString &path)
{
    // A photo of 1.5 MiB is 2 MiB in base64; anything far larger is not a record.
    constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        err(LocalizedText{QStringLiteral("không đọc được tệp %1: %2").arg(path, file.errorString()),
                          QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return 2;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        err(LocalizedText{QStringLiteral("tệp %1 quá lớn (tối đa 8 MB)").arg(path),
                          QStringLiteral("%1 is too large (max 8 MB)").arg(path)});
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err(LocalizedText{QStringLiteral("%1 không phải JSON hợp lệ (ở vị trí %2: %3)").arg(path).arg(parseError.offset).arg(parseError.errorString()),
                          QStringLiteral("%1 is not valid JSON (at offset %2: %3)").arg(path).arg(parseError.offset).arg(parseError.errorString())});
        return 2;
    }
    if (!doc.isObject()) {
        err(LocalizedText{QStringLiteral("%1 phải chứa một đối tượng JSON { … }").arg(path),
                          QStringLiteral("%1 must hold one JSON object { … }").arg(path)});
        return 2;
    }

    const KioskIdentity kiosk = KioskIdentity::load(db);
    const SubmitContext context = kiosk.submitContext(db, QStringLiteral("staff"));
    RecordDraft draft;
    const QList<FieldProblem> problems = Validation::checkJson(doc.object(), context.validation, &draft);
    if (!problems.isEmpty()) {
        for (const FieldProblem &p : problems)
            std::fputs(qPrintable((p.field.isEmpty() ? QStringLiteral("record") : p.field) + QStringLiteral(": ")
                                  + p.message.in(language()) + u'\n'),
                       stderr);
        return 1;
    }
    const SubmitResult result = RecordStore(db).submit(draft, context);
    if (!result.ok) {
        for (const FieldProblem &p : result.problems)
            std::fputs(qPrintable(p.field + QStringLiteral(": ") + p.message.in(language()) + u'\n'), stderr);
        if (!result.problems.isEmpty())
            return 1;
        err(result.error);
        return 3;
    }
    out(result.receiptCode);
    return 0;
}

int enrol(const QString &dataDir, const QStringList &args)
{
    QString name = QStringLiteral("kiosk");
    if (args.size() == 4 && args.at(2) == u"--name")
        name = args.at(3);
    else if (args.size() != 2)
        return usageError(QStringLiteral("enrol: expected “URL CODE [--name TEXT]”"));
    SyncClient client(dataDir);
    bool ok = false;
    LocalizedText error;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::enrolFinished, &loop, [&](bool success, const LocalizedText &e) {
        ok = success;
        error = e;
        loop.quit();
    });
    client.enrol(QUrl::fromUserInput(args.at(0)), args.at(1), name);
    if (!ok && error.isEmpty())
        loop.exec();
    if (!ok) {
        err(error);
        return 1;
    }
    const SyncIdentity id = SyncIdentity::load(*client.database(), dataDir);
    out(language() == u"vi" ? QStringLiteral("Đã đăng ký: ki-ốt %1, phường/xã %2, tiền tố mã %3").arg(id.kioskId, id.wardCode, id.receiptPrefix)
                            : QStringLiteral("Enrolled: kiosk %1, ward %2, receipt prefix %3").arg(id.kioskId, id.wardCode, id.receiptPrefix));
    return 0;
}

/** One line from stdin, trimmed; without echo when stdin is a terminal. */
QString readSecret(const char *prompt)
{
    QString line;
    return SecretInput::readLine(prompt, &line) ? line.trimmed() : QString();
}

int setPin(Database &db)
{
    const bool vi = language() == u"vi";
    const QString pin = readSecret(vi ? "Mã PIN mới: " : "New PIN: ");
    if (::isatty(STDIN_FILENO) && readSecret(vi ? "Nhập lại: " : "Again: ") != pin) {
        err(LocalizedText{QStringLiteral("hai lần nhập không giống nhau; mã PIN không đổi"),
                          QStringLiteral("the two entries differ; the PIN is unchanged")});
        return 1;
    }
    LocalizedText error;
    if (!StaffPin(db).set(pin, &error)) {
        err(error);
        return 1;
    }
    out(vi ? QStringLiteral("Đã đặt mã PIN cán bộ.") : QStringLiteral("Staff PIN set."));
    return 0;
}

int status(Database &db, const QString &dataDir)
{
    const SyncIdentity id = SyncIdentity::load(db, dataDir);
    const OutboxCounts counts = Outbox(db).counts();
    const Settings settings(db);
    const QString error = settings.text(language() == u"vi" ? Settings::Key::SyncLastErrorVi : Settings::Key::SyncLastErrorEn);
    const auto shown = [&settings](Settings::Key key) {
        const QString value = settings.text(key);
        return value.isEmpty() ? QStringLiteral("-") : value;
    };
    out(QStringLiteral("enrolled\t%1").arg(id.isEnrolled() ? QStringLiteral("yes") : QStringLiteral("no")));
    if (id.isEnrolled())
        out(QStringLiteral("hub\t%1\nkiosk\t%2\nward\t%3\nprefix\t%4").arg(id.hubUrl, id.kioskId, id.wardCode, id.receiptPrefix));
    out(QStringLiteral("last success\t%1\nlast attempt\t%2\nlast error\t%3")
                .arg(shown(Settings::Key::SyncLastSuccess), shown(Settings::Key::SyncLastAttempt),
                     error.isEmpty() ? QStringLiteral("-") : error));
    out(QStringLiteral("outbox pending\t%1\noutbox held\t%2").arg(counts.pending).arg(counts.held));
    out(QStringLiteral("content\t%1").arg(shown(Settings::Key::SyncContentEtag)));
    return 0;
}

int sync(const QString &dataDir)
{
    SyncClient client(dataDir);
    std::optional<SyncReport> report;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::syncFinished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    client.syncOnce();
    if (!report)
        loop.exec();
    const bool vi = language() == u"vi";
    if (!report->enrolled) {
        err(report->error);
        return 3;
    }
    out(vi ? QStringLiteral("đã gửi\t%1\nbị giữ lại\t%2\ncòn chờ\t%3\ntổng số bị giữ\t%4\nnội dung mới\t%5\ntrạng thái cập nhật\t%6\nbảng thi đua mới\t%7")
                     .arg(report->accepted).arg(report->held).arg(report->outbox.pending).arg(report->outbox.held)
                     .arg(report->contentUpdated ? QStringLiteral("có") : QStringLiteral("không")).arg(report->statusesUpdated)
                     .arg(report->boardUpdated ? QStringLiteral("có") : QStringLiteral("không"))
           : QStringLiteral("delivered\t%1\nheld\t%2\nstill pending\t%3\nheld in all\t%4\nnew content\t%5\nstatuses updated\t%6\nnew board\t%7")
                     .arg(report->accepted).arg(report->held).arg(report->outbox.pending).arg(report->outbox.held)
                     .arg(report->contentUpdated ? QStringLiteral("yes") : QStringLiteral("no")).arg(report->statusesUpdated)
                     .arg(report->boardUpdated ? QStringLiteral("yes") : QStringLiteral("no")));
    if (!report->error.isEmpty())
        err(report->error);
    return report->delivered() && report->error.isEmpty() ? 0 : 1;
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kioskctl"));
    QStringList args = QCoreApplication::arguments().mid(1);

    QString dataDir = DataPaths::defaultDataDir();
    if (!args.isEmpty() && (args.constFirst() == u"--help" || args.constFirst() == u"-h")) {
        std::fputs(usage, stdout);
        return 0;
    }
    if (args.size() >= 2 && args.constFirst() == u"--data-dir") {
        dataDir = args.at(1);
        args = args.mid(2);
    } else if (!args.isEmpty() && args.constFirst().startsWith(QStringLiteral("--data-dir="))) {
        dataDir = args.constFirst().mid(11);
        args = args.mid(1);
    }
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));

    Database db;
    if (!QDir().mkpath(dataDir) || !db.open(DataPaths::databaseFile(dataDir))) {
        err(LocalizedText{QStringLiteral("không mở được dữ liệu tại %1").arg(dataDir),
                          QStringLiteral("cannot open the data in %1").arg(dataDir)});
        return 1;
    }
    ContentStore store(db, DataPaths::imagesDir(dataDir));

    const QString command = args.takeFirst();
    if (command == u"content") {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == u"import" && args.size() == 1) {
            if (!store.importFolder(args.constFirst())) {
                err(store.error());
                return 1;
            }
            const Content c = store.load();
            out(language() == u"vi"
                        ? QStringLiteral("Đã nhập nội dung %1: %2 phường/xã, %3 công trình").arg(c.version).arg(c.wards.size()).arg(c.projects.size())
                        : QStringLiteral("Imported content %1: %2 wards, %3 works").arg(c.version).arg(c.wards.size()).arg(c.projects.size()));
            return 0;
        }
        if (sub == u"status" && args.isEmpty()) {
            if (!store.hasContent()) {
                out(QStringLiteral("no content"));
                return 1;
            }
            const Content c = store.load();
            out(QStringLiteral("version\t%1\nimported\t%2\nwards\t%3\nworks\t%4\nsample\t%5")
                        .arg(c.version, store.importedAt())
                        .arg(c.wards.size())
                        .arg(c.projects.size())
                        .arg(c.sample ? QStringLiteral("yes") : QStringLiteral("no")));
            return 0;
        }
        return usageError(QStringLiteral("content: expected “import BUNDLE” or “status”"));
    }

    if (!store.hasContent() && !store.importFolder(DataPaths::builtInDemoBundle())) {
        err(store.error());
        return 1;
    }

    if (command == u"enrol") {
        db.close();
        return enrol(dataDir, args);
    }
    if (command == u"set-pin")
        return args.isEmpty() ? setPin(db) : usageError(QStringLiteral("set-pin reads the PIN from stdin, not from arguments"));
    if (command == u"status")
        return args.isEmpty() ? status(db, dataDir) : usageError(QStringLiteral("status takes no arguments"));
    if (command == u"sync") {
        if (!args.isEmpty())
            return usageError(QStringLiteral("sync takes no arguments"));
        db.close();
        return sync(dataDir);
    }

    if (command == u"records") {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == u"list" && args.isEmpty())
            return listRecords(db);
        if (sub == u"submit" && args.size() == 2 && args.constFirst() == u"--json")
            return submitRecord(db, args.at(1));
        return usageError(QStringLiteral("records: expected “list” or “submit --json FILE”"));
    }

    if (command == u"projects") {
        ProjectFilter filter;
        if (args.size() == 2 && args.constFirst() == u"--search")
            filter.query = args.at(1);
        else if (!args.isEmpty())
            return usageError(QStringLiteral("projects: expected nothing or “--search TEXT”"));
        ProjectCatalog catalog;
        catalog.setProjects(store.load().projects);
        const QList<qsizetype> rows = catalog.search(filter);
        for (const qsizetype i : rows) {
            const Project &p = catalog.projects().at(i);
            out(p.code + u'\t' + p.name.vi);
        }
        return 0;
    }
    return usageError(QStringLiteral("unknown command “%1”").arg(command));
}
