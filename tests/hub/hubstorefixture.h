// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"
#include "store/auditlog.h"
#include "store/handovers.h"

#include <QString>

#include <memory>

class HubDatabase;
class HubStore;
class HubTestLocation;

/** A record a test delivered: its id and receipt code, both empty when the hub refused it. */
struct DeliveredRecord
{
    QString id;
    QString receiptCode;

    bool isValid() const { return !id.isEmpty(); }
};

/** The set-up the store tests share, in-process: a HubStore on a fresh test database (a
    HubTestLocation of the test's dialect) with the built-in demo content published, kiosks enrolled as a kiosk enrols (a one-time code of the
    ward, then the enrolment), records ingested as a kiosk delivers them, and handovers of
    pledges entered by a ward officer and verified by a city officer. */
class HubStoreFixture
{
public:
    /** Who enters handovers, and the second pair of eyes who verifies them. */
    static const AuditActor WardOfficer;
    static const AuditActor CityOfficer;

    HubStoreFixture();
    ~HubStoreFixture();
    HubStoreFixture(const HubStoreFixture &) = delete;
    HubStoreFixture &operator=(const HubStoreFixture &) = delete;

    enum class Opened { Yes, NoServer, Failed };
    /** A fresh location of the dialect ("sqlite" or "postgresql"), its database opened (and
        migrated) and the demo content published. NoServer: PostgreSQL, and no test server is
        configured. Failed, with why. */
    Opened open(const QString &dialect, QString *why);
    /** The store, then its database, closed; the location stays, for a test to open its own way. */
    void close();
    /** The store opened again on the same location (migrating it, content left as it is). */
    bool reopen(QString *why);
    /** Closed, and the location dropped (a test's cleanup()). */
    void reset();
    HubTestLocation &location() { return *m_location; }
    HubDatabase &db() { return *m_db; }
    HubStore &store() { return *m_store; }

    /** A kiosk of the ward enrolled with a fresh one-time code, as its token authenticates it;
        the token in *token. An empty id, with a warning, when either step is refused. */
    HubKiosk enrolKiosk(const QString &ward = QStringLiteral("HONG-BANG"), QString *token = nullptr);

    /** The next record of the kind from the kiosk (HubTestRecords::record; its variant and
        receipt sequence count up from 0 after each open()), ingested as one delivery. Invalid,
        with a warning, when it is not accepted. */
    DeliveredRecord deliver(const HubKiosk &kiosk, const QString &kind);

    /** A handover of the record entered by WardOfficer, whose own verification is refused, and
        then verified by CityOfficer when verify is true. False, with a warning naming the step,
        when any step goes otherwise. */
    bool handover(const DeliveredRecord &record, const Handovers::New &handover, bool verify);

private:
    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubStore> m_store;
    quint32 m_sequence = 0;
};

/** In a test's init(): fixture opened on a fresh location for the global data's "dialect"
    (HubTestLocation::addDialectRows() in initTestCase_data()); the test is skipped when that is
    PostgreSQL and no server is configured, and fails when the store does not open. */
#define HUB_STORE_FIXTURE_OR_SKIP(fixture)                                                         \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, dialect);                                                           \
        QString whyNotOpened;                                                                      \
        switch ((fixture).open(dialect, &whyNotOpened)) {                                          \
        case HubStoreFixture::Opened::Yes:                                                         \
            break;                                                                                 \
        case HubStoreFixture::Opened::NoServer:                                                    \
            QSKIP("no PostgreSQL test server: set CIVIC_TEST_PG_URL (or run through ctest's postgres fixture)"); \
        case HubStoreFixture::Opened::Failed:                                                      \
            QFAIL(qPrintable(whyNotOpened));                                                       \
        }                                                                                          \
    } while (false)
