// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubdatabase.h"
#include "hubserver.h"
#include "hubstore.h"
#include "hubtestsupport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

/** The dashboard, the CSV export, the accounts and the audit log of the back-office, through
    the real HubServer on 127.0.0.1 (in this process) and the store, on SQLite and PostgreSQL.
    The export's cases are in tst_staffadminexport.cpp. */
class tst_StaffAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void dashboardFiguresOnAKnownFixture();
    void dashboardPagesByRole();
    void exportCsvNeutralisedAndPersonalOnlyWhenAllowed();
    void exportIsTheInboxsFilterAndSearch();
    void exportKeepsWardOfficersInTheirWard();
    void exportSearchIsPostedAndNeverLogged();
    void exportNeutralisesEveryFormulaStart();
    void adminWithoutOfficerRoleSeesNoPersonalData();
    void accountAddDisableEndsSessions();
    void adminCannotLockThemselvesOut();
    void accountFormsRefuseBadAndHostileInput();
    void auditPageFiltersAndCsv();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        QString text() const { return QString::fromUtf8(body); }
    };
    struct Session
    {
        QString token;
        QString csrf;
    };
    using Fields = QList<std::pair<QString, QString>>;

    Reply get(const QString &path, const Session &s = {});
    Reply post(const QString &path, const Fields &fields, const Session &s, bool withCsrf = true);
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &cookie);
    Session signIn(const QString &login);
    void addAccount(const QString &login, const QString &roles, const QString &ward = {});
    HubKiosk enrolKiosk(const QString &ward);
    QList<QJsonObject> ingest(const HubKiosk &kiosk, const QStringList &kinds);
    bool exec(const QString &sql, const QVariantList &binds = {});
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    static QString code(const QJsonObject &record);

    // The export's helpers (tst_staffadminexport.cpp).
    /** The receipt codes an inbox page lists, in its order. */
    static QStringList inboxCodes(const Reply &page);
    /** The receipt codes of a CSV export, in its order; empty unless it is one. */
    static QStringList csvCodes(const Reply &csv);
    /** The inbox for a filter and a search (POST, as its form sends it). */
    Reply inboxSearch(const Session &s, const QString &search, const Fields &filter = {});
    /** The export of a filter and a search (POST, as the inbox's export form sends it). */
    Reply exportSearch(const Session &s, const QString &search, const Fields &filter = {}, bool withCsrf = true);

    std::unique_ptr<HubTestLocation> m_location;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    quint32 m_sequence = 0;
};
