// SPDX-License-Identifier: GPL-3.0-or-later
// The settings table: every key declared once, defaults for unset rows, values checked by type
// and limits with a message in both languages, and sensitive values never in a log.
#include "settings/settings.h"
#include "store/database.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList logged;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged.append(message);
}
}

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableIsWellFormed();
    void defaults();
    void check_data();
    void check();
    void storedAndRead();
    void outOfRangeIsRefusedInBothLanguages();
    void sensitiveValuesAreNeverLogged();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Settings::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("kiosk.sqlite"))));
}

void tst_Settings::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("kiosk.sqlite")));
}

void tst_Settings::tableIsWellFormed()
{
    QSet<QString> keys;
    for (const SettingSpec &s : Settings::table()) {
        QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
        keys.insert(s.key);
        QCOMPARE(Settings::find(s.key).has_value(), true);
        QCOMPARE(Settings::name(*Settings::find(s.key)), s.key);
        if (s.type == SettingType::Integer)
            QVERIFY2(s.min <= s.max, qPrintable(s.key));
        if (!s.defaultValue.isEmpty())  // a default must pass its own checks
            QVERIFY2(Settings::check(*Settings::find(s.key), s.defaultValue).ok(), qPrintable(s.key));
    }
    QVERIFY(!Settings::find(QStringLiteral("no.such.key")));
    QVERIFY(Settings::spec(Settings::Key::StaffPinHash).sensitive);
    QVERIFY(!Settings::spec(Settings::Key::StaffPinHash).staffEditable);
    QVERIFY(Settings::spec(Settings::Key::IdleTimeoutSeconds).staffEditable);
}

void tst_Settings::defaults()
{
    const Settings settings(*m_db);
    QCOMPARE(settings.text(Settings::Key::KioskId), QStringLiteral("KIOSK-LOCAL"));
    QCOMPARE(settings.text(Settings::Key::ReceiptPrefix), QStringLiteral("HP"));
    QCOMPARE(settings.text(Settings::Key::DefaultLanguage), QStringLiteral("vi"));
    QCOMPARE(settings.text(Settings::Key::HubUrl), QString());
    QCOMPARE(settings.stored(Settings::Key::KioskId), QString());
    QVERIFY(!settings.flag(Settings::Key::AllowAnonymousPledges));
    QCOMPARE(settings.number(Settings::Key::StaffFailures), std::optional<int>(0));
    // No default of its own: the command line's timeout applies.
    QCOMPARE(settings.number(Settings::Key::IdleTimeoutSeconds), std::nullopt);
    // An emptied row reads as unset.
    QVERIFY(m_db->setSetting(QStringLiteral("kioskId"), QString()));
    QCOMPARE(settings.text(Settings::Key::KioskId), QStringLiteral("KIOSK-LOCAL"));
    // A number out of limits stored by hand is not taken.
    QVERIFY(m_db->setSetting(QStringLiteral("idleTimeoutSeconds"), QStringLiteral("5")));
    QCOMPARE(settings.number(Settings::Key::IdleTimeoutSeconds), std::nullopt);
    QVERIFY(m_db->setSetting(QStringLiteral("allowAnonymousPledges"), QStringLiteral("TRUE")));
    QVERIFY(settings.flag(Settings::Key::AllowAnonymousPledges));
}

