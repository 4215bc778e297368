// SPDX-License-Identifier: GPL-3.0-or-later
// The staff PIN: what is accepted, how it is stored, and the lockout (5 wrong → 5 min,
// doubling), including across a restart.
#include "datapaths.h"
#include "staff/staffpin.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

class tst_StaffPin : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void weakPinsAreRefused_data();
    void weakPinsAreRefused();
    void storedAsSaltedHashOnly();
    void rightPinEnters();
    void fiveWrongTriesLockFiveMinutesThenDouble();
    void lockSurvivesARestart();
    void notSetUntilSet();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
};

void tst_StaffPin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(DataPaths::databaseFile(m_dir->path())));
}

void tst_StaffPin::weakPinsAreRefused_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << QStringLiteral("274913") << true;
    QTest::newRow("twelve") << QStringLiteral("274913274913") << true;
    QTest::newRow("short") << QStringLiteral("27491") << false;
    QTest::newRow("long") << QStringLiteral("2749132749132") << false;
    QTest::newRow("letters") << QStringLiteral("27a913") << false;
    QTest::newRow("full-width digits") << QStringLiteral("２７４９１３") << false;
    QTest::newRow("same digit") << QStringLiteral("777777") << false;
    QTest::newRow("run up") << QStringLiteral("123456") << false;
    QTest::newRow("run down") << QStringLiteral("987654") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_StaffPin::weakPinsAreRefused()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QCOMPARE(StaffPin::problem(pin).isEmpty(), ok);
    StaffPin staff(*m_db);
    LocalizedText error;
    QCOMPARE(staff.set(pin, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        QVERIFY(!error.vi.isEmpty() && !error.en.isEmpty());
    QCOMPARE(staff.isSet(), ok);
}

void tst_StaffPin::storedAsSaltedHashOnly()
{
    StaffPin staff(*m_db);
    LocalizedText error;
    QVERIFY(staff.set(QStringLiteral("274913"), &error));
    const QString first = m_db->setting(QStringLiteral("staff.pinHash"));
    QVERIFY(first.startsWith(QStringLiteral("pbkdf2-sha256$120000$")));
    QVERIFY(!first.contains(QStringLiteral("274913")));
    QVERIFY(staff.set(QStringLiteral("274913"), &error));
    QVERIFY(m_db->setting(QStringLiteral("staff.pinHash")) != first);  // a new salt each time
    // The format is PBKDF2 as RFC 8018 defines it: a known vector (RFC 7914 §11, 1 iteration).
    const QString vector = StaffPin::hash(QStringLiteral("passwd"), QByteArrayLiteral("salt"), 1);
    QVERIFY(vector.endsWith(QString::fromLatin1(QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc").toBase64())));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(staff.verify(QStringLiteral("274913"), t0).outcome, StaffPin::Outcome::Accepted);
    qInfo("one PIN check takes %lld ms", qlonglong(timer.elapsed()));
}

void tst_StaffPin::rightPinEnters()
{
    StaffPin staff(*m_db);
    LocalizedText error;
    QVERIFY(staff.set(QStringLiteral("274913"), &error));
    QCOMPARE(staff.verify(QStringLiteral("274914"), t0).outcome, StaffPin::Outcome::Wrong);
    QCOMPARE(staff.verify(QStringLiteral("274913"), t0).outcome, StaffPin::Outcome::Accepted);
    // A success clears the count: four more wrong tries do not lock.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(staff.verify(QStringLiteral("000001"), t0).outcome, StaffPin::Outcome::Wrong);
    QCOMPARE(staff.lockedSeconds(t0), 0);
}

void tst_StaffPin::fiveWrongTriesLockFiveMinutesThenDouble()
{
    StaffPin staff(*m_db);
    LocalizedText error;
    QVERIFY(staff.set(QStringLiteral("274913"), &error));
    QDateTime now = t0;
    for (const qint64 expected : {300, 600, 1200}) {
        for (int tries = 4; tries >= 1; --tries) {
            const StaffPin::Attempt a = staff.verify(QStringLiteral("111112"), now);
            QCOMPARE(a.outcome, StaffPin::Outcome::Wrong);
            QCOMPARE(a.triesLeft, tries);
        }
        StaffPin::Attempt a = staff.verify(QStringLiteral("111112"), now);
        QCOMPARE(a.outcome, StaffPin::Outcome::Locked);
        QCOMPARE(a.lockedSeconds, expected);
        // Locked means locked: even the right PIN is not checked.
        a = staff.verify(QStringLiteral("274913"), now.addSecs(expected - 1));
        QCOMPARE(a.outcome, StaffPin::Outcome::Locked);
        QCOMPARE(a.lockedSeconds, 1);
        now = now.addSecs(expected);
        QCOMPARE(staff.lockedSeconds(now), 0);
    }
    QCOMPARE(staff.verify(QStringLiteral("274913"), now).outcome, StaffPin::Outcome::Accepted);
    // After a success the next lock is five minutes again.
    for (int i = 0; i < 4; ++i)
        staff.verify(QStringLiteral("111112"), now);
    QCOMPARE(staff.verify(QStringLiteral("111112"), now).lockedSeconds, 300);
}

void tst_StaffPin::lockSurvivesARestart()
{
    {
        StaffPin staff(*m_db);
        LocalizedText error;
        QVERIFY(staff.set(QStringLiteral("274913"), &error));
        for (int i = 0; i < 3; ++i)
            staff.verify(QStringLiteral("111112"), t0);
    }
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(DataPaths::databaseFile(m_dir->path())));
    StaffPin staff(*m_db);
    QCOMPARE(staff.verify(QStringLiteral("111112"), t0).triesLeft, 1);
    QCOMPARE(staff.verify(QStringLiteral("111112"), t0).outcome, StaffPin::Outcome::Locked);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(DataPaths::databaseFile(m_dir->path())));
    QCOMPARE(StaffPin(*m_db).lockedSeconds(t0.addSecs(60)), 240);
}

void tst_StaffPin::notSetUntilSet()
{
    StaffPin staff(*m_db);
    QVERIFY(!staff.isSet());
    QCOMPARE(staff.verify(QStringLiteral("274913"), t0).outcome, StaffPin::Outcome::NotSet);
}

QTEST_GUILESS_MAIN(tst_StaffPin)
#include "tst_staffpin.moc"
