// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/receiptcode.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <vector>

/** Receipt codes: format, check character, what normalize accepts and refuses, uniqueness. */
class tst_ReceiptCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alphabet();
    void make_data();
    void make();
    void refusedPrefixes_data();
    void refusedPrefixes();
    void normalize_data();
    void normalize();
    void everySingleSubstitutionIsCaught();
    void everyAdjacentSwapIsCaught();
    void millionCodesOfOneKioskAreUniqueAndValid();
    void prefixesNeverCollide();
};

namespace {
/** The code without dashes. */
QString compact(const QString &code)
{
    return QString(code).remove(u'-');
}
/** Dashes put back for a compact code of the given prefix length. */
QString dashed(const QString &c, qsizetype prefixLength)
{
    return c.left(prefixLength) + u'-' + c.mid(prefixLength, 5) + u'-' + c.right(1);
}
QStringList sampleCodes()
{
    QStringList out;
    QRandomGenerator rng(20250601);
    const QStringList prefixes{QStringLiteral("HP"), QStringLiteral("HB2"), QStringLiteral("HC7K"), QStringLiteral("ZZ"),
                               QStringLiteral("22")};
    for (const QString &p : prefixes) {
        out << ReceiptCode::make(p, 0) << ReceiptCode::make(p, 1) << ReceiptCode::make(p, ReceiptCode::MaxSequence);
        for (int i = 0; i < 40; ++i)
            out << ReceiptCode::make(p, rng.bounded(ReceiptCode::MaxSequence + 1));
    }
    return out;
}
}

void tst_ReceiptCode::alphabet()
{
    const QString a = QString::fromUtf16(ReceiptCode::Alphabet);
    QCOMPARE(a.size(), ReceiptCode::Base);
    for (const QChar c : a)
        QCOMPARE(a.count(c), 1);
    for (const char16_t banned : {u'0', u'O', u'1', u'I', u'L'})
        QVERIFY(!a.contains(QChar(banned)));
    // 31⁵ − 1
    QCOMPARE(qint64(ReceiptCode::MaxSequence), qint64(31) * 31 * 31 * 31 * 31 - 1);
}

void tst_ReceiptCode::make_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<quint32>("sequence");
    QTest::addColumn<QString>("body"); // the code without its check character
    QTest::newRow("first") << QStringLiteral("HP") << 0u << QStringLiteral("HP-22222-");
    QTest::newRow("one") << QStringLiteral("HP") << 1u << QStringLiteral("HP-22223-");
    QTest::newRow("30") << QStringLiteral("HP") << 30u << QStringLiteral("HP-2222Z-");
    QTest::newRow("31") << QStringLiteral("HB2") << 31u << QStringLiteral("HB2-22232-");
    QTest::newRow("last") << QStringLiteral("HC7K") << ReceiptCode::MaxSequence << QStringLiteral("HC7K-ZZZZZ-");
}

void tst_ReceiptCode::make()
{
    QFETCH(QString, prefix);
    QFETCH(quint32, sequence);
    QFETCH(QString, body);
    const QString code = ReceiptCode::make(prefix, sequence);
    QCOMPARE(code.left(body.size()), body);
    QCOMPARE(code.size(), body.size() + 1);
    QVERIFY(ReceiptCode::isValid(code));
    QCOMPARE(ReceiptCode::normalize(code), code);
    // The check character c = (−Σ wᵢ·vᵢ) mod 31, recomputed independently here.
    const QString a = QString::fromUtf16(ReceiptCode::Alphabet);
    const QString c = compact(code);
    int sum = 0;
    for (qsizetype i = 0; i + 1 < c.size(); ++i)
        sum += int(i + 1) * int(a.indexOf(c.at(i)));
    QCOMPARE(a.indexOf(c.back()), (31 - sum % 31) % 31);
}

