// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Types shared by the hub's store, its HTTP routes, the residents' phone page and the Open311
// facade. None of them carries personal data: names, phones, groups, consent and photos stay
// inside the store (store/) and leave it only through `city-hub export --with-personal`.
#include "localizedtext.h"
#include "records/record.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/** One status the city set on a record, oldest first in HubRecordView::history. */
struct HubStatusEntry
{
    QString status;  // received, verified, scheduled, thanked, resolved, rejected
    QString note;    // free text from `city-hub set-status --note`, may be empty
    QString at;      // UTC ISO 8601, e.g. 2026-11-27T02:15:03.004Z
};

/** What may be shown publicly about a stored record. */
struct HubRecordView
{
    QString id;           // UUID
    QString receiptCode;  // HC-2345K-M
    QString kind;         // pledge.land, pledge.labour, pledge.materials, report.waste
    QString createdAt;    // as the kiosk wrote it, with offset
    QString receivedAt;   // UTC
    QString ward;         // ward code
    QString kioskId;
    QString enteredBy;    // resident, staff, open311
    QString status;       // the latest status
    QString updatedAt;    // UTC, when the latest status was set
    QJsonObject payload;  // RecordDraft::toPayloadJson() as stored: no personal data
    QList<HubStatusEntry> history;
};

/** Names the public pages need, from the published content. */
struct HubNames
{
    LocalizedText ward;     // empty when the ward is unknown
    LocalizedText project;  // empty when there is no or an unknown project code
    QString publicUrl;      // the hub's --public-url, no trailing slash
};

/** A kiosk, as a device token proves it. */
struct HubKiosk
{
    QString id;             // K0007
    QString ward;           // ward code
    QString receiptPrefix;  // HC
};

/** What an admin change (revoking a kiosk, setting a record's status) did. */
enum class HubChangeOutcome { Done, NotFound, Unchanged, StorageError };

/** An HTTP answer built by pure code (phone page, Open311) and sent by the server. */
struct HubReply
{
    int status = 200;
    QByteArray contentType;  // e.g. "application/json", "text/xml; charset=utf-8"
    QByteArray body;
};

/** Filters of GET /open311/v2/requests. Empty means "any". */
struct HubRequestFilter
{
    QStringList receiptCodes;  // service_request_id, comma-separated in the query
    QString category;          // service_code
    bool onlyOpen = false;     // status=open
    bool onlyClosed = false;   // status=closed
    QString fromUtc;           // start_date, ISO 8601 UTC
    QString toUtc;             // end_date
    int limit = 1000;
};

/** The store operations the Open311 facade needs; Open311Store implements it, tests fake it. */
class Open311Backend
{
public:
    virtual ~Open311Backend() = default;
    /** The kiosk whose device token this is; nullopt for unknown or revoked tokens. */
    virtual std::optional<HubKiosk> kioskForToken(const QString &token) = 0;
    /** Stores a waste report filed through Open311 for this kiosk (entered_by "open311",
        receipt code with the hub's prefix TP). Returns the receipt code, or nullopt with
        *error set when storing failed. The draft has already passed Validation::check. */
    virtual std::optional<QString> storeOpen311Report(const HubKiosk &kiosk, const RecordDraft &draft,
                                                      QString *error) = 0;
    /** Waste reports (kind report.waste only) matching the filter, newest first. */
    virtual QList<HubRecordView> wasteReports(const HubRequestFilter &filter) = 0;
    /** Known work codes of the published content, for validation and names. */
    virtual bool projectExists(const QString &code) = 0;
    virtual HubNames names(const QString &ward, const QString &projectCode) = 0;
};
