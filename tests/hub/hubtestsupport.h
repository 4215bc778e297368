// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>
#include <QVariantList>

#include <memory>

/** A fresh, empty hub database location for one test: a SQLite file in a temporary folder,
    or a new schema on the PostgreSQL server of CIVIC_TEST_PG_URL (tests/common/pgurl.h),
    dropped again by the destructor. */
class HubTestLocation
{
public:
    /** dialect "sqlite" or "postgresql". For PostgreSQL without a server, isAvailable() is false. */
    explicit HubTestLocation(const QString &dialect);
    /** In a test's data function: the column "dialect" with a row "sqlite" and a row
        "postgresql", so that the test runs on both databases. */
    static void addDialectRows();
    ~HubTestLocation();
    HubTestLocation(const HubTestLocation &) = delete;
    HubTestLocation &operator=(const HubTestLocation &) = delete;

    bool isAvailable() const { return !m_location.isEmpty(); }
    /** "sqlite:/tmp/…/hub.sqlite" or "postgresql://…/db?schema=hubtest_…". */
    QString location() const { return m_location; }
    /** Runs one statement on a connection of its own (test set-up such as expiring a code). */
    bool exec(const QString &sql) const;
    /** The first column of the first row a query returns (? placeholders take binds), read
        through a HubDatabase of its own beside a running hub; invalid when it fails or
        returns no row. */
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

private:
    QString m_dialect;
    QString m_location;
    QString m_schema;
    std::unique_ptr<QTemporaryDir> m_dir;
};

/** In a test's init(): location (a std::unique_ptr<HubTestLocation>) made fresh for the global
    data's "dialect" (addDialectRows() in initTestCase_data()); the test is skipped when that is
    PostgreSQL and no server is configured. */
#define HUB_TEST_LOCATION_OR_SKIP(location)                                                        \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, dialect);                                                           \
        location = std::make_unique<HubTestLocation>(dialect);                                     \
        if (!location->isAvailable())                                                              \
            QSKIP("no PostgreSQL test server: set CIVIC_TEST_PG_URL (or run through ctest's postgres fixture)"); \
    } while (false)

namespace HubTestRecords {

/** A record as a kiosk sends it in POST /api/v1/records, from RecordFixture::json(kind,
    variant): a new UUID, createdAt now with the +07:00 offset, the kiosk's id and ward, the
    receipt code prefix-sequence, payload and personal split as the kiosk stores them. */
QJsonObject record(const HubKiosk &kiosk, const QString &kind, int variant, quint32 sequence,
                   const QString &prefix = {});

}
