// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "recordfixture.h"
#include "staff/staffaccount.h"
#include "store/auditlog.h"
#include "store/inboxqueries.h"
#include "store/recordfilter.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

/** The inbox's read side in the store (InboxQueries over RecordFilter, schema 6's covering
    indexes and SQLite's trigram index), on SQLite and PostgreSQL: pages follow each other in
    every order without a gap or a repeat, counts are right, and on SQLite the trigram search
    finds exactly what the portable scan finds, follows corrections and erasure, survives a
    VACUUM, and covers records stored before schema 6. */
class tst_InboxQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void pagesFollowEachOtherInEveryOrder();
    void countsMatchTheRecords();
    void bothSearchesFindTheSameRecords_data();
    void bothSearchesFindTheSameRecords();
    void searchFollowsCorrectionAndErasure();
    void searchSurvivesVacuum();
    void recordsStoredBeforeTheIndexAreFound();

private:
    /** Stores `count` records, the kinds in turn, alternately from a kiosk of HONG-BANG and
        of LE-CHAN; returns their receipt codes. */
    QStringList fill(HubStore &store, int count, quint32 firstSequence = 1);
    QStringList codes(const RecordFilter &filter, const StaffAccount &account, RecordFilter::Flavour flavour);
    QStringList inboxCodes(RecordFilter filter, const StaffAccount &account, qint64 *total = nullptr);
    bool sqlite() const;

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubStore> m_store;
    QList<HubKiosk> m_kiosks;
    StaffAccount m_city;
    StaffAccount m_ward;
};

void tst_InboxQueries::initTestCase_data()
{
    HubTestLocation::addDialectRows();
}

void tst_InboxQueries::init()
{
    HUB_TEST_LOCATION_OR_SKIP(m_location);
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
    m_store = std::make_unique<HubStore>(*m_db);
    m_city = {};
    m_city.id = 1;
    m_city.login = QStringLiteral("anna");
    m_city.roles = StaffRole::City;
    m_ward = m_city;
    m_ward.id = 2;
    m_ward.login = QStringLiteral("binh");
    m_ward.roles = StaffRole::Ward;
    m_ward.ward = QStringLiteral("LE-CHAN");
    m_kiosks.clear();
}

void tst_InboxQueries::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_location.reset();
}

bool tst_InboxQueries::sqlite() const
{
    return m_db->dialect() == HubDatabase::Dialect::SQLite;
}

QStringList tst_InboxQueries::fill(HubStore &store, int count, quint32 firstSequence)
{
    QString error;
    if (m_kiosks.isEmpty()) {
        if (!store.content().ensureContent(&error))
            return {};
        for (const QString &ward : {QStringLiteral("HONG-BANG"), QStringLiteral("LE-CHAN")}) {
            const std::optional<QString> code = store.kiosks().createEnrolCode(ward, &error);
            HubEnrolment e;
            if (!code || store.kiosks().enrol(*code, QStringLiteral("test"), &e) != KioskRegistry::EnrolOutcome::Enrolled)
                return {};
            m_kiosks.append({e.kioskId, e.ward, e.receiptPrefix});
        }
    }
    const QStringList kinds = RecordFixture::kinds();
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const quint32 sequence = firstSequence + quint32(i);
        const HubKiosk &kiosk = m_kiosks.at(i % 2);
        const QJsonObject record = HubTestRecords::record(kiosk, kinds.at(i % kinds.size()), i, sequence);
        const HubIngestBatch result = store.ingest().ingest(kiosk, QJsonArray{record});
        if (result.status != HubIngestBatch::Status::Ok)
            return {};
        out.append(record.value(QStringLiteral("receiptCode")).toString());
    }
    return out;
}

