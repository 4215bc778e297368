// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtestsupport.h"

#include "hubdatabase.h"
#include "pgurl.h"
#include "recordfixture.h"
#include "records/receiptcode.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace {

QAtomicInt counter;

/** Runs sql on the PostgreSQL server behind url (without any schema item). */
bool execOn(const QString &url, const QString &sql)
{
    const QString name = QStringLiteral("hubtest-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
            ok = q.exec(sql);
            if (!ok)
                qWarning() << "test set-up statement failed:" << q.lastError().text();
        } else {
            qWarning() << "cannot reach the test PostgreSQL server:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

}

HubTestLocation::HubTestLocation(const QString &dialect) : m_dialect(dialect)
{
    if (dialect == u"sqlite") {
        m_dir = std::make_unique<QTemporaryDir>();
        m_location = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("hub.sqlite"));
        return;
    }
    const QString url = civicTestPgUrl();
    if (url.isEmpty())
        return;
    m_schema = QStringLiteral("hubtest_%1_%2_%3")
                       .arg(QCoreApplication::applicationPid())
                       .arg(counter.fetchAndAddRelaxed(1))
                       .arg(QRandomGenerator::global()->bounded(1000000));
    QUrl u(url);
    QUrlQuery query(u);
    query.addQueryItem(QStringLiteral("schema"), m_schema);
    u.setQuery(query);
    m_location = u.toString();
}

void HubTestLocation::addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

HubTestLocation::~HubTestLocation()
{
    if (!m_schema.isEmpty())
        execOn(civicTestPgUrl(), QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
}

bool HubTestLocation::exec(const QString &sql) const
{
    if (m_dialect == u"sqlite") {
        const QString name = QStringLiteral("hubtest-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_location.mid(7));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning() << "test set-up statement failed:" << q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    return execOn(civicTestPgUrl(), QStringLiteral("SET search_path TO %1; %2").arg(m_schema, sql));
}

QVariant HubTestLocation::scalar(const QString &sql, const QVariantList &binds) const
{
    HubDatabase db;
    if (!db.open(m_location))
        return {};
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

namespace HubTestRecords {

QJsonObject record(const HubKiosk &kiosk, const QString &kind, int variant, quint32 sequence, const QString &prefix)
{
    const RecordDraft d = RecordFixture::draft(kind, variant).normalized();
    const QJsonObject personal = d.toPersonalJson();
    const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600);
    return QJsonObject{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("schema"), RecordDraft::SchemaVersion},
            {QStringLiteral("createdAt"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("ward"), kiosk.ward},
            {QStringLiteral("kioskId"), kiosk.id},
            {QStringLiteral("receiptCode"), ReceiptCode::make(prefix.isEmpty() ? kiosk.receiptPrefix : prefix, sequence)},
            {QStringLiteral("enteredBy"), QStringLiteral("resident")},
            {QStringLiteral("payload"), d.toPayloadJson()},
            {QStringLiteral("personal"), personal.isEmpty() ? QJsonValue() : QJsonValue(personal)},
            {QStringLiteral("photo"), d.photoJpeg.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(d.photoJpeg.toBase64()))},
    };
}

}
