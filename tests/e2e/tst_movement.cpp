// SPDX-License-Identifier: GPL-3.0-or-later
// The movement end to end: the real city-hub on 127.0.0.1 (SQLite) with content naming the
// ward's population, and a kiosk (its own services, as civic-kiosk builds them) enrolled by
// kioskctl. Residents pledge at the kiosk; the pledges are synced; the ward officer records
// their handovers in /staff; a city officer verifies them there (forms posted with their CSRF
// token, as a browser does), then rejects one pledge. After each step the kiosk syncs, and its
// board (per 1,000 residents, records) and the work's page (its pledges and what of them is
// handed over) count only the verified handovers of pledges that stand.
#include "datapaths.h"
#include "hubclient.h"
#include "kioskundertest.h"
#include "programrun.h"
#include "recordfixture.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString WardCode = QStringLiteral("HONG-BANG");
const QString WorkCode = QStringLiteral("HB-001");
/** The ward's population in the content the hub publishes (the demo bundle says 86,400). */
constexpr double Population = 24'000;
const QString ContentVersion = QStringLiteral("2026.12.08-movement");

/** What the kiosk's board shows per 1,000 residents of the ward for an amount. */
double perThousand(double amount)
{
    return amount * 1000.0 / Population;
}

/** The demo bundle with the ward's population and a version of its own, written to folder. */
bool writeBundle(const QString &folder)
{
    const QString from = DataPaths::builtInDemoBundle();
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = folder + path.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()))
            return false;
        if (!path.endsWith(QStringLiteral("/bundle.json"))) {
            if (!QFile::copy(path, target))
                return false;
            continue;
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        root.insert(QStringLiteral("version"), ContentVersion);
        QJsonArray wards = root.value(QStringLiteral("wards")).toArray();
        for (qsizetype i = 0; i < wards.size(); ++i) {
            QJsonObject w = wards.at(i).toObject();
            if (w.value(QStringLiteral("code")).toString() == WardCode)
                w.insert(QStringLiteral("population"), Population);
            wards.replace(i, w);
        }
        root.insert(QStringLiteral("wards"), wards);
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) <= 0)
            return false;
    }
    return QFile::exists(folder + QStringLiteral("/bundle.json"));
}

/** A pledge as the kiosk's form hands it to Records.submit(): a fixture's person and consent,
    this kind's own fields. */
QVariantMap pledge(const QString &kind, int variant, const QJsonObject &fields)
{
    QJsonObject o = RecordFixture::json(kind, variant);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return o.toVariantMap();
}

}

class tst_Movement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void verifiedHandoversReachTheKiosk();

private:
    /** The handover page of a pledge as the session's browser opens it, then the form it posts
        there: the answer's status (a failed opening: minus its status). */
    int postHandover(const StaffSession &session, const QString &code, const FormFields &fields);
    QString hubScalar(const QString &sql) const;
    /** Whether the board the kiosk stored is the one the hub serves it now (same ETag). */
    bool kioskHoldsHubBoard();
    QVariantMap measure(const QString &key) const { return m_kiosk.measure(key); }

    QTemporaryDir m_dir;
    HubClient m_hub;
    KioskUnderTest m_kiosk;
};

