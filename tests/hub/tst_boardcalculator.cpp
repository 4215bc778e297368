// SPDX-License-Identifier: GPL-3.0-or-later
// The movement board's arithmetic on fixed inputs built here (no bundle, no database).
#include "board/boardcalculator.h"
#include "board/boardjson.h"

#include <QJsonDocument>
#include <QTest>

namespace {

const QString Month = QStringLiteral("2026-03");
const QString Before = QStringLiteral("2026-02");

BoardWard ward(const char *code, const char *kind, qint64 population)
{
    return {QString::fromLatin1(code), QString::fromLatin1(kind), population};
}

WardMonthFigures land(const char *code, const QString &month, double m2, qint64 records)
{
    WardMonthFigures f;
    f.ward = QString::fromLatin1(code);
    f.month = month;
    f.land = {m2, records};
    return f;
}

const BoardEntry &entry(const BoardMonth &m, const char *kind, const QString &measure, const char *code)
{
    const BoardTable *t = m.table(QString::fromLatin1(kind), measure);
    if (!t)
        qFatal("no table %s %s", kind, qPrintable(measure));
    for (const BoardEntry &e : t->entries)
        if (e.ward == QLatin1String(code))
            return e;
    qFatal("no entry %s", code);
}

}

class TestBoardCalculator : public QObject
{
    Q_OBJECT
private slots:
    void quartilesWithTies()
    {
        // Populations of 1,000, so per 1,000 residents is the figure itself.
        const QList<BoardWard> wards{ward("A", "phuong", 1000), ward("B", "phuong", 1000), ward("C", "phuong", 1000),
                                     ward("D", "phuong", 1000), ward("E", "phuong", 1000)};
        const QList<WardMonthFigures> f{land("A", Month, 50, 10), land("B", Month, 40, 12), land("C", Month, 40, 15),
                                        land("D", Month, 20, 10), land("E", Month, 10, 30)};
        const BoardMonth m = BoardCalculator::compute(Month, wards, f, std::nullopt);
        const QString L = QStringLiteral("land");
        // Wards strictly better: A 0, B 1, C 1, D 3, E 4 of 5 → floor(4·k/5): 0, 0, 0, 2, 3.
        QCOMPARE(entry(m, "phuong", L, "A").tier, QStringLiteral("excellent"));
        QCOMPARE(entry(m, "phuong", L, "B").tier, QStringLiteral("excellent"));
        QCOMPARE(entry(m, "phuong", L, "C").tier, entry(m, "phuong", L, "B").tier);  // a tie, one tier
        QCOMPARE(entry(m, "phuong", L, "D").tier, QStringLiteral("fair"));
        QCOMPARE(entry(m, "phuong", L, "E").tier, QStringLiteral("needs-effort"));
        QVERIFY(entry(m, "phuong", L, "A").leader);
        QVERIFY(!entry(m, "phuong", L, "B").leader);
        QCOMPARE(m.table(QStringLiteral("phuong"), L)->placedCount, 5);
    }

    void tierBoundariesOfFour()
    {
        const QList<BoardWard> wards{ward("A", "xa", 2000), ward("B", "xa", 1000), ward("C", "xa", 4000),
                                     ward("D", "xa", 500)};
        // Per 1,000 residents: A 40/2 = 20, B 15, C 40/4 = 10, D 2.5/0.5 = 5.
        const QList<WardMonthFigures> f{land("A", Month, 40, 10), land("B", Month, 15, 10), land("C", Month, 40, 10),
                                        land("D", Month, 2.5, 10)};
        const BoardMonth m = BoardCalculator::compute(Month, wards, f, std::nullopt);
        const QString L = QStringLiteral("land");
        QCOMPARE(entry(m, "xa", L, "A").compared, 20.0);
        QCOMPARE(entry(m, "xa", L, "D").compared, 5.0);
        QCOMPARE(entry(m, "xa", L, "A").tier, QStringLiteral("excellent"));
        QCOMPARE(entry(m, "xa", L, "B").tier, QStringLiteral("good"));
        QCOMPARE(entry(m, "xa", L, "C").tier, QStringLiteral("fair"));
        QCOMPARE(entry(m, "xa", L, "D").tier, QStringLiteral("needs-effort"));
        // The raw m² of A and C are equal; per 1,000 residents they are not.
        QCOMPARE(entry(m, "xa", L, "A").value, entry(m, "xa", L, "C").value);
    }

