// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffsync.h"

#include "logging.h"
#include "recordscontroller.h"
#include "settings/settings.h"
#include "staffsession.h"
#include "store/database.h"
#include "sync/syncclient.h"
#include "synccontroller.h"
#include "text/formatting.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QUrl>

StaffSync::StaffSync(Database &db, const QString &dataDir, StaffSession *session, SyncController *sync,
                     RecordsController *records, std::function<void()> reloadContent, QObject *parent)
    : QObject(parent), m_db(db), m_dataDir(dataDir), m_session(session), m_sync(sync), m_records(records),
      m_reloadContent(std::move(reloadContent))
{
    connect(m_sync, &SyncController::statusChanged, this, &StaffSync::changed);
    connect(m_session, &StaffSession::activeChanged, this, &StaffSync::changed);
    connect(m_session, &StaffSession::languageChanged, this, &StaffSync::changed);
}

QString StaffSync::hubUrl() const
{
    return Settings(m_db).text(Settings::Key::HubUrl);
}

QString StaffSync::kioskId() const
{
    return Settings(m_db).stored(Settings::Key::KioskId);  // empty, not the default, when not linked
}

QString StaffSync::lastSuccessText() const
{
    const QString iso = m_sync->lastSuccess().isEmpty() ? Settings(m_db).text(Settings::Key::SyncLastSuccess)
                                                       : m_sync->lastSuccess();
    return Formatting::localDateTime(iso, m_session->language());
}

QString StaffSync::syncError() const
{
    const QString language = m_session->language();
    const LocalizedText &live = m_sync->status().lastError;
    if (!live.isEmpty())
        return live.in(language);
    return Settings(m_db).text(language == u"en" ? Settings::Key::SyncLastErrorEn : Settings::Key::SyncLastErrorVi);
}

void StaffSync::enrol(const QString &url, const QString &code)
{
    if (!m_session->allows("enrol") || m_enrolClient)
        return;
    QString address = url.trimmed();
    if (!address.isEmpty() && !address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    if (code.trimmed().isEmpty()) {
        m_session->say({QStringLiteral("Xin nhập mã đăng ký thành phố cấp."),
                        QStringLiteral("Please type the enrolment code from the city.")});
        return;
    }
    m_session->say({});
    auto *client = new SyncClient(m_dataDir, this);
    m_enrolClient = client;
    emit enrollingChanged();
    connect(client, &SyncClient::enrolFinished, this, [this, client](bool ok, const LocalizedText &error) {
        client->deleteLater();
        m_enrolClient = nullptr;
        emit enrollingChanged();
        if (!ok) {
            qCWarning(lcStaff) << "enrolment failed:" << error.en;
            m_session->say(error);
            return;
        }
        qCInfo(lcStaff) << "enrolled as" << kioskId();
        m_session->say({QStringLiteral("Đã liên kết với thành phố: ki-ốt %1.").arg(kioskId()),
                        QStringLiteral("Linked to the city: kiosk %1.").arg(kioskId())});
        m_records->reloadIdentity();
        m_reloadContent();
        m_sync->syncNow();
        emit changed();
        emit linkChanged();
    });
    client->enrol(QUrl(address), code.trimmed(), QSysInfo::machineHostName());
}

bool StaffSync::unenrol()
{
    if (!m_session->allows("unenrol"))
        return false;
    const QString token = SyncIdentity::tokenFile(m_dataDir);
    bool ok = !QFileInfo::exists(token) || QFile::remove(token);
    Settings settings(m_db);
    for (const Settings::Key key : {Settings::Key::HubUrl, Settings::Key::KioskId, Settings::Key::ReceiptPrefix,
                                    Settings::Key::SyncContentEtag})
        ok = settings.clear(key) && ok;
    if (!ok) {
        m_session->say({QStringLiteral("Không xoá hết được liên kết: %1").arg(m_db.lastError()),
                        QStringLiteral("Could not remove the whole link: %1").arg(m_db.lastError())});
        return false;
    }
    qCInfo(lcStaff) << "unenrolled: hub token and hub settings removed";
    m_session->say({QStringLiteral("Ki-ốt không còn liên kết với thành phố. Hồ sơ chưa gửi vẫn được giữ."),
                    QStringLiteral("The kiosk is no longer linked to the city. Records not yet sent are kept.")});
    m_records->reloadIdentity();
    m_sync->syncNow(); // the worker sees it is not enrolled any more
    emit changed();
    emit linkChanged();
    return true;
}

void StaffSync::syncNow()
{
    if (!m_session->allows("sync now"))
        return;
    qCInfo(lcStaff) << "sync now";
    m_sync->syncNow();
}
