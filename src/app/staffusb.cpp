// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffusb.h"

#include "content/contentstore.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "records/recordscsv.h"
#include "records/recordstore.h"
#include "staff/usbmedia.h"
#include "staffsession.h"
#include "text/formatting.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>

#include <unistd.h>

namespace {

bool listed(const QVariantList &found, const QString &path)
{
    for (const QVariant &f : found)
        if (f.toMap().value(QStringLiteral("path")).toString() == path)
            return true;
    return false;
}

}

StaffUsb::StaffUsb(StaffSession *session, ContentStore *content, RecordStore &records, KioskController *kiosk,
                   std::function<void()> reloadContent, QObject *parent)
    : QObject(parent), m_session(session), m_content(content), m_records(records), m_kiosk(kiosk),
      m_reloadContent(std::move(reloadContent))
{
    // The screens that offer sticks look for them as they open.
    connect(m_session, &StaffSession::opening, this, [this](const QString &section) {
        if (section == u"content" || section == u"records")
            scan();
    });
    connect(m_session, &StaffSession::languageChanged, this, &StaffUsb::contentChanged);
}

QString StaffUsb::contentImportedText() const
{
    return Formatting::localDateTime(m_content->importedAt(), m_session->language());
}

void StaffUsb::scan()
{
    const QStringList mounts = UsbMedia::mountPoints();
    m_sticks.clear();
    for (const QString &m : mounts) {
        const QStorageInfo info(m);
        m_sticks.append(QVariantMap{{QStringLiteral("path"), m},
                                    {QStringLiteral("name"), QFileInfo(m).fileName()},
                                    {QStringLiteral("freeMb"), info.isValid() ? int(info.bytesAvailable() / (1024 * 1024)) : -1}});
    }
    m_bundles.clear();
    const QStringList bundles = UsbMedia::bundleFolders(mounts);
    for (const QString &b : bundles) {
        QString version;
        QFile f(QDir(b).filePath(QStringLiteral("bundle.json")));
        if (f.size() < 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
            version = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("version")).toString().left(80);
        m_bundles.append(QVariantMap{{QStringLiteral("path"), b},
                                     {QStringLiteral("name"), QFileInfo(b).fileName()},
                                     {QStringLiteral("version"), version}});
    }
    emit changed();
}

bool StaffUsb::importBundle(const QString &folder)
{
    if (!m_session->allows("import content"))
        return false;
    if (!listed(m_bundles, folder)) // only what the scan found on a stick, never a path from elsewhere
        return false;
    qCInfo(lcStaff) << "importing content from USB:" << folder;
    if (!m_content->importFolder(folder)) {
        m_session->say(m_content->error());
        return false;
    }
    m_reloadContent();
    const QString version = m_kiosk->contentVersion();
    m_session->say({QStringLiteral("Đã nạp nội dung phiên bản %1.").arg(version),
                    QStringLiteral("Content version %1 imported.").arg(version)});
    emit contentChanged();
    return true;
}

QString StaffUsb::exportRecords(const QString &stick)
{
    if (!m_session->allows("export records") || !listed(m_sticks, stick))
        return {};
    LocalizedText error;
    const QList<RecordListEntry> list = m_records.list(&error);
    if (!error.isEmpty()) {
        m_session->say(error);
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
        m_session->say({QStringLiteral("Không ghi được vào USB: %1").arg(why),
                        QStringLiteral("Cannot write to the USB stick: %1").arg(why)});
        return {};
    }
    qCInfo(lcStaff) << "exported" << list.size() << "records to" << path;
    const QString name = QFileInfo(path).fileName();
    m_session->say({QStringLiteral("Đã ghi %1 hồ sơ vào %2.").arg(list.size()).arg(name),
                    QStringLiteral("%1 records written to %2.").arg(list.size()).arg(name)});
    scan();
    return path;
}
