// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskundertest.h"

#include "board/boardstore.h"
#include "kioskservices.h"
#include "sync/syncidentity.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

KioskUnderTest::KioskUnderTest() = default;

KioskUnderTest::~KioskUnderTest() = default;

bool KioskUnderTest::start(const QString &dataDir, QString *why)
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataDir = dataDir;
    KioskServices::Options options;
    options.dataDir = dataDir;
    LocalizedText error;
    m_services = KioskServices::start(options, &error);
    if (!m_services) {
        *why = error.en;
        return false;
    }
    SyncController *sync = m_services->sync.get();
    connect(sync, &SyncController::statusChanged, this, [this, sync] {
        if (m_busy && !sync->busy())
            ++m_runs;
        m_busy = sync->busy();
    });
    if (!QTest::qWaitFor([this, sync] { return m_runs >= 1 && !sync->busy(); }, 20'000)) {
        *why = QStringLiteral("the first sync did not end");
        return false;
    }
    return true;
}

bool KioskUnderTest::syncNow()
{
    SyncController *sync = m_services->sync.get();
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const int runs = m_runs;
        QTest::qWait(200);
        if (!sync->busy() && m_runs == runs)
            break;
        if (waited.elapsed() > 20'000)
            return false;
    }
    const int before = m_runs;
    sync->syncNow();
    return QTest::qWaitFor([&] { return m_runs > before && !sync->busy(); }, 20'000) && sync->online()
           && sync->pending() == 0 && sync->held() == 0;
}

QString KioskUnderTest::submit(const QVariantMap &draft, QString *why)
{
    const QString code = m_services->records->submit(draft);
    if (code.isEmpty())
        *why = m_services->records->lastError();
    return code;
}

QString KioskUnderTest::contentVersion() const
{
    return m_services->store->load().version;
}

qint64 KioskUnderTest::population(const QString &ward) const
{
    for (const Ward &w : m_services->store->load().wards)
        if (w.code == ward)
            return w.population;
    return -1;
}

QString KioskUnderTest::status(const QString &receiptCode) const
{
    const std::optional<StoredReceipt> r = m_services->records->store().find(receiptCode);
    return r ? r->status : QString();
}

bool KioskUnderTest::boardAvailable() const
{
    return m_services->board->available();
}

int KioskUnderTest::boardArrivals() const
{
    return m_services->board->arrivals();
}

QVariantMap KioskUnderTest::measure(const QString &key) const
{
    for (const QVariant &m : m_services->board->measures())
        if (m.toMap().value(QStringLiteral("key")).toString() == key)
            return m.toMap();
    return {};
}

QByteArray KioskUnderTest::boardEtag() const
{
    const std::optional<BoardStore::Stored> stored = BoardStore(m_services->database).load();
    return stored ? stored->etag : QByteArray();
}

QString KioskUnderTest::token() const
{
    return SyncIdentity::load(m_services->database, m_dataDir).token;
}

QString KioskUnderTest::workPledgesText(const QString &workCode)
{
    WorkPledgesClient &pledges = *m_services->workPledges;
    pledges.load(workCode);  // as the work's page does when it opens
    if (!QTest::qWaitFor([&] { return !pledges.text().isEmpty(); }, 10'000))
        return {};
    return pledges.text();
}

void KioskUnderTest::setLanguage(const QString &language)
{
    m_services->kiosk->setLanguage(language);
}