void tst_Settings::check_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("stored");
    QTest::newRow("idle, lowest") << "idleTimeoutSeconds" << QVariant(30) << true << "30";
    QTest::newRow("idle, highest") << "idleTimeoutSeconds" << QVariant(600) << true << "600";
    QTest::newRow("idle, too short") << "idleTimeoutSeconds" << QVariant(29) << false << "";
    QTest::newRow("idle, too long") << "idleTimeoutSeconds" << QVariant(601) << false << "";
    QTest::newRow("idle, from QML") << "idleTimeoutSeconds" << QVariant(120.0) << true << "120";
    QTest::newRow("idle, words") << "idleTimeoutSeconds" << QVariant(QStringLiteral("soon")) << false << "";
    QTest::newRow("url, https") << "publicUrl" << QVariant(QStringLiteral(" https://hp.gov.vn/ ")) << true << "https://hp.gov.vn";
    QTest::newRow("url, empty") << "publicUrl" << QVariant(QString()) << true << "";
    QTest::newRow("url, ftp") << "publicUrl" << QVariant(QStringLiteral("ftp://x")) << false << "";
    QTest::newRow("url, no host") << "publicUrl" << QVariant(QStringLiteral("https://")) << false << "";
    QTest::newRow("language, en") << "defaultLanguage" << QVariant(QStringLiteral("en")) << true << "en";
    QTest::newRow("language, fr") << "defaultLanguage" << QVariant(QStringLiteral("fr")) << false << "";
    QTest::newRow("flag, on") << "allowAnonymousPledges" << QVariant(true) << true << "1";
    QTest::newRow("flag, off") << "allowAnonymousPledges" << QVariant(false) << true << "0";
    QTest::newRow("time, 22:00") << "screenOffFrom" << QVariant(QStringLiteral("22:00")) << true << "22:00";
    QTest::newRow("time, never") << "screenOffTo" << QVariant(QString()) << true << "";
    QTest::newRow("time, 24:00") << "screenOffTo" << QVariant(QStringLiteral("24:00")) << false << "";
    QTest::newRow("time, 22h") << "screenOffFrom" << QVariant(QStringLiteral("22h")) << false << "";
}

void tst_Settings::check()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(bool, ok);
    QFETCH(QString, stored);
    const SettingResult r = Settings::check(*Settings::find(key), value);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r.value(), stored);
    } else {
        QVERIFY(!r.error().message.vi.isEmpty());
        QVERIFY(!r.error().message.en.isEmpty());
    }
}

void tst_Settings::storedAndRead()
{
    Settings settings(*m_db);
    QVERIFY(settings.set(Settings::Key::IdleTimeoutSeconds, 120).ok());
    QCOMPARE(settings.number(Settings::Key::IdleTimeoutSeconds), std::optional<int>(120));
    QCOMPARE(m_db->setting(QStringLiteral("idleTimeoutSeconds")), QStringLiteral("120"));
    QVERIFY(!settings.set(Settings::Key::IdleTimeoutSeconds, 5).ok());
    QCOMPARE(settings.number(Settings::Key::IdleTimeoutSeconds), std::optional<int>(120)); // unchanged
    QVERIFY(settings.set(Settings::Key::KioskId, QStringLiteral("HB-07")).ok());
    QCOMPARE(settings.text(Settings::Key::KioskId), QStringLiteral("HB-07"));
    QVERIFY(settings.clear(Settings::Key::KioskId));
    QCOMPARE(settings.text(Settings::Key::KioskId), QStringLiteral("KIOSK-LOCAL"));
}

void tst_Settings::outOfRangeIsRefusedInBothLanguages()
{
    const SettingResult r = Settings(*m_db).set(Settings::Key::IdleTimeoutSeconds, 10);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SettingError::Kind::OutOfRange);
    QCOMPARE(r.error().message.vi, QStringLiteral("Thời gian chờ từ 30 đến 600 giây."));
    QCOMPARE(r.error().message.en, QStringLiteral("The timeout is 30 to 600 seconds."));
    const SettingResult language = Settings(*m_db).set(Settings::Key::DefaultLanguage, QStringLiteral("de"));
    QCOMPARE(language.error().kind, SettingError::Kind::Invalid);
    QVERIFY(language.error().message.vi.contains(QStringLiteral("tiếng Việt")));
}

void tst_Settings::sensitiveValuesAreNeverLogged()
{
    // Every level on, as a technician chasing a fault would switch it.
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*=true"));
    logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    Settings settings(*m_db);
    const QString secret = QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$c2VjcmV0");
    const bool storedSecret = settings.set(Settings::Key::StaffPinHash, secret).ok();
    const bool storedUrl = settings.set(Settings::Key::PublicUrl, QStringLiteral("https://hp.gov.vn")).ok();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(storedSecret && storedUrl);
    QCOMPARE(settings.text(Settings::Key::StaffPinHash), secret);
    const QString all = logged.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("staff.pinHash")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("c2VjcmV0")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("https://hp.gov.vn")), qPrintable(all)); // the log does work
    QCOMPARE(Settings::forLog(Settings::Key::StaffPinHash, secret).contains(QStringLiteral("c2VjcmV0")), false);
    QCOMPARE(Settings::forLog(Settings::Key::PublicUrl, QStringLiteral("x")), QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