void tst_Movement::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY(writeBundle(bundle));
    m_hub.setDatabase(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hub.sqlite")));
    const HubClient::Run published = m_hub.cli({QStringLiteral("publish"), bundle});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    QVERIFY(m_hub.start());
    QVERIFY(m_hub.addAccount(QStringLiteral("ward.hb"), QStringLiteral("ward"), WardCode, QStringLiteral("Cán bộ phường")));
    QVERIFY(m_hub.addAccount(QStringLiteral("city.a"), QStringLiteral("city"), {}, QStringLiteral("Cán bộ thành phố")));

    // The kiosk is enrolled as staff enrol it, with kioskctl and a one-time code of the ward.
    const HubClient::Run code = m_hub.cli({QStringLiteral("enrol-code"), QStringLiteral("--ward"), WardCode});
    QCOMPARE(code.exitCode, 0);
    const QString kioskDir = m_dir.filePath(QStringLiteral("kiosk"));
    const ProgramRun enrolled = runProgram(QStringLiteral(KIOSKCTL),
                                           {QStringLiteral("--data-dir"), kioskDir, QStringLiteral("enrol"),
                                            QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()),
                                            QString::fromLatin1(code.out.trimmed()), QStringLiteral("--name"),
                                            QStringLiteral("Sảnh UBND")});
    QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));

    // The worker syncs once as it starts: the hub's content and its board arrive.
    QString why;
    QVERIFY2(m_kiosk.start(kioskDir, &why), qPrintable(why));
    QCOMPARE(m_kiosk.contentVersion(), ContentVersion);
    QCOMPARE(m_kiosk.population(WardCode), qint64(Population));
    QVERIFY(m_kiosk.boardAvailable());
    QVERIFY(kioskHoldsHubBoard());
}

void tst_Movement::cleanupTestCase()
{
    m_hub.stop();
}

int tst_Movement::postHandover(const StaffSession &session, const QString &code, const FormFields &fields)
{
    const QString page = QStringLiteral("/staff/records/%1/handover").arg(code);
    const HttpReply form = m_hub.get(session, page);
    if (form.status != 200 || HubClient::csrfOf(form) != session.csrf)
        return -form.status;
    return m_hub.post(session, page, fields).status;
}

QString tst_Movement::hubScalar(const QString &sql) const
{
    return QString::number(sqliteCount(m_dir.filePath(QStringLiteral("hub.sqlite")), sql));
}

bool tst_Movement::kioskHoldsHubBoard()
{
    const HttpReply served = m_hub.request("GET", QStringLiteral("/api/v1/board"), {},
                                           {{"Authorization", "Bearer " + m_kiosk.token().toLatin1()}});
    const QByteArray stored = m_kiosk.boardEtag();
    if (served.status != 200 || stored.isEmpty() || stored != served.headers.value("etag")) {
        qWarning() << "the hub's board:" << served.status << served.headers.value("etag") << "the kiosk's:" << stored;
        return false;
    }
    return true;
}

