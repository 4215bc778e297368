// SPDX-License-Identifier: GPL-3.0-or-later
// crashchild DATA_DIR: submits valid records of every kind in a loop and prints each receipt
// code on stdout, flushed, only after RecordStore::submit() returned ok. tst_crash kills it
// with SIGKILL at random moments and checks that every printed code survived.
#include "datapaths.h"
#include "recordfixture.h"
#include "records/receiptcode.h"
#include "records/recordstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // stderr stays quiet: the parent reads only stdout.
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.info=false"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: crashchild DATA_DIR\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    Database db;
    if (!QDir().mkpath(dataDir) || !db.open(DataPaths::databaseFile(dataDir))) {
        std::fprintf(stderr, "crashchild: cannot open the database: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    RecordStore store(db);
    const SubmitContext context = RecordFixture::context(QStringLiteral("KIOSK-CRASH"), QStringLiteral("KX"));
    const QList<RecordDraft> drafts = RecordFixture::mixedDrafts(8);

    // CRASHCHILD_EARLY=1 prints the next code *before* submitting, as a kiosk that showed the
    // receipt before the commit would: tst_crash must then fail (a check that it can).
    const bool early = qEnvironmentVariableIntValue("CRASHCHILD_EARLY") == 1;
    for (qsizetype i = 0;; ++i) {
        if (early) {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT coalesce(max(value), 0) + 1 FROM counters WHERE name = 'receipt:KX'"));
            const QByteArray line = (q.next() ? ReceiptCode::make(u"KX", q.value(0).toUInt()).toLatin1() : QByteArray()) + '\n';
            if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
                return 1;
        }
        const SubmitResult r = store.submit(drafts.at(i % drafts.size()), context);
        if (!r.ok) {
            std::fprintf(stderr, "crashchild: submit failed: %s\n", qPrintable(r.error.en));
            return 1;
        }
        // One write(2) per line: a pipe write this small is atomic, so a kill leaves either the
        // whole line or none of it.
        if (early)
            continue;
        const QByteArray line = r.receiptCode.toLatin1() + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
            return 1;
    }
}