void tst_ReceiptCode::refusedPrefixes_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<quint32>("sequence");
    QTest::newRow("empty") << QString() << 1u;
    QTest::newRow("one char") << QStringLiteral("H") << 1u;
    QTest::newRow("five chars") << QStringLiteral("HPHPH") << 1u;
    QTest::newRow("lower case") << QStringLiteral("hp") << 1u;
    QTest::newRow("has O") << QStringLiteral("HO") << 1u;
    QTest::newRow("has I") << QStringLiteral("IH") << 1u;
    QTest::newRow("has L") << QStringLiteral("LH") << 1u;
    QTest::newRow("has 0") << QStringLiteral("H0") << 1u;
    QTest::newRow("has 1") << QStringLiteral("H1") << 1u;
    QTest::newRow("dash") << QStringLiteral("H-P") << 1u;
    QTest::newRow("Vietnamese") << QStringLiteral("HĐ") << 1u;
    QTest::newRow("sequence too big") << QStringLiteral("HP") << (ReceiptCode::MaxSequence + 1);
}

void tst_ReceiptCode::refusedPrefixes()
{
    QFETCH(QString, prefix);
    QFETCH(quint32, sequence);
    QVERIFY(ReceiptCode::make(prefix, sequence).isEmpty());
}

void tst_ReceiptCode::normalize_data()
{
    const QString code = ReceiptCode::make(QStringLiteral("HB2"), 123456);
    const QString c = compact(code);
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");    // empty: refused
    QTest::addColumn<QString>("messagePart"); // part of the English message when refused
    QTest::newRow("canonical") << code << code << QString();
    QTest::newRow("lower case") << code.toLower() << code << QString();
    QTest::newRow("no dashes") << c << code << QString();
    QTest::newRow("spaces") << (QStringLiteral("  ") + c.left(3) + u' ' + c.mid(3, 5) + u' ' + c.right(1) + QStringLiteral(" ")) << code << QString();
    QTest::newRow("dots and extra dashes") << (c.left(2) + QStringLiteral(".-") + c.mid(2)) << code << QString();
    QTest::newRow("full width") << QString(c).replace(u'H', QChar(0xFF28)) << code << QString();
    QTest::newRow("en dash") << (c.left(3) + u'–' + c.mid(3)) << code << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("enter the receipt code");
    QTest::newRow("only dashes") << QStringLiteral(" - - ") << QString() << QStringLiteral("enter the receipt code");
    QTest::newRow("letter O") << QStringLiteral("HO-22222-2") << QString() << QStringLiteral("never contain the letters O");
    QTest::newRow("digit 0") << QStringLiteral("HP-22202-2") << QString() << QStringLiteral("digits 0, 1");
    QTest::newRow("digit 1") << QStringLiteral("HP-12222-2") << QString() << QStringLiteral("digits 0, 1");
    QTest::newRow("letter l") << QStringLiteral("hp-l2222-2") << QString() << QStringLiteral("letters O, I, L");
    QTest::newRow("letter i") << QStringLiteral("hp-i2222-2") << QString() << QStringLiteral("letters O, I, L");
    QTest::newRow("symbol") << QStringLiteral("HP-2222#-2") << QString() << QStringLiteral("only letters and digits");
    QTest::newRow("Vietnamese letter") << QStringLiteral("HĐ-22222-2") << QString() << QStringLiteral("only letters and digits");
    QTest::newRow("too short") << QStringLiteral("HP2222X") << QString() << QStringLiteral("8 to 10 characters");
    QTest::newRow("too long") << QStringLiteral("HPHPH-22222-2") << QString() << QStringLiteral("8 to 10 characters");
    QString wrongCheck = code;
    wrongCheck.back() = wrongCheck.back() == u'Z' ? u'Y' : u'Z';
    QTest::newRow("wrong check") << wrongCheck << QString() << QStringLiteral("mistyped or swapped");
}

void tst_ReceiptCode::normalize()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(QString, messagePart);
    LocalizedText problem{QStringLiteral("stale"), QStringLiteral("stale")};
    QCOMPARE(ReceiptCode::normalize(typed, &problem), expected);
    if (expected.isEmpty()) {
        QVERIFY2(problem.en.contains(messagePart), qPrintable(problem.en));
        QVERIFY(!problem.vi.isEmpty() && problem.vi != problem.en);
    } else {
        QVERIFY(problem.isEmpty());
    }
}

