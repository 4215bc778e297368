// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"

#include "contentbundle.h"
#include "logging.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Optional texts are stored empty, never NULL: a null QString binds as SQL NULL.
QVariant sqlValue(const QVariant &v)
{
    return v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v;
}
}

ContentStore::ContentStore(Database &db, const QString &imagesDir)
    : m_db(db), m_imagesDir(imagesDir)
{
}

bool ContentStore::failStore(const QString &detail)
{
    m_error.vi = QStringLiteral("Không lưu được nội dung: %1").arg(detail);
    m_error.en = QStringLiteral("Could not store the content: %1").arg(detail);
    qCWarning(lcContent) << "import failed:" << detail;
    return false;
}

bool ContentStore::importFolder(const QString &folder, ContentBundle::Manifest manifest)
{
    ContentBundle bundle(manifest);
    if (!bundle.read(folder)) {
        m_error = bundle.error();
        return false;
    }
    return importBundle(bundle);
}

bool ContentStore::copyImages(const ContentBundle &bundle, QHash<QString, QString> *storedNames)
{
    if (!QDir().mkpath(m_imagesDir))
        return failStore(QStringLiteral("cannot create %1").arg(m_imagesDir));
    for (auto it = bundle.imageFiles().cbegin(); it != bundle.imageFiles().cend(); ++it) {
        QFile source(it.value());
        if (!source.open(QIODevice::ReadOnly))
            return failStore(QStringLiteral("cannot read %1").arg(it.key()));
        const QByteArray bytes = source.read(ContentBundle::MaxImageBytes + 1);
        // Content-addressed names: an unchanged image is not copied again, and the old
        // content's files stay untouched until the new content is committed.
        const QString extension = it.key().mid(it.key().lastIndexOf(u'.'));
        const QString name = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32)) + extension;
        const QString target = QDir(m_imagesDir).filePath(name);
        if (!QFile::exists(target)) {
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                return failStore(QStringLiteral("cannot write %1").arg(name));
        }
        storedNames->insert(it.key(), name);
    }
    return true;
}

