// SPDX-License-Identifier: GPL-3.0-or-later
// The movement board's figures read from the store, and its frozen months, on SQLite and
// PostgreSQL: only verified handovers count, by handover date; waste reports by the date they
// were resolved; works by their actual end; a published month never changes; the board kept by
// BoardCache is computed again after any write, by this connection or another, and only then.
#include "board/boardcache.h"
#include "board/boardservice.h"
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubstorefixture.h"
#include "hubtestsupport.h"
#include "store/boardfigures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {

const AuditActor CityOfficer = HubStoreFixture::CityOfficer;

const WardMonthFigures *find(const QList<WardMonthFigures> &all, const QString &ward, const QString &month)
{
    for (const WardMonthFigures &f : all)
        if (f.ward == ward && f.month == month)
            return &f;
    return nullptr;
}

double landOf(const BoardMonth &m, const QString &ward)
{
    for (const BoardTable &t : m.tables)
        if (t.measure == u"land")
            for (const BoardEntry &e : t.entries)
                if (e.ward == ward)
                    return e.value;
    return -1;
}

}

class tst_BoardStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { HubTestLocation::addDialectRows(); }
    void init();
    void cleanup();
    void verifiedHandoversOnly();
    void rejectedPledgeNoLongerCounts();
    void wasteResolvedByClosingDate();
    void worksFinishedOnTime();
    void frozenMonthDoesNotChange();
    void wastePageShowsOnlyPublishedWords();
    void cacheComputesOncePerChange();

private:
    /** A record of the kind delivered by HONG-BANG's kiosk. */
    DeliveredRecord deliver(const QString &kind) { return m_hub.deliver(m_kiosk, kind); }
    void handover(const DeliveredRecord &record, double quantity, const QString &unit, const QString &item, QDate on,
                  bool verify);

    HubStoreFixture m_hub;
    HubKiosk m_kiosk;
};

void tst_BoardStore::init()
{
    HUB_STORE_FIXTURE_OR_SKIP(m_hub);
    m_kiosk = m_hub.enrolKiosk(QStringLiteral("HONG-BANG"));
    QVERIFY(!m_kiosk.id.isEmpty());
}

void tst_BoardStore::cleanup()
{
    m_hub.reset();
}

void tst_BoardStore::handover(const DeliveredRecord &record, double quantity, const QString &unit, const QString &item,
                              QDate on, bool verify)
{
    Handovers::New n;
    n.quantity = quantity;
    n.unit = unit;
    n.item = item;
    n.handedOn = on;
    QVERIFY(m_hub.handover(record, n, verify));
}

void tst_BoardStore::verifiedHandoversOnly()
{
    const auto land1 = deliver(QStringLiteral("pledge.land"));
    const auto land2 = deliver(QStringLiteral("pledge.land"));
    const auto land3 = deliver(QStringLiteral("pledge.land"));
    const auto cement = deliver(QStringLiteral("pledge.materials"));
    const auto labour = deliver(QStringLiteral("pledge.labour"));
    handover(land1, 100, QStringLiteral("m2"), {}, QDate(2026, 2, 3), false);
    handover(land1, 50, QStringLiteral("m2"), {}, QDate(2026, 2, 28), true);  // verifies both of land1
    handover(land2, 999, QStringLiteral("m2"), {}, QDate(2026, 2, 10), false); // never verified
    handover(land3, 7, QStringLiteral("m2"), {}, QDate(2026, 1, 31), true);   // January
    handover(cement, 20, QStringLiteral("bao"), QStringLiteral("cement"), QDate(2026, 2, 5), true);
    handover(labour, 3, QStringLiteral("day"), {}, QDate(2026, 3, 1), true);   // March: outside

    const auto all = m_hub.store().boardFigures().read(QStringLiteral("2026-01"), QStringLiteral("2026-02"));
    QVERIFY(all);
    const WardMonthFigures *feb = find(*all, QStringLiteral("HONG-BANG"), QStringLiteral("2026-02"));
    QVERIFY(feb);
    QCOMPARE(feb->land.value, 150.0);
    QCOMPARE(feb->land.records, 1);  // one pledge, two handovers
    QCOMPARE(feb->materials.value(QStringLiteral("cement|bao")).value, 20.0);
    QCOMPARE(feb->materials.value(QStringLiteral("cement|bao")).records, 1);
    QCOMPARE(feb->pledgesHandedOver, 2);
    QCOMPARE(feb->labour.value, 0.0);
    const WardMonthFigures *jan = find(*all, QStringLiteral("HONG-BANG"), QStringLiteral("2026-01"));
    QVERIFY(jan);
    QCOMPARE(jan->land.value, 7.0);
    QVERIFY(!find(*all, QStringLiteral("HONG-BANG"), QStringLiteral("2026-03")));
    QVERIFY(!find(*all, QStringLiteral("LE-CHAN"), QStringLiteral("2026-02")));
}

