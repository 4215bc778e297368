// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's movement board: BoardStore keeps only a board that parses, and BoardModel turns
// a fixed board (tests/unit/board-fixture.json) into the ward's figures, tiers (ties share
// one), "not placed" with its reason, the provisional month, leaders, most improved, the
// growth series and the waste section, in Vietnamese and English.
#include "board/boardstore.h"
#include "boardmodel.h"
#include "datapaths.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fixtureBytes()
{
    QFile f(QStringLiteral(BOARD_FIXTURE));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject fixture()
{
    return QJsonDocument::fromJson(fixtureBytes()).object();
}

QList<Ward> demoWards()
{
    return {{QStringLiteral("HONG-BANG"), QStringLiteral("phuong"), 86400, {QStringLiteral("Phường Hồng Bàng"), QStringLiteral("Hong Bang Ward")}},
            {QStringLiteral("LE-CHAN"), QStringLiteral("phuong"), 112300, {QStringLiteral("Phường Lê Chân"), QStringLiteral("Le Chan Ward")}},
            {QStringLiteral("NGO-QUYEN"), QStringLiteral("phuong"), 98700, {QStringLiteral("Phường Ngô Quyền"), QStringLiteral("Ngo Quyen Ward")}}};
}

QVariantMap measure(const BoardModel &m, const QString &key)
{
    for (const QVariant &v : m.measures())
        if (v.toMap().value(QStringLiteral("key")).toString() == key)
            return v.toMap();
    return {};
}

QStringList rows(const QVariantList &list)
{
    QStringList out;
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        out.append(m.value(QStringLiteral("measure")).toString() + u'|' + m.value(QStringLiteral("ward")).toString() + u'|'
                   + m.value(QStringLiteral("valueText")).toString());
    }
    return out;
}

}

class tst_KioskBoard : public QObject
{
    Q_OBJECT
private slots:
    void storeKeepsOnlyABoardThatParses_data();
    void storeKeepsOnlyABoardThatParses();
    void storeRoundTrip();
    void emptyBeforeTheFirstBoard();
    void wardFiguresTiersAndTies();
    void notPlacedSaysWhy();
    void provisionalMonth();
    void leadersAndMostImprovedOfTheKind();
    void growthSeries();
    void wasteSection();
    void englishNumbers();
    void arrivalCountsUp();
    void countsFromTheFiguresBefore();
    void glancePutsTheTiersFirst();
};

void tst_KioskBoard::storeKeepsOnlyABoardThatParses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("good");
    QJsonObject noWard = fixture();
    noWard.remove(QStringLiteral("ward"));
    QJsonObject badMonth = fixture();
    badMonth.insert(QStringLiteral("currentMonth"), QStringLiteral("2026-13"));
    QJsonObject lastNotCurrent = fixture();
    lastNotCurrent.insert(QStringLiteral("currentMonth"), QStringLiteral("2027-01"));
    QJsonObject noMonths = fixture();
    noMonths.insert(QStringLiteral("months"), QJsonArray());
    QJsonObject wasteArray = fixture();
    wasteArray.insert(QStringLiteral("waste"), QJsonArray());
    QTest::newRow("fixture") << fixtureBytes() << true;
    QTest::newRow("garbage") << QByteArray("<html>502 Bad Gateway</html>") << false;
    QTest::newRow("cut off") << fixtureBytes().left(2000) << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("no ward") << QJsonDocument(noWard).toJson() << false;
    QTest::newRow("month 13") << QJsonDocument(badMonth).toJson() << false;
    QTest::newRow("last month not current") << QJsonDocument(lastNotCurrent).toJson() << false;
    QTest::newRow("no months") << QJsonDocument(noMonths).toJson() << false;
    QTest::newRow("waste not an object") << QJsonDocument(wasteArray).toJson() << false;
}