void tst_Movement::verifiedHandoversReachTheKiosk()
{
    // Before anything is handed over, the ward's board is empty.
    QVERIFY(!measure(QStringLiteral("land")).isEmpty());
    QCOMPARE(measure(QStringLiteral("land")).value(QStringLiteral("records")).toInt(), 0);
    QCOMPARE(measure(QStringLiteral("land")).value(QStringLiteral("compared")).toDouble(), 0.0);

    // Four residents pledge to the work at the kiosk.
    QString why;
    const QString land = m_kiosk.submit(pledge(QStringLiteral("pledge.land"), 0,
                                               {{QStringLiteral("projectCode"), WorkCode}, {QStringLiteral("areaM2"), 132}}), &why);
    QVERIFY2(!land.isEmpty(), qPrintable(why));
    const QString labour = m_kiosk.submit(pledge(QStringLiteral("pledge.labour"), 1,
                                                 {{QStringLiteral("projectCode"), WorkCode}, {QStringLiteral("days"), 6}}), &why);
    QVERIFY2(!labour.isEmpty(), qPrintable(why));
    const QJsonArray cement{QJsonObject{{QStringLiteral("item"), QStringLiteral("cement")},
                                        {QStringLiteral("quantity"), 30},
                                        {QStringLiteral("unit"), QStringLiteral("bao")}}};
    const QString materials = m_kiosk.submit(pledge(QStringLiteral("pledge.materials"), 2,
                                                    {{QStringLiteral("projectCode"), WorkCode}, {QStringLiteral("items"), cement}}), &why);
    QVERIFY2(!materials.isEmpty(), qPrintable(why));
    const QString disputed = m_kiosk.submit(pledge(QStringLiteral("pledge.land"), 3,
                                                   {{QStringLiteral("projectCode"), WorkCode}, {QStringLiteral("areaM2"), 468}}), &why);
    QVERIFY2(!disputed.isEmpty(), qPrintable(why));
    QVERIFY(m_kiosk.syncNow());
    QCOMPARE(hubScalar(QStringLiteral("SELECT count(*) FROM records WHERE status = 'received' AND project_code = 'HB-001'")),
             QStringLiteral("4"));

    // The ward officer records each handover in /staff.
    const StaffSession wardOfficer = m_hub.signIn(QStringLiteral("ward.hb"));
    QVERIFY(wardOfficer.isValid());
    const QString today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(QStringLiteral("dd/MM/yyyy"));
    const auto add = [&](const QString &quantity) {
        return FormFields{{QStringLiteral("step"), QStringLiteral("add")}, {QStringLiteral("quantity"), quantity},
                          {QStringLiteral("date"), today}, {QStringLiteral("document"), QStringLiteral("BB-01")}};
    };
    QCOMPARE(postHandover(wardOfficer, land, add(QStringLiteral("132"))), 303);
    QCOMPARE(postHandover(wardOfficer, labour, add(QStringLiteral("6"))), 303);
    QCOMPARE(postHandover(wardOfficer, materials,
                          add(QStringLiteral("12")) + FormFields{{QStringLiteral("item"), QStringLiteral("cement")},
                                                                 {QStringLiteral("unit"), QStringLiteral("bao")}}),
             303);
    QCOMPARE(postHandover(wardOfficer, disputed, add(QStringLiteral("468"))), 303);
    QCOMPARE(hubScalar(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by IS NULL")), QStringLiteral("4"));
    // The ward officer is not the second pair of eyes.
    QCOMPARE(postHandover(wardOfficer, land, {{QStringLiteral("step"), QStringLiteral("verify")}}), 403);

    // Handed over, not verified: the kiosk learns the status, but its board and the work's
    // page count nothing yet.
    QVERIFY(m_kiosk.syncNow());
    QVERIFY(kioskHoldsHubBoard());
    QCOMPARE(m_kiosk.status(land), QStringLiteral("handed_over"));
    QVERIFY(!measure(QStringLiteral("land")).isEmpty());
    QCOMPARE(measure(QStringLiteral("land")).value(QStringLiteral("records")).toInt(), 0);
    QCOMPARE(measure(QStringLiteral("land")).value(QStringLiteral("compared")).toDouble(), 0.0);
    QCOMPARE(measure(QStringLiteral("labour")).value(QStringLiteral("records")).toInt(), 0);
    QCOMPARE(measure(QStringLiteral("pledges")).value(QStringLiteral("records")).toInt(), 0);
    QVERIFY(measure(QStringLiteral("materials:cement|bao")).isEmpty());
    QCOMPARE(m_kiosk.workPledgesText(WorkCode), QStringLiteral("4 lời cam kết · chưa bàn giao"));

    // A city officer verifies the four handovers in the back-office.
    const StaffSession cityOfficer = m_hub.signIn(QStringLiteral("city.a"));
    QVERIFY(cityOfficer.isValid());
    const FormFields verify{{QStringLiteral("step"), QStringLiteral("verify")}};
    for (const QString &code : {land, labour, materials, disputed})
        QCOMPARE(postHandover(cityOfficer, code, verify), 303);
    QCOMPARE(hubScalar(QStringLiteral("SELECT count(*) FROM handovers WHERE verified_by IS NOT NULL")), QStringLiteral("4"));
    const int arrivals = m_kiosk.boardArrivals();
    QVERIFY(m_kiosk.syncNow());
    QVERIFY(m_kiosk.boardArrivals() > arrivals);
    QVERIFY(kioskHoldsHubBoard());
    QCOMPARE(m_kiosk.status(land), QStringLiteral("verified"));
    QVariantMap m = measure(QStringLiteral("land"));
    QCOMPARE(m.value(QStringLiteral("records")).toInt(), 2);
    QCOMPARE(m.value(QStringLiteral("compared")).toDouble(), perThousand(132 + 468));
    QCOMPARE(m.value(QStringLiteral("comparedText")).toString(), QStringLiteral("25"));
    QCOMPARE(m.value(QStringLiteral("valueText")).toString(), QStringLiteral("600 m²"));
    m = measure(QStringLiteral("labour"));
    QCOMPARE(m.value(QStringLiteral("records")).toInt(), 1);
    QCOMPARE(m.value(QStringLiteral("compared")).toDouble(), perThousand(6));
    QCOMPARE(m.value(QStringLiteral("comparedText")).toString(), QStringLiteral("0,25"));
    m = measure(QStringLiteral("materials:cement|bao"));
    QCOMPARE(m.value(QStringLiteral("records")).toInt(), 1);
    QCOMPARE(m.value(QStringLiteral("compared")).toDouble(), perThousand(12));
    QCOMPARE(m.value(QStringLiteral("comparedText")).toString(), QStringLiteral("0,5"));
    m = measure(QStringLiteral("pledges"));
    QCOMPARE(m.value(QStringLiteral("records")).toInt(), 4);
    QCOMPARE(m.value(QStringLiteral("comparedText")).toString(), QStringLiteral("0,17"));  // 4,000 / 24,000
    QCOMPARE(m_kiosk.workPledgesText(WorkCode), QStringLiteral("4 lời cam kết · đã bàn giao 600 m² đất, 6 ngày công, 1 lần giao vật liệu"));

    // The city rejects the disputed land pledge: neither the board nor the work counts it.
    QCOMPARE(m_hub.post(cityOfficer, QStringLiteral("/staff/records/%1/status").arg(disputed),
                        {{QStringLiteral("status"), QStringLiteral("rejected")},
                         {QStringLiteral("reply"), QStringLiteral("Thửa đất đang có tranh chấp.")}})
                     .status,
             303);
    QVERIFY(m_kiosk.syncNow());
    QVERIFY(kioskHoldsHubBoard());
    QCOMPARE(m_kiosk.status(disputed), QStringLiteral("rejected"));
    m = measure(QStringLiteral("land"));
    QCOMPARE(m.value(QStringLiteral("records")).toInt(), 1);
    QCOMPARE(m.value(QStringLiteral("compared")).toDouble(), perThousand(132));
    QCOMPARE(m.value(QStringLiteral("comparedText")).toString(), QStringLiteral("5,5"));
    QCOMPARE(m.value(QStringLiteral("valueText")).toString(), QStringLiteral("132 m²"));
    QCOMPARE(m.value(QStringLiteral("recordsText")).toString(), QStringLiteral("dựa trên 1 hồ sơ"));
    m = measure(QStringLiteral("pledges"));
    QCOMPARE(m.value(QStringLiteral("records")).toInt(), 3);
    QCOMPARE(m.value(QStringLiteral("comparedText")).toString(), QStringLiteral("0,13"));  // 0.125
    QCOMPARE(measure(QStringLiteral("labour")).value(QStringLiteral("comparedText")).toString(), QStringLiteral("0,25"));
    QCOMPARE(m_kiosk.workPledgesText(WorkCode), QStringLiteral("3 lời cam kết · đã bàn giao 132 m² đất, 6 ngày công, 1 lần giao vật liệu"));

    // The same figures in English.
    m_kiosk.setLanguage(QStringLiteral("en"));
    m = measure(QStringLiteral("land"));
    QCOMPARE(m.value(QStringLiteral("comparedText")).toString(), QStringLiteral("5.5"));
    QCOMPARE(m.value(QStringLiteral("unit")).toString(), QStringLiteral("m² per 1,000 residents"));
    QCOMPARE(m_kiosk.workPledgesText(WorkCode), QStringLiteral("3 pledges · handed over 132 m² of land, 6 days of labour, 1 delivery of materials"));
}

QTEST_MAIN(tst_Movement)
#include "tst_movement.moc"