void tst_BoardStore::rejectedPledgeNoLongerCounts()
{
    const auto kept = deliver(QStringLiteral("pledge.land"));
    const auto disputed = deliver(QStringLiteral("pledge.land"));
    handover(kept, 30, QStringLiteral("m2"), {}, QDate(2026, 2, 3), true);
    handover(disputed, 70, QStringLiteral("m2"), {}, QDate(2026, 2, 4), true);
    auto all = m_hub.store().boardFigures().read(QStringLiteral("2026-02"), QStringLiteral("2026-02"));
    QVERIFY(all);
    const WardMonthFigures *feb = find(*all, QStringLiteral("HONG-BANG"), QStringLiteral("2026-02"));
    QVERIFY(feb);
    QCOMPARE(feb->land.value, 100.0);
    QCOMPARE(feb->land.records, 2);

    // Verified, then rejected (the plot turned out to be disputed): as on the work's page, it
    // no longer counts.
    QCOMPARE(m_hub.store().statusChanges().change(CityOfficer, disputed.receiptCode, QStringLiteral("rejected"),
                                                  QStringLiteral("Thửa đất đang có tranh chấp"), {}).outcome,
             HubChangeOutcome::Done);
    all = m_hub.store().boardFigures().read(QStringLiteral("2026-02"), QStringLiteral("2026-02"));
    QVERIFY(all);
    feb = find(*all, QStringLiteral("HONG-BANG"), QStringLiteral("2026-02"));
    QVERIFY(feb);
    QCOMPARE(feb->land.value, 30.0);
    QCOMPARE(feb->land.records, 1);
    QCOMPARE(feb->pledgesHandedOver, 1);
    const auto totals = m_hub.store().handovers().verifiedTotals(QStringLiteral("HONG-BANG"));
    QVERIFY(totals && totals->size() == 1);
    QCOMPARE(totals->first().landM2, 30.0);
    QCOMPARE(totals->first().pledgesHandedOver, 1);
}

