// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/workwords.h"

#include <QTest>

Q_DECLARE_METATYPE(Project)

/** A work's schedule, money and pledges in the words the kiosk shows, both languages. */
class tst_WorkWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schedule_data();
    void schedule();
    void budget_data();
    void budget();
    void pledges_data();
    void pledges();
};

namespace {

Project work(WorkStatus status, QDate plannedEnd, QDate actualEnd = {})
{
    Project p;
    p.code = QStringLiteral("HB-001");
    p.status = status;
    p.progress = status == WorkStatus::Completed ? 100 : 60;
    p.startDate = QDate(2025, 1, 1);
    p.plannedEnd = plannedEnd;
    p.actualEnd = actualEnd;
    return p;
}

const QDate Today(2026, 8, 14);

}

void tst_WorkWords::schedule_data()
{
    QTest::addColumn<Project>("work");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("late, unfinished") << work(WorkStatus::InProgress, QDate(2026, 6, 30))
                                      << QStringLiteral("Chậm 45 ngày so với kế hoạch (dự kiến xong 30/06/2026)")
                                      << QStringLiteral("45 days behind schedule (planned completion 30 Jun 2026)");
    QTest::newRow("paused and late") << work(WorkStatus::Paused, QDate(2026, 8, 13))
                                     << QStringLiteral("Chậm 1 ngày so với kế hoạch (dự kiến xong 13/08/2026)")
                                     << QStringLiteral("1 day behind schedule (planned completion 13 Aug 2026)");
    QTest::newRow("on schedule") << work(WorkStatus::InProgress, QDate(2026, 8, 14))
                                 << QStringLiteral("Đúng tiến độ (dự kiến xong 14/08/2026)")
                                 << QStringLiteral("On schedule (planned completion 14 Aug 2026)");
    QTest::newRow("finished late") << work(WorkStatus::Completed, QDate(2026, 6, 30), QDate(2026, 8, 14))
                                   << QStringLiteral("Hoàn thành ngày 14/08/2026, chậm 45 ngày")
                                   << QStringLiteral("Finished on 14 Aug 2026, 45 days late");
    QTest::newRow("finished early") << work(WorkStatus::Completed, QDate(2026, 6, 30), QDate(2026, 6, 1))
                                    << QStringLiteral("Hoàn thành ngày 01/06/2026, đúng hạn")
                                    << QStringLiteral("Finished on 1 Jun 2026, on time");
    QTest::newRow("finished, no end said") << work(WorkStatus::Completed, QDate(2026, 6, 30))
                                           << QStringLiteral("Hoàn thành ngày 30/06/2026, đúng hạn")
                                           << QStringLiteral("Finished on 30 Jun 2026, on time");
    QTest::newRow("a thousand days") << work(WorkStatus::InProgress, Today.addDays(-1234))
                                     << QStringLiteral("Chậm 1.234 ngày so với kế hoạch (dự kiến xong 29/03/2023)")
                                     << QStringLiteral("1,234 days behind schedule (planned completion 29 Mar 2023)");
    QTest::newRow("no planned end") << work(WorkStatus::InProgress, QDate()) << QString() << QString();
}

void tst_WorkWords::schedule()
{
    QFETCH(Project, work);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QCOMPARE(WorkWords::schedule(work, Today, u"vi"), vi);
    QCOMPARE(WorkWords::schedule(work, Today, u"en"), en);
}

void tst_WorkWords::budget_data()
{
    QTest::addColumn<qint64>("original");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("1.5 billion over 12.5") << qint64(12'500'000'000) << qint64(14'000'000'000)
                                          << QStringLiteral("Vượt dự toán 1,5 tỷ đồng (12 %)")
                                          << QStringLiteral("Over budget by VND 1.5 billion (12 %)");
    QTest::newRow("millions, under ten per cent") << qint64(9'800'000'000) << qint64(10'045'000'000)
                                                 << QStringLiteral("Vượt dự toán 245 triệu đồng (2,5 %)")
                                                 << QStringLiteral("Over budget by VND 245 million (2.5 %)");
    QTest::newRow("a tiny overrun is never 0 %") << qint64(100'000'000'000) << qint64(100'001'000'000)
                                                << QStringLiteral("Vượt dự toán 1 triệu đồng (0,1 %)")
                                                << QStringLiteral("Over budget by VND 1 million (0.1 %)");
    QTest::newRow("within") << qint64(86'500'000'000) << qint64(86'500'000'000)
                            << QStringLiteral("Trong dự toán được duyệt 86,5 tỷ đồng")
                            << QStringLiteral("Within the approved budget of VND 86.5 billion");
    QTest::newRow("cut down") << qint64(10'000'000'000) << qint64(9'000'000'000)
                              << QStringLiteral("Trong dự toán được duyệt 10 tỷ đồng")
                              << QStringLiteral("Within the approved budget of VND 10 billion");
    QTest::newRow("no approved budget") << qint64(0) << qint64(0) << QString() << QString();
}

void tst_WorkWords::budget()
{
    QFETCH(qint64, original);
    QFETCH(qint64, now);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    Project p = work(WorkStatus::InProgress, QDate(2027, 1, 1));
    p.budgetOriginal = original;
    p.budgetTotal = now;
    QCOMPARE(WorkWords::budget(p, u"vi"), vi);
    QCOMPARE(WorkWords::budget(p, u"en"), en);
}

void tst_WorkWords::pledges_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("land");
    QTest::addColumn<double>("labour");
    QTest::addColumn<qint64>("materials");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("land and labour") << qint64(12) << 350.0 << 40.0 << qint64(0)
                                     << QStringLiteral("12 lời cam kết · đã bàn giao 350 m² đất, 40 ngày công")
                                     << QStringLiteral("12 pledges · handed over 350 m² of land, 40 days of labour");
    QTest::newRow("decimals and materials") << qint64(1234) << 1250.5 << 2.5 << qint64(3)
                                            << QStringLiteral("1.234 lời cam kết · đã bàn giao 1.250,5 m² đất, 2,5 ngày công, 3 lần giao vật liệu")
                                            << QStringLiteral("1,234 pledges · handed over 1,250.5 m² of land, 2.5 days of labour, 3 deliveries of materials");
    QTest::newRow("nothing handed over") << qint64(1) << 0.0 << 0.0 << qint64(0)
                                         << QStringLiteral("1 lời cam kết · chưa bàn giao")
                                         << QStringLiteral("1 pledge · nothing handed over yet");
    QTest::newRow("none") << qint64(0) << 0.0 << 0.0 << qint64(0) << QStringLiteral("Chưa có lời cam kết nào")
                          << QStringLiteral("No pledges yet");
}

void tst_WorkWords::pledges()
{
    QFETCH(qint64, count);
    QFETCH(double, land);
    QFETCH(double, labour);
    QFETCH(qint64, materials);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QCOMPARE(WorkWords::pledges(count, land, labour, materials, u"vi"), vi);
    QCOMPARE(WorkWords::pledges(count, land, labour, materials, u"en"), en);
}

QTEST_GUILESS_MAIN(tst_WorkWords)
#include "tst_workwords.moc"