bool ContentStore::importBundle(const ContentBundle &bundle)
{
    m_error = {};
    QHash<QString, QString> storedNames;
    if (!copyImages(bundle, &storedNames))
        return false;

    const Content &c = bundle.content();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return failStore(transaction.begun().error().detail);
    // Leaving early drops everything this import wrote (the transaction rolls back).
    auto fail = [&](const QSqlQuery &q) { return failStore(q.lastError().text()); };

    QSqlQuery q(m_db.connection());
    for (const char *table : {"projects", "ranking", "announcements", "wards", "content_meta"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return fail(q);
    }

    q.prepare(QStringLiteral("INSERT INTO wards (code, kind, name_vi, name_en, ord) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.wards.size(); ++i) {
        const Ward &w = c.wards.at(i);
        q.addBindValue(w.code);
        q.addBindValue(w.kind);
        q.addBindValue(w.name.vi);
        q.addBindValue(sqlValue(w.name.en));
        q.addBindValue(int(i));
        if (!q.exec())
            return fail(q);
    }

    q.prepare(QStringLiteral(
            "INSERT INTO projects (code, ward, category, status, name_vi, name_en, description_vi,"
            " description_en, location_vi, location_en, owner_vi, owner_en, contractor_vi, contractor_en,"
            " progress, start_date, planned_end, budget_total, budget_disbursed, images, ord)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.projects.size(); ++i) {
        const Project &p = c.projects.at(i);
        QStringList images;
        for (const QString &path : p.images)
            images.append(storedNames.value(path));
        const QVariant values[] = {
            p.code, p.wardCode, ContentEnums::categoryKey(p.category), ContentEnums::statusKey(p.status),
            p.name.vi, p.name.en, p.description.vi, p.description.en, p.location.vi, p.location.en,
            p.owner.vi, p.owner.en, p.contractor.vi, p.contractor.en, p.progress,
            p.startDate.toString(Qt::ISODate), p.plannedEnd.toString(Qt::ISODate),
            p.budgetTotal, p.budgetDisbursed, images.join(u'\n'), int(i)};
        for (const QVariant &v : values)
            q.addBindValue(sqlValue(v));
        if (!q.exec())
            return fail(q);
    }

    q.prepare(QStringLiteral("INSERT INTO ranking (ward, score, rank) VALUES (?, ?, ?)"));
    for (const RankingEntry &r : c.ranking) {
        q.addBindValue(r.wardCode);
        q.addBindValue(r.score);
        q.addBindValue(r.rank);
        if (!q.exec())
            return fail(q);
    }

    q.prepare(QStringLiteral("INSERT INTO announcements (id, title_vi, title_en, body_vi, body_en, ord)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.announcements.size(); ++i) {
        const Announcement &a = c.announcements.at(i);
        for (const QVariant &v : {QVariant(a.id), QVariant(a.title.vi), QVariant(a.title.en),
                                  QVariant(a.body.vi), QVariant(a.body.en), QVariant(int(i))})
            q.addBindValue(sqlValue(v));
        if (!q.exec())
            return fail(q);
    }

    q.prepare(QStringLiteral("INSERT INTO content_meta (key, value) VALUES (?, ?)"));
    const std::pair<const char *, QString> meta[] = {
        {"version", c.version},
        {"generatedAt", c.generatedAt},
        {"sample", c.sample ? QStringLiteral("1") : QStringLiteral("0")},
        {"cityNameVi", c.cityName.vi},
        {"cityNameEn", c.cityName.en},
        {"portalUrl", c.portalUrl},
        {"publicUrl", c.publicUrl},
        {"importedAt", QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                               .toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : meta) {
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(sqlValue(value));
        if (!q.exec())
            return fail(q);
    }

    q.finish();
    if (const StoreResult<> committed = transaction.commit(); !committed)
        return failStore(committed.error().detail);
    qCInfo(lcContent) << "imported content" << c.version << "with" << c.projects.size() << "works and"
                      << storedNames.size() << "images";
    removeUnusedImages();
    return true;
}

void ContentStore::removeUnusedImages() const
{
    QSet<QString> used;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT images FROM projects")))
        return;
    while (q.next()) {
        const QStringList names = q.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &name : names)
            used.insert(name);
    }
    QDir dir(m_imagesDir);
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &file : files)
        if (!used.contains(file))
            dir.remove(file);
}

bool ContentStore::hasContent() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT value FROM content_meta WHERE key = 'version'")) && q.next();
}

QString ContentStore::importedAt() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT value FROM content_meta WHERE key = 'importedAt'")) && q.next())
        return q.value(0).toString();
    return {};
}

Content ContentStore::load() const
{
    Content c;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT key, value FROM content_meta"))) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            if (key == u"version") c.version = value;
            else if (key == u"generatedAt") c.generatedAt = value;
            else if (key == u"sample") c.sample = value == u"1";
            else if (key == u"cityNameVi") c.cityName.vi = value;
            else if (key == u"cityNameEn") c.cityName.en = value;
            else if (key == u"portalUrl") c.portalUrl = value;
            else if (key == u"publicUrl") c.publicUrl = value;
        }
    }
    if (q.exec(QStringLiteral("SELECT code, kind, name_vi, name_en FROM wards ORDER BY ord"))) {
        while (q.next())
            c.wards.append(Ward{q.value(0).toString(), q.value(1).toString(), 0,
                                {q.value(2).toString(), q.value(3).toString()}});
    }
    if (q.exec(QStringLiteral(
                "SELECT code, ward, category, status, name_vi, name_en, description_vi, description_en,"
                " location_vi, location_en, owner_vi, owner_en, contractor_vi, contractor_en, progress,"
                " start_date, planned_end, budget_total, budget_disbursed, images FROM projects ORDER BY ord"))) {
        while (q.next()) {
            Project p;
            p.code = q.value(0).toString();
            p.wardCode = q.value(1).toString();
            p.category = ContentEnums::categoryFromKey(q.value(2).toString()).value_or(Category::Road);
            p.status = ContentEnums::statusFromKey(q.value(3).toString()).value_or(WorkStatus::Preparing);
            p.name = {q.value(4).toString(), q.value(5).toString()};
            p.description = {q.value(6).toString(), q.value(7).toString()};
            p.location = {q.value(8).toString(), q.value(9).toString()};
            p.owner = {q.value(10).toString(), q.value(11).toString()};
            p.contractor = {q.value(12).toString(), q.value(13).toString()};
            p.progress = q.value(14).toInt();
            p.startDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
            p.plannedEnd = QDate::fromString(q.value(16).toString(), Qt::ISODate);
            p.budgetTotal = q.value(17).toLongLong();
            p.budgetDisbursed = q.value(18).toLongLong();
            p.images = q.value(19).toString().split(u'\n', Qt::SkipEmptyParts);
            c.projects.append(std::move(p));
        }
    }
    if (q.exec(QStringLiteral("SELECT ward, score, rank FROM ranking ORDER BY rank"))) {
        while (q.next())
            c.ranking.append(RankingEntry{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt()});
    }
    if (q.exec(QStringLiteral("SELECT id, title_vi, title_en, body_vi, body_en FROM announcements ORDER BY ord"))) {
        while (q.next())
            c.announcements.append(Announcement{q.value(0).toString(),
                                                {q.value(1).toString(), q.value(2).toString()},
                                                {q.value(3).toString(), q.value(4).toString()}});
    }
    return c;
}

QString ContentStore::setting(const QString &key, const QString &fallback) const
{
    return m_db.setting(key, fallback);
}

bool ContentStore::setSetting(const QString &key, const QString &value)
{
    return m_db.setSetting(key, value);
}
