// SPDX-License-Identifier: GPL-3.0-or-later
// What a record pledges or reports, in words: the receipt's short line and the phone page's
// labelled rows come from one place, in Vietnamese and English formats.
#include "records/recordsummary.h"

#include <QJsonArray>
#include <QTest>

namespace {
QJsonObject materials()
{
    return {{QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("item"), QStringLiteral("cement")}, {QStringLiteral("quantity"), 20},
                                    {QStringLiteral("unit"), QStringLiteral("bao")}},
                        QJsonObject{{QStringLiteral("item"), QStringLiteral("other")},
                                    {QStringLiteral("otherItem"), QStringLiteral("Tấm lợp tôn")},
                                    {QStringLiteral("quantity"), 1500}, {QStringLiteral("unit"), QStringLiteral("other")},
                                    {QStringLiteral("otherUnit"), QStringLiteral("tấm")}}}}};
}
}

class tst_RecordSummary : public QObject
{
    Q_OBJECT

private slots:
    void brief_data();
    void brief();
    void labelledLines();
    void unknownFieldsAreNeverShown();
};

void tst_RecordSummary::brief_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("land") << int(RecordKind::PledgeLand) << QJsonObject{{QStringLiteral("areaM2"), 1250.5}}
                          << QStringLiteral("1.250,5 m²") << QStringLiteral("1,250.5 m²");
    QTest::newRow("one day") << int(RecordKind::PledgeLabour) << QJsonObject{{QStringLiteral("days"), 1}}
                             << QStringLiteral("1 ngày công") << QStringLiteral("1 labour day");
    QTest::newRow("days") << int(RecordKind::PledgeLabour) << QJsonObject{{QStringLiteral("days"), 3}}
                          << QStringLiteral("3 ngày công") << QStringLiteral("3 labour days");
    QTest::newRow("materials") << int(RecordKind::PledgeMaterials) << materials()
                               << QStringLiteral("Xi măng 20 bao, Tấm lợp tôn 1.500 tấm")
                               << QStringLiteral("Cement 20 bags, Tấm lợp tôn 1,500 tấm");
    QTest::newRow("waste") << int(RecordKind::ReportWaste) << QJsonObject{{QStringLiteral("place"), QStringLiteral("Ngõ 5")}}
                           << QStringLiteral("Ngõ 5") << QStringLiteral("Ngõ 5");
}

void tst_RecordSummary::brief()
{
    QFETCH(int, kind);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QCOMPARE(RecordSummary::brief(RecordKind(kind), payload, u"vi"), vi);
    QCOMPARE(RecordSummary::brief(RecordKind(kind), payload, u"en"), en);
}

void tst_RecordSummary::labelledLines()
{
    const QJsonObject labour{{QStringLiteral("days"), 2},
                             {QStringLiteral("skills"), QJsonArray{QStringLiteral("bricklaying"), QStringLiteral("other")}},
                             {QStringLiteral("otherSkill"), QStringLiteral("Nấu ăn")},
                             {QStringLiteral("availableFrom"), QStringLiteral("2026-12-01")},
                             {QStringLiteral("availableTo"), QStringLiteral("2026-12-15")}};
    const QList<SummaryLine> vi = RecordSummary::lines(RecordKind::PledgeLabour, labour, u"vi");
    QCOMPARE(vi.size(), 3);
    QCOMPARE(vi.at(0).label, QStringLiteral("Số ngày công"));
    QCOMPARE(vi.at(0).value, QStringLiteral("2 ngày"));
    QVERIFY2(vi.at(1).value.endsWith(QStringLiteral(", Nấu ăn")), qPrintable(vi.at(1).value));
    QCOMPARE(vi.at(2).value, QStringLiteral("01/12/2026 – 15/12/2026"));
    const QList<SummaryLine> en = RecordSummary::lines(RecordKind::PledgeLabour, labour, u"en");
    QCOMPARE(en.at(0).value, QStringLiteral("2 days"));
    QCOMPARE(en.at(2).label, QStringLiteral("Available"));

    const QList<SummaryLine> m = RecordSummary::lines(RecordKind::PledgeMaterials, materials(), u"vi");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.at(0).items, QStringList({QStringLiteral("Xi măng 20 bao"), QStringLiteral("Tấm lợp tôn 1.500 tấm")}));

    const QList<SummaryLine> w = RecordSummary::lines(
            RecordKind::ReportWaste,
            {{QStringLiteral("category"), QStringLiteral("idle_works")}, {QStringLiteral("place"), QStringLiteral("Ngõ 5")},
             {QStringLiteral("description"), QStringLiteral("Nhà văn hoá bỏ hoang")}},
            u"vi");
    QCOMPARE(w.size(), 3);
    QVERIFY(!w.at(0).freeText);
    QVERIFY(w.at(1).freeText && w.at(2).freeText);
}

void tst_RecordSummary::unknownFieldsAreNeverShown()
{
    const QJsonObject payload{{QStringLiteral("areaM2"), 10}, {QStringLiteral("fullName"), QStringLiteral("Nguyễn Văn A")},
                              {QStringLiteral("phone"), QStringLiteral("0912345678")}};
    for (const SummaryLine &line : RecordSummary::lines(RecordKind::PledgeLand, payload, u"vi")) {
        QVERIFY(!line.value.contains(QStringLiteral("Nguyễn")));
        QVERIFY(!line.value.contains(QStringLiteral("0912")));
    }
    QCOMPARE(RecordSummary::lines(RecordKind::PledgeLand, payload, u"vi").size(), 1);
}

QTEST_GUILESS_MAIN(tst_RecordSummary)
#include "tst_recordsummary.moc"
