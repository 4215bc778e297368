// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/phone.h"

#include <QTest>

/** Vietnamese mobile numbers as residents type them. */
class tst_Phone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void tst_Phone::accepted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    const QString n = QStringLiteral("0912345678");
    QTest::newRow("plain") << n << n;
    QTest::newRow("spaces 4-3-3") << QStringLiteral("0912 345 678") << n;
    QTest::newRow("dots") << QStringLiteral("0912.345.678") << n;
    QTest::newRow("dashes") << QStringLiteral("0912-345-678") << n;
    QTest::newRow("mixed separators") << QStringLiteral(" 09 12.34-56 78 ") << n;
    QTest::newRow("+84") << QStringLiteral("+84912345678") << n;
    QTest::newRow("+84 spaced") << QStringLiteral("+84 912 345 678") << n;
    QTest::newRow("+84 with trunk zero") << QStringLiteral("+84 (0) 912 345 678") << n;
    QTest::newRow("84 no plus") << QStringLiteral("84912345678") << n;
    QTest::newRow("84 spaced") << QStringLiteral("84 912 345 678") << n;
    QTest::newRow("0084") << QStringLiteral("0084 912 345 678") << n;
    QTest::newRow("parentheses") << QStringLiteral("(091) 234 5678") << QStringLiteral("0912345678");
    QTest::newRow("full-width digits") << QStringLiteral("０９１２３４５６７８") << n;
    QTest::newRow("full-width plus") << QStringLiteral("＋８４ ９１２ ３４５ ６７８") << n;
    QTest::newRow("no-break spaces") << QStringLiteral("0912\u00A0345\u00A0678") << n;
    QTest::newRow("ideographic space") << QStringLiteral("0912\u3000345678") << n;
    QTest::newRow("bidi mark") << QStringLiteral("\u200E0912345678") << n;
    QTest::newRow("tab") << QStringLiteral("0912\t345678") << n;
    QTest::newRow("03 Viettel") << QStringLiteral("0362 123 456") << QStringLiteral("0362123456");
    QTest::newRow("05 Vietnamobile") << QStringLiteral("0562123456") << QStringLiteral("0562123456");
    QTest::newRow("07 Mobifone") << QStringLiteral("0702 123 456") << QStringLiteral("0702123456");
    QTest::newRow("08 Vinaphone") << QStringLiteral("+84 886 123 456") << QStringLiteral("0886123456");
    QTest::newRow("09") << QStringLiteral("0987654321") << QStringLiteral("0987654321");
}

void tst_Phone::accepted()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    LocalizedText problem{QStringLiteral("stale"), QStringLiteral("stale")};
    QCOMPARE(Phone::normalize(typed, &problem), expected);
    QVERIFY(problem.isEmpty());
    QVERIFY(Phone::isNormalized(expected));
}

void tst_Phone::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("messagePart"); // in the English message
    QTest::newRow("empty") << QString() << QStringLiteral("Please enter");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("Please enter");
    QTest::newRow("only dashes") << QStringLiteral("--") << QStringLiteral("Please enter");
    QTest::newRow("landline Hai Phong") << QStringLiteral("0225 3842 123") << QStringLiteral("landline");
    QTest::newRow("landline Ha Noi +84") << QStringLiteral("+84 24 3825 1234") << QStringLiteral("landline");
    QTest::newRow("11 digits") << QStringLiteral("09123456789") << QStringLiteral("has 11 digits");
    QTest::newRow("9 digits") << QStringLiteral("091234567") << QStringLiteral("has 9 digits");
    QTest::newRow("old 11-digit 016x") << QStringLiteral("01662 123 456") << QStringLiteral("has 11 digits");
    QTest::newRow("+84 too short") << QStringLiteral("+84 91234567") << QStringLiteral("has 9 digits");
    QTest::newRow("+84 too long") << QStringLiteral("+84 9123456789") << QStringLiteral("has 11 digits");
    QTest::newRow("letters") << QStringLiteral("09123abc78") << QStringLiteral("only digits");
    QTest::newRow("letter O for zero") << QStringLiteral("O912345678") << QStringLiteral("only digits");
    QTest::newRow("emoji") << QStringLiteral("0912345678 📞") << QStringLiteral("only digits");
    QTest::newRow("SQL") << QStringLiteral("0912345678'; DROP TABLE records;--") << QStringLiteral("only digits");
    QTest::newRow("plus in the middle") << QStringLiteral("0912+345678") << QStringLiteral("only digits");
    QTest::newRow("two plus") << QStringLiteral("++84912345678") << QStringLiteral("only digits");
    QTest::newRow("other country") << QStringLiteral("+1 202 555 0123") << QStringLiteral("Only Vietnamese");
    QTest::newRow("other country 0086") << QStringLiteral("+86 139 1234 5678") << QStringLiteral("Only Vietnamese");
    QTest::newRow("starts 01") << QStringLiteral("0112345678") << QStringLiteral("starts with 03, 05, 07, 08 or 09");
    QTest::newRow("starts 04") << QStringLiteral("0412345678") << QStringLiteral("starts with 03, 05, 07, 08 or 09");
    QTest::newRow("starts 06") << QStringLiteral("0612345678") << QStringLiteral("starts with 03, 05, 07, 08 or 09");
    QTest::newRow("no leading zero") << QStringLiteral("912345678") << QStringLiteral("has 9 digits");
    QTest::newRow("ten digits no zero") << QStringLiteral("9123456789") << QStringLiteral("starts with 03, 05");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٠٩١٢٣٤٥٦٧٨") << QStringLiteral("only digits");
    QTest::newRow("10,000 digits") << QString(10000, u'9') << QStringLiteral("has 10000 digits");
}

void tst_Phone::refused()
{
    QFETCH(QString, typed);
    QFETCH(QString, messagePart);
    LocalizedText problem;
    QCOMPARE(Phone::normalize(typed, &problem), QString());
    QVERIFY2(problem.en.contains(messagePart), qPrintable(problem.en));
    QVERIFY(!problem.vi.isEmpty());
    QVERIFY(problem.vi != problem.en);
    QVERIFY(!Phone::isNormalized(typed));
}

QTEST_GUILESS_MAIN(tst_Phone)
#include "tst_phone.moc"
