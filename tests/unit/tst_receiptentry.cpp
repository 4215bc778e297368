// SPDX-License-Identifier: GPL-3.0-or-later
#include "nav/route.h"
#include "records/receiptcode.h"
#include "records/receiptentry.h"

#include <QTest>

/** The receipt keypad's rules: groups as typed, the check character caught, the lookup route. */
class tst_ReceiptEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsAsTyped();
    void checkWhileTyping();
    void checkWhenAsked();
    void everySingleTypoIsCaught();
    void lookupRoute();
};

void tst_ReceiptEntry::groupsAsTyped()
{
    QCOMPARE(ReceiptEntry::grouped(u""), QString());
    QCOMPARE(ReceiptEntry::grouped(u"H"), QStringLiteral("H"));
    QCOMPARE(ReceiptEntry::grouped(u"HC"), QStringLiteral("HC"));
    QCOMPARE(ReceiptEntry::grouped(u"HC2"), QStringLiteral("HC-2"));
    QCOMPARE(ReceiptEntry::grouped(u"HC2345K"), QStringLiteral("HC-2345K"));
    QCOMPARE(ReceiptEntry::grouped(u"HC2345KM"), QStringLiteral("HC-2345K-M"));
    QCOMPARE(ReceiptEntry::grouped(u"HB24K7PQM"), QStringLiteral("HB2-4K7PQ-M"));
    QCOMPARE(ReceiptEntry::grouped(u"HBX24K7PQM"), QStringLiteral("HBX2-4K7PQ-M"));
}

void tst_ReceiptEntry::checkWhileTyping()
{
    const QString code = ReceiptCode::make(u"HC", 4711);  // HC-xxxxx-c
    QString typed = code;
    typed.remove(u'-');
    for (int n = 0; n < typed.size(); ++n)
        QCOMPARE(ReceiptEntry::check(QStringView(typed).left(n), false).state, ReceiptEntry::Check::State::Incomplete);
    const ReceiptEntry::Check whole = ReceiptEntry::check(typed, false);
    QCOMPARE(whole.state, ReceiptEntry::Check::State::Valid);
    QCOMPARE(whole.code, code);

    // Ten characters that do not match can become nothing longer: wrong at once.
    QString ten = ReceiptCode::make(u"HBXY", 4711);
    ten.remove(u'-');
    ten[9] = ten.at(9) == u'2' ? u'3' : u'2';
    const ReceiptEntry::Check wrong = ReceiptEntry::check(ten, false);
    QCOMPARE(wrong.state, ReceiptEntry::Check::State::Wrong);
    QVERIFY(wrong.problem.vi.contains(QStringLiteral("không đúng")));
    QVERIFY(wrong.problem.en.contains(QStringLiteral("not right")));
    QVERIFY(wrong.problem.vi.contains(ReceiptEntry::grouped(ten)));
}

void tst_ReceiptEntry::checkWhenAsked()
{
    QString typed = ReceiptCode::make(u"HC", 4711);
    typed.remove(u'-');
    typed[7] = typed.at(7) == u'2' ? u'3' : u'2';
    QCOMPARE(ReceiptEntry::check(typed, false).state, ReceiptEntry::Check::State::Incomplete);  // maybe a longer prefix
    const ReceiptEntry::Check asked = ReceiptEntry::check(typed, true);
    QCOMPARE(asked.state, ReceiptEntry::Check::State::Wrong);
    QVERIFY(asked.problem.vi.startsWith(QStringLiteral("Mã ")));
    QVERIFY(ReceiptEntry::check(u"", true).problem.vi.contains(QStringLiteral("Xin bấm")));
    QVERIFY(ReceiptEntry::check(u"HC23", true).problem.vi.contains(QStringLiteral("có 4 ký tự")));
    QVERIFY(ReceiptEntry::check(u"HC23", true).problem.en.contains(QStringLiteral("This one has 4")));
}

void tst_ReceiptEntry::everySingleTypoIsCaught()
{
    // Every one-character substitution of a real code, typed whole, is refused.
    const QString alphabet = QString::fromUtf16(ReceiptCode::Alphabet);
    for (quint32 seq : {1u, 4711u, 28'000'000u}) {
        QString typed = ReceiptCode::make(u"HB2", seq);
        typed.remove(u'-');
        int refused = 0, tried = 0;
        for (int i = 0; i < typed.size(); ++i)
            for (const QChar c : alphabet) {
                if (c == typed.at(i))
                    continue;
                QString typo = typed;
                typo[i] = c;
                ++tried;
                refused += ReceiptEntry::check(typo, true).state == ReceiptEntry::Check::State::Wrong;
            }
        QCOMPARE(refused, tried);
    }
}

void tst_ReceiptEntry::lookupRoute()
{
    Route r;
    LocalizedText error;
    QVERIFY(Route::parse(QStringLiteral("lookup"), &r, &error));
    QCOMPARE(r.page, QStringLiteral("lookup"));
    QVERIFY(r.params.isEmpty());
    QCOMPARE(r.toString(), QStringLiteral("lookup"));
    QVERIFY(Route::parse(QStringLiteral("lookup?code=HC-2345K"), &r, &error));
    QCOMPARE(r.params.value(QStringLiteral("code")).toString(), QStringLiteral("HC-2345K"));
    QCOMPARE(r.toString(), QStringLiteral("lookup?code=HC-2345K"));
    QVERIFY(!Route::parse(QStringLiteral("lookup?code=HC0"), &r, &error));
    QVERIFY(!Route::parse(QStringLiteral("lookup?code=<b>"), &r, &error));
    QVERIFY(!Route::parse(QStringLiteral("lookup?q=1"), &r, &error));
    QVERIFY(!error.vi.isEmpty() && !error.en.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReceiptEntry)
#include "tst_receiptentry.moc"