void tst_BoardStore::wasteResolvedByClosingDate()
{
    const auto a = deliver(QStringLiteral("report.waste"));
    const auto b = deliver(QStringLiteral("report.waste"));
    const auto c = deliver(QStringLiteral("report.waste"));
    QCOMPARE(m_hub.store().statusChanges().change(CityOfficer, a.receiptCode, QStringLiteral("resolved"), QStringLiteral("Đã dọn"), {}).outcome,
             HubChangeOutcome::Done);
    QCOMPARE(m_hub.store().statusChanges().change(CityOfficer, b.receiptCode, QStringLiteral("rejected"), QStringLiteral("Không đúng"), {}).outcome,
             HubChangeOutcome::Done);
    QCOMPARE(m_hub.store().statusChanges().change(CityOfficer, c.receiptCode, QStringLiteral("in_progress"), QStringLiteral("Đang làm"), {}).outcome,
             HubChangeOutcome::Done);
    // Dates the test chooses: received 1 Feb 08:00 (Hải Phòng), closed 4.5 days later; a
    // closing at 20:00 UTC on 28 Feb is already 1 March in Hải Phòng.
    QVERIFY(m_hub.location().exec(QStringLiteral("UPDATE records SET received_at = '2026-02-01T01:00:00.000Z',"
                                                 " closed_at = '2026-02-05T13:00:00.000Z' WHERE id = '%1'").arg(a.id)));
    QVERIFY(m_hub.location().exec(QStringLiteral("UPDATE records SET closed_at = '2026-02-10T01:00:00.000Z' WHERE id = '%1'").arg(b.id)));
    auto figures = m_hub.store().boardFigures().read(QStringLiteral("2026-02"), QStringLiteral("2026-03"));
    QVERIFY(figures);
    const WardMonthFigures *feb = find(*figures, QStringLiteral("HONG-BANG"), QStringLiteral("2026-02"));
    QVERIFY(feb);
    QCOMPARE(feb->resolveDays, QList<double>{4.5});  // the rejected one does not count
    QVERIFY(m_hub.location().exec(QStringLiteral("UPDATE records SET closed_at = '2026-02-28T20:00:00.000Z' WHERE id = '%1'").arg(a.id)));
    figures = m_hub.store().boardFigures().read(QStringLiteral("2026-02"), QStringLiteral("2026-03"));
    QVERIFY(figures);
    QVERIFY(!find(*figures, QStringLiteral("HONG-BANG"), QStringLiteral("2026-02")));
    QVERIFY(find(*figures, QStringLiteral("HONG-BANG"), QStringLiteral("2026-03")));
}

void tst_BoardStore::worksFinishedOnTime()
{
    auto finish = [this](const char *code, QDate planned, QDate actual) {
        WorkFigures f;
        f.stage = QStringLiteral("completed");
        f.progress = 100;
        f.plannedEnd = planned;
        f.actualEnd = actual;
        return m_hub.store().workHistory().add(CityOfficer, QString::fromLatin1(code), actual, f);
    };
    QVERIFY(finish("HB-001", QDate(2026, 4, 30), QDate(2026, 4, 30)));  // on the day: on time
    QVERIFY(finish("HB-002", QDate(2026, 4, 1), QDate(2026, 4, 2)));    // a day late
    QVERIFY(finish("LC-001", QDate(2026, 5, 1), QDate(2026, 4, 20)));   // early, LE-CHAN
    QVERIFY(finish("HB-003", {}, QDate(2026, 4, 10)));                  // the content's planned end 2026-09-30
    WorkFigures unfinished;
    unfinished.stage = QStringLiteral("in_progress");
    QVERIFY(m_hub.store().workHistory().add(CityOfficer, QStringLiteral("HB-004"), QDate(2026, 4, 3), unfinished));
    const auto figures = m_hub.store().boardFigures().read(QStringLiteral("2026-04"), QStringLiteral("2026-04"));
    QVERIFY(figures);
    const WardMonthFigures *hb = find(*figures, QStringLiteral("HONG-BANG"), QStringLiteral("2026-04"));
    QVERIFY(hb);
    QCOMPARE(hb->worksFinished, 3);
    QCOMPARE(hb->worksOnTime, 2);
    const WardMonthFigures *lc = find(*figures, QStringLiteral("LE-CHAN"), QStringLiteral("2026-04"));
    QVERIFY(lc);
    QCOMPARE(lc->worksOnTime, 1);
}

