// SPDX-License-Identifier: GPL-3.0-or-later
// The staff records list on the kiosk's real services: empty outside staff mode, newest first,
// found by a receipt code typed in full or in part, each row in the kiosk's language, and a
// well-behaved model (QAbstractItemModelTester) through every change.
#include "kioskservices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_StaffRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matches_data();
    void matches();
    void onlyInStaffMode();
    void newestFirstAndSearch();
    void rowsInTheKiosksLanguage();

private:
    QString submitReport();

    QTemporaryDir m_dir;
    std::unique_ptr<KioskServices> m_services;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_StaffRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KioskServices::Options options;
    options.dataDir = m_dir.path();
    options.sync = false;
    LocalizedText error;
    m_services = KioskServices::start(options, &error);
    QVERIFY2(m_services, qPrintable(error.en));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_services->staffRecords.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_StaffRecords::cleanupTestCase()
{
    m_tester.reset();
    m_services.reset();
}

QString tst_StaffRecords::submitReport()
{
    return m_services->records->submit({{QStringLiteral("kind"), QStringLiteral("report.waste")},
                                        {QStringLiteral("category"), QStringLiteral("idle_works")},
                                        {QStringLiteral("place"), QStringLiteral("Cổng chợ Sắt")},
                                        {QStringLiteral("description"), QStringLiteral("Nhà chờ xây xong vẫn khoá cửa.")},
                                        {QStringLiteral("anonymous"), true}});
}

void tst_StaffRecords::matches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("match");
    QTest::newRow("nothing typed") << "" << true;
    QTest::newRow("the whole code") << "HP-2345K-M" << true;
    QTest::newRow("lower case, no dashes") << "hp2345km" << true;
    QTest::newRow("a part") << "2345" << true;
    QTest::newRow("a part with a dash") << "45K-M" << true;
    QTest::newRow("another part") << "9999" << false;
}

void tst_StaffRecords::matches()
{
    QFETCH(QString, typed);
    QFETCH(bool, match);
    QCOMPARE(StaffRecordsModel::matches(QStringLiteral("HP-2345K-M"), typed), match);
}

void tst_StaffRecords::onlyInStaffMode()
{
    StaffRecordsModel &model = *m_services->staffRecords;
    QVERIFY(!submitReport().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
    QVERIFY(m_services->staff->setFirstPin(QStringLiteral("246810"), QStringLiteral("246810")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.total(), 1);
    m_services->staff->leave();
    QCOMPARE(model.rowCount(), 0);
}

void tst_StaffRecords::newestFirstAndSearch()
{
    StaffRecordsModel &model = *m_services->staffRecords;
    QSignalSpy checked(m_services->staff.get(), &StaffSession::pinChecked);
    m_services->staff->enter(QStringLiteral("246810"));
    QVERIFY(checked.wait(10'000));
    QVERIFY(m_services->staff->isActive());
    const QString second = submitReport();
    const QString third = submitReport();
    QCOMPARE(model.rowCount(), 3);  // the stored record moved the list
    QCOMPARE(model.get(0).value(QStringLiteral("code")).toString(), third);
    QCOMPARE(model.get(1).value(QStringLiteral("code")).toString(), second);
    model.setQuery(second.toLower().remove(u'-'));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.get(0).value(QStringLiteral("code")).toString(), second);
    QCOMPARE(model.total(), 3);
    model.setLimit(2);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 2);
    model.setLimit(200);
    // Opening the records screen starts a new search.
    model.setQuery(third);
    QVERIFY(m_services->staff->open(QStringLiteral("records")));
    QCOMPARE(model.query(), QString());
    QCOMPARE(model.rowCount(), 3);
}

void tst_StaffRecords::rowsInTheKiosksLanguage()
{
    StaffRecordsModel &model = *m_services->staffRecords;
    QVERIFY(m_services->staff->isActive());
    const QModelIndex first = model.index(0);
    m_services->kiosk->setLanguage(QStringLiteral("en"));
    QCOMPARE(model.data(first, StaffRecordsModel::KindNameRole).toString(), QStringLiteral("Waste report"));
    m_services->kiosk->setLanguage(QStringLiteral("vi"));
    QCOMPARE(model.data(model.index(0), StaffRecordsModel::KindNameRole).toString(), QStringLiteral("Phản ánh lãng phí"));
    QCOMPARE(model.data(model.index(0), StaffRecordsModel::SyncStateRole).toString(), QStringLiteral("pending"));
    QCOMPARE(model.data(model.index(0), StaffRecordsModel::EnteredByRole).toString(), QStringLiteral("resident"));
    QVERIFY(!model.data(model.index(0), StaffRecordsModel::TimeRole).toString().isEmpty());
    QVERIFY(!model.data(model.index(99), StaffRecordsModel::CodeRole).isValid());
}

QTEST_MAIN(tst_StaffRecords)
#include "tst_staffrecords.moc"
