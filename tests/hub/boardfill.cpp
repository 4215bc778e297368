// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a hub's database with what the movement board shows, for looking at its pages
// (tests/hub/board-screenshots.py): kiosks of every ward, pledges with verified (and some
// unverified) handovers this month and last, waste reports resolved, works finished. Not a
// test; the figures differ per ward so tiers, ties and "not placed" all appear.
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "publishedworks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: boardfill DATABASE-LOCATION\n", stderr);
        return 1;
    }
    HubDatabase db;
    if (!db.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return 2;
    }
    HubStore store(db);
    QString error;
    if (!store.content().ensureContent(&error))
        return 2;
    const auto works = store.content().publishedWorks();
    const AuditActor ward{900001, QStringLiteral("ward.fill")};
    const AuditActor city{900002, QStringLiteral("city.fill")};
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate lastMonth = thisMonth.addMonths(-1);
    int w = 0;
    quint32 sequence = 0;
    for (const Ward &wd : works->wards()) {
        const std::optional<QString> code = store.kiosks().createEnrolCode(wd.code, &error);
        HubEnrolment e;
        if (!code || store.kiosks().enrol(*code, QStringLiteral("Sảnh 1"), &e) != KioskRegistry::EnrolOutcome::Enrolled)
            return 2;
        const HubKiosk kiosk{e.kioskId, e.ward, e.receiptPrefix};
        auto deliver = [&](const QString &kind) {
            ++sequence;
            const QJsonObject r = HubTestRecords::record(kiosk, kind, int(sequence - 1), sequence);
            store.ingest().ingest(kiosk, QJsonArray{r});
            return QPair<QString, QString>{r.value(QStringLiteral("id")).toString(),
                                           r.value(QStringLiteral("receiptCode")).toString()};
        };
        // Ward w gets 6 + 2w land pledges this month (the first wards fall under 10), 12 last month.
        for (int month = 0; month < 2; ++month) {
            const QDate base = month ? thisMonth : lastMonth;
            const int pledges = month ? 6 + 2 * w : 12;
            for (int i = 0; i < pledges; ++i) {
                const auto land = deliver(QStringLiteral("pledge.land"));
                Handovers::New n{double(20 + (w * 37 + i * 11) % 90), QStringLiteral("m2"), {},
                                 base.addDays(i % std::min(today.day(), 28)), QStringLiteral("BB-%1").arg(sequence), {}};
                store.handovers().add(ward, land.first, land.second, n);
                if (i % 7 != 6)  // every seventh stays unverified
                    store.handovers().verify(city, land.first, land.second);
                const auto labour = deliver(QStringLiteral("pledge.labour"));
                store.handovers().add(ward, labour.first, labour.second,
                                      {double(1 + (w + i) % 5), QStringLiteral("day"), {}, base.addDays(1), {}, {}});
                store.handovers().verify(city, labour.first, labour.second);
                if (i % 2 == 0) {
                    const auto materials = deliver(QStringLiteral("pledge.materials"));
                    store.handovers().add(ward, materials.first, materials.second,
                                          {double(10 + w * 3), QStringLiteral("bao"), QStringLiteral("cement"), base.addDays(2), {}, {}});
                    store.handovers().verify(city, materials.first, materials.second);
                }
            }
        }
        for (int i = 0; i < 8 + w; ++i) {
            const auto report = deliver(QStringLiteral("report.waste"));
            const QString status = i % 4 == 3 ? QStringLiteral("in_progress") : QStringLiteral("resolved");
            store.statusChanges().change(city, report.second, status, QStringLiteral("Đã kiểm tra tại hiện trường."), {});
            if (i == 0 && status == u"resolved")
                store.wastePublication().publish(city, report.second,
                                                 QStringLiteral("Đã thu dọn vật liệu bỏ phí tại công trình; cảm ơn người dân đã phản ánh."),
                                                 false);
        }
        ++w;
    }
    // Works finished this month: some on time, some late.
    int i = 0;
    for (const Ward &wd : works->wards())
        for (const Project *p : works->slice(wd.code, 0, 3)) {
            WorkFigures f;
            f.stage = QStringLiteral("completed");
            f.progress = 100;
            f.actualEnd = thisMonth.addDays(i % 3);
            f.plannedEnd = i % 3 == 2 ? thisMonth : thisMonth.addDays(20);
            store.workHistory().add(city, p->code, f.actualEnd, f);
            ++i;
        }
    std::printf("filled %u records\n", sequence);
    return 0;
}