void tst_BoardStore::frozenMonthDoesNotChange()
{
    const auto feb = deliver(QStringLiteral("pledge.land"));
    const auto late = deliver(QStringLiteral("pledge.land"));
    const auto mar = deliver(QStringLiteral("pledge.land"));
    handover(feb, 40, QStringLiteral("m2"), {}, QDate(2026, 2, 12), true);
    handover(late, 60, QStringLiteral("m2"), {}, QDate(2026, 2, 20), false);
    BoardService service(m_hub.store());
    // On 4 March February is not due yet; on the 5th it is published.
    QCOMPARE(service.freezeDue(QDate(2026, 3, 4)).value_or(-1), 12);  // February 2025 … January 2026
    auto months = service.months(QStringLiteral("2026-02"), 1);
    QVERIFY(months && months->size() == 1);
    QVERIFY(!months->first().frozen);
    QCOMPARE(service.freezeDue(QDate(2026, 3, 5)).value_or(-1), 1);
    QCOMPARE(service.freezeDue(QDate(2026, 3, 6)).value_or(-1), 0);  // already published
    months = service.months(QStringLiteral("2026-03"), 2);
    QVERIFY(months && months->size() == 2);
    QVERIFY(months->at(0).frozen);
    QVERIFY(!months->at(0).frozenAt.isEmpty());
    QCOMPARE(landOf(months->at(0), QStringLiteral("HONG-BANG")), 40.0);

    // A late verification of a February handover, and a March one.
    QCOMPARE(m_hub.store().handovers().verify(CityOfficer, late.id, late.receiptCode), Handovers::Outcome::Done);
    handover(mar, 5, QStringLiteral("m2"), {}, QDate(2026, 3, 2), true);
    months = service.months(QStringLiteral("2026-03"), 2);
    QVERIFY(months && months->size() == 2);
    QCOMPARE(landOf(months->at(0), QStringLiteral("HONG-BANG")), 40.0);  // February as published
    QVERIFY(!months->at(1).frozen);
    QCOMPARE(landOf(months->at(1), QStringLiteral("HONG-BANG")), 5.0);  // March is provisional
    // The store itself holds February's figures once.
    QCOMPARE(m_hub.location().scalar(QStringLiteral("SELECT count(*) FROM board_months WHERE month = '2026-02'")).toInt(), 1);
    QCOMPARE(m_hub.store().boardMonths().freeze(QStringLiteral("2026-02"), "{}", QStringLiteral("x")),
             BoardMonths::Outcome::AlreadyFrozen);
}

void tst_BoardStore::wastePageShowsOnlyPublishedWords()
{
    const auto a = deliver(QStringLiteral("report.waste"));
    const auto b = deliver(QStringLiteral("report.waste"));
    QCOMPARE(m_hub.store().statusChanges().change(CityOfficer, a.receiptCode, QStringLiteral("resolved"), QStringLiteral("Xong"), {}).outcome,
             HubChangeOutcome::Done);
    const CaseChange published = m_hub.store().wastePublication().publish(CityOfficer, a.receiptCode, QStringLiteral("Đã dọn bãi vật liệu <b>"), false);
    QCOMPARE(published.problem, CaseChange::Problem::None);
    const auto page = m_hub.store().boardFigures().wastePage(QStringLiteral("HONG-BANG"));
    QVERIFY(page);
    QCOMPARE(page->byStatus.value(QStringLiteral("resolved")), 1);
    QCOMPARE(page->byStatus.value(QStringLiteral("received")), 1);
    qint64 total = 0;
    for (qint64 n : page->byCategory)
        total += n;
    QCOMPARE(total, 2);
    QCOMPARE(page->resolved, 1);
    QCOMPARE(page->published.size(), 1);
    QCOMPARE(page->published.first().receiptCode, a.receiptCode);
    QCOMPARE(page->published.first().summary, QStringLiteral("Đã dọn bãi vật liệu <b>"));
    QVERIFY(m_hub.store().boardFigures().wastePage(QStringLiteral("LE-CHAN"))->published.isEmpty());
    Q_UNUSED(b);
}

