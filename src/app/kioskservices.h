// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "boardmodel.h"
#include "attractloop.h"
#include "content/contentstore.h"
#include "content/projectcatalog.h"
#include "idlereset.h"
#include "idlewatcher.h"
#include "kioskcontroller.h"
#include "lookupcontroller.h"
#include "workpledgesclient.h"
#include "navigator.h"
#include "receiptprinter.h"
#include "recordscontroller.h"
#include "screenrest.h"
#include "staffexit.h"
#include "staffrecordsmodel.h"
#include "staffsession.h"
#include "staffsettings.h"
#include "staffsync.h"
#include "staffusb.h"
#include "synccontroller.h"
#include "store/database.h"
#include "worksmodel.h"

#include <memory>

/** Every service of the kiosk, built in dependency order and wired once: the composition
    that main() and the QML tests share, so tests run the same objects residents use. */
class KioskServices
{
public:
    struct Options
    {
        QString dataDir;
        QString contentFolder;   // imported before start when set
        QString language = QStringLiteral("vi");
        int idleTimeoutMs = 90'000;
        int staffIdleTimeoutMs = 120'000;  // staff mode ends after this long without a touch
        bool sync = true;        // run the sync worker (tests turn it off)
    };

    /** Opens the data directory (filling an empty one with the built-in demo bundle),
        imports contentFolder if given, and publishes the QML singletons. On failure returns
        null and says why in both languages. */
    static std::unique_ptr<KioskServices> start(const Options &options, LocalizedText *error);
    ~KioskServices();

    Database database;
    std::unique_ptr<ContentStore> store;
    ProjectCatalog catalog;
    IdleWatcher idle;
    std::unique_ptr<Navigator> navigator;
    std::unique_ptr<WorksModel> works;
    std::unique_ptr<KioskController> kiosk;
    std::unique_ptr<IdleReset> idleReset;
    std::unique_ptr<RecordsController> records;
    std::unique_ptr<LookupController> lookup;
    std::unique_ptr<ReceiptPrinter> printer;
    std::unique_ptr<WorkPledgesClient> workPledges;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<BoardModel> board;
    // Staff mode: the session first, everything else acts only while it is on.
    std::unique_ptr<StaffSession> staff;
    std::unique_ptr<StaffSync> staffSync;
    std::unique_ptr<StaffUsb> staffUsb;
    std::unique_ptr<StaffRecordsModel> staffRecords;
    std::unique_ptr<StaffSettings> staffSettings;
    std::unique_ptr<StaffExit> staffExit;
    std::unique_ptr<ScreenRest> screenRest;
    std::unique_ptr<AttractLoop> loop;

    /** Shows the content now in the store (after the sync worker imported new content). */
    void reloadContent();
    /** Shows the movement board now in the database; `arrived`: it just came from the hub. */
    void reloadBoard(bool arrived);

private:
    KioskServices() = default;
    void startStaff(const QString &dataDir, const Options &options);
};
