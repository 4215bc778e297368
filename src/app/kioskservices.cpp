// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskservices.h"

#include "board/boardstore.h"
#include "datapaths.h"
#include "logging.h"
#include "settings/settings.h"

#include <QDir>

namespace {

/** The content as the kiosk shows it: staff may set the address residents' phones open
    (receipt and work QR codes). */
Content contentToShow(ContentStore &store, Database &db)
{
    Content content = store.load();
    if (const QString publicUrl = Settings(db).text(Settings::Key::PublicUrl); !publicUrl.isEmpty())
        content.publicUrl = publicUrl;
    return content;
}

}

std::unique_ptr<KioskServices> KioskServices::start(const Options &options, LocalizedText *error)
{
    std::unique_ptr<KioskServices> s(new KioskServices);
    const QString dataDir = options.dataDir.isEmpty() ? DataPaths::defaultDataDir() : options.dataDir;
    if (!QDir().mkpath(dataDir) || !s->database.open(DataPaths::databaseFile(dataDir))) {
        *error = {QStringLiteral("Không mở được dữ liệu của ki-ốt tại %1").arg(dataDir),
                  QStringLiteral("Cannot open the kiosk's data in %1").arg(dataDir)};
        return nullptr;
    }
    s->store = std::make_unique<ContentStore>(s->database, DataPaths::imagesDir(dataDir));
    if (!options.contentFolder.isEmpty()) {
        if (!s->store->importFolder(options.contentFolder)) {
            *error = s->store->error();
            return nullptr;
        }
    } else if (!s->store->hasContent() && !s->store->importFolder(DataPaths::builtInDemoBundle())) {
        *error = s->store->error();
        return nullptr;
    }
    const Settings settings(s->database);
    Content content = contentToShow(*s->store, s->database);
    s->catalog.setProjects(std::move(content.projects));
    content.projects.clear();

    // The timeout staff chose on the kiosk (staff settings) wins over the start option.
    const std::optional<int> staffChosenIdle = settings.number(Settings::Key::IdleTimeoutSeconds);
    s->idle.setTimeout(staffChosenIdle ? *staffChosenIdle * 1000 : options.idleTimeoutMs);
    s->navigator = std::make_unique<Navigator>(s->catalog);
    s->works = std::make_unique<WorksModel>(s->catalog, content.wards, DataPaths::imagesDir(dataDir));
    s->kiosk = std::make_unique<KioskController>(content, settings.text(Settings::Key::WardCode), s->navigator.get(),
                                                 s->works.get());
    s->idleReset = std::make_unique<IdleReset>(&s->idle, s->navigator.get(), s->works.get(), s->kiosk.get());
    // After the idle reset, so on the idle timeout the reset runs first and the loop starts on home.
    s->loop = std::make_unique<AttractLoop>(&s->idle, s->idleReset.get(), s->navigator.get(), s->kiosk.get(), s->catalog,
                                            DataPaths::imagesDir(dataDir));
    s->loop->setPlaylist(content.playlist);
    // The loop on screen counts as the route "loop" shown (a --screenshot of it waits for that).
    QObject::connect(s->loop.get(), &AttractLoop::shown, s->navigator.get(), &Navigator::shown);
    Ward ward;
    for (const Ward &w : content.wards)
        if (w.code == s->kiosk->wardCode())
            ward = w;
    s->records = std::make_unique<RecordsController>(s->database, s->catalog, ward.name, content.publicUrl);
    s->navigator->setReceiptLookup([records = s->records.get()](const QString &code) { return records->receiptExists(code); });
    QObject::connect(s->kiosk.get(), &KioskController::languageChanged, s->records.get(),
                     [kiosk = s->kiosk.get(), records = s->records.get()] { records->setLanguage(kiosk->language()); });
    s->lookup = std::make_unique<LookupController>(s->database, dataDir, s->catalog);
    QObject::connect(s->kiosk.get(), &KioskController::languageChanged, s->lookup.get(),
                     [kiosk = s->kiosk.get(), lookup = s->lookup.get()] { lookup->setLanguage(kiosk->language()); });
    s->printer = std::make_unique<ReceiptPrinter>(s->database);
    s->workPledges = std::make_unique<WorkPledgesClient>(s->database, dataDir);
    QObject::connect(s->kiosk.get(), &KioskController::languageChanged, s->workPledges.get(),
                     [kiosk = s->kiosk.get(), pledges = s->workPledges.get()] { pledges->setLanguage(kiosk->language()); });
    s->kiosk->setLanguage(options.language);

    s->sync = std::make_unique<SyncController>(dataDir, options.sync);
    QObject::connect(s->records.get(), &RecordsController::recordStored, s->sync.get(), &SyncController::recordStored);
    // New content from the hub is shown when no resident is using the kiosk: at once when it
    // is at rest, else right after the next reset, so nobody's page changes under their finger.
    KioskServices *self = s.get();
    QObject::connect(s->sync.get(), &SyncController::contentImported, s->idleReset.get(),
                     [self] { self->idleReset->whenAtRest([self] { self->reloadContent(); }); });
    s->board = std::make_unique<BoardModel>(nullptr);
    s->board->setWards(content.wards);
    s->board->setPublicUrl(content.publicUrl);
    s->board->setLanguage(s->kiosk->language());
    s->reloadBoard(false);
    QObject::connect(s->kiosk.get(), &KioskController::languageChanged, s->board.get(),
                     [self] { self->board->setLanguage(self->kiosk->language()); });
    // New figures are only numbers on a page already laid out: shown at once, counting up.
    QObject::connect(s->sync.get(), &SyncController::boardUpdated, s->board.get(), [self] { self->reloadBoard(true); });
    // The loop's board items play once the kiosk has figures of its ward to show.
    s->loop->setBoardSource([self] { return self->board->available() && !self->board->measures().isEmpty(); });
    BoardModel::setInstance(s->board.get());
    Navigator::setInstance(s->navigator.get());
    WorksModel::setInstance(s->works.get());
    KioskController::setInstance(s->kiosk.get());
    IdleReset::setInstance(s->idleReset.get());
    RecordsController::setInstance(s->records.get());
    LookupController::setInstance(s->lookup.get());
    ReceiptPrinter::setInstance(s->printer.get());
    WorkPledgesClient::setInstance(s->workPledges.get());
    SyncController::setInstance(s->sync.get());
    AttractLoop::setInstance(s->loop.get());

    s->kiosk->setDefaultLanguage(settings.text(Settings::Key::DefaultLanguage));
    s->startStaff(dataDir, options);
    return s;
}

