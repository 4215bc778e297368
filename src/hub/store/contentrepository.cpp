// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/contentrepository.h"

#include "content/contentbundle.h"
#include "datapaths.h"
#include "hubdatabase.h"
#include "hublogging.h"
#include "hubtransaction.h"
#include "publishedworks.h"
#include "store/auditlog.h"
#include "store/storeformats.h"
#include "store/workhistory.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using StoreFormats::sha256Hex;

namespace {

QByteArray mimeFor(const QString &name)
{
    if (name.endsWith(QStringLiteral(".svg")))
        return "image/svg+xml";
    if (name.endsWith(QStringLiteral(".png")))
        return "image/png";
    if (name.endsWith(QStringLiteral(".jpg")))
        return "image/jpeg";
    if (name.endsWith(QStringLiteral(".webm")))
        return "video/webm";
    if (name.endsWith(QStringLiteral(".mp4")))
        return "video/mp4";
    return "application/octet-stream";
}

QHash<QString, LocalizedText> namesByCode(const QJsonArray &list)
{
    QHash<QString, LocalizedText> names;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        const QString vi = o.value(QStringLiteral("nameVi")).toString();
        names.insert(o.value(QStringLiteral("code")).toString(), {vi, o.value(QStringLiteral("nameEn")).toString(vi)});
    }
    return names;
}

}

ContentRepository::ContentRepository(HubDatabase &db) : m_db(db)
{
}

void ContentRepository::setPublicUrl(const QString &url)
{
    m_publicUrl = url;
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
}

QString ContentRepository::publicUrl()
{
    if (!m_publicUrl.isEmpty())
        return m_publicUrl;
    return load() ? m_cache->bundlePublicUrl : QString();
}

bool ContentRepository::publish(const QString &folder, QString *error)
{
    ContentBundle bundle;
    if (!bundle.read(folder)) {
        *error = QStringLiteral("the bundle in %1 is not valid: %2").arg(folder, bundle.error().en);
        return false;
    }
    QFile file(QDir(folder).filePath(QStringLiteral("bundle.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray json = file.read(ContentBundle::MaxJsonBytes + 1);
    if (!publishBytes(json, bundle.imageFiles(), error))
        return false;
    qCInfo(lcHubStore) << "published content" << bundle.content().version << "with" << bundle.content().wards.size()
                       << "wards," << bundle.content().projects.size() << "works," << bundle.imageFiles().size() << "images";
    return true;
}

bool ContentRepository::publishBytes(const QByteArray &json, const QHash<QString, QString> &imageFiles, QString *error)
{
    // Read every image before the transaction: a file that vanished leaves the old content.
    QList<std::pair<QString, QByteArray>> images;
    for (auto it = imageFiles.constBegin(); it != imageFiles.constEnd(); ++it) {
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(it.value(), f.errorString());
            return false;
        }
        images.append({QFileInfo(it.key()).fileName(), f.read(ContentBundle::maxBytes(it.key()) + 1)});
    }
    const QString etag = sha256Hex(json);
    auto fail = [&](const QSqlQuery &q) {
        *error = QStringLiteral("cannot store the content: %1").arg(q.lastError().text());
        return false;
    };
    HubTransaction transaction(m_db);
    if (!transaction.begun()) {
        *error = QStringLiteral("cannot store the content: %1").arg(transaction.begun().error().detail);
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM content_images")))
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO content_images (name, bytes) VALUES (?, ?)"));
    for (const auto &[name, bytes] : images) {
        q.addBindValue(name);
        q.addBindValue(bytes);
        if (!q.exec())
            return fail(q);
    }
    q.prepare(QStringLiteral("INSERT INTO content (id, etag, json, published_at) VALUES (1, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET etag = excluded.etag, json = excluded.json,"
                             " published_at = excluded.published_at"));
    q.addBindValue(etag);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(StoreFormats::nowUtc());
    if (!q.exec())
        return fail(q);
    if (const StoreResult<> committed = transaction.commit(); !committed) {
        *error = QStringLiteral("cannot store the content: %1").arg(committed.error().detail);
        return false;
    }
    m_cache.reset();
    return true;
}

bool ContentRepository::ensureContent(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM content")) || !q.next()) {
        *error = QStringLiteral("cannot read the content: %1").arg(q.lastError().text());
        return false;
    }
    if (q.value(0).toLongLong() > 0)
        return true;
    qCInfo(lcHubStore) << "nothing published yet: publishing the built-in demo content";
    return publish(DataPaths::builtInDemoBundle(), error);
}

bool ContentRepository::load()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT etag FROM content WHERE id = 1"))) {
        qCWarning(lcHubStore) << "cannot read the content:" << q.lastError().text();
        return false;
    }
    if (!q.next()) {
        m_cache.reset();
        return false;
    }
    const QString storedEtag = q.value(0).toString();
    if (m_cache && m_cache->storedEtag == storedEtag && m_cache->servedPublicUrl == m_publicUrl)
        return true;
    q.finish();
    if (!q.exec(QStringLiteral("SELECT etag, json FROM content WHERE id = 1")) || !q.next())
        return false;
    Cache cache;
    cache.storedEtag = q.value(0).toString();
    const QByteArray stored = q.value(1).toString().toUtf8();
    QJsonObject root = QJsonDocument::fromJson(stored).object();
    QJsonObject city = root.value(QStringLiteral("city")).toObject();
    cache.bundlePublicUrl = city.value(QStringLiteral("publicUrl")).toString();
    while (cache.bundlePublicUrl.endsWith(u'/'))
        cache.bundlePublicUrl.chop(1);
    if (!m_publicUrl.isEmpty()) {
        city.insert(QStringLiteral("publicUrl"), m_publicUrl);
        root.insert(QStringLiteral("city"), city);
    }
    // Each file's size and SHA-256, so a kiosk refuses a download cut off or damaged on the
    // way instead of keeping half a picture or video (deploy/CONTENT-BUNDLE.md, "files").
    QJsonObject files;
    if (!q.exec(QStringLiteral("SELECT name, bytes FROM content_images"))) {
        qCWarning(lcHubStore) << "cannot read the content's images:" << q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QByteArray bytes = q.value(1).toByteArray();
        const QString name = q.value(0).toString();
        const bool media = name.endsWith(u".webm") || name.endsWith(u".mp4");
        files.insert((media ? QStringLiteral("media/") : QStringLiteral("images/")) + name,
                     QJsonObject{{QStringLiteral("size"), bytes.size()}, {QStringLiteral("sha256"), sha256Hex(bytes)}});
    }
    q.finish();
    root.insert(QStringLiteral("files"), files);
    cache.served.json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    cache.served.etag = '"' + sha256Hex(cache.served.json).toLatin1() + '"';
    cache.servedPublicUrl = m_publicUrl;
    cache.wards = namesByCode(root.value(QStringLiteral("wards")).toArray());
    cache.projects = namesByCode(root.value(QStringLiteral("projects")).toArray());
    // A publish between the reads above would pair one version's JSON with another's images.
    if (!q.exec(QStringLiteral("SELECT etag FROM content WHERE id = 1")) || !q.next())
        return false;
    if (q.value(0).toString() != cache.storedEtag) {
        q.finish();
        return load();
    }
    m_cache = std::move(cache);
    return true;
}