QStringList tst_InboxQueries::codes(const RecordFilter &filter, const StaffAccount &account, RecordFilter::Flavour flavour)
{
    const RecordFilter::Sql sql = filter.where(account, flavour);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT r.receipt_code FROM records r") + sql.where + filter.orderBy());
    for (const QVariant &b : sql.binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return {QStringLiteral("(failed)")};
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList tst_InboxQueries::inboxCodes(RecordFilter filter, const StaffAccount &account, qint64 *total)
{
    QStringList out;
    for (filter.page = 1;; ++filter.page) {
        const std::optional<InboxPage> page = m_store->inbox().page(account, filter);
        if (!page)
            return {QStringLiteral("(failed)")};
        if (total)
            *total = page->total;
        if (page->rows.isEmpty())
            break;
        for (const InboxRow &row : page->rows)
            out.append(row.receiptCode);
    }
    return out;
}

void tst_InboxQueries::pagesFollowEachOtherInEveryOrder()
{
    const QStringList stored = fill(*m_store, 2 * RecordFilter::PageSize + 7);
    QVERIFY(!stored.isEmpty());
    // Received times one minute apart in the order stored; the statuses change the "waiting"
    // order: every third record closed, the rest waiting since an hour after it came.
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    for (int i = 0; i < stored.size(); ++i) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE records SET received_at = ?, updated_at = ?, status = ? WHERE receipt_code = ?"));
        const QDateTime at = start.addSecs(60 * i);
        q.addBindValue(at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        // Updated in the reverse order, so "waiting longest" is not "oldest".
        q.addBindValue(start.addSecs(3600 + 60 * (stored.size() - i)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        q.addBindValue(i % 3 == 0 ? QStringLiteral("resolved") : QStringLiteral("received"));
        q.addBindValue(stored.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    m_db->refreshStatistics();

    QStringList newest = stored;
    std::reverse(newest.begin(), newest.end());
    RecordFilter filter;
    qint64 total = 0;
    QCOMPARE(inboxCodes(filter, m_city, &total), newest);
    QCOMPARE(total, qint64(stored.size()));
    filter.sort = RecordFilter::Sort::Oldest;
    QCOMPARE(inboxCodes(filter, m_city), stored);

    // Waiting longest: the open ones first, least recently changed (stored last) at the top,
    // then the closed ones in the same order; with status=open only the first part.
    QStringList open, closed;
    for (int i = stored.size() - 1; i >= 0; --i)
        (i % 3 == 0 ? closed : open).append(stored.at(i));
    filter.sort = RecordFilter::Sort::Waiting;
    QCOMPARE(inboxCodes(filter, m_city), open + closed);
    filter.status = QStringLiteral("open");
    QCOMPARE(inboxCodes(filter, m_city, &total), open);
    QCOMPARE(total, qint64(open.size()));
    filter.status = QStringLiteral("closed");
    QCOMPARE(inboxCodes(filter, m_city), closed);
}

void tst_InboxQueries::countsMatchTheRecords()
{
    const QStringList stored = fill(*m_store, 40);
    QVERIFY(!stored.isEmpty());
    m_db->refreshStatistics();
    auto total = [this](const QString &query, const StaffAccount &account) {
        const std::optional<InboxPage> page = m_store->inbox().page(account, RecordFilter::fromQuery(QUrlQuery(query)));
        return page ? page->total : -1;
    };
    QCOMPARE(total({}, m_city), 40);
    QCOMPARE(total({}, m_ward), 20);  // every other record is LE-CHAN's
    QCOMPARE(total(QStringLiteral("ward=LE-CHAN"), m_city), 20);
    QCOMPARE(total(QStringLiteral("kind=report.waste"), m_city), 10);
    QCOMPARE(total(QStringLiteral("kind=pledge"), m_city), 30);
    QCOMPARE(total(QStringLiteral("kind=pledge.land&ward=HONG-BANG"), m_city), 10);
    QCOMPARE(total(QStringLiteral("kind=pledge.labour&ward=HONG-BANG"), m_city), 0);
    QCOMPARE(total(QStringLiteral("status=received&by=resident"), m_city), 40);
    QCOMPARE(total(QStringLiteral("status=closed"), m_city), 0);
    QCOMPARE(total(QStringLiteral("assignee=nobody"), m_city), 40);
    // Land and materials pledges are for HB-001, all from HONG-BANG's kiosk.
    QCOMPARE(total(QStringLiteral("project=HB-001"), m_ward), 0);
    QCOMPARE(total(QStringLiteral("project=HB-001"), m_city), 20);
    QCOMPARE(total(QStringLiteral("project=HB-001&kind=pledge.materials&status=open"), m_city), 10);
}

void tst_InboxQueries::bothSearchesFindTheSameRecords_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("wardOfficer");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("a name") << QStringLiteral("NGUYỄN thị hoa") << false << 1;
    QTest::newRow("a name, ward officer") << QStringLiteral("tran van duc") << true << 1;
    QTest::newRow("part of a name") << QStringLiteral("ngoc") << false << 1;
    QTest::newRow("phone in groups") << QStringLiteral("0912 345 678") << false << 1;
    QTest::newRow("part of a phone") << QStringLiteral("345680") << false << 1;
    QTest::newRow("waste text") << QStringLiteral("cát và gạch") << false << 1;
    QTest::newRow("a material") << QStringLiteral("cement") << false << 1;
    QTest::newRow("a work's code") << QStringLiteral("hb 001") << false << 1;
    QTest::newRow("two letters (no trigram)") << QStringLiteral("ng") << false << 1;
    QTest::newRow("one digit") << QStringLiteral("7") << false << 1;
    QTest::newRow("nothing") << QStringLiteral("zzzz qqqq") << false << 0;
    QTest::newRow("marks only") << QStringLiteral("%_\"'") << false << 0;
    QTest::newRow("quotes and operators") << QStringLiteral("\"hoa\" OR NOT * ^") << false << 0;
}

void tst_InboxQueries::bothSearchesFindTheSameRecords()
{
    QFETCH(QString, search);
    QFETCH(bool, wardOfficer);
    QFETCH(int, atLeast);
    const QStringList stored = fill(*m_store, 24);
    QVERIFY(!stored.isEmpty());
    RecordFilter filter;
    filter.search = search;
    const StaffAccount &account = wardOfficer ? m_ward : m_city;
    const QStringList scanned = codes(filter, account, RecordFilter::Flavour::Portable);
    QVERIFY2(scanned.size() >= atLeast, qPrintable(scanned.join(u' ')));
    if (atLeast == 0)
        QCOMPARE(scanned, QStringList());
    // The inbox (on SQLite through the trigram index and its table of matches) pages through
    // the same records in the same order.
    QCOMPARE(inboxCodes(filter, account), scanned);
    if (sqlite())
        QCOMPARE(codes(filter, account, RecordFilter::Flavour::SQLite), scanned);
    // The receipt code is searchable too.
    filter.search = stored.at(5);
    QCOMPARE(inboxCodes(filter, m_city), QStringList{stored.at(5)});
}

void tst_InboxQueries::searchFollowsCorrectionAndErasure()
{
    const QStringList stored = fill(*m_store, 8);
    QVERIFY(!stored.isEmpty());
    const QString code = stored.at(0);  // a land pledge by Nguyễn Thị Hoa
    RecordFilter filter;
    filter.search = QStringLiteral("Đỗ Minh Khôi");
    QCOMPARE(inboxCodes(filter, m_city), QStringList());
    const AuditActor actor{m_city.id, m_city.login};
    QVERIFY(m_store->corrections().correct(actor, code, QStringLiteral("fullName"), QStringLiteral("Đỗ Minh Khôi")).ok());
    QCOMPARE(inboxCodes(filter, m_city), QStringList{code});
    filter.search = QStringLiteral("do minh");
    QCOMPARE(inboxCodes(filter, m_city), QStringList{code});
    QVERIFY(m_store->residentRights().erase(actor, code).ok());
    QCOMPARE(inboxCodes(filter, m_city), QStringList());
    // Its own words are still found: erasure takes only the contact details.
    filter.search = code;
    QCOMPARE(inboxCodes(filter, m_city), QStringList{code});
}

void tst_InboxQueries::searchSurvivesVacuum()
{
    if (!sqlite())
        QSKIP("the trigram index is keyed by SQLite's rowids");
    const QStringList first = fill(*m_store, 12);
    QVERIFY(!first.isEmpty());
    // Holes in the rowids before the VACUUM: a record removed the way only a test can.
    for (const char *table : {"status_history", "record_search"})
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM %1 WHERE record_id IN (SELECT id FROM records WHERE receipt_code = '%2')")
                                   .arg(QLatin1String(table), first.at(1))));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM records WHERE receipt_code = '%1'").arg(first.at(1))));
    RecordFilter filter;
    filter.search = QStringLiteral("tran van duc");
    const QStringList before = inboxCodes(filter, m_city);
    QVERIFY(!before.isEmpty());
    QVERIFY(!before.contains(first.at(1)));
    QVERIFY(m_db->exec(QStringLiteral("VACUUM")));
    QCOMPARE(inboxCodes(filter, m_city), before);
    QCOMPARE(codes(filter, m_city, RecordFilter::Flavour::SQLite), codes(filter, m_city, RecordFilter::Flavour::Portable));
}

void tst_InboxQueries::recordsStoredBeforeTheIndexAreFound()
{
    // A hub of schema 5 (no covering indexes, no trigram index) with records, opened by this
    // version: the migration indexes what is there.
    QFETCH_GLOBAL(QString, dialect);
    m_store.reset();
    m_db.reset();
    m_location = std::make_unique<HubTestLocation>(dialect);
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location(), 5), qPrintable(m_db->lastError()));
    QCOMPARE(m_db->schemaVersion(), 5);
    {
        HubStore old(*m_db);
        QVERIFY(!fill(old, 8).isEmpty());
    }
    m_db = std::make_unique<HubDatabase>();
    QVERIFY2(m_db->open(m_location->location()), qPrintable(m_db->lastError()));
    QCOMPARE(m_db->schemaVersion(), HubDatabase::latestVersion());
    m_store = std::make_unique<HubStore>(*m_db);
    RecordFilter filter;
    filter.search = QStringLiteral("le thi ngoc anh");
    const QStringList found = inboxCodes(filter, m_city);
    QCOMPARE(found.size(), 2);
    QCOMPARE(codes(filter, m_city, RecordFilter::Flavour::Portable), found);
    // And what comes after the migration is indexed as it is stored.
    QVERIFY(!fill(*m_store, 8, 100).isEmpty());
    QCOMPARE(inboxCodes(filter, m_city).size(), 4);
}

QTEST_GUILESS_MAIN(tst_InboxQueries)
#include "tst_inboxqueries.moc"
