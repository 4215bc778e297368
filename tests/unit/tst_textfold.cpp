// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textfold.h"

#include <QTest>

/** Diacritic-insensitive folding and the clean-up of stored text. */
class tst_TextFold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data();
    void fold();
    void foldNfdEqualsNfc();
    void clean_data();
    void clean();
};

void tst_TextFold::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("đ lower") << QStringLiteral("đường") << QStringLiteral("duong");
    QTest::newRow("Đ upper") << QStringLiteral("Đường") << QStringLiteral("duong");
    QTest::newRow("ascii already") << QStringLiteral("duong") << QStringLiteral("duong");
    QTest::newRow("Cầu Rào") << QStringLiteral("Cầu Rào") << QStringLiteral("cau rao");
    QTest::newRow("Trường") << QStringLiteral("Trường") << QStringLiteral("truong");
    QTest::newRow("stacked marks") << QStringLiteral("ẩ ặ ữ Ễ Ộ") << QStringLiteral("a a u e o");
    QTest::newRow("all tones of a") << QStringLiteral("a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ")
                                     << QStringLiteral("a a a a a a a a a a a a a a a a a a");
    QTest::newRow("ơ ư horn") << QStringLiteral("Ơn Ưu") << QStringLiteral("on uu");
    QTest::newRow("punctuation collapses") << QStringLiteral("  Cầu  Rào-2, (Lê Chân) ")
                                           << QStringLiteral("cau rao 2 le chan");
    QTest::newRow("upper case") << QStringLiteral("TRƯỜNG TIỂU HỌC") << QStringLiteral("truong tieu hoc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << QStringLiteral("!!! ---") << QString();
}

void tst_TextFold::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextFold::fold(input), expected);
}

void tst_TextFold::foldNfdEqualsNfc()
{
    const QString nfc = QStringLiteral("Nâng cấp đường Hoàng Văn Thụ, cầu Rào, trường Tiểu học Đằng Hải");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfc != nfd); // the test means something only if the forms differ
    QCOMPARE(TextFold::fold(nfd), TextFold::fold(nfc));
    QCOMPARE(TextFold::fold(nfd), QStringLiteral("nang cap duong hoang van thu cau rao truong tieu hoc dang hai"));
}

void tst_TextFold::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("keepNewlines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nfd to nfc") << QStringLiteral("Đường").normalized(QString::NormalizationForm_D) << false
                                << QStringLiteral("Đường");
    QTest::newRow("controls removed") << QStringLiteral("a\u0001b\u007fc\u0000d") << false << QStringLiteral("abcd");
    QTest::newRow("next-line is a space") << QStringLiteral("a\u0085b") << false << QStringLiteral("a b");
    QTest::newRow("bidi override removed") << QStringLiteral("abc\u202Edef\u200F") << false << QStringLiteral("abcdef");
    QTest::newRow("spaces collapse") << QStringLiteral("  a \t\t b  ") << false << QStringLiteral("a b");
    QTest::newRow("newlines folded") << QStringLiteral("a\nb") << false << QStringLiteral("a b");
    QTest::newRow("newlines kept") << QStringLiteral("a\n\n b \n") << true << QStringLiteral("a\nb");
    QTest::newRow("emoji kept") << QStringLiteral("Đẹp 👍 lắm") << false << QStringLiteral("Đẹp 👍 lắm");
    QTest::newRow("lone surrogate dropped") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << false
                                            << QStringLiteral("ab");
    QTest::newRow("sql-like text kept as text") << QStringLiteral("'; DROP TABLE projects; --") << false
                                                << QStringLiteral("'; DROP TABLE projects; --");
}

void tst_TextFold::clean()
{
    QFETCH(QString, input);
    QFETCH(bool, keepNewlines);
    QFETCH(QString, expected);
    QCOMPARE(TextFold::clean(input, keepNewlines), expected);
}

QTEST_GUILESS_MAIN(tst_TextFold)
#include "tst_textfold.moc"