std::optional<HubContent> ContentRepository::served()
{
    if (!load())
        return std::nullopt;
    return m_cache->served;
}

std::optional<QByteArray> ContentRepository::file(const QString &path, QByteArray *mimeType)
{
    // Stored by file name: a bundle's images and media never share one (their endings differ).
    if (!ContentBundle::isFilePath(path))
        return std::nullopt;
    const QString name = path.section(u'/', 1);
    if (name.startsWith(u'.'))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bytes FROM content_images WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    *mimeType = mimeFor(name);
    return q.value(0).toByteArray();
}

std::shared_ptr<const PublishedWorks> ContentRepository::publishedWorks()
{
    if (!load())
        return nullptr;
    if (!m_cache->works) {
        QString error;
        m_cache->works = PublishedWorks::fromJson(m_cache->served.json, &error);
        if (!m_cache->works)
            qCWarning(lcHubStore).noquote() << "cannot read the published works:" << error;
    }
    return m_cache->works;
}

bool ContentRepository::wardExists(const QString &code)
{
    return load() && m_cache->wards.contains(code);
}

bool ContentRepository::projectExists(const QString &code)
{
    return load() && m_cache->projects.contains(code);
}

QHash<QString, LocalizedText> ContentRepository::projects()
{
    // A failed read keeps the version read last rather than refusing every work.
    load();
    return m_cache ? m_cache->projects : QHash<QString, LocalizedText>();
}

QHash<QString, LocalizedText> ContentRepository::wards()
{
    load();
    return m_cache ? m_cache->wards : QHash<QString, LocalizedText>();
}

HubNames ContentRepository::names(const QString &ward, const QString &projectCode)
{
    HubNames n;
    if (load()) {
        n.ward = m_cache->wards.value(ward);
        n.project = m_cache->projects.value(projectCode.toUpper());
    }
    n.publicUrl = publicUrl();
    return n;
}

namespace {
/** A work's published history with new points joined in date order: a new point replaces one
    of the same date; the oldest go first when there are more than a bundle may hold. */
QJsonArray mergedHistory(const QJsonArray &published, QMap<QString, QJsonObject> points)
{
    for (const QJsonValue &v : published) {
        const QString date = v.toObject().value(QStringLiteral("date")).toString();
        if (!points.contains(date))
            points.insert(date, v.toObject());
    }
    QJsonArray merged;
    for (const QJsonObject &point : std::as_const(points))
        merged.append(point);
    while (merged.size() > ContentBundle::MaxHistoryPoints)
        merged.removeFirst();
    return merged;
}
}

