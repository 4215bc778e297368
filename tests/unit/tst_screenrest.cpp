// SPDX-License-Identifier: GPL-3.0-or-later
// Screen-off hours: which times of day the kiosk's screen rests, including windows that run
// past midnight, and settings that switch it off.
#include "screenrest.h"

#include <QTest>

class tst_ScreenRest : public QObject
{
    Q_OBJECT

private slots:
    void restTime_data();
    void restTime();
};

void tst_ScreenRest::restTime_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("rest");
    QTest::newRow("evening, inside") << "21:30" << "21:00" << "23:00" << true;
    QTest::newRow("evening, start is inside") << "21:00" << "21:00" << "23:00" << true;
    QTest::newRow("evening, end is outside") << "23:00" << "21:00" << "23:00" << false;
    QTest::newRow("evening, before") << "20:59" << "21:00" << "23:00" << false;
    QTest::newRow("overnight, late") << "23:30" << "22:00" << "06:00" << true;
    QTest::newRow("overnight, early") << "05:59" << "22:00" << "06:00" << true;
    QTest::newRow("overnight, morning") << "06:00" << "22:00" << "06:00" << false;
    QTest::newRow("overnight, noon") << "12:00" << "22:00" << "06:00" << false;
    QTest::newRow("not set") << "23:30" << "" << "" << false;
    QTest::newRow("only a start") << "23:30" << "22:00" << "" << false;
    QTest::newRow("same times") << "22:00" << "22:00" << "22:00" << false;
    QTest::newRow("malformed") << "23:30" << "22h" << "06:00" << false;
}

void tst_ScreenRest::restTime()
{
    QFETCH(QString, now);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, rest);
    QCOMPARE(ScreenRest::isRestTime(QTime::fromString(now, QStringLiteral("HH:mm")), from, to), rest);
}

QTEST_GUILESS_MAIN(tst_ScreenRest)
#include "tst_screenrest.moc"
