// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncidentity.h"

#include "outbox/outbox.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <utility>

SyncIdentity SyncIdentity::load(Database &db, const QString &dataDir)
{
    SyncIdentity id;
    id.hubUrl = db.setting(QStringLiteral("hubUrl"));
    id.kioskId = db.setting(QStringLiteral("kioskId"));
    id.ward = db.setting(QStringLiteral("wardCode"));
    id.receiptPrefix = db.setting(QStringLiteral("receiptPrefix"));
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
    for (const auto &[key, value] : {std::pair{QStringLiteral("hubUrl"), id.hubUrl},
                                     std::pair{QStringLiteral("kioskId"), id.kioskId},
                                     std::pair{QStringLiteral("wardCode"), id.ward},
                                     std::pair{QStringLiteral("receiptPrefix"), id.receiptPrefix},
                                     std::pair{QStringLiteral("sync.contentEtag"), QString()}})
        if (!db.setSetting(key, value))
            return StoreError::failed(db.lastError());
    // Records made before enrolment (or under an earlier enrolment) and not yet sent become
    // this kiosk's.
    if (StoreResult<> adopted = Outbox(db).adoptQueued(id.kioskId, id.ward); !adopted)
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