    void underTheMinimumAndNoPopulation()
    {
        const QList<BoardWard> wards{ward("A", "phuong", 1000), ward("B", "phuong", 1000), ward("C", "phuong", 0),
                                     ward("D", "phuong", 1000), ward("E", "phuong", 1000), ward("F", "phuong", 1000)};
        const QList<WardMonthFigures> f{land("A", Month, 10, 10), land("B", Month, 900, 9), land("C", Month, 900, 50),
                                        land("D", Month, 8, 10), land("E", Month, 6, 10), land("F", Month, 4, 10)};
        const BoardMonth m = BoardCalculator::compute(Month, wards, f, std::nullopt);
        const QString L = QStringLiteral("land");
        const BoardEntry &b = entry(m, "phuong", L, "B");
        QVERIFY(!b.placed);
        QCOMPARE(b.notPlaced, QStringLiteral("few-records"));
        QCOMPARE(b.records, 9);
        QCOMPARE(b.value, 900.0);  // listed with its figure
        QVERIFY(b.tier.isEmpty());
        QVERIFY(!b.leader);
        const BoardEntry &c = entry(m, "phuong", L, "C");
        QVERIFY(!c.placed);
        QCOMPARE(c.notPlaced, QStringLiteral("no-population"));
        QVERIFY(c.tier.isEmpty());
        // The leader is the best of the placed wards: A, although B and C have more m².
        QVERIFY(entry(m, "phuong", L, "A").leader);
        QCOMPARE(entry(m, "phuong", L, "A").tier, QStringLiteral("excellent"));
        QCOMPARE(m.table(QStringLiteral("phuong"), L)->placedCount, 4);
        QCOMPARE(m.table(QStringLiteral("phuong"), L)->entries.size(), 6);  // everyone listed
    }

