// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "open311/answer.h"
#include "open311/words.h"

namespace Open311 {

/** Where a resident follows a report: the receipt's phone page, or its code alone when the
    hub has no public address. */
QString trackingNotice(const Words &w, const QString &code, const QString &publicUrl);

/** A stored waste report as an Open311 service request. */
Node request(const Words &w, const HubRecordView &r, Open311Backend &backend);

/** The service requests list of these reports. */
Node requestList(const Words &w, const QList<HubRecordView> &records, Open311Backend &backend);

}
