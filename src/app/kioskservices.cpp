// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskservices.h"

#include "datapaths.h"
#include "logging.h"

#include <QDir>

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
    Content content = s->store->load();
    // Staff may set the address residents' phones open (receipt and work QR codes).
    if (const QString publicUrl = s->store->setting(QStringLiteral("publicUrl")); !publicUrl.isEmpty())
        content.publicUrl = publicUrl;
    s->catalog.setProjects(std::move(content.projects));
    content.projects.clear();

    // The timeout staff chose on the kiosk (staff settings) wins over the start option.
    const int staffChosenIdle = s->store->setting(QStringLiteral("idleTimeoutSeconds")).toInt();
    s->idle.setTimeout(staffChosenIdle >= 30 ? staffChosenIdle * 1000 : options.idleTimeoutMs);
    s->navigator = std::make_unique<Navigator>(s->catalog);
    s->works = std::make_unique<WorksModel>(s->catalog, content.wards, DataPaths::imagesDir(dataDir));
    s->kiosk = std::make_unique<KioskController>(content, s->store->setting(QStringLiteral("wardCode")), &s->idle,
                                                 s->navigator.get(), s->works.get());
    Ward ward;
    for (const Ward &w : content.wards)
        if (w.code == s->kiosk->wardCode())
            ward = w;
    s->records = std::make_unique<RecordsController>(s->database, s->catalog, ward.name, content.publicUrl);
    s->navigator->setReceiptLookup([records = s->records.get()](const QString &code) { return records->receiptExists(code); });
    QObject::connect(s->kiosk.get(), &KioskController::languageChanged, s->records.get(),
                     [kiosk = s->kiosk.get(), records = s->records.get()] { records->setLanguage(kiosk->language()); });
    s->kiosk->setLanguage(options.language);

    s->sync = std::make_unique<SyncController>(dataDir, options.sync);
    QObject::connect(s->records.get(), &RecordsController::recordStored, s->sync.get(), &SyncController::recordStored);
    // New content from the hub is shown when no resident is using the kiosk: at once when it
    // is at rest, else at the next reset, so nobody's page changes under their finger.
    KioskServices *self = s.get();
    QObject::connect(s->sync.get(), &SyncController::contentImported, s->kiosk.get(), [self] {
        if (self->kiosk->isAtRest())
            self->reloadContent();
        else
            self->m_contentWaiting = true;
    });
    QObject::connect(s->kiosk.get(), &KioskController::resetDone, s->kiosk.get(), [self] {
        if (std::exchange(self->m_contentWaiting, false))
            self->reloadContent();
    });
    Navigator::setInstance(s->navigator.get());
    WorksModel::setInstance(s->works.get());
    KioskController::setInstance(s->kiosk.get());
    RecordsController::setInstance(s->records.get());
    SyncController::setInstance(s->sync.get());

    s->staff = std::make_unique<StaffController>(s->database, dataDir, s->store.get(), &s->idle, s->navigator.get(),
                                                 s->kiosk.get(), s->records.get(), s->sync.get(),
                                                 [self] { self->reloadContent(); });
    s->staff->setStaffIdleMs(options.staffIdleTimeoutMs);
    s->kiosk->setDefaultLanguage(s->store->setting(QStringLiteral("defaultLanguage"), QStringLiteral("vi")));
    QObject::connect(s->kiosk.get(), &KioskController::languageChanged, s->staff.get(),
                     [kiosk = s->kiosk.get(), staff = s->staff.get()] { staff->setLanguage(kiosk->language()); });
    s->staff->setLanguage(s->kiosk->language());
    StaffController::setInstance(s->staff.get());
    return s;
}

void KioskServices::reloadContent()
{
    Content content = store->load();
    const QString publicUrl = store->setting(QStringLiteral("publicUrl"));
    if (!publicUrl.isEmpty())
        content.publicUrl = publicUrl;
    catalog.setProjects(std::move(content.projects));
    content.projects.clear();
    works->contentReplaced(content.wards);
    const QString wardCode = store->setting(QStringLiteral("wardCode"));
    kiosk->setContent(content, wardCode);
    Ward ward;
    for (const Ward &w : std::as_const(content.wards))
        if (w.code == kiosk->wardCode())
            ward = w;
    records->setContent(ward.name, content.publicUrl);
    qCInfo(lcContent) << "showing content" << content.version;
}

KioskServices::~KioskServices()
{
    StaffController::setInstance(nullptr);
    SyncController::setInstance(nullptr);
    RecordsController::setInstance(nullptr);
    KioskController::setInstance(nullptr);
    WorksModel::setInstance(nullptr);
    Navigator::setInstance(nullptr);
}