    void kindsAreComparedOnlyWithinThemselves()
    {
        const QList<BoardWard> wards{ward("P1", "phuong", 1000), ward("P2", "phuong", 1000), ward("X1", "xa", 1000),
                                     ward("X2", "xa", 1000), ward("K1", "dac-khu", 1000), ward("W1", "phuong", 1000)};
        const QList<WardMonthFigures> f{land("P1", Month, 20, 10), land("P2", Month, 10, 10), land("X1", Month, 500, 10),
                                        land("X2", Month, 400, 10), land("K1", Month, 1, 10), land("W1", Month, 15, 10)};
        const BoardMonth m = BoardCalculator::compute(Month, wards, f, std::nullopt);
        const QString L = QStringLiteral("land");
        const BoardTable *p = m.table(QStringLiteral("phuong"), L);
        QVERIFY(p);
        QStringList codes;
        for (const BoardEntry &e : p->entries)
            codes.append(e.ward);
        QCOMPARE(codes, (QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("W1")}));
        QVERIFY(entry(m, "phuong", L, "P1").leader);  // the xa's far larger figures do not count here
        QVERIFY(entry(m, "xa", L, "X1").leader);
        QCOMPARE(m.table(QStringLiteral("dac-khu"), L)->entries.size(), 1);
        // Three placed phuong: too few for quartiles, so no tiers, but a leader.
        QVERIFY(!p->tiered);
        QVERIFY(entry(m, "phuong", L, "P1").tier.isEmpty());
        // A lone dac-khu is placed but neither tiered nor a leader of itself.
        const BoardEntry &k = entry(m, "dac-khu", L, "K1");
        QVERIFY(k.placed);
        QVERIFY(k.tier.isEmpty());
        QVERIFY(!k.leader);
    }

    void monthWithNothing()
    {
        const QList<BoardWard> wards{ward("A", "phuong", 1000), ward("B", "phuong", 1000)};
        // Figures of another month only.
        const BoardMonth m = BoardCalculator::compute(Month, wards, {land("A", Before, 100, 20)}, std::nullopt);
        QCOMPARE(m.tables.size(), BoardCalculator::fixedMeasures().size());  // no materials that month
        for (const BoardTable &t : m.tables) {
            QCOMPARE(t.entries.size(), 2);
            QCOMPARE(t.placedCount, 0);
            for (const BoardEntry &e : t.entries) {
                QCOMPARE(e.value, 0.0);
                QCOMPARE(e.records, 0);
                QCOMPARE(e.notPlaced, QStringLiteral("few-records"));
                QVERIFY(!e.leader);
            }
        }
    }

    void mostImproved()
    {
        const QList<BoardWard> wards{ward("A", "phuong", 1000), ward("B", "phuong", 2000), ward("C", "phuong", 1000),
                                     ward("D", "phuong", 1000)};
        const QList<WardMonthFigures> f{
                land("A", Before, 100, 10), land("B", Before, 100, 10), land("C", Before, 10, 5),
                land("A", Month, 120, 10),  // +20 per 1,000
                land("B", Month, 160, 10),  // 50 → 80 per 1,000: +30
                land("C", Month, 90, 10),   // +80, but not placed the month before
                land("D", Month, 5, 10)};
        const BoardMonth before = BoardCalculator::compute(Before, wards, f, std::nullopt);
        const BoardMonth m = BoardCalculator::compute(Month, wards, f, before);
        const QString L = QStringLiteral("land");
        QVERIFY(entry(m, "phuong", L, "B").mostImproved);
        QCOMPARE(entry(m, "phuong", L, "B").rise, 30.0);
        QVERIFY(!entry(m, "phuong", L, "A").mostImproved);
        QCOMPARE(entry(m, "phuong", L, "A").rise, 20.0);
        QVERIFY(!entry(m, "phuong", L, "C").hasRise);
        QVERIFY(!entry(m, "phuong", L, "C").mostImproved);
        QVERIFY(entry(m, "phuong", L, "A").leader);  // best is A (120), most improved is B
        // Everyone fell: nobody is "most improved".
        QList<WardMonthFigures> fall{land("A", Before, 100, 10), land("B", Before, 100, 10), land("A", Month, 50, 10),
                                     land("B", Month, 60, 10)};
        const BoardMonth m2 = BoardCalculator::compute(Month, wards, fall, BoardCalculator::compute(Before, wards, fall, {}));
        for (const BoardEntry &e : m2.table(QStringLiteral("phuong"), L)->entries)
            QVERIFY(!e.mostImproved);
    }

    void resolveDaysAndWorksOnTime()
    {
        const QList<BoardWard> wards{ward("A", "xa", 1000), ward("B", "xa", 3000)};
        WardMonthFigures a;
        a.ward = QStringLiteral("A");
        a.month = Month;
        a.resolveDays = {1, 9, 2, 3, 4, 5, 6, 7, 8, 10};  // median (5 + 6) / 2
        a.worksFinished = 12;
        a.worksOnTime = 9;
        WardMonthFigures b = a;
        b.ward = QStringLiteral("B");
        b.resolveDays = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 30};
        b.worksFinished = 10;
        b.worksOnTime = 10;
        const BoardMonth m = BoardCalculator::compute(Month, wards, {a, b}, std::nullopt);
        const BoardEntry &ad = entry(m, "xa", QStringLiteral("resolve-days"), "A");
        const BoardEntry &bd = entry(m, "xa", QStringLiteral("resolve-days"), "B");
        QCOMPARE(ad.value, 5.5);
        QCOMPARE(ad.compared, 5.5);  // not per 1,000
        QCOMPARE(bd.value, 3.0);
        QVERIFY(bd.leader);  // fewer days is better
        QVERIFY(!ad.leader);
        QCOMPARE(entry(m, "xa", QStringLiteral("waste-resolved"), "A").compared, 10.0);
        QCOMPARE(entry(m, "xa", QStringLiteral("waste-resolved"), "B").compared, 11.0 / 3.0);
        QVERIFY(entry(m, "xa", QStringLiteral("waste-resolved"), "A").leader);
        QCOMPARE(entry(m, "xa", QStringLiteral("works-on-time"), "A").value, 75.0);
        QCOMPARE(entry(m, "xa", QStringLiteral("works-on-time"), "A").records, 12);
        QVERIFY(entry(m, "xa", QStringLiteral("works-on-time"), "B").leader);
    }

    void materialsPerItemAndUnit()
    {
        const QList<BoardWard> wards{ward("A", "phuong", 1000), ward("B", "phuong", 1000)};
        WardMonthFigures a;
        a.ward = QStringLiteral("A");
        a.month = Month;
        a.materials.insert(QStringLiteral("cement|bao"), {200, 12});
        a.materials.insert(QStringLiteral("sand|m3"), {5, 2});
        a.pledgesHandedOver = 14;
        WardMonthFigures b;
        b.ward = QStringLiteral("B");
        b.month = Month;
        b.materials.insert(QStringLiteral("cement|tan"), {3, 11});
        const BoardMonth m = BoardCalculator::compute(Month, wards, {a, b}, std::nullopt);
        QVERIFY(m.table(QStringLiteral("phuong"), QStringLiteral("materials:cement|bao")));
        QVERIFY(m.table(QStringLiteral("phuong"), QStringLiteral("materials:cement|tan")));  // units never mixed
        QCOMPARE(entry(m, "phuong", QStringLiteral("materials:cement|bao"), "B").value, 0.0);
        QVERIFY(!entry(m, "phuong", QStringLiteral("materials:sand|m3"), "A").placed);
        QCOMPARE(entry(m, "phuong", QStringLiteral("pledges"), "A").records, 14);
    }

    void jsonRoundTrip()
    {
        const QList<BoardWard> wards{ward("A", "phuong", 1000), ward("B", "phuong", 0), ward("C", "phuong", 1000)};
        const QList<WardMonthFigures> f{land("A", Before, 10, 10), land("C", Before, 10, 10), land("A", Month, 30, 10),
                                        land("B", Month, 5, 3), land("C", Month, 12.5, 11)};
        BoardMonth m = BoardCalculator::compute(Month, wards, f, BoardCalculator::compute(Before, wards, f, {}));
        m.frozen = true;
        m.frozenAt = QStringLiteral("2026-04-04T17:00:00.000Z");
        const QJsonObject o = BoardJson::toJson(m);
        const std::optional<BoardMonth> back = BoardJson::fromJson(o);
        QVERIFY(back);
        QCOMPARE(QJsonDocument(BoardJson::toJson(*back)).toJson(), QJsonDocument(o).toJson());
        QVERIFY(back->frozen);
        QCOMPARE(back->table(QStringLiteral("phuong"), QStringLiteral("land"))->entries.at(0).mostImproved, true);
        QVERIFY(!BoardJson::fromJson(QJsonObject{{QStringLiteral("month"), 3}}));
    }

    void previousMonth()
    {
        QCOMPARE(BoardCalculator::previousMonth(QStringLiteral("2026-01")), QStringLiteral("2025-12"));
        QCOMPARE(BoardCalculator::previousMonth(QStringLiteral("2026-13")), QString());
    }
};

QTEST_GUILESS_MAIN(TestBoardCalculator)
#include "tst_boardcalculator.moc"
