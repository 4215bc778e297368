// SPDX-License-Identifier: GPL-3.0-or-later
// A work's pledges for the kiosk's work page (store/workpledges.h), SQLite and PostgreSQL:
// pledges naming the work and not rejected are counted; only verified handovers are summed.
#include "hubstore.h"
#include "hubstorefixture.h"
#include "hubtestsupport.h"
#include "store/workpledges.h"

#include <QTest>

#include <memory>

class tst_WorkPledges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { HubTestLocation::addDialectRows(); }
    void init();
    void cleanup();
    void countsAndVerifiedTotals();

private:
    DeliveredRecord deliver(const QString &kind) { return m_hub.deliver(m_kiosk, kind); }
    void handover(const DeliveredRecord &record, double quantity, const QString &unit, bool verify);

    HubStoreFixture m_hub;
    HubKiosk m_kiosk;
};

void tst_WorkPledges::init()
{
    HUB_STORE_FIXTURE_OR_SKIP(m_hub);
    m_kiosk = m_hub.enrolKiosk(QStringLiteral("HONG-BANG"));
    QVERIFY(!m_kiosk.id.isEmpty());
}

void tst_WorkPledges::cleanup()
{
    m_hub.reset();
}

void tst_WorkPledges::handover(const DeliveredRecord &record, double quantity, const QString &unit, bool verify)
{
    Handovers::New n;
    n.quantity = quantity;
    n.unit = unit;
    n.item = unit == u"bao" ? QStringLiteral("cement") : QString();
    n.handedOn = QDate(2026, 11, 2);
    QVERIFY(m_hub.handover(record, n, verify));
}

void tst_WorkPledges::countsAndVerifiedTotals()
{
    WorkPledges pledges(m_hub.db());
    const std::optional<HubWorkPledges> none = pledges.of(QStringLiteral("HB-001"));
    QVERIFY(none);
    QCOMPARE(none->pledges, 0);

    // The fixture's land and materials pledges name HB-001; its labour pledges name no work.
    const auto land1 = deliver(QStringLiteral("pledge.land"));
    const auto land2 = deliver(QStringLiteral("pledge.land"));
    const auto land3 = deliver(QStringLiteral("pledge.land"));
    const auto cement = deliver(QStringLiteral("pledge.materials"));
    const auto labour = deliver(QStringLiteral("pledge.labour"));
    deliver(QStringLiteral("report.waste"));
    handover(land1, 120.5, QStringLiteral("m2"), true);
    handover(land2, 999, QStringLiteral("m2"), false);  // never verified: not counted
    handover(cement, 20, QStringLiteral("bao"), true);
    handover(labour, 4, QStringLiteral("day"), true);   // another work (none): not counted
    QString statusError;
    QCOMPARE(m_hub.store().statusChanges().setStatus(land3.receiptCode, QStringLiteral("rejected"), QString(), &statusError), HubChangeOutcome::Done);

    const std::optional<HubWorkPledges> w = pledges.of(QStringLiteral("HB-001"));
    QVERIFY(w);
    QCOMPARE(w->pledges, 3);  // land1, land2, cement; land3 was rejected
    QCOMPARE(w->landM2, 120.5);
    QCOMPARE(w->labourDays, 0.0);
    QCOMPARE(w->materialDeliveries, 1);
    QCOMPARE(pledges.of(QStringLiteral("HB-002"))->pledges, 0);
}

QTEST_GUILESS_MAIN(tst_WorkPledges)
#include "tst_workpledges.moc"
