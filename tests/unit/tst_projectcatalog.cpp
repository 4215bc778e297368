// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlefixture.h"
#include "content/contentbundle.h"
#include "content/projectcatalog.h"
#include "datapaths.h"
#include "text/textfold.h"

#include <QTest>

/** Search as residents type it, best match first, and the filters. */
class tst_ProjectCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void bestMatchFirst();
    void filters();
    void emptyQueryKeepsBundleOrder();
    void demoBundleSearches_data();
    void demoBundleSearches();

private:
    QStringList codes(const ProjectFilter &filter) const;
    ProjectCatalog m_catalog;
};

void tst_ProjectCatalog::initTestCase()
{
    QList<Project> projects;
    auto add = [&](const char *code, const QString &nameVi, const QString &nameEn, Category c, WorkStatus s,
                   const char *ward, const QString &location = {}) {
        Project p;
        p.code = QString::fromLatin1(code);
        p.name = {nameVi, nameEn};
        p.category = c;
        p.status = s;
        p.wardCode = QString::fromLatin1(ward);
        p.location.vi = location;
        projects.append(p);
    };
    add("A-1", QStringLiteral("Nâng cấp đường Tô Hiệu"), QStringLiteral("To Hieu Street upgrade"), Category::Road, WorkStatus::InProgress, "LC");
    add("A-2", QStringLiteral("Xây dựng cầu Rào 3"), QStringLiteral("Rao 3 Bridge"), Category::Bridge, WorkStatus::Paused, "LC");
    add("A-3", QStringLiteral("Trường Tiểu học Đằng Hải"), QStringLiteral("Dang Hai Primary School"), Category::School, WorkStatus::Completed, "HA");
    add("A-4", QStringLiteral("Cải tạo mương thoát nước"), QStringLiteral("Drainage canal"), Category::Drainage, WorkStatus::Preparing, "HA",
        QStringLiteral("Gần đường Lạch Tray"));
    add("A-5", QStringLiteral("Đường vào trường mầm non"), QStringLiteral("Road to the kindergarten"), Category::Road, WorkStatus::InProgress, "HA");
    add("A-6", QStringLiteral("Chiếu sáng ngõ Cầu Rào"), QStringLiteral("Lighting of Cau Rao lane"), Category::Lighting, WorkStatus::Completed, "LC");
    m_catalog.setProjects(projects);
}

QStringList tst_ProjectCatalog::codes(const ProjectFilter &filter) const
{
    QStringList out;
    for (const qsizetype i : m_catalog.search(filter))
        out.append(m_catalog.projects().at(i).code);
    return out;
}

void tst_ProjectCatalog::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // as a set: order is checked elsewhere
    QTest::newRow("duong finds Đường") << QStringLiteral("duong") << QStringList{QStringLiteral("A-1"), QStringLiteral("A-4"), QStringLiteral("A-5")};
    QTest::newRow("Đường with tones") << QStringLiteral("Đường") << QStringList{QStringLiteral("A-1"), QStringLiteral("A-4"), QStringLiteral("A-5")};
    QTest::newRow("cau rao") << QStringLiteral("cau rao") << QStringList{QStringLiteral("A-2"), QStringLiteral("A-6")};
    QTest::newRow("CẦU RÀO upper") << QStringLiteral("CẦU RÀO") << QStringList{QStringLiteral("A-2"), QStringLiteral("A-6")};
    QTest::newRow("cau rao NFD") << QStringLiteral("cầu rào").normalized(QString::NormalizationForm_D)
                                 << QStringList{QStringLiteral("A-2"), QStringLiteral("A-6")};
    QTest::newRow("truong") << QStringLiteral("truong") << QStringList{QStringLiteral("A-3"), QStringLiteral("A-5")};
    QTest::newRow("words in any order") << QStringLiteral("rao cau") << QStringList{QStringLiteral("A-2"), QStringLiteral("A-6")};
    QTest::newRow("english name") << QStringLiteral("bridge") << QStringList{QStringLiteral("A-2")};
    QTest::newRow("location") << QStringLiteral("lach tray") << QStringList{QStringLiteral("A-4")};
    QTest::newRow("no match") << QStringLiteral("sân bay") << QStringList{};
    QTest::newRow("sql-like") << QStringLiteral("'; DROP TABLE projects; --") << QStringList{};
    QTest::newRow("emoji") << QStringLiteral("👍") << QStringList{QStringLiteral("A-1"), QStringLiteral("A-2"), QStringLiteral("A-3"),
                                                               QStringLiteral("A-4"), QStringLiteral("A-5"), QStringLiteral("A-6")};
}

