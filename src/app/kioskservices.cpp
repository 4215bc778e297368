// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskservices.h"

#include "datapaths.h"

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
    s->catalog.setProjects(std::move(content.projects));
    content.projects.clear();

    s->idle.setTimeout(options.idleTimeoutMs);
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
    Navigator::setInstance(s->navigator.get());
    WorksModel::setInstance(s->works.get());
    KioskController::setInstance(s->kiosk.get());
    RecordsController::setInstance(s->records.get());
    return s;
}

KioskServices::~KioskServices()
{
    RecordsController::setInstance(nullptr);
    KioskController::setInstance(nullptr);
    WorksModel::setInstance(nullptr);
    Navigator::setInstance(nullptr);
}
