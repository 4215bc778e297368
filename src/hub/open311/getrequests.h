// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "open311/answer.h"
#include "open311/params.h"
#include "open311/words.h"

namespace Open311 {

/** GET requests: the waste reports the filters ask for (ids, services, status, a window of at
    most MaxRangeDays), or the spec's error list naming every parameter that is wrong. */
HubReply getRequests(Format format, const Words &w, const Params &params, Open311Backend &backend);

/** GET requests/<id>: one report by its receipt code, or 404. */
HubReply getRequest(Format format, const Words &w, const QString &id, Open311Backend &backend);

}
