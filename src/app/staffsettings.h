// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class ContentStore;
class Database;
class IdleReset;
class KioskController;
class RecordsController;
class StaffSession;

/** The staff settings screen: the staff-editable rows of the settings table (core's Settings)
    as QML reads them, checked and stored one at a time and applied at once where the kiosk can. */
class StaffSettings : public QObject, public QmlSingleton<StaffSettings>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(StaffSettings)
    QML_SINGLETON
    Q_PROPERTY(QVariantMap values READ values NOTIFY changed)

public:
    /** reloadContent shows the content now in the store (for another ward or address). */
    StaffSettings(Database &db, StaffSession *session, ContentStore *content, KioskController *kiosk,
                  RecordsController *records, IdleReset *idleReset, std::function<void()> reloadContent,
                  QObject *parent = nullptr);

    /** {wardCode, publicUrl, idleTimeoutSeconds, defaultLanguage, allowAnonymousPledges,
        screenOffFrom, screenOffTo, loopSound, enrolled}. */
    QVariantMap values() const;
    /** The wards of the content, [{code, name}], in the kiosk's language. */
    Q_INVOKABLE QVariantList wards() const;
    /** Checks and stores one setting (staff mode only); applies it at once where the kiosk
        can. False with the staff message saying why. */
    Q_INVOKABLE bool set(const QString &key, const QVariant &value);

Q_SIGNALS:
    void changed();

private:
    void apply(int key, const QString &stored);

    Database &m_db;
    StaffSession *m_session;
    ContentStore *m_content;
    KioskController *m_kiosk;
    RecordsController *m_records;
    IdleReset *m_idleReset;
    std::function<void()> m_reloadContent;
};
