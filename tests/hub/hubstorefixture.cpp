// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstorefixture.h"

#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"

#include <QDebug>
#include <QJsonArray>

const AuditActor HubStoreFixture::WardOfficer{2, QStringLiteral("binh")};
const AuditActor HubStoreFixture::CityOfficer{1, QStringLiteral("anna")};

HubStoreFixture::HubStoreFixture() = default;

HubStoreFixture::~HubStoreFixture()
{
    reset();
}

HubStoreFixture::Opened HubStoreFixture::open(const QString &dialect, QString *why)
{
    reset();
    m_location = std::make_unique<HubTestLocation>(dialect);
    if (!m_location->isAvailable())
        return Opened::NoServer;
    m_sequence = 0;
    if (!reopen(why))
        return Opened::Failed;
    if (!m_store->content().ensureContent(why)) {
        close();
        return Opened::Failed;
    }
    return Opened::Yes;
}

bool HubStoreFixture::reopen(QString *why)
{
    close();
    m_db = std::make_unique<HubDatabase>();
    if (!m_db->open(m_location->location())) {
        *why = m_db->lastError();
        m_db.reset();
        return false;
    }
    m_store = std::make_unique<HubStore>(*m_db);
    return true;
}

void HubStoreFixture::close()
{
    m_store.reset();
    m_db.reset();
}

void HubStoreFixture::reset()
{
    close();
    m_location.reset();  // after the database: a PostgreSQL schema is dropped here
}

HubKiosk HubStoreFixture::enrolKiosk(const QString &ward, QString *token)
{
    QString error;
    const std::optional<QString> code = m_store->kiosks().createEnrolCode(ward, &error);
    if (!code) {
        qWarning() << "no enrolment code for" << ward << error;
        return {};
    }
    HubEnrolment e;
    if (m_store->kiosks().enrol(*code, QStringLiteral("Sảnh 1"), &e) != KioskRegistry::EnrolOutcome::Enrolled) {
        qWarning() << "enrolment refused for" << ward;
        return {};
    }
    if (token)
        *token = e.token;
    const std::optional<HubKiosk> k = m_store->kiosks().authenticate(e.token);
    if (!k)
        qWarning() << "the new kiosk's token is refused";
    return k ? *k : HubKiosk{};
}

DeliveredRecord HubStoreFixture::deliver(const HubKiosk &kiosk, const QString &kind)
{
    ++m_sequence;
    const QJsonObject record = HubTestRecords::record(kiosk, kind, int(m_sequence - 1), m_sequence);
    const HubIngestBatch batch = m_store->ingest().ingest(kiosk, QJsonArray{record});
    if (batch.status != HubIngestBatch::Status::Ok || batch.results.value(0).result != u"accepted") {
        qWarning() << "not accepted:" << kind;
        return {};
    }
    return {record.value(QStringLiteral("id")).toString(), record.value(QStringLiteral("receiptCode")).toString()};
}

bool HubStoreFixture::handover(const DeliveredRecord &record, const Handovers::New &handover, bool verify)
{
    Handovers &handovers = m_store->handovers();
    if (handovers.add(WardOfficer, record.id, record.receiptCode, handover) != Handovers::Outcome::Done) {
        qWarning() << "handover of" << record.receiptCode << "not stored";
        return false;
    }
    // The officer who entered it cannot verify it: refused, it stays unverified.
    if (handovers.verify(WardOfficer, record.id, record.receiptCode) != Handovers::Outcome::Refused) {
        qWarning() << "handover of" << record.receiptCode << "verified by the officer who entered it";
        return false;
    }
    if (verify && handovers.verify(CityOfficer, record.id, record.receiptCode) != Handovers::Outcome::Done) {
        qWarning() << "handover of" << record.receiptCode << "not verified by the city officer";
        return false;
    }
    return true;
}
