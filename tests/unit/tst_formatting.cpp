// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/formatting.h"

#include <QTest>

#include <cmath>
#include <limits>

/** Money, numbers and dates as Vietnamese and English readers expect them. */
class tst_Formatting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void money_data();
    void money();
    void number_data();
    void number();
    void decimals();
    void dates();
};

void tst_Formatting::money_data()
{
    QTest::addColumn<qint64>("vnd");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("1250 billion") << qint64(1'250'000'000'000) << QStringLiteral("1.250 tỷ đồng")
                                  << QStringLiteral("VND 1,250 billion");
    QTest::newRow("850 million") << qint64(850'000'000) << QStringLiteral("850 triệu đồng")
                                 << QStringLiteral("VND 850 million");
    QTest::newRow("1.5 billion") << qint64(1'500'000'000) << QStringLiteral("1,5 tỷ đồng")
                                 << QStringLiteral("VND 1.5 billion");
    QTest::newRow("12.35 billion") << qint64(12'345'000'000) << QStringLiteral("12,35 tỷ đồng")
                                   << QStringLiteral("VND 12.35 billion");
    QTest::newRow("just under a billion") << qint64(999'999'999) << QStringLiteral("1 tỷ đồng")
                                          << QStringLiteral("VND 1 billion");
    QTest::newRow("2.5 million") << qint64(2'500'000) << QStringLiteral("2,5 triệu đồng")
                                 << QStringLiteral("VND 2.5 million");
    QTest::newRow("750 thousand") << qint64(750'000) << QStringLiteral("750.000 đồng") << QStringLiteral("VND 750,000");
    QTest::newRow("the largest a bundle allows") << qint64(1'000'000'000'000'000) << QStringLiteral("1.000.000 tỷ đồng")
                                                 << QStringLiteral("VND 1,000,000 billion");
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << QStringLiteral("9.223.372.036,85 tỷ đồng")
                               << QStringLiteral("VND 9,223,372,036.85 billion");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 đồng") << QStringLiteral("VND 0");
}

void tst_Formatting::money()
{
    QFETCH(qint64, vnd);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QCOMPARE(Formatting::money(vnd, u"vi"), vi);
    QCOMPARE(Formatting::money(vnd, u"en"), en);
}

void tst_Formatting::number_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("small") << qint64(48) << QStringLiteral("48") << QStringLiteral("48");
    QTest::newRow("ten thousand") << qint64(10'000) << QStringLiteral("10.000") << QStringLiteral("10,000");
    QTest::newRow("million") << qint64(1'234'567) << QStringLiteral("1.234.567") << QStringLiteral("1,234,567");
    QTest::newRow("negative") << qint64(-1'000) << QStringLiteral("-1.000") << QStringLiteral("-1,000");
}

void tst_Formatting::number()
{
    QFETCH(qint64, value);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QCOMPARE(Formatting::number(value, u"vi"), vi);
    QCOMPARE(Formatting::number(value, u"en"), en);
}

void tst_Formatting::decimals()
{
    QCOMPARE(Formatting::decimal(1234.5, u"vi"), QStringLiteral("1.234,5"));
    QCOMPARE(Formatting::decimal(1234.5, u"en"), QStringLiteral("1,234.5"));
    QCOMPARE(Formatting::decimal(0.5, u"vi"), QStringLiteral("0,5"));
    QCOMPARE(Formatting::decimal(12, u"en"), QStringLiteral("12"));
    QCOMPARE(Formatting::decimal(2.345, u"en"), QStringLiteral("2.35"));
    QCOMPARE(Formatting::decimal(std::nan(""), u"vi"), QStringLiteral("—"));
}

void tst_Formatting::dates()
{
    const QDate d(2026, 3, 5);
    QCOMPARE(Formatting::date(d, u"vi"), QStringLiteral("05/03/2026"));
    QCOMPARE(Formatting::date(d, u"en"), QStringLiteral("5 Mar 2026"));
    QCOMPARE(Formatting::date(QDate(), u"vi"), QStringLiteral("—"));
    const QDate friday(2026, 11, 27);
    QCOMPARE(Formatting::longDate(friday, u"vi"), QStringLiteral("Thứ Sáu, 27/11/2026"));
    QCOMPARE(Formatting::longDate(friday, u"en"), QStringLiteral("Friday, 27 November 2026"));
    QCOMPARE(Formatting::longDate(QDate(2026, 11, 29), u"vi"), QStringLiteral("Chủ Nhật, 29/11/2026"));
}

QTEST_GUILESS_MAIN(tst_Formatting)
#include "tst_formatting.moc"
