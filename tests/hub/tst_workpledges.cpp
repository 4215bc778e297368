// SPDX-License-Identifier: GPL-3.0-or-later
// A work's pledges for the kiosk's work page (store/workpledges.h), SQLite and PostgreSQL:
// pledges naming the work and not rejected are counted; only verified handovers are summed.
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "store/auditlog.h"
#include "store/workpledges.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {
const AuditActor WardOfficer{2, QStringLiteral("binh")};
const AuditActor CityOfficer{1, QStringLiteral("anna")};
}

class tst_WorkPledges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { HubTestLocation::addDialectRows(); }
    void init();
    void cleanup();
    void countsAndVerifiedTotals();

private:
    QPair<QString, QString> deliver(const QString &kind);
    void handover(const QPair<QString, QString> &record, double quantity, const QString &unit, bool verify);

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubStore> m_store;
    HubKiosk m_kiosk;
    quint32 m_sequence = 0;
};

void tst_WorkPledges::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
    m_store = std::make_unique<HubStore>(*m_db);
    QString error;
    QVERIFY2(m_store->content().ensureContent(&error), qPrintable(error));
    const std::optional<QString> code = m_store->kiosks().createEnrolCode(QStringLiteral("HONG-BANG"), &error);
    QVERIFY(code);
    HubEnrolment e;
    QCOMPARE(m_store->kiosks().enrol(*code, QStringLiteral("test"), &e), KioskRegistry::EnrolOutcome::Enrolled);
    m_kiosk = {e.kioskId, e.ward, e.receiptPrefix};
}

void tst_WorkPledges::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_location.reset();
}

QPair<QString, QString> tst_WorkPledges::deliver(const QString &kind)
{
    ++m_sequence;
    const QJsonObject record = HubTestRecords::record(m_kiosk, kind, int(m_sequence - 1), m_sequence);
    const HubIngestBatch batch = m_store->ingest().ingest(m_kiosk, QJsonArray{record});
    if (batch.status != HubIngestBatch::Status::Ok || batch.results.value(0).result != u"accepted")
        qWarning() << "not accepted" << kind;
    return {record.value(QStringLiteral("id")).toString(), record.value(QStringLiteral("receiptCode")).toString()};
}

void tst_WorkPledges::handover(const QPair<QString, QString> &record, double quantity, const QString &unit, bool verify)
{
    Handovers::New n;
    n.quantity = quantity;
    n.unit = unit;
    n.item = unit == u"bao" ? QStringLiteral("cement") : QString();
    n.handedOn = QDate(2026, 11, 2);
    QCOMPARE(m_store->handovers().add(WardOfficer, record.first, record.second, n), Handovers::Outcome::Done);
    if (verify)
        QCOMPARE(m_store->handovers().verify(CityOfficer, record.first, record.second), Handovers::Outcome::Done);
}

void tst_WorkPledges::countsAndVerifiedTotals()
{
    WorkPledges pledges(*m_db);
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
    QCOMPARE(m_store->statusChanges().setStatus(land3.second, QStringLiteral("rejected"), QString(), &statusError), HubChangeOutcome::Done);

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