void tst_ReceiptCode::everySingleSubstitutionIsCaught()
{
    const QString a = QString::fromUtf16(ReceiptCode::Alphabet);
    int tried = 0;
    for (const QString &code : sampleCodes()) {
        QVERIFY(ReceiptCode::isValid(code));
        const QString c = compact(code);
        const qsizetype prefixLength = c.size() - 6;
        for (qsizetype i = 0; i < c.size(); ++i) {
            for (const QChar other : a) {
                if (other == c.at(i))
                    continue;
                QString typo = c;
                typo[i] = other;
                QVERIFY2(!ReceiptCode::isValid(dashed(typo, prefixLength)), qPrintable(code + QStringLiteral(" → ") + typo));
                QVERIFY(ReceiptCode::normalize(typo).isEmpty());
                ++tried;
            }
        }
    }
    qInfo("%d single substitutions, all caught", tried);
}

void tst_ReceiptCode::everyAdjacentSwapIsCaught()
{
    int tried = 0;
    for (const QString &code : sampleCodes()) {
        const QString c = compact(code);
        const qsizetype prefixLength = c.size() - 6;
        // Adjacent as read aloud, across the dashes and including the check character.
        for (qsizetype i = 0; i + 1 < c.size(); ++i) {
            if (c.at(i) == c.at(i + 1))
                continue;
            QString swapped = c;
            std::swap(swapped[i], swapped[i + 1]);
            QVERIFY2(!ReceiptCode::isValid(dashed(swapped, prefixLength)), qPrintable(code + QStringLiteral(" → ") + swapped));
            ++tried;
        }
    }
    QVERIFY(tried > 500);
    qInfo("%d adjacent swaps, all caught", tried);
}

void tst_ReceiptCode::millionCodesOfOneKioskAreUniqueAndValid()
{
    // Each code packed into 5 bits per character, so a million fit in 8 MB and sort quickly.
    const QString a = QString::fromUtf16(ReceiptCode::Alphabet);
    std::vector<quint64> packed;
    packed.reserve(1'000'000);
    for (quint32 seq = 1; seq <= 1'000'000; ++seq) {
        const QString code = ReceiptCode::make(QStringLiteral("HB2"), seq);
        if (Q_UNLIKELY(!ReceiptCode::isValid(code) || code.size() != 11))
            QFAIL(qPrintable(QStringLiteral("sequence %1 gave %2").arg(seq).arg(code)));
        quint64 v = 0;
        for (const QChar ch : code)
            if (ch != u'-')
                v = (v << 5) | quint64(a.indexOf(ch));
        packed.push_back(v);
    }
    std::sort(packed.begin(), packed.end());
    QVERIFY(std::adjacent_find(packed.begin(), packed.end()) == packed.end());
}

void tst_ReceiptCode::prefixesNeverCollide()
{
    // The prefix and the fixed-width sequence are both in the code, so two kiosks' codes can
    // only be equal if prefix and sequence are; check it over prefixes that are each other's
    // beginnings, where a careless format (no padding, no dash) would collide.
    QSet<QString> seen;
    const QStringList prefixes{QStringLiteral("HP"), QStringLiteral("HP2"), QStringLiteral("HP22"), QStringLiteral("H2"),
                               QStringLiteral("22"), QStringLiteral("2HP")};
    for (const QString &p : prefixes)
        for (quint32 seq = 0; seq < 5000; ++seq) {
            const QString code = ReceiptCode::make(p, seq);
            QVERIFY(!seen.contains(code));
            seen.insert(code);
            QVERIFY(code.startsWith(p + u'-'));
            // And normalizing a typed code never turns it into another kiosk's.
            QCOMPARE(ReceiptCode::normalize(compact(code)), code);
        }
}

QTEST_GUILESS_MAIN(tst_ReceiptCode)
#include "tst_receiptcode.moc"
