// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffcontroller.h"

#include "content/contentstore.h"
#include "idlewatcher.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "navigator.h"
#include "records/receiptcode.h"
#include "records/record.h"
#include "records/recordscsv.h"
#include "recordscontroller.h"
#include "staff/staffpin.h"
#include "staff/usbmedia.h"
#include "store/database.h"
#include "sync/syncclient.h"
#include "synccontroller.h"
#include "text/formatting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

#include <unistd.h>

namespace {

const QStringList sections{QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("content"),
                           QStringLiteral("records"), QStringLiteral("settings"), QStringLiteral("pin")};

/** "27/11/2026 08:30" (vi) or "27 Nov 2026 08:30" (en) in the kiosk's local time. */
QString localTime(const QString &iso, const QString &language)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return {};
    t = t.toLocalTime();
    return Formatting::date(t.date(), language) + u' ' + t.time().toString(QStringLiteral("HH:mm"));
}

}

StaffController::StaffController(Database &db, const QString &dataDir, ContentStore *content, IdleWatcher *idle,
                                 Navigator *navigator, KioskController *kiosk, RecordsController *records,
                                 SyncController *sync, std::function<void()> reloadContent, QObject *parent)
    : QObject(parent), m_db(db), m_dataDir(dataDir), m_content(content), m_idle(idle), m_navigator(navigator),
      m_kiosk(kiosk), m_records(records), m_sync(sync), m_reloadContent(std::move(reloadContent)),
      m_residentIdleMs(idle->timeout())
{
    // Restart: under systemd (INVOCATION_ID is set for a service's processes) a plain exit lets
    // the unit start a fresh kiosk, with its cgroup, watchdog and logs; a detached child would
    // be killed with the old process's cgroup. Run by hand, the kiosk starts itself again.
    m_exit = [](bool restart) {
        if (restart && !qEnvironmentVariableIsSet("INVOCATION_ID"))
            QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        // exit(), not quit(): quit() first asks every window to close, which the lockdown refuses.
        QCoreApplication::exit(restart ? RestartExitCode : 0);
    };
    m_restTick.setInterval(20'000);
    connect(&m_restTick, &QTimer::timeout, this, &StaffController::updateRest);
    m_restTick.start();
    QTimer::singleShot(0, this, &StaffController::updateRest);
    m_lockTick.setInterval(1000);
    connect(&m_lockTick, &QTimer::timeout, this, &StaffController::updateLock);
    // Staff mode never outlives the staff screens: going home (Home, a receipt's Done, the
    // idle reset) or the kiosk's reset for the next resident ends it.
    connect(m_navigator, &Navigator::navigated, this,
            [this](const QString &, const QVariantMap &, Navigator::Operation operation) {
                if (operation == Navigator::Reset)
                    leave();
            });
    connect(m_kiosk, &KioskController::resetDone, this, &StaffController::leave);
    connect(m_sync, &SyncController::statusChanged, this, [this] {
        emit syncChanged();
        ++m_recordsRevision; // sync states moved
        emit recordsChanged();
    });
    connect(m_records, &RecordsController::recordStored, this, [this] {
        ++m_recordsRevision;
        emit recordsChanged();
    });
    updateLock();
}

StaffController::~StaffController()
{
    if (m_checkThread)
        m_checkThread->wait();
}

QDateTime StaffController::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

void StaffController::setClockOffsetForTesting(qint64 seconds)
{
    m_clockOffset = seconds;
    updateLock();
}

void StaffController::setLanguage(const QString &language)
{
    m_language = language;
    emit lastMessageChanged();
    emit syncChanged();
    emit contentChanged();
    emit recordsChanged();
}

bool StaffController::pinSet() const
{
    return StaffPin(m_db).isSet();
}

int StaffController::minPinLength() const
{
    return StaffPin::MinLength;
}

int StaffController::maxPinLength() const
{
    return StaffPin::MaxLength;
}

int StaffController::lockedSeconds() const
{
    return m_lastLocked;
}

QString StaffController::lastMessage() const
{
    return m_message.in(m_language);
}

void StaffController::setMessage(const LocalizedText &message)
{
    m_message = message;
    emit lastMessageChanged();
}

void StaffController::updateLock()
{
    const int locked = int(StaffPin(m_db).lockedSeconds(now()));
    if (locked > 0 && !m_lockTick.isActive())
        m_lockTick.start();
    else if (locked == 0)
        m_lockTick.stop();
    if (locked == m_lastLocked)
        return;
    const bool unlocked = m_lastLocked > 0 && locked == 0;
    m_lastLocked = locked;
    if (unlocked) {
        qCInfo(lcStaff) << "staff PIN pad unlocked";
        m_triesLeft = -1;
        setMessage({});
    }
    emit lockChanged();
}

bool StaffController::requireActive(const char *what)
{
    if (m_active)
        return true;
    qCWarning(lcStaff) << "refused outside staff mode:" << what;
    return false;
}

void StaffController::runCheck(const QString &pin, std::function<void(bool)> then)
{
    if (m_checking)
        return;
    updateLock();
    if (m_lastLocked > 0) {
        StaffPin(m_db).verify(pin, now()); // logs the try made while locked; never checks the PIN
        then(false);
        return;
    }
    // PBKDF2 with 120,000 rounds takes a noticeable moment: a worker thread runs it on its own
    // connection to the same database (SQLite in WAL), so the pad keeps drawing meanwhile.
    m_checking = true;
    emit checkingChanged();
    auto attempt = std::make_shared<StaffPin::Attempt>();
    const QString path = m_db.connection().databaseName();
    const QDateTime at = now();
    QThread *thread = QThread::create([path, pin, at, attempt] {
        Database db;
        if (db.open(path))
            *attempt = StaffPin(db).verify(pin, at);
    });
    m_checkThread = thread;
    connect(thread, &QThread::finished, this, [this, attempt, then = std::move(then)] {
        m_checking = false;
        emit checkingChanged();
        bool accepted = false;
        switch (attempt->outcome) {
        case StaffPin::Outcome::Accepted:
            m_triesLeft = -1;
            setMessage({});
            accepted = true;
            break;
        case StaffPin::Outcome::Wrong:
            m_triesLeft = attempt->triesLeft;
            setMessage({QStringLiteral("Mã PIN không đúng. Còn %1 lần thử, sau đó bàn phím bị khoá.").arg(m_triesLeft),
                        QStringLiteral("Wrong PIN. %1 more tries, then the pad locks.").arg(m_triesLeft)});
            break;
        case StaffPin::Outcome::Locked:
            m_triesLeft = 0;
            setMessage({QStringLiteral("Sai mã PIN quá nhiều lần."), QStringLiteral("Too many wrong PINs.")});
            break;
        case StaffPin::Outcome::NotSet:
            setMessage({QStringLiteral("Chưa đặt mã PIN cán bộ."), QStringLiteral("No staff PIN is set.")});
            break;
        }
        updateLock();
        emit lockChanged();
        then(accepted);
        emit pinChecked(accepted);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void StaffController::enter(const QString &pin)
{
    if (m_active)
        return;
    runCheck(pin, [this](bool accepted) {
        if (accepted)
            start();
    });
}

void StaffController::start()
{
    m_active = true;
    m_residentIdleMs = m_idle->timeout();
    m_idle->setTimeout(m_staffIdleMs);
    qCInfo(lcStaff) << "staff mode on";
    emit activeChanged();
    updateRest();
    emit syncChanged();
    m_navigator->openInternal(QStringLiteral("staff-home"), {}, m_navigator->page() == u"admin");
}

void StaffController::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_records->setEnteredBy(QStringLiteral("resident"));
    m_idle->setTimeout(m_residentIdleMs);
    setMessage({});
    qCInfo(lcStaff) << "staff mode off";
    emit activeChanged();
    m_navigator->home();
    updateRest();
}

bool StaffController::setFirstPin(const QString &pin, const QString &again)
{
    if (pinSet()) {
        setMessage({QStringLiteral("Mã PIN đã được đặt."), QStringLiteral("A PIN is already set.")});
        return false;
    }
    if (pin != again) {
        setMessage({QStringLiteral("Hai lần nhập không giống nhau. Xin nhập lại."),
                    QStringLiteral("The two PINs differ. Please type them again.")});
        return false;
    }
    LocalizedText error;
    if (!StaffPin(m_db).set(pin, &error)) {
        setMessage(error);
        return false;
    }
    setMessage({});
    emit pinSetChanged();
    start();
    return true;
}

void StaffController::changePin(const QString &oldPin, const QString &newPin, const QString &again)
{
    if (!requireActive("change PIN"))
        return;
    // The new PIN's problems first: a typing slip there should not cost a try of the old one.
    if (newPin != again) {
        setMessage({QStringLiteral("Hai lần nhập mã mới không giống nhau."), QStringLiteral("The two new PINs differ.")});
        emit pinChanged(false);
        return;
    }
    const LocalizedText problem = StaffPin::problem(newPin);
    if (!problem.isEmpty()) {
        setMessage(problem);
        emit pinChanged(false);
        return;
    }
    runCheck(oldPin, [this, newPin](bool accepted) {
        if (!accepted) {
            emit pinChanged(false);
            return;
        }
        LocalizedText error;
        const bool ok = StaffPin(m_db).set(newPin, &error);
        setMessage(ok ? LocalizedText{QStringLiteral("Đã đổi mã PIN."), QStringLiteral("The PIN was changed.")} : error);
        emit pinChanged(ok);
    });
}

bool StaffController::open(const QString &section)
{
    if (!requireActive("open a staff screen") || !sections.contains(section))
        return false;
    setMessage({});
    if (section == u"content" || section == u"records")
        scanUsb();
    m_navigator->openInternal(QStringLiteral("staff-") + section, {}, false);
    return true;
}

bool StaffController::startPaperEntry(const QString &what)
{
    if (!requireActive("paper entry"))
        return false;
    m_records->setEnteredBy(QStringLiteral("staff"));
    qCInfo(lcStaff) << "staff keys in a paper" << (what == u"report" ? "report" : "pledge");
    return m_navigator->go(what == u"report" ? QStringLiteral("report") : QStringLiteral("pledge"));
}

// ---- sync and enrolment ------------------------------------------------------------------

QString StaffController::hubUrl() const
{
    return m_db.setting(QStringLiteral("hubUrl"));
}

QString StaffController::kioskId() const
{
    return m_db.setting(QStringLiteral("kioskId"));
}

QString StaffController::lastSuccessText() const
{
    const QString iso = m_sync->lastSuccess().isEmpty() ? m_db.setting(QStringLiteral("sync.lastSuccess"))
                                                       : m_sync->lastSuccess();
    return localTime(iso, m_language);
}

QString StaffController::syncError() const
{
    const LocalizedText &live = m_sync->status().lastError;
    if (!live.isEmpty())
        return live.in(m_language);
    return m_db.setting(m_language == u"en" ? QStringLiteral("sync.lastErrorEn") : QStringLiteral("sync.lastErrorVi"));
}

void StaffController::enrol(const QString &url, const QString &code)
{
    if (!requireActive("enrol") || m_enrolClient)
        return;
    QString address = url.trimmed();
    if (!address.isEmpty() && !address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    if (code.trimmed().isEmpty()) {
        setMessage({QStringLiteral("Xin nhập mã đăng ký thành phố cấp."), QStringLiteral("Please type the enrolment code from the city.")});
        return;
    }
    setMessage({});
    auto *client = new SyncClient(m_dataDir, this);
    m_enrolClient = client;
    emit enrollingChanged();
    connect(client, &SyncClient::enrolFinished, this, [this, client](bool ok, const LocalizedText &error) {
        client->deleteLater();
        m_enrolClient = nullptr;
        emit enrollingChanged();
        if (!ok) {
            qCWarning(lcStaff) << "enrolment failed:" << error.en;
            setMessage(error);
            return;
        }
        qCInfo(lcStaff) << "enrolled as" << kioskId();
        setMessage({QStringLiteral("Đã liên kết với thành phố: ki-ốt %1.").arg(kioskId()),
                    QStringLiteral("Linked to the city: kiosk %1.").arg(kioskId())});
        m_records->reloadIdentity();
        m_reloadContent();
        m_sync->syncNow();
        emit syncChanged();
        emit settingsChanged();
    });
    client->enrol(QUrl(address), code.trimmed(), QSysInfo::machineHostName());
}

bool StaffController::unenrol()
{
    if (!requireActive("unenrol"))
        return false;
    const QString token = SyncIdentity::tokenFile(m_dataDir);
    bool ok = !QFileInfo::exists(token) || QFile::remove(token);
    for (const char *key : {"hubUrl", "kioskId", "receiptPrefix", "sync.contentEtag"})
        ok = m_db.setSetting(QLatin1String(key), QString()) && ok;
    if (!ok) {
        setMessage({QStringLiteral("Không xoá hết được liên kết: %1").arg(m_db.lastError()),
                    QStringLiteral("Could not remove the whole link: %1").arg(m_db.lastError())});
        return false;
    }
    qCInfo(lcStaff) << "unenrolled: hub token and hub settings removed";
    setMessage({QStringLiteral("Ki-ốt không còn liên kết với thành phố. Hồ sơ chưa gửi vẫn được giữ."),
                QStringLiteral("The kiosk is no longer linked to the city. Records not yet sent are kept.")});
    m_records->reloadIdentity();
    m_sync->syncNow(); // the worker sees it is not enrolled any more
    emit syncChanged();
    return true;
}

void StaffController::syncNow()
{
    if (!requireActive("sync now"))
        return;
    qCInfo(lcStaff) << "sync now";
    m_sync->syncNow();
}

// ---- content ------------------------------------------------------------------------------

QString StaffController::contentImportedText() const
{
    return localTime(m_content->importedAt(), m_language);
}

void StaffController::scanUsb()
{
    const QStringList mounts = UsbMedia::mountPoints();
    m_usbSticks.clear();
    for (const QString &m : mounts) {
        const QStorageInfo info(m);
        m_usbSticks.append(QVariantMap{{QStringLiteral("path"), m},
                                       {QStringLiteral("name"), QFileInfo(m).fileName()},
                                       {QStringLiteral("freeMb"), info.isValid() ? int(info.bytesAvailable() / (1024 * 1024)) : -1}});
    }
    m_usbBundles.clear();
    const QStringList bundles = UsbMedia::bundleFolders(mounts);
    for (const QString &b : bundles) {
        QString version;
        QFile f(QDir(b).filePath(QStringLiteral("bundle.json")));
        if (f.size() < 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
            version = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("version")).toString().left(80);
        m_usbBundles.append(QVariantMap{{QStringLiteral("path"), b},
                                        {QStringLiteral("name"), QFileInfo(b).fileName()},
                                        {QStringLiteral("version"), version}});
    }
    emit usbChanged();
}

bool StaffController::importBundle(const QString &folder)
{
    if (!requireActive("import content"))
        return false;
    bool known = false;
    for (const QVariant &b : std::as_const(m_usbBundles))
        known = known || b.toMap().value(QStringLiteral("path")).toString() == folder;
    if (!known) // only what the scan found on a stick, never a path from elsewhere
        return false;
    qCInfo(lcStaff) << "importing content from USB:" << folder;
    if (!m_content->importFolder(folder)) {
        setMessage(m_content->error());
        return false;
    }
    m_reloadContent();
    const QString version = m_kiosk->contentVersion();
    setMessage({QStringLiteral("Đã nạp nội dung phiên bản %1.").arg(version),
                QStringLiteral("Content version %1 imported.").arg(version)});
    emit contentChanged();
    return true;
}

// ---- records ------------------------------------------------------------------------------

QVariantList StaffController::records(const QString &codeQuery, int limit) const
{
    const QList<RecordListEntry> all = m_records->store().list();
    const QString typed = codeQuery.trimmed();
    const QString exact = typed.isEmpty() ? QString() : ReceiptCode::normalize(typed);
    QString part = typed.toUpper();
    part.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    QVariantList out;
    for (auto it = all.crbegin(); it != all.crend() && out.size() < limit; ++it) {
        if (!exact.isEmpty() ? it->receiptCode != exact
                             : !QString(it->receiptCode).remove(u'-').contains(part))
            continue;
        const std::optional<RecordKind> kind = RecordKinds::fromKey(it->kind);
        out.append(QVariantMap{{QStringLiteral("code"), it->receiptCode},
                               {QStringLiteral("kind"), it->kind},
                               {QStringLiteral("kindName"), kind ? RecordKinds::name(*kind).in(m_language) : it->kind},
                               {QStringLiteral("time"), localTime(it->createdAt, m_language)},
                               {QStringLiteral("syncState"), it->syncState},
                               {QStringLiteral("status"), it->status},
                               {QStringLiteral("enteredBy"), it->enteredBy}});
    }
    return out;
}

int StaffController::recordCount() const
{
    return int(m_records->store().list().size());
}

QString StaffController::exportRecords(const QString &stick)
{
    if (!requireActive("export records"))
        return {};
    bool known = false;
    for (const QVariant &s : std::as_const(m_usbSticks))
        known = known || s.toMap().value(QStringLiteral("path")).toString() == stick;
    if (!known)
        return {};
    LocalizedText error;
    const QList<RecordListEntry> list = m_records->store().list(&error);
    if (!error.isEmpty()) {
        setMessage(error);
        return {};
    }
    const QString path = QDir(stick).filePath(
            UsbMedia::exportFileName(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    QFile file(path);
    const QByteArray csv = RecordsCsv::make(list);
    // On the stick before staff pull it out: written, flushed and synced.
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(csv) == csv.size()
                    && file.flush() && ::fsync(file.handle()) == 0;
    const QString why = file.errorString();
    file.close();
    if (!ok) {
        qCWarning(lcStaff) << "export failed:" << why;
        setMessage({QStringLiteral("Không ghi được vào USB: %1").arg(why), QStringLiteral("Cannot write to the USB stick: %1").arg(why)});
        return {};
    }
    qCInfo(lcStaff) << "exported" << list.size() << "records to" << path;
    setMessage({QStringLiteral("Đã ghi %1 hồ sơ vào %2.").arg(list.size()).arg(QFileInfo(path).fileName()),
                QStringLiteral("%1 records written to %2.").arg(list.size()).arg(QFileInfo(path).fileName())});
    scanUsb();
    return path;
}

// ---- settings -----------------------------------------------------------------------------

QVariantMap StaffController::settings() const
{
    const auto flag = [this](const char *key) {
        const QString v = m_db.setting(QLatin1String(key));
        return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
    };
    return {
        {QStringLiteral("wardCode"), m_kiosk->wardCode()},
        {QStringLiteral("publicUrl"), m_db.setting(QStringLiteral("publicUrl"))},
        {QStringLiteral("idleTimeoutSeconds"), m_db.setting(QStringLiteral("idleTimeoutSeconds"),
                                                            QString::number(m_residentIdleMs / 1000)).toInt()},
        {QStringLiteral("defaultLanguage"), m_kiosk->defaultLanguage()},
        {QStringLiteral("allowAnonymousPledges"), flag("allowAnonymousPledges")},
        {QStringLiteral("screenOffFrom"), m_db.setting(QStringLiteral("screenOffFrom"))},
        {QStringLiteral("screenOffTo"), m_db.setting(QStringLiteral("screenOffTo"))},
        {QStringLiteral("enrolled"), !hubUrl().isEmpty()},
    };
}

QVariantList StaffController::wards() const
{
    QVariantList out;
    const Content content = m_content->load();
    for (const Ward &w : content.wards)
        out.append(QVariantMap{{QStringLiteral("code"), w.code}, {QStringLiteral("name"), w.name.in(m_language)}});
    return out;
}

bool StaffController::setSetting(const QString &key, const QVariant &value)
{
    if (!requireActive("change a setting"))
        return false;
    const auto refuse = [this](const QString &vi, const QString &en) {
        setMessage({vi, en});
        return false;
    };
    QString stored;
    if (key == u"wardCode") {
        stored = value.toString();
        if (!hubUrl().isEmpty())
            return refuse(QStringLiteral("Ki-ốt đã liên kết: phường do thành phố đặt khi đăng ký."),
                          QStringLiteral("The kiosk is linked: the city set its ward at enrolment."));
        bool found = false;
        for (const QVariant &w : wards())
            found = found || w.toMap().value(QStringLiteral("code")).toString() == stored;
        if (!found)
            return refuse(QStringLiteral("Không có phường/xã này."), QStringLiteral("There is no such ward."));
    } else if (key == u"publicUrl") {
        stored = value.toString().trimmed();
        while (stored.endsWith(u'/'))
            stored.chop(1);
        const QUrl url(stored);
        if (!stored.isEmpty() && (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()))
            return refuse(QStringLiteral("Địa chỉ cần bắt đầu bằng https:// (hoặc http://)."),
                          QStringLiteral("The address must start with https:// (or http://)."));
    } else if (key == u"idleTimeoutSeconds") {
        const int seconds = value.toInt();
        if (seconds < 30 || seconds > 600)
            return refuse(QStringLiteral("Thời gian chờ từ 30 đến 600 giây."), QStringLiteral("The timeout is 30 to 600 seconds."));
        stored = QString::number(seconds);
    } else if (key == u"defaultLanguage") {
        stored = value.toString();
        if (stored != u"vi" && stored != u"en")
            return false;
    } else if (key == u"allowAnonymousPledges") {
        stored = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    } else if (key == u"screenOffFrom" || key == u"screenOffTo") {
        stored = value.toString();
        static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        if (!stored.isEmpty() && !hhmm.match(stored).hasMatch())
            return false;
    } else {
        return false;
    }
    if (!m_db.setSetting(key, stored))
        return refuse(QStringLiteral("Không lưu được: %1").arg(m_db.lastError()), QStringLiteral("Cannot save: %1").arg(m_db.lastError()));
    qCInfo(lcStaff) << "setting" << key << "=" << stored;
    // Everything applies at once.
    if (key == u"wardCode" || key == u"publicUrl") {
        m_reloadContent();
        m_records->reloadIdentity();
    } else if (key == u"idleTimeoutSeconds") {
        m_residentIdleMs = stored.toInt() * 1000; // staff mode keeps its own until it ends
    } else if (key == u"defaultLanguage") {
        m_kiosk->setDefaultLanguage(stored);
    } else if (key == u"screenOffFrom" || key == u"screenOffTo") {
        updateRest();
    } else if (key == u"allowAnonymousPledges") {
        m_records->reloadIdentity();
    }
    setMessage({QStringLiteral("Đã lưu."), QStringLiteral("Saved.")});
    emit settingsChanged();
    return true;
}

// ---- leaving ------------------------------------------------------------------------------

void StaffController::restartApp()
{
    if (!requireActive("restart"))
        return;
    qCInfo(lcStaff) << "staff restart the kiosk app";
    m_exit(true);
}

void StaffController::quitKiosk()
{
    if (!requireActive("leave kiosk"))
        return;
    qCInfo(lcStaff) << "staff leave kiosk mode: the app quits";
    m_exit(false);
}

bool StaffController::isRestTime(QTime now, const QString &from, const QString &to)
{
    const QTime start = QTime::fromString(from, QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(to, QStringLiteral("HH:mm"));
    if (!start.isValid() || !end.isValid() || start == end || !now.isValid())
        return false;
    return start < end ? (now >= start && now < end) : (now >= start || now < end);
}

void StaffController::updateRest()
{
    const QDateTime local = now().toLocalTime();
    const bool rest = !m_active && (!m_wokenUntil.isValid() || local >= m_wokenUntil)
                      && isRestTime(local.time(), m_db.setting(QStringLiteral("screenOffFrom")),
                                    m_db.setting(QStringLiteral("screenOffTo")));
    if (rest == m_screenResting)
        return;
    m_screenResting = rest;
    qCInfo(lcStaff) << (rest ? "screen-off hours: the screen rests" : "the screen is on");
    if (rest)
        m_kiosk->resetForNextResident();  // nothing of the last resident stays behind the black
    emit screenRestingChanged();
}

void StaffController::wakeScreen()
{
    m_wokenUntil = now().toLocalTime().addSecs(10 * 60);
    updateRest();
}
