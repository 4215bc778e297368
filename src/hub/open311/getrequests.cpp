// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311/getrequests.h"

#include "open311.h"
#include "open311/requestview.h"
#include "open311/services.h"
#include "records/receiptcode.h"

#include <algorithm>

namespace Open311 {

namespace {

QString utcText(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

}

HubReply getRequests(Format format, const Words &w, const Params &params, Open311Backend &backend)
{
    HubRequestFilter filter;
    const QStringList ids = commaList(params.value(QStringLiteral("service_request_id")));
    if (!ids.isEmpty()) {
        // The spec: service_request_id overrides every other argument. A code that is not
        // well formed is still passed on as typed, so it matches nothing rather than
        // leaving the list empty, which would mean "every report".
        for (const QString &id : ids) {
            const QString code = ReceiptCode::normalize(id);
            filter.receiptCodes.append(code.isEmpty() ? id.left(40) : code);
        }
        filter.limit = int(std::min<qsizetype>(filter.receiptCodes.size(), 1000));
        filter.receiptCodes = filter.receiptCodes.mid(0, filter.limit);
        return reply(format, 200, QStringLiteral("service_requests"), requestList(w, backend.wasteReports(filter), backend));
    }

    QStringList problems;
    const QStringList codes = commaList(params.value(QStringLiteral("service_code")));
    for (const QString &code : codes)
        if (!isService(code))
            problems << w.t(u"service_code: không có dịch vụ “%1”.", u"service_code: there is no service “%1”.").arg(code.left(40));

    const QStringList statuses = commaList(params.value(QStringLiteral("status")));
    bool open = false;
    bool closed = false;
    for (const QString &s : statuses) {
        if (s == u"open")
            open = true;
        else if (s == u"closed")
            closed = true;
        else
            problems << w.t(u"status: chỉ nhận open hoặc closed, không nhận “%1”.", u"status: only open or closed, not “%1”.")
                                .arg(s.left(40));
    }
    filter.onlyOpen = open && !closed;
    filter.onlyClosed = closed && !open;

    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    for (const bool end : {false, true}) {
        const QString key = end ? QStringLiteral("end_date") : QStringLiteral("start_date");
        if (!params.has(key))
            continue;
        const std::optional<QDateTime> dt = w3cDateTime(params.value(key), end);
        if (!dt)
            problems << w.t(u"%1: cần ngày giờ dạng W3C có múi giờ, ví dụ 2026-11-27T00:00:00Z hoặc 2026-11-27T07:00:00+07:00.",
                            u"%1: needs a W3C datetime with its time zone, e.g. 2026-11-27T00:00:00Z or 2026-11-27T07:00:00+07:00.")
                                .arg(key);
        (end ? to : from) = dt;
    }
    if (problems.isEmpty()) {
        // The spec's window: at most 90 days; without dates the most recent 90.
        if (!from && !to)
            from = QDateTime::currentDateTimeUtc().addDays(-MaxRangeDays);
        else if (!from)
            from = to->addDays(-MaxRangeDays);
        else if (!to)
            to = from->addDays(MaxRangeDays);
        else if (*to < *from)
            problems << w.t(u"end_date: phải sau start_date.", u"end_date: must be after start_date.");
        else if (from->addDays(MaxRangeDays) < *to)
            problems << w.t(u"start_date, end_date: khoảng thời gian tối đa là %1 ngày.",
                            u"start_date, end_date: the range may not span more than %1 days.").arg(MaxRangeDays);
    }
    if (!problems.isEmpty())
        return errors(format, 400, problems);

    filter.fromUtc = utcText(*from);
    if (to)
        filter.toUtc = utcText(*to);

    QList<HubRecordView> found;
    if (codes.isEmpty()) {
        found = backend.wasteReports(filter);
    } else {
        // The filter takes one category; several are asked one by one and merged.
        QStringList asked;
        for (const QString &code : codes) {
            if (asked.contains(code))
                continue;
            asked << code;
            filter.category = code;
            found += backend.wasteReports(filter);
        }
        std::stable_sort(found.begin(), found.end(), [](const HubRecordView &a, const HubRecordView &b) {
            return a.receivedAt > b.receivedAt;
        });
        found = found.mid(0, filter.limit);
    }
    return reply(format, 200, QStringLiteral("service_requests"), requestList(w, found, backend));
}

HubReply getRequest(Format format, const Words &w, const QString &id, Open311Backend &backend)
{
    const QString code = ReceiptCode::normalize(id);
    if (!code.isEmpty()) {
        HubRequestFilter filter;
        filter.receiptCodes = {code};
        filter.limit = 1;
        const QList<HubRecordView> found = backend.wasteReports(filter);
        if (!found.isEmpty())
            return reply(format, 200, QStringLiteral("service_requests"), requestList(w, found.mid(0, 1), backend));
    }
    return error(format, 404, w.t(u"service_request_id: không có phản ánh mã “%1”.", u"service_request_id: there is no report “%1”.")
                                      .arg(id.left(40)));
}

}
