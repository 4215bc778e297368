// SPDX-License-Identifier: GPL-3.0-or-later
// The works list QML shows, under QAbstractItemModelTester while it is searched, filtered,
// switched to English and given new content: every signal and row count it sends stays
// consistent, and what it filters is what the catalogue finds.
#include "content/contentbundle.h"
#include "content/projectcatalog.h"
#include "datapaths.h"
#include "worksmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_WorksModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consistentThroughEveryChange();
    void searchWithoutTones();
    void chartOfALateWork();

private:
    ContentBundle m_bundle;
    ProjectCatalog m_catalog;
};

void tst_WorksModel::initTestCase()
{
    QVERIFY2(m_bundle.read(DataPaths::builtInDemoBundle()), qPrintable(m_bundle.error().en));
    m_catalog.setProjects(m_bundle.content().projects);
}

void tst_WorksModel::consistentThroughEveryChange()
{
    WorksModel model(m_catalog, m_bundle.content().wards, QStringLiteral("/nonexistent"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDefaultWard(QStringLiteral("HONG-BANG"));
    model.clearFilters();
    const int ward = model.count();
    QVERIFY(ward > 0 && ward < model.totalCount());
    QCOMPARE(model.wardCount(), ward);
    model.setWard(QString());  // every ward
    QCOMPARE(model.count(), model.totalCount());
    model.setCategory(QStringLiteral("road"));
    QVERIFY(model.count() > 0 && model.count() < model.totalCount());
    for (int row = 0; row < model.count(); ++row)
        QCOMPARE(model.data(model.index(row), WorksModel::CategoryRole).toString().isEmpty(), false);
    model.setStatus(QStringLiteral("completed"));
    model.setQuery(QStringLiteral("zzzz-nothing"));
    QCOMPARE(model.count(), 0);
    model.setQuery(QString());
    model.setLanguage(QStringLiteral("en"));
    model.contentReplaced(m_bundle.content().wards);
    model.clearFilters();
    QCOMPARE(model.count(), ward);
    QVERIFY(!model.data(model.index(0), WorksModel::NameRole).toString().isEmpty());
}

void tst_WorksModel::searchWithoutTones()
{
    WorksModel model(m_catalog, m_bundle.content().wards, QStringLiteral("/nonexistent"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWard(QString());
    model.setQuery(QStringLiteral("duong"));
    QVERIFY(model.count() > 0);
    const QString first = model.data(model.index(0), WorksModel::NameRole).toString();
    QVERIFY2(first.contains(QStringLiteral("Đường"), Qt::CaseInsensitive) || first.contains(QStringLiteral("đường")),
             qPrintable(first));
}

/* A late work's chart: the plan rises to 100 % on the planned end and stays flat to the chart's
   last date (today), progress and money follow the dated history, and the axis runs from the
   start to today. LC-001 in the demo: started 01/10/2024, planned 31/08/2026, 78 %. */
void tst_WorksModel::chartOfALateWork()
{
    WorksModel model(m_catalog, m_bundle.content().wards, QStringLiteral("/nonexistent"));
    const QDate today(2026, 12, 8);
    model.setToday(today);
    const QVariantMap chart = model.details(QStringLiteral("LC-001"), QStringLiteral("vi")).value(QStringLiteral("chart")).toMap();
    QVERIFY(!chart.isEmpty());
    const auto xy = [](const QVariant &v) { const QVariantList l = v.toList(); return std::pair{l.at(0).toDouble(), l.at(1).toDouble()}; };
    const QVariantList planned = chart.value(QStringLiteral("planned")).toList();
    QCOMPARE(planned.size(), 3);
    const QDate start(2024, 10, 1), plannedEnd(2026, 8, 31);
    const double plannedX = double(start.daysTo(plannedEnd)) / double(start.daysTo(today));
    QCOMPARE(xy(planned.at(0)), std::pair(0.0, 0.0));
    QCOMPARE(xy(planned.at(1)).second, 1.0);
    QVERIFY(qAbs(xy(planned.at(1)).first - plannedX) < 1e-9);
    QCOMPARE(xy(planned.at(2)), std::pair(1.0, 1.0));
    QCOMPARE(chart.value(QStringLiteral("todayX")).toDouble(), 1.0);
    QCOMPARE(chart.value(QStringLiteral("endLabel")).toString(), QStringLiteral("08/12/2026"));
    const QVariantList actual = chart.value(QStringLiteral("actual")).toList();
    QVERIFY(actual.size() > 2);
    QCOMPARE(xy(actual.constLast()), std::pair(1.0, 0.78));
    for (qsizetype i = 1; i < actual.size(); ++i)
        QVERIFY2(xy(actual.at(i)).first >= xy(actual.at(i - 1)).first, "progress points in date order");
}

QTEST_MAIN(tst_WorksModel)
#include "tst_worksmodel.moc"
