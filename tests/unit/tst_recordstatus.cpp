// SPDX-License-Identifier: GPL-3.0-or-later
// The one status vocabulary: every status has words and a meaning in both languages, an icon,
// and the closed ones are exactly those that end the matter.
#include "records/recordstatus.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_RecordStatus : public QObject
{
    Q_OBJECT

private slots:
    void everyStatusIsComplete();
    void closedStatuses();
    void wordsAndUnknownKeys();
    void cityKeys();
};

void tst_RecordStatus::everyStatusIsComplete()
{
    QSet<QString> keys;
    for (const RecordStatus::Info &s : RecordStatus::all()) {
        QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
        keys.insert(s.key);
        QVERIFY2(s.key.contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))), qPrintable(s.key));
        QCOMPARE(s.icon.size(), 1);
        QVERIFY(!s.word.vi.isEmpty() && !s.word.en.isEmpty() && s.word.vi != s.word.en);
        QVERIFY(!s.meaning.vi.isEmpty() && !s.meaning.en.isEmpty() && s.meaning.vi != s.meaning.en);
        QVERIFY2(s.meaning.vi.endsWith(u'.') && s.meaning.en.endsWith(u'.'), qPrintable(s.key));
    }
    // Today's statuses and the ones the city's back-office will set.
    for (const char *key : {"submitted", "received", "verified", "scheduled", "thanked", "resolved", "rejected",
                            "contacted", "handed_over", "in_progress", "duplicate"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
}

void tst_RecordStatus::closedStatuses()
{
    QStringList closed;
    for (const RecordStatus::Info &s : RecordStatus::all())
        if (RecordStatus::isClosed(s.key))
            closed.append(s.key);
    QCOMPARE(closed, QStringList({QStringLiteral("resolved"), QStringLiteral("rejected"), QStringLiteral("duplicate")}));
    QCOMPARE(RecordStatus::closedSqlList(), QStringLiteral("'resolved', 'rejected', 'duplicate'"));
    QVERIFY(!RecordStatus::isClosed(QStringLiteral("nonsense")));
}

void tst_RecordStatus::wordsAndUnknownKeys()
{
    QCOMPARE(RecordStatus::word(QStringLiteral("verified"), u"vi"), QStringLiteral("Đã xác minh"));
    QCOMPARE(RecordStatus::word(QStringLiteral("verified"), u"en"), QStringLiteral("Verified"));
    QCOMPARE(RecordStatus::word(QStringLiteral("submitted"), u"en"), QStringLiteral("Recorded at the kiosk"));
    QCOMPARE(RecordStatus::word(QStringLiteral("odd-one"), u"vi"), QStringLiteral("odd-one"));
    QVERIFY(RecordStatus::find(QStringLiteral("odd-one")) == nullptr);
}

void tst_RecordStatus::cityKeys()
{
    const QStringList keys = RecordStatus::cityKeys();
    QVERIFY(!keys.contains(QStringLiteral("submitted")));  // the kiosk's own state
    QCOMPARE(keys.constFirst(), QStringLiteral("received"));
    QCOMPARE(keys.size(), RecordStatus::all().size() - 1);
}

QTEST_GUILESS_MAIN(tst_RecordStatus)
#include "tst_recordstatus.moc"
