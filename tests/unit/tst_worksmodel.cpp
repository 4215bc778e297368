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

QTEST_MAIN(tst_WorksModel)
#include "tst_worksmodel.moc"
