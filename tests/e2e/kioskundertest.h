// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>

class KioskServices;

/** A kiosk as civic-kiosk builds it (KioskServices on its own data directory, the sync worker
    on), driven by an end-to-end test the way residents and its schedule drive it: pledges
    submitted as the forms submit them, a full sync now and to its end, and what its board and
    a work's page show. Kept apart from the hub's test client (tests/hub), whose names would
    meet the kiosk's own. */
class KioskUnderTest : public QObject
{
    Q_OBJECT
public:
    KioskUnderTest();
    ~KioskUnderTest() override;

    /** Starts the services on an enrolled kiosk's data directory and waits for the sync the
        worker runs as it starts to end. False, with why. */
    bool start(const QString &dataDir, QString *why);

    /** Once the worker is at rest (a stored record starts a delivery of its own), one full
        sync (deliver, content, statuses, board) to its end: whether the hub answered and
        nothing is left pending or held. */
    bool syncNow();

    /** A draft as the kiosk's forms hand it to Records.submit(): the receipt code, or empty
        with the reason in *why. */
    QString submit(const QVariantMap &draft, QString *why);

    QString contentVersion() const;
    /** The ward's population in the content the kiosk holds; -1 when the ward is not in it. */
    qint64 population(const QString &ward) const;
    /** The city's status of the kiosk's record, as the kiosk last heard it. */
    QString status(const QString &receiptCode) const;

    bool boardAvailable() const;
    /** How many times new board figures arrived from the hub. */
    int boardArrivals() const;
    /** The board's measure of the kiosk's ward (BoardModel.measures), empty when it has none. */
    QVariantMap measure(const QString &key) const;
    /** The ETag of the board the kiosk stored, empty when it has none. */
    QByteArray boardEtag() const;
    /** The device token the kiosk sends to the hub. */
    QString token() const;

    /** The line the work's page shows about its pledges, once the hub answered (empty if not). */
    QString workPledgesText(const QString &workCode);
    void setLanguage(const QString &language);

private:
    QString m_dataDir;
    std::unique_ptr<KioskServices> m_services;
    int m_runs = 0;  // worker runs ended: busy, then not
    bool m_busy = false;
};