void tst_BoardStore::cacheComputesOncePerChange()
{
    const QDate today(2026, 3, 10);
    const QString march = QStringLiteral("2026-03");
    const auto land1 = deliver(QStringLiteral("pledge.land"));
    const auto land2 = deliver(QStringLiteral("pledge.land"));
    BoardCache cache(m_hub.store());

    QElapsedTimer timer;
    timer.start();
    auto months = cache.months(march, 2, today);
    const qint64 firstNs = timer.nsecsElapsed();
    QVERIFY(months && months->size() == 2);
    QCOMPARE(cache.computations(), 1);
    QCOMPARE(landOf(months->at(1), QStringLiteral("HONG-BANG")), 0.0);
    // Reads between two writes are answered from what is kept.
    constexpr int Repeats = 50;
    timer.restart();
    for (int i = 0; i < Repeats; ++i)
        QVERIFY(cache.months(march, 2, today));
    const qint64 keptNs = timer.nsecsElapsed() / Repeats;
    QCOMPARE(cache.computations(), 1);
    QVERIFY(cache.apiBody(QStringLiteral("HONG-BANG"), today));
    QCOMPARE(cache.computations(), 2);  // 13 months for the API: another range
    const QByteArray etag = cache.apiBody(QStringLiteral("HONG-BANG"), today)->etag;
    QVERIFY(cache.apiBody(QStringLiteral("LE-CHAN"), today));
    QCOMPARE(cache.computations(), 2);  // the same months for another ward
    qInfo("board of 2 months: computed %.3f ms, kept %.3f ms a read (%d reads)", firstNs / 1e6, keptNs / 1e6, Repeats);

    // A verified handover through this store: seen by the very next read.
    handover(land1, 30, QStringLiteral("m2"), {}, QDate(2026, 3, 2), true);
    months = cache.months(march, 2, today);
    QVERIFY(months);
    QCOMPARE(landOf(months->at(1), QStringLiteral("HONG-BANG")), 30.0);
    QCOMPARE(cache.computations(), 3);
    QVERIFY(cache.apiBody(QStringLiteral("HONG-BANG"), today)->etag != etag);
    QCOMPARE(cache.computations(), 4);

    // A write by another connection (the command line, another hub on the same PostgreSQL):
    // seen at once too.
    HubDatabase otherDb;
    QVERIFY2(otherDb.open(m_hub.location().location()), qPrintable(otherDb.lastError()));
    HubStore other(otherDb);
    Handovers::New n;
    n.quantity = 12;
    n.unit = QStringLiteral("m2");
    n.handedOn = QDate(2026, 3, 3);
    QCOMPARE(other.handovers().add(HubStoreFixture::WardOfficer, land2.id, land2.receiptCode, n), Handovers::Outcome::Done);
    QCOMPARE(other.handovers().verify(HubStoreFixture::CityOfficer, land2.id, land2.receiptCode), Handovers::Outcome::Done);
    months = cache.months(march, 2, today);
    QVERIFY(months);
    QCOMPARE(landOf(months->at(1), QStringLiteral("HONG-BANG")), 42.0);
    QCOMPARE(cache.computations(), 5);
    QVERIFY(cache.months(march, 2, today));
    QCOMPARE(cache.computations(), 5);

    // A month frozen by the other connection: shown as published at once.
    QVERIFY(!cache.months(QStringLiteral("2026-02"), 1, today)->first().frozen);
    QCOMPARE(cache.computations(), 6);
    QVERIFY(BoardService(other).freezeDue(today).value_or(0) > 0);
    QVERIFY(cache.months(QStringLiteral("2026-02"), 1, today)->first().frozen);
    QCOMPARE(cache.computations(), 7);

    // A new day: computed again without any write (the current month, the 5th).
    QVERIFY(cache.months(march, 2, today.addDays(1)));
    QCOMPARE(cache.computations(), 8);
    QVERIFY(cache.months(march, 2, today.addDays(1)));
    QCOMPARE(cache.computations(), 8);

    // A broken database: no board, not an old one.
    otherDb.close();
    QVERIFY(m_hub.location().exec(QStringLiteral("DROP TABLE meta")));
    QVERIFY(!cache.months(march, 2, today.addDays(1)));
}

QTEST_GUILESS_MAIN(tst_BoardStore)
#include "tst_boardstore.moc"