void tst_KioskBoard::storeKeepsOnlyABoardThatParses()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, good);
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(dir.path())));
    BoardStore store(db);
    QVERIFY(store.save("\"first\"", fixtureBytes()).ok());
    QString why;
    QCOMPARE(BoardStore::check(body, &why).has_value(), good);
    QCOMPARE(why.isEmpty(), good);
    QCOMPARE(store.save("\"second\"", body).ok(), good);
    // A refused body leaves the board the kiosk had.
    QCOMPARE(store.load()->etag, good ? QByteArray("\"second\"") : QByteArray("\"first\""));
}

void tst_KioskBoard::storeRoundTrip()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(DataPaths::databaseFile(dir.path())));
    QCOMPARE(db.schemaVersion(), 6);
    BoardStore store(db);
    QVERIFY(!store.load());
    QVERIFY(store.save("\"abc\"", fixtureBytes()).ok());
    const std::optional<BoardStore::Stored> held = store.load();
    QVERIFY(held);
    QCOMPARE(held->etag, QByteArray("\"abc\""));
    QCOMPARE(held->board, fixture());
    QVERIFY(QDateTime::fromString(held->fetchedAt, Qt::ISODateWithMs).isValid());
}

void tst_KioskBoard::emptyBeforeTheFirstBoard()
{
    BoardModel m(nullptr);
    QSignalSpy changed(&m, &BoardModel::changed);
    m.setBoard(std::nullopt);
    QVERIFY(!m.available());
    QVERIFY(m.measures().isEmpty());
    QVERIFY(m.leaders().isEmpty());
    QVERIFY(m.waste().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void tst_KioskBoard::wardFiguresTiersAndTies()
{
    BoardModel m(nullptr);
    m.setWards(demoWards());
    m.setBoard(fixture());
    QVERIFY(m.available());
    QCOMPARE(m.wardName(), QStringLiteral("Phường Hồng Bàng"));
    QCOMPARE(m.kindName(), QStringLiteral("Phường"));
    QCOMPARE(m.monthText(), QStringLiteral("Tháng 12/2026"));
    // Only this ward's kind's tables, and only measures where the ward has an entry.
    QCOMPARE(m.measures().size(), 3);
    const QVariantMap land = measure(m, QStringLiteral("land"));
    QCOMPARE(land.value(QStringLiteral("comparedText")).toString(), QStringLiteral("144,73"));
    QCOMPARE(land.value(QStringLiteral("unit")).toString(), QStringLiteral("m² / 1.000 dân"));
    QCOMPARE(land.value(QStringLiteral("valueText")).toString(), QStringLiteral("12.505,3 m²"));
    QCOMPARE(land.value(QStringLiteral("tierWord")).toString(), QStringLiteral("Xuất sắc"));
    QCOMPARE(land.value(QStringLiteral("tierIcon")).toString(), QStringLiteral("tier-excellent"));
    QCOMPARE(land.value(QStringLiteral("recordsText")).toString(), QStringLiteral("dựa trên 12 hồ sơ"));
    QVERIFY(land.value(QStringLiteral("leader")).toBool());
    QVERIFY(land.value(QStringLiteral("mostImproved")).toBool());
    const QVariantMap days = measure(m, QStringLiteral("resolve-days"));
    QCOMPARE(days.value(QStringLiteral("tierWord")).toString(), QStringLiteral("Khá"));
    QCOMPARE(days.value(QStringLiteral("unit")).toString(), QStringLiteral("ngày"));
    QCOMPARE(days.value(QStringLiteral("comparedText")).toString(), QStringLiteral("6,5"));

    // Tied wards share a tier: seen from Lê Chân and from Ngô Quyền, both "Tốt".
    for (const char *code : {"LE-CHAN", "NGO-QUYEN"}) {
        QJsonObject other = fixture();
        other.insert(QStringLiteral("ward"), QLatin1String(code));
        m.setBoard(other);
        QCOMPARE(measure(m, QStringLiteral("land")).value(QStringLiteral("tierWord")).toString(), QStringLiteral("Tốt"));
        QCOMPARE(measure(m, QStringLiteral("land")).value(QStringLiteral("comparedText")).toString(), QStringLiteral("100"));
    }
}

void tst_KioskBoard::notPlacedSaysWhy()
{
    BoardModel m(nullptr);
    m.setWards(demoWards());
    m.setBoard(fixture());
    const QVariantMap labour = measure(m, QStringLiteral("labour"));
    QVERIFY(!labour.value(QStringLiteral("placed")).toBool());
    QCOMPARE(labour.value(QStringLiteral("notPlacedText")).toString(), QStringLiteral("Chưa xếp hạng: dưới 10 hồ sơ"));
    QCOMPARE(labour.value(QStringLiteral("tierWord")).toString(), QString());
    QCOMPARE(labour.value(QStringLiteral("recordsText")).toString(), QStringLiteral("dựa trên 4 hồ sơ"));

    // A ward without population: no per-1,000 figure, a dash instead of a zero.
    QJsonObject kienAn = fixture();
    kienAn.insert(QStringLiteral("ward"), QStringLiteral("KIEN-AN"));
    m.setBoard(kienAn);
    const QVariantMap land = measure(m, QStringLiteral("land"));
    QCOMPARE(land.value(QStringLiteral("comparedText")).toString(), QStringLiteral("—"));
    QVERIFY(!land.value(QStringLiteral("hasCompared")).toBool());
    QCOMPARE(land.value(QStringLiteral("notPlacedText")).toString(), QStringLiteral("Chưa xếp hạng: chưa có số dân"));
}

void tst_KioskBoard::provisionalMonth()
{
    BoardModel m(nullptr);
    m.setBoard(fixture());
    QVERIFY(m.provisional());
    QCOMPARE(m.provisionalText(), QStringLiteral("Số liệu tạm tính, chốt ngày 05/01/2027"));
    m.setLanguage(QStringLiteral("en"));
    QCOMPARE(m.provisionalText(), QStringLiteral("Provisional figures, final on 5 Jan 2027"));

    // The same board once December is published.
    QJsonObject published = fixture();
    QJsonArray months = published.value(QStringLiteral("months")).toArray();
    QJsonObject last = months.last().toObject();
    last.insert(QStringLiteral("provisional"), false);
    last.insert(QStringLiteral("publishedAt"), QStringLiteral("2027-01-05T00:00:03.120Z"));
    months.replace(months.size() - 1, last);
    published.insert(QStringLiteral("months"), months);
    m.setLanguage(QStringLiteral("vi"));
    m.setBoard(published);
    QVERIFY(!m.provisional());
    QVERIFY2(m.provisionalText().startsWith(QStringLiteral("Đã chốt ngày 05/01/2027")), qPrintable(m.provisionalText()));
}

void tst_KioskBoard::leadersAndMostImprovedOfTheKind()
{
    BoardModel m(nullptr);
    m.setWards(demoWards());
    m.setBoard(fixture());
    // The xã's leader (AN-LAO, another kind) is not among them.
    QCOMPARE(rows(m.leaders()), (QStringList{QStringLiteral("Đất đã bàn giao|Phường Hồng Bàng|144,73 m² / 1.000 dân"),
                                             QStringLiteral("Ngày công đã làm|Phường Lê Chân|15 ngày công / 1.000 dân"),
                                             QStringLiteral("Số ngày xử lý (trung vị)|Phường Ngô Quyền|3 ngày")}));
    QCOMPARE(rows(m.mostImproved()), (QStringList{QStringLiteral("Đất đã bàn giao|Phường Hồng Bàng|+46,48 m² / 1.000 dân"),
                                                  QStringLiteral("Số ngày xử lý (trung vị)|Phường Ngô Quyền|+1,5 ngày")}));
    QVERIFY(m.leaders().at(0).toMap().value(QStringLiteral("mine")).toBool());
    QVERIFY(!m.leaders().at(1).toMap().value(QStringLiteral("mine")).toBool());
}

void tst_KioskBoard::growthSeries()
{
    BoardModel m(nullptr);
    m.setBoard(fixture());
    const QVariantMap land = measure(m, QStringLiteral("land"));
    const QVariantList series = land.value(QStringLiteral("series")).toList();
    QCOMPARE(series.size(), 3);
    QCOMPARE(series.at(0).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("T10/26"));
    QCOMPARE(series.at(0).toMap().value(QStringLiteral("valueText")).toString(), QStringLiteral("52,5"));
    QCOMPARE(series.at(2).toMap().value(QStringLiteral("value")).toDouble(), 144.73);
    QVERIFY(series.at(2).toMap().value(QStringLiteral("provisional")).toBool());
    QVERIFY(!series.at(1).toMap().value(QStringLiteral("provisional")).toBool());
    QCOMPARE(land.value(QStringLiteral("seriesTop")).toDouble(), 144.73);
    // Labour has no table before December: those months are absent, not zero figures.
    const QVariantList labour = measure(m, QStringLiteral("labour")).value(QStringLiteral("series")).toList();
    QVERIFY(!labour.at(0).toMap().value(QStringLiteral("present")).toBool());
    QCOMPARE(labour.at(0).toMap().value(QStringLiteral("valueText")).toString(), QStringLiteral("—"));
    QVERIFY(labour.at(2).toMap().value(QStringLiteral("present")).toBool());
}

void tst_KioskBoard::wasteSection()
{
    BoardModel m(nullptr);
    m.setBoard(fixture());
    const QVariantMap w = m.waste();
    QCOMPARE(w.value(QStringLiteral("reportsText")).toString(), QStringLiteral("8"));
    QCOMPARE(w.value(QStringLiteral("medianText")).toString(), QStringLiteral("4,5 ngày"));
    const QVariantList kinds = w.value(QStringLiteral("byCategory")).toList();
    QCOMPARE(kinds.size(), 2);
    // Most reports first.
    QCOMPARE(kinds.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Công trình bỏ hoang, không sử dụng"));
    const QVariantList statuses = w.value(QStringLiteral("byStatus")).toList();
    QCOMPARE(statuses.size(), 3);
    QCOMPARE(statuses.at(2).toMap().value(QStringLiteral("word")).toString(), QStringLiteral("Đã xử lý xong"));
    const QVariantList published = w.value(QStringLiteral("published")).toList();
    QCOMPARE(published.size(), 2);
    QCOMPARE(published.at(0).toMap().value(QStringLiteral("receiptCode")).toString(), QStringLiteral("HB-7K2MX-Q"));
    QVERIFY(published.at(0).toMap().value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("Đã thu hồi 12 tấn")));
    QCOMPARE(published.at(0).toMap().value(QStringLiteral("dateText")).toString(), QStringLiteral("03/12/2026"));
}

void tst_KioskBoard::englishNumbers()
{
    BoardModel m(nullptr);
    m.setWards(demoWards());
    m.setLanguage(QStringLiteral("en"));
    m.setBoard(fixture());
    const QVariantMap land = measure(m, QStringLiteral("land"));
    QCOMPARE(land.value(QStringLiteral("valueText")).toString(), QStringLiteral("12,505.3 m²"));
    QCOMPARE(land.value(QStringLiteral("unit")).toString(), QStringLiteral("m² per 1,000 residents"));
    QCOMPARE(land.value(QStringLiteral("tierWord")).toString(), QStringLiteral("Excellent"));
    QCOMPARE(land.value(QStringLiteral("recordsText")).toString(), QStringLiteral("based on 12 records"));
    QCOMPARE(m.monthText(), QStringLiteral("December 2026"));
    QCOMPARE(m.wardName(), QStringLiteral("Hong Bang Ward"));
    QCOMPARE(measure(m, QStringLiteral("labour")).value(QStringLiteral("notPlacedText")).toString(),
             QStringLiteral("Not placed: under 10 records"));
}

void tst_KioskBoard::arrivalCountsUp()
{
    BoardModel m(nullptr);
    QSignalSpy arrived(&m, &BoardModel::arrived);
    m.setBoard(fixture());
    m.setLanguage(QStringLiteral("en"));
    QCOMPARE(arrived.count(), 0);
    m.boardArrived(fixture(), QStringLiteral("2026-12-07T15:00:00.000Z"));
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(m.arrivals(), 1);
    QVERIFY(m.updatedText().startsWith(QStringLiteral("Updated 7 Dec 2026")));
}

void tst_KioskBoard::countsFromTheFiguresBefore()
{
    BoardModel m(nullptr);
    m.setBoard(fixture());
    // Figures loaded (not arrived) count from themselves: nothing moves.
    QCOMPARE(measure(m, QStringLiteral("land")).value(QStringLiteral("countFrom")).toDouble(), 144.73);
    QCOMPARE(measure(m, QStringLiteral("land")).value(QStringLiteral("decimals")).toInt(), 2);
    QCOMPARE(measure(m, QStringLiteral("resolve-days")).value(QStringLiteral("decimals")).toInt(), 1);

    // Newer figures: land rises, days to resolve fall; each counts from its figure before.
    QJsonObject newer = fixture();
    QJsonArray months = newer.value(QStringLiteral("months")).toArray();
    QJsonObject current = months.last().toObject();
    QJsonArray tables = current.value(QStringLiteral("tables")).toArray();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        QJsonObject table = tables.at(t).toObject();
        QJsonArray entries = table.value(QStringLiteral("entries")).toArray();
        for (qsizetype e = 0; e < entries.size(); ++e) {
            QJsonObject entry = entries.at(e).toObject();
            if (entry.value(QStringLiteral("ward")).toString() != u"HONG-BANG")
                continue;
            const QString key = table.value(QStringLiteral("measure")).toString();
            if (key == u"land")
                entry.insert(QStringLiteral("compared"), 1234.5);
            else if (key == u"resolve-days")
                entry.insert(QStringLiteral("compared"), 4);
            entries.replace(e, entry);
        }
        table.insert(QStringLiteral("entries"), entries);
        tables.replace(t, table);
    }
    current.insert(QStringLiteral("tables"), tables);
    months.replace(months.size() - 1, current);
    newer.insert(QStringLiteral("months"), months);
    m.boardArrived(newer, QStringLiteral("2026-12-07T15:00:00.000Z"));
    const QVariantMap land = measure(m, QStringLiteral("land"));
    QCOMPARE(land.value(QStringLiteral("countFrom")).toDouble(), 144.73);
    QCOMPARE(land.value(QStringLiteral("compared")).toDouble(), 1234.5);
    QCOMPARE(land.value(QStringLiteral("comparedText")).toString(), QStringLiteral("1.234,5"));
    QCOMPARE(land.value(QStringLiteral("decimals")).toInt(), 1);
    QCOMPARE(measure(m, QStringLiteral("resolve-days")).value(QStringLiteral("countFrom")).toDouble(), 6.5);
    QCOMPARE(measure(m, QStringLiteral("resolve-days")).value(QStringLiteral("decimals")).toInt(), 0);

    // A kiosk's first board counts up from zero.
    BoardModel first(nullptr);
    first.boardArrived(fixture(), QStringLiteral("2026-12-07T15:00:00.000Z"));
    QCOMPARE(measure(first, QStringLiteral("land")).value(QStringLiteral("countFrom")).toDouble(), 0.0);
    // A language change afterwards moves nothing.
    first.setLanguage(QStringLiteral("en"));
    QCOMPARE(measure(first, QStringLiteral("land")).value(QStringLiteral("countFrom")).toDouble(), 144.73);
}

void tst_KioskBoard::glancePutsTheTiersFirst()
{
    BoardModel m(nullptr);
    m.setBoard(fixture());
    QStringList keys;
    for (const QVariant &v : m.glance())
        keys.append(v.toMap().value(QStringLiteral("key")).toString());
    // Land (excellent) and days to resolve (fair) are placed; labour is not.
    QCOMPARE(keys, (QStringList{QStringLiteral("land"), QStringLiteral("resolve-days"), QStringLiteral("labour")}));
}

QTEST_GUILESS_MAIN(tst_KioskBoard)
#include "tst_kioskboard.moc"
