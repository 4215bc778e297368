// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class ContentStore;
class KioskController;
class RecordStore;
class StaffSession;

/** USB sticks on the staff screens: finding the plugged-in sticks and the content bundles on
    them, importing a bundle, and exporting every record as CSV onto a stick. Only paths the
    scan found are ever read or written. */
class StaffUsb : public QObject, public QmlSingleton<StaffUsb>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(StaffUsb)
    QML_SINGLETON
    Q_PROPERTY(QVariantList bundles READ bundles NOTIFY changed)
    Q_PROPERTY(QVariantList sticks READ sticks NOTIFY changed)
    Q_PROPERTY(QString contentImportedText READ contentImportedText NOTIFY contentChanged)

public:
    /** reloadContent shows the content now in the store (after an import). */
    StaffUsb(StaffSession *session, ContentStore *content, RecordStore &records, KioskController *kiosk,
             std::function<void()> reloadContent, QObject *parent = nullptr);

    /** [{path, name, version}] of the content bundles on the sticks. */
    QVariantList bundles() const { return m_bundles; }
    /** [{path, name, freeMb}] of the sticks. */
    QVariantList sticks() const { return m_sticks; }
    /** When the content shown was imported, in the kiosk's language. */
    QString contentImportedText() const;

    /** Looks for USB sticks and the bundles on them again. */
    Q_INVOKABLE void scan();
    Q_INVOKABLE bool importBundle(const QString &folder);
    /** Writes every record as CSV onto the stick; the file's path, or empty (the message says why). */
    Q_INVOKABLE QString exportRecords(const QString &stick);

Q_SIGNALS:
    void changed();
    void contentChanged();

private:
    StaffSession *m_session;
    ContentStore *m_content;
    RecordStore &m_records;
    KioskController *m_kiosk;
    std::function<void()> m_reloadContent;
    QVariantList m_bundles;
    QVariantList m_sticks;
};
