// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

/** Both translation files are complete: no unfinished, empty or vanished entry, and every
    placeholder of the source (%1, %n) is kept in its translation. */
class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
};

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("vi") << QStringLiteral(TRANSLATIONS_DIR "/civic-kiosk_vi.ts");
    QTest::newRow("en") << QStringLiteral(TRANSLATIONS_DIR "/civic-kiosk_en.ts");
}

void tst_Translations::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&f);
    int messages = 0;
    int differing = 0;
    QString source;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: “%2” is %3").arg(file, source, type)));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("“%1” has no translation").arg(source)));
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QString p = it.next().captured(0);
                QVERIFY2(text.contains(p), qPrintable(QStringLiteral("“%1” lost %2").arg(source, p)));
            }
            differing += text != source ? 1 : 0;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages >= 50);
    if (file.endsWith(QStringLiteral("_vi.ts")))
        QVERIFY2(differing >= messages * 9 / 10, "most Vietnamese texts differ from the English source");
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