void KioskServices::startStaff(const QString &dataDir, const Options &options)
{
    const auto reload = [this] { reloadContent(); };
    staff = std::make_unique<StaffSession>(database, navigator.get(), kiosk.get(), records.get(), idleReset.get());
    staff->setStaffIdleMs(options.staffIdleTimeoutMs);
    staffSync = std::make_unique<StaffSync>(database, dataDir, staff.get(), sync.get(), records.get(), reload);
    staffUsb = std::make_unique<StaffUsb>(staff.get(), store.get(), records->store(), kiosk.get(), reload);
    staffRecords = std::make_unique<StaffRecordsModel>(records->store(), staff.get());
    staffSettings = std::make_unique<StaffSettings>(database, staff.get(), store.get(), kiosk.get(), records.get(),
                                                    idleReset.get(), reload);
    staffExit = std::make_unique<StaffExit>(staff.get());
    screenRest = std::make_unique<ScreenRest>(database, staff.get(), idleReset.get());
    // A stored record or the city's answer moves the records' list.
    QObject::connect(records.get(), &RecordsController::recordStored, staffRecords.get(), &StaffRecordsModel::refresh);
    QObject::connect(sync.get(), &SyncController::statusChanged, staffRecords.get(), &StaffRecordsModel::refresh);
    // Linking sets the ward; the screen-off hours are settings too.
    QObject::connect(staffSync.get(), &StaffSync::linkChanged, staffSettings.get(), &StaffSettings::changed);
    QObject::connect(staffSettings.get(), &StaffSettings::changed, screenRest.get(), &ScreenRest::update);
    QObject::connect(staffSettings.get(), &StaffSettings::changed, printer.get(), &ReceiptPrinter::refresh);
    StaffSession::setInstance(staff.get());
    StaffSync::setInstance(staffSync.get());
    StaffUsb::setInstance(staffUsb.get());
    StaffRecordsModel::setInstance(staffRecords.get());
    StaffSettings::setInstance(staffSettings.get());
    StaffExit::setInstance(staffExit.get());
    ScreenRest::setInstance(screenRest.get());
    // Screen-off hours and staff mode win over the attract loop; its sound is a staff setting.
    loop->setGuards(screenRest.get(), staff.get());
    loop->setSoundSource([this] { return Settings(database).flag(Settings::Key::LoopSound); });
    QObject::connect(staffSettings.get(), &StaffSettings::changed, loop.get(), &AttractLoop::soundChanged);
}

void KioskServices::reloadContent()
{
    Content content = contentToShow(*store, database);
    catalog.setProjects(std::move(content.projects));
    content.projects.clear();
    works->contentReplaced(content.wards);
    kiosk->setContent(content, Settings(database).text(Settings::Key::WardCode));
    Ward ward;
    for (const Ward &w : std::as_const(content.wards))
        if (w.code == kiosk->wardCode())
            ward = w;
    records->setContent(ward.name, content.publicUrl);
    board->setWards(content.wards);
    board->setPublicUrl(content.publicUrl);
    loop->setPlaylist(content.playlist);
    qCInfo(lcContent) << "showing content" << content.version;
}

void KioskServices::reloadBoard(bool arrived)
{
    const std::optional<BoardStore::Stored> stored = BoardStore(database).load();
    const std::optional<QJsonObject> json = stored ? std::optional<QJsonObject>(stored->board) : std::nullopt;
    const QString fetchedAt = stored ? stored->fetchedAt : QString();
    qCInfo(lcContent) << "board:" << (stored ? stored->board.value(QStringLiteral("currentMonth")).toString() + QStringLiteral(" of ") + fetchedAt
                                             : QStringLiteral("none yet"));
    if (arrived)
        board->boardArrived(json, fetchedAt);
    else
        board->setBoard(json, fetchedAt);
}

KioskServices::~KioskServices()
{
    BoardModel::setInstance(nullptr);
    AttractLoop::setInstance(nullptr);
    ScreenRest::setInstance(nullptr);
    StaffExit::setInstance(nullptr);
    StaffSettings::setInstance(nullptr);
    StaffRecordsModel::setInstance(nullptr);
    StaffUsb::setInstance(nullptr);
    StaffSync::setInstance(nullptr);
    StaffSession::setInstance(nullptr);
    SyncController::setInstance(nullptr);
    WorkPledgesClient::setInstance(nullptr);
    LookupController::setInstance(nullptr);
    ReceiptPrinter::setInstance(nullptr);
    RecordsController::setInstance(nullptr);
    IdleReset::setInstance(nullptr);
    KioskController::setInstance(nullptr);
    WorksModel::setInstance(nullptr);
    Navigator::setInstance(nullptr);
}