void tst_ProjectCatalog::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    ProjectFilter f;
    f.query = query;
    QStringList got = codes(f);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void tst_ProjectCatalog::bestMatchFirst()
{
    ProjectFilter f;
    f.query = QStringLiteral("duong");
    // A-5's name starts with "Đường", A-1 has it at a word start, A-4 only in its location.
    QCOMPARE(codes(f), (QStringList{QStringLiteral("A-5"), QStringLiteral("A-1"), QStringLiteral("A-4")}));
    f.query = QStringLiteral("cau rao");
    // A-2 has the phrase at a word start ("cầu Rào 3"), so does A-6 — bundle order breaks the tie.
    QCOMPARE(codes(f), (QStringList{QStringLiteral("A-2"), QStringLiteral("A-6")}));
    f.query = QStringLiteral("chieu sang");
    QCOMPARE(codes(f).value(0), QStringLiteral("A-6"));
    f.query = QStringLiteral("a-3"); // a code typed in full comes first
    QCOMPARE(codes(f).value(0), QStringLiteral("A-3"));
}

void tst_ProjectCatalog::filters()
{
    ProjectFilter f;
    f.category = Category::Road;
    QCOMPARE(codes(f), (QStringList{QStringLiteral("A-1"), QStringLiteral("A-5")}));
    f.wardCode = QStringLiteral("HA");
    QCOMPARE(codes(f), QStringList{QStringLiteral("A-5")});
    f = {};
    f.status = WorkStatus::Completed;
    QCOMPARE(codes(f), (QStringList{QStringLiteral("A-3"), QStringLiteral("A-6")}));
    f.query = QStringLiteral("truong");
    QCOMPARE(codes(f), QStringList{QStringLiteral("A-3")});
}

void tst_ProjectCatalog::emptyQueryKeepsBundleOrder()
{
    ProjectFilter f;
    f.query = QStringLiteral("   ");
    QCOMPARE(codes(f).size(), 6);
    QCOMPARE(codes(f).constFirst(), QStringLiteral("A-1"));
    QCOMPARE(m_catalog.find(u"A-4")->name.en, QStringLiteral("Drainage canal"));
    QVERIFY(!m_catalog.find(u"NOPE"));
}

void tst_ProjectCatalog::demoBundleSearches_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("duong") << QStringLiteral("duong");
    QTest::newRow("cau") << QStringLiteral("cau");
    QTest::newRow("truong") << QStringLiteral("truong");
}

void tst_ProjectCatalog::demoBundleSearches()
{
    // The words the issue names must find something in the demo content a resident sees.
    QFETCH(QString, query);
    ContentBundle bundle;
    QVERIFY(bundle.read(DataPaths::builtInDemoBundle()));
    ProjectCatalog catalog;
    catalog.setProjects(bundle.content().projects);
    ProjectFilter f;
    f.query = query;
    const QList<qsizetype> rows = catalog.search(f);
    QVERIFY2(!rows.isEmpty(), qPrintable(query));
    const QString first = catalog.projects().at(rows.constFirst()).name.vi;
    QVERIFY2(TextFold::fold(first).contains(query), qPrintable(first));
}

QTEST_GUILESS_MAIN(tst_ProjectCatalog)
#include "tst_projectcatalog.moc"
