// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncidentity.h"

#include "outbox/outbox.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <utility>

SyncIdentity SyncIdentity::load(Database &db, const QString &dataDir)
{
    // As stored: an unenrolled kiosk has none of them (no defaults here).
    const Settings settings(db);
    SyncIdentity id{KioskNames::stored(settings), settings.stored(Settings::Key::HubUrl), QString()};
    QFile file(tokenFile(dataDir));
    if (file.open(QIODevice::ReadOnly))
        id.token = QString::fromLatin1(file.read(256)).trimmed();
    return id;
}

QString SyncIdentity::tokenFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("hub-token"));
}

namespace {

StoreResult<> saveSettingsAndAdopt(Database &db, const SyncIdentity &id)
{
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    Settings settings(db);
    for (const auto &[key, value] : {std::pair{Settings::Key::HubUrl, id.hubUrl},
                                     std::pair{Settings::Key::KioskId, id.kioskId},
                                     std::pair{Settings::Key::WardCode, id.wardCode},
                                     std::pair{Settings::Key::ReceiptPrefix, id.receiptPrefix},
                                     std::pair{Settings::Key::SyncContentEtag, QString()}})
        if (const SettingResult stored = settings.set(key, value); !stored)
            return StoreError::failed(stored.error().message.en);
    // Records made before enrolment (or under an earlier enrolment) and not yet sent become
    // this kiosk's.
    if (StoreResult<> adopted = Outbox(db).adoptQueued(id.kioskId, id.wardCode); !adopted)
        return adopted;
    return transaction.commit();
}

}

StoreResult<> SyncIdentity::save(Database &db, const QString &dataDir) const
{
    QSaveFile file(tokenFile(dataDir));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token.toLatin1() + '\n') < 0 || !file.commit())
        return StoreError::failed(file.errorString());
    StoreResult<> saved = saveSettingsAndAdopt(db, *this);
    if (!saved)
        QFile::remove(tokenFile(dataDir));
    return saved;
}
