// SPDX-License-Identifier: GPL-3.0-or-later
#include "nav/route.h"

#include <QTest>

/** Route strings: what the kiosk accepts, and a clear refusal for everything else. */
class tst_Route : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void tst_Route::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("home") << QStringLiteral("home") << QStringLiteral("home") << QVariantMap() << QStringLiteral("home");
    QTest::newRow("projects") << QStringLiteral("projects") << QStringLiteral("projects") << QVariantMap()
                              << QStringLiteral("projects");
    QTest::newRow("search ascii") << QStringLiteral("projects?q=duong") << QStringLiteral("projects")
                                  << QVariantMap{{QStringLiteral("q"), QStringLiteral("duong")}}
                                  << QStringLiteral("projects?q=duong");
    QTest::newRow("search vietnamese with space")
            << QStringLiteral("projects?q=cầu rào") << QStringLiteral("projects")
            << QVariantMap{{QStringLiteral("q"), QStringLiteral("cầu rào")}}
            << QStringLiteral("projects?q=c%E1%BA%A7u%20r%C3%A0o");
    QTest::newRow("percent encoded") << QStringLiteral("projects?q=c%E1%BA%A7u") << QStringLiteral("projects")
                                     << QVariantMap{{QStringLiteral("q"), QStringLiteral("cầu")}}
                                     << QStringLiteral("projects?q=c%E1%BA%A7u");
    QTest::newRow("filters") << QStringLiteral("projects?category=bridge&status=paused") << QStringLiteral("projects")
                             << QVariantMap{{QStringLiteral("category"), QStringLiteral("bridge")},
                                            {QStringLiteral("status"), QStringLiteral("paused")}}
                             << QStringLiteral("projects?category=bridge&status=paused");
    QTest::newRow("pledge") << QStringLiteral("pledge") << QStringLiteral("pledge") << QVariantMap() << QStringLiteral("pledge");
    QTest::newRow("pledge land") << QStringLiteral("pledge/land") << QStringLiteral("pledge")
                                 << QVariantMap{{QStringLiteral("kind"), QStringLiteral("land")}} << QStringLiteral("pledge/land");
    QTest::newRow("pledge for a work") << QStringLiteral("pledge?project=HB-001") << QStringLiteral("pledge")
                                       << QVariantMap{{QStringLiteral("project"), QStringLiteral("HB-001")}}
                                       << QStringLiteral("pledge?project=HB-001");
    QTest::newRow("report on a work") << QStringLiteral("report?project=HB-001") << QStringLiteral("report")
                                      << QVariantMap{{QStringLiteral("project"), QStringLiteral("HB-001")}}
                                      << QStringLiteral("report?project=HB-001");
    QTest::newRow("report") << QStringLiteral("report") << QStringLiteral("report") << QVariantMap() << QStringLiteral("report");
    QTest::newRow("board") << QStringLiteral("board") << QStringLiteral("board") << QVariantMap() << QStringLiteral("board");
    QTest::newRow("waste") << QStringLiteral("waste") << QStringLiteral("waste") << QVariantMap() << QStringLiteral("waste");
    QTest::newRow("receipt") << QStringLiteral("receipt/HP-2345K-M") << QStringLiteral("receipt")
                             << QVariantMap{{QStringLiteral("code"), QStringLiteral("HP-2345K-M")}} << QStringLiteral("receipt/HP-2345K-M");
    QTest::newRow("admin: the staff PIN pad") << QStringLiteral("admin") << QStringLiteral("admin") << QVariantMap()
                                               << QStringLiteral("admin");
    QTest::newRow("loop: the attract loop") << QStringLiteral("loop") << QStringLiteral("loop") << QVariantMap()
                                            << QStringLiteral("loop");
    QTest::newRow("project") << QStringLiteral("project/HB-001") << QStringLiteral("project")
                             << QVariantMap{{QStringLiteral("code"), QStringLiteral("HB-001")}}
                             << QStringLiteral("project/HB-001");
}

void tst_Route::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, page);
    QFETCH(QVariantMap, params);
    QFETCH(QString, canonical);
    Route r;
    LocalizedText error;
    QVERIFY2(Route::parse(text, &r, &error), qPrintable(error.en));
    QCOMPARE(r.page, page);
    QCOMPARE(r.params, params);
    QCOMPARE(r.toString(), canonical);
    Route again;
    QVERIFY(Route::parse(r.toString(), &again, &error));
    QCOMPARE(again.params, params);
}

void tst_Route::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("enPart");
    QTest::newRow("unknown page") << QStringLiteral("admin2") << QStringLiteral("no page");
    QTest::newRow("loop with parameters") << QStringLiteral("loop?x=1") << QStringLiteral("attract loop takes no parameters");
    // Staff screens have no route: only the PIN pad does.
    QTest::newRow("staff home by route") << QStringLiteral("staff-home") << QStringLiteral("no page");
    QTest::newRow("staff section by route") << QStringLiteral("staff/records") << QStringLiteral("no page");
    QTest::newRow("admin below") << QStringLiteral("admin/settings") << QStringLiteral("no page");
    QTest::newRow("admin with a query") << QStringLiteral("admin?unlock=1") << QStringLiteral("takes no parameters");
    QTest::newRow("board with a query") << QStringLiteral("board?month=2026-12") << QStringLiteral("takes no parameters");
    QTest::newRow("board below") << QStringLiteral("board/KIEN-AN") << QStringLiteral("no page");
    QTest::newRow("path tricks") << QStringLiteral("project/../../etc") << QStringLiteral("no page");
    QTest::newRow("bad code") << QStringLiteral("project/HB_001;") << QStringLiteral("not a valid work code");
    QTest::newRow("lower-case code") << QStringLiteral("project/hb-001") << QStringLiteral("not a valid work code");
    QTest::newRow("missing code") << QStringLiteral("project/") << QStringLiteral("not a valid work code");
    QTest::newRow("extra segment") << QStringLiteral("project/HB-001/x") << QStringLiteral("no page");
    QTest::newRow("bad category") << QStringLiteral("projects?category=rocket") << QStringLiteral("no category");
    QTest::newRow("bad status") << QStringLiteral("projects?status=done") << QStringLiteral("no status");
    QTest::newRow("unknown param") << QStringLiteral("projects?x=1") << QStringLiteral("not known");
    QTest::newRow("huge") << QString(600, u'a') << QStringLiteral("too long");
    QTest::newRow("pledge kind") << QStringLiteral("pledge/gold") << QStringLiteral("no pledge kind");
    QTest::newRow("pledge bad project") << QStringLiteral("pledge?project=../x") << QStringLiteral("not a valid work code");
    QTest::newRow("pledge bad param") << QStringLiteral("pledge?q=1") << QStringLiteral("not known");
    QTest::newRow("receipt with O") << QStringLiteral("receipt/HP-2O45K-M") << QStringLiteral("not a receipt code");
    QTest::newRow("home with params") << QStringLiteral("home?q=1") << QStringLiteral("no parameters");
}

void tst_Route::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, enPart);
    Route r;
    LocalizedText error;
    QVERIFY(!Route::parse(text, &r, &error));
    QVERIFY2(error.en.contains(enPart), qPrintable(error.en));
    QVERIFY(!error.vi.isEmpty());
    QVERIFY(error.vi != error.en);
}

QTEST_GUILESS_MAIN(tst_Route)
#include "tst_route.moc"