std::optional<int> ContentRepository::publishWorkHistory(AuditLog &audit, const AuditActor &actor, QString *error)
{
    HubTransaction transaction(m_db);
    // Leaving early rolls back: the guard does it.
    auto fail = [&](const QString &why) -> std::optional<int> {
        *error = why;
        return std::nullopt;
    };
    if (!transaction.begun()) {
        *error = transaction.begun().error().detail;
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT json FROM content WHERE id = 1")))
        return fail(q.lastError().text());
    if (!q.next())
        return fail(QStringLiteral("nothing is published yet"));
    QJsonObject root = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    // Each work with rows not yet published takes its newest row (by date, then entry):
    // an older date entered later is history, not the current figures. In format 2 every
    // unpublished row also joins the work's dated history (a later entry for the same date wins).
    const bool format2 = root.value(QStringLiteral("formatVersion")).toInt() >= 2;
    if (!q.exec(QStringLiteral("SELECT %1 FROM work_history w LEFT JOIN staff_accounts a ON a.id = w.account_id"
                               " WHERE w.project_code IN (SELECT project_code FROM work_history WHERE published_at IS NULL)"
                               " ORDER BY w.project_code, w.on_date DESC, w.seq DESC")
                        .arg(WorkHistory::selectColumns())))
        return fail(q.lastError().text());
    QHash<QString, QJsonObject> newest;
    QHash<QString, QMap<QString, QJsonObject>> points; // work → date → point
    while (q.next()) {
        const QString code = q.value(1).toString();
        const QString onDate = q.value(2).toString();
        const bool unpublished = q.value(13).isNull();
        if (format2 && unpublished && !points.value(code).contains(onDate)) {
            QJsonObject point{{QStringLiteral("date"), onDate},
                              {QStringLiteral("stage"), q.value(3).toString()},
                              {QStringLiteral("progress"), qRound(q.value(4).toDouble())},
                              {QStringLiteral("disbursed"), qint64(q.value(5).toDouble())}};
            if (qint64(q.value(6).toDouble()) > 0)
                point.insert(QStringLiteral("budget"), qint64(q.value(6).toDouble()));
            points[code].insert(onDate, point);
        }
        if (newest.contains(code))
            continue;
        QJsonObject f;
        f.insert(QStringLiteral("status"), q.value(3).toString());
        f.insert(QStringLiteral("progress"), qRound(q.value(4).toDouble()));
        f.insert(QStringLiteral("budgetDisbursed"), qint64(q.value(5).toDouble()));
        f.insert(format2 ? QStringLiteral("budgetAdjusted") : QStringLiteral("budgetTotal"), qint64(q.value(6).toDouble()));
        f.insert(QStringLiteral("startDate"), q.value(7).toString());
        f.insert(QStringLiteral("plannedEnd"), q.value(8).toString());
        f.insert(QStringLiteral("actualEnd"), q.value(9).isNull() ? QString() : q.value(9).toString());
        newest.insert(code, f);
    }
    q.finish();
    if (newest.isEmpty()) {
        transaction.rollback();
        return 0;
    }
    QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
    int changed = 0;
    for (qsizetype i = 0; i < projects.size(); ++i) {
        QJsonObject p = projects.at(i).toObject();
        const QString code = p.value(QStringLiteral("code")).toString();
        const auto it = newest.constFind(code);
        if (it == newest.constEnd())
            continue;
        for (auto f = it->constBegin(); f != it->constEnd(); ++f) {
            // A date left empty keeps the bundle's; an actual end left empty means not finished.
            if (f.value().isString() && f.value().toString().isEmpty()) {
                if (f.key() == u"actualEnd")
                    p.remove(f.key());
                continue;
            }
            p.insert(f.key(), f.value());
        }
        if (format2)
            p.insert(QStringLiteral("history"), mergedHistory(p.value(QStringLiteral("history")).toArray(), points.value(code)));
        projects.replace(i, p);
        ++changed;
    }
    root.insert(QStringLiteral("projects"), projects);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString base = root.value(QStringLiteral("version")).toString().section(u'+', 0, 0).left(40);
    root.insert(QStringLiteral("version"), base + QStringLiteral("+works.") + now.toString(QStringLiteral("yyyyMMddHHmmsszzz")));
    root.insert(QStringLiteral("generatedAt"), now.toString(Qt::ISODate));
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    ContentBundle check;
    if (!check.parsePublished(json))
        return fail(QStringLiteral("the works' figures would make the content invalid: %1").arg(check.error().en));
    q.prepare(QStringLiteral("UPDATE content SET etag = ?, json = ?, published_at = ? WHERE id = 1"));
    q.addBindValue(sha256Hex(json));
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(StoreFormats::nowUtc());
    if (!q.exec())
        return fail(q.lastError().text());
    q.prepare(QStringLiteral("UPDATE work_history SET published_at = ? WHERE published_at IS NULL"));
    q.addBindValue(StoreFormats::nowUtc());
    if (!q.exec())
        return fail(q.lastError().text());
    if (!audit.append(actor, QStringLiteral("content.publish-works"), QString(), {},
                      QStringLiteral("%1 works").arg(changed)))
        return fail(QStringLiteral("cannot write the audit log"));
    if (!transaction.commit())
        return fail(m_db.lastError());
    m_cache.reset();
    qCInfo(lcHubStore) << "published the figures of" << changed << "works by" << actor.name;
    return changed;
}
